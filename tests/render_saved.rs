//! Rendering tests of "Mijn scenario's" (`components::saved`): markup, ids the browser tests
//! rely on, ARIA, and storage messages, rendered natively with an in-memory store.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use chrono::NaiveDateTime;
use evt_app::components::saved::Saved;
use evt_app::components::EditorCtx;
use evt_app::i18n::saved::{
    action_label, saved_on, saved_texts, status_text, storage_message, unsaved_label,
    Status as Line,
};
use evt_app::state::Editor;
use evt_app::storage::{self, Kept, MemoryStore, Problem, StorageError, StoreRef, SAVED_KEY};
use evt_core::data::default_scenario;
use evt_core::numbers::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct HostProps {
    lang: Lang,
    saved: SavedPropsEq,
}

/// `SavedProps` itself is not `Clone`; carry its parts.
#[derive(PartialEq, Clone)]
struct SavedPropsEq {
    store: StoreRef,
    problem: Option<Problem>,
    kept_unsaved: Option<Kept>,
}

#[component]
fn Host(props: &HostProps) -> Html {
    let lang = props.lang;
    let editor = use_reducer(move || Editor::new(default_scenario(), lang));
    let p = props.saved.clone();
    html! {
        <ContextProvider<EditorCtx> context={editor}>
            <Saved store={p.store} problem={p.problem} kept_unsaved={p.kept_unsaved} />
        </ContextProvider<EditorCtx>>
    }
}

async fn render(
    lang: Lang,
    store: StoreRef,
    problem: Option<Problem>,
    kept: Option<Kept>,
) -> String {
    yew::LocalServerRenderer::<Host>::with_props(HostProps {
        lang,
        saved: SavedPropsEq {
            store,
            problem,
            kept_unsaved: kept,
        },
    })
    .render()
    .await
}

fn at(h: u32, mi: u32) -> NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 25)
        .and_then(|d| d.and_hms_opt(h, mi, 0))
        .expect("valid")
}

fn edited(urgents: u64) -> evt_core::Scenario {
    let mut s = default_scenario();
    s.params.urgents = urgents;
    s
}

