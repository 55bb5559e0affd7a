//! Rendering tests of "Mijn scenario's" (`components::saved`): markup, ids the browser tests
//! rely on, ARIA, and storage messages, rendered natively with an in-memory store.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use chrono::NaiveDateTime;
use evt_app::components::saved::Saved;
use evt_app::components::EditorCtx;
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
    assert!(html.contains("Mijn scenario&#x27;s") || html.contains("Mijn scenario's"));
    // Save-as form: a labelled input and a submit button.
    assert!(html.contains(r#"<label for="saved-name""#));
    assert!(html.contains(r#"id="saved-name""#));
    assert!(html.contains(r#"aria-describedby="saved-name-help""#));
    assert!(html.contains(r#"<button type="submit" id="saved-save""#));
    assert!(html.contains(r#"id="saved-status" role="status""#));
    // The entry with its date and four named buttons.
    let row = item(&html, &a.id);
    assert!(row.contains("Variant A"), "{row}");
    assert!(row.contains("Opgeslagen op 25-11-2026 10:05"), "{row}");
    for (class, label) in [
        ("saved-open", "Open Variant A"),
        ("saved-rename", "Hernoem Variant A"),
        ("saved-duplicate", "Dupliceer Variant A"),
        ("saved-delete", "Verwijder Variant A"),
    ] {
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
    assert!(html.contains("My scenarios"));
    assert!(html.contains(r#"id="saved-empty""#));
    assert!(html.contains("No scenarios have been saved yet."));
    assert!(html.contains("Saved scenarios (0)"));
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
    assert!(
        row.contains("niet-opgeslagen werk (25-11-2026 14:03)"),
        "{row}"
    );
    assert!(row.contains(r#"aria-label="Open niet-opgeslagen werk (25-11-2026 14:03)""#));
    let status = &html[html.find(r#"id="saved-status""#).expect("status")..];
    assert!(
        status.contains("Uw eigen werk is niet weg: het staat hieronder als niet-opgeslagen werk (25-11-2026 14:03)."),
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
    assert!(html.contains(
        "Opslag is uitgeschakeld in deze browser; de rekenhulp werkt wel, maar bewaart niets."
    ));
    assert_eq!(
        html.matches(r#"disabled="disabled""#).count(),
        2,
        "input and button: {html}"
    );
    // The native default store (no localStorage) behaves the same.
    let html = render(Lang::En, StoreRef::browser(), None, None).await;
    assert!(html.contains("Storage is disabled in this browser"));
}

#[tokio::test(flavor = "current_thread")]
async fn corrupt_list_is_reported() {
    let mem = MemoryStore::new();
    mem.put(SAVED_KEY, "{broken");
    let html = render(Lang::Nl, StoreRef::new(mem), None, None).await;
    assert!(
        html.contains("Uw opgeslagen scenario&#x27;s konden niet (allemaal) worden gelezen.")
            || html.contains("Uw opgeslagen scenario's konden niet (allemaal) worden gelezen."),
        "{html}"
    );
    assert!(html.contains(r#"id="saved-empty""#));
}