/// Markup with the entities the renderer writes read back, to find a text as written.
fn unescaped(html: &str) -> String {
    html.replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn item<'a>(html: &'a str, id: &str) -> &'a str {
    common::slice(html, &format!(r#"data-saved-id="{id}""#), "</li>")
}

#[tokio::test(flavor = "current_thread")]
async fn form_list_and_ids() {
    let mem = MemoryStore::new();
    let a = storage::save_as(&mem, "Variant A", &edited(900), at(10, 5)).expect("saved");
    let store = StoreRef::new(mem);
    let html = render(Lang::Nl, store, None, None).await;
    assert!(
        html.contains(r#"aria-labelledby="saved-heading""#),
        "{html}"
    );
    let t = saved_texts(Lang::Nl);
    assert!(unescaped(&html).contains(&format!(r#"<h2 id="saved-heading">{}</h2>"#, t.heading)));
    // Save-as form: a labelled input and a submit button.
    assert!(html.contains(r#"<label for="saved-name""#));
    assert!(html.contains(r#"id="saved-name""#));
    assert!(html.contains(r#"aria-describedby="saved-name-help""#));
    assert!(html.contains(r#"<button type="submit" id="saved-save""#));
    assert!(html.contains(r#"id="saved-status" role="status""#));
    // The entry with its date and four named buttons.
    let row = item(&html, &a.id);
    assert!(row.contains("Variant A"), "{row}");
    // Saved on 25 November 2026 at 10:05, in Dutch date order.
    assert!(row.contains(&saved_on(&a, Lang::Nl)), "{row}");
    assert!(row.contains("25-11-2026 10:05"), "{row}");
    for (class, verb) in [
        ("saved-open", t.open),
        ("saved-rename", t.rename),
        ("saved-duplicate", t.duplicate),
        ("saved-delete", t.delete),
    ] {
        let label = action_label(verb, "Variant A");
        assert!(row.contains(class), "{class}: {row}");
        assert!(
            row.contains(&format!(r#"aria-label="{label}""#)),
            "{label}: {row}"
        );
    }
    assert!(
        !html.contains("disabled"),
        "storage works: nothing disabled"
    );
    assert!(!html.contains("style="), "inline style found (strict CSP)");
}

#[tokio::test(flavor = "current_thread")]
async fn empty_list_in_english() {
    let html = render(Lang::En, StoreRef::new(MemoryStore::new()), None, None).await;
    let (en, nl) = (saved_texts(Lang::En), saved_texts(Lang::Nl));
    assert_ne!(en.heading, nl.heading);
    let text = unescaped(&html);
    assert!(text.contains(&format!(r#"<h2 id="saved-heading">{}</h2>"#, en.heading)));
    let empty = common::slice(&text, r#"id="saved-empty""#, "</p>");
    assert!(empty.ends_with(&format!(">{}", en.empty)), "{empty}");
    // The list's heading counts 0 scenarios.
    let heading = common::slice(&text, r#"id="saved-list-heading""#, "</h3>");
    assert!(heading.contains(en.list_heading), "{heading}");
    assert!(heading.ends_with("(0)"), "{heading}");
}

#[tokio::test(flavor = "current_thread")]
async fn kept_unsaved_work_is_listed_and_announced() {
    let mem = MemoryStore::new();
    storage::autosave(&mem, &edited(900), at(14, 3)).expect("saved");
    let s = storage::startup(&mem, Some(edited(1000)), at(15, 0));
    let kept = s.kept_unsaved.clone().expect("kept");
    let html = render(Lang::Nl, StoreRef::new(mem), s.problem, Some(kept.clone())).await;
    let row = item(&html, &kept.id);
    assert!(
        row.contains("saved-item-unsaved") && row.contains("saved-item-kept"),
        "{row}"
    );
    // Listed and announced as unsaved work of 25 November 2026, 14:03.
    let unsaved = unsaved_label(at(14, 3), Lang::Nl);
    assert!(unsaved.contains("25-11-2026 14:03"), "{unsaved}");
    let row = unescaped(row);
    assert!(row.contains(&unsaved), "{row}");
    let open = action_label(saved_texts(Lang::Nl).open, &unsaved);
    assert!(row.contains(&format!(r#"aria-label="{open}""#)), "{row}");
    let html = unescaped(&html);
    let status = common::slice(&html, r#"id="saved-status""#, "</p>");
    assert!(
        status.contains(&status_text(&Line::KeptAtStartup(at(14, 3)), Lang::Nl)),
        "{status}"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn disabled_storage_gives_a_message_and_a_disabled_form() {
    let html = render(
        Lang::Nl,
        StoreRef::new(MemoryStore::disabled()),
        Some(Problem::Storage(StorageError::Unavailable)),
        None,
    )
    .await;
    let unavailable = Problem::Storage(StorageError::Unavailable);
    assert!(unescaped(&html).contains(&storage_message(&unavailable, Lang::Nl)));
    assert_eq!(
        html.matches(r#"disabled="disabled""#).count(),
        2,
        "input and button: {html}"
    );
    // The native default store (no localStorage) behaves the same.
    let html = render(Lang::En, StoreRef::browser(), None, None).await;
    let english = storage_message(&unavailable, Lang::En);
    assert_ne!(english, storage_message(&unavailable, Lang::Nl));
    assert!(unescaped(&html).contains(&english), "{html}");
}

#[tokio::test(flavor = "current_thread")]
async fn corrupt_list_is_reported() {
    let mem = MemoryStore::new();
    mem.put(SAVED_KEY, "{broken");
    let html = render(Lang::Nl, StoreRef::new(mem), None, None).await;
    let unreadable = Problem::Unreadable {
        key: SAVED_KEY,
        backed_up: true,
    };
    let status = unescaped(common::slice(&html, r#"id="saved-status""#, "</p>"));
    assert!(
        status.contains(&storage_message(&unreadable, Lang::Nl)),
        "{status}"
    );
    assert!(html.contains(r#"id="saved-empty""#));
}
