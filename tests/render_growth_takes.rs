//! Rendered markup of the growth view's "where the path starts and ends" and "what it takes"
//! blocks (native SSR): the default Twente path ends with nine municipalities above the
//! signal value, each listed in scenario order with its extra vacated homes per year and the
//! homes that give them (Borne: 2 and 34, worked by hand in `core/tests/what_it_takes.rs`);
//! after "Pas toe" none is left and undo brings the list back; both languages; a phone-sized
//! list (no table, no fixed widths).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{slice, text};
use evt_app::components::growth_view::GrowthView;
use evt_app::i18n::growth::{growth_texts, path_ends, takes_none, takes_text};
use evt_app::state::Action;
use evt_app::view::growth::{apply_what_it_takes, compute_model};
use evt_core::data::default_scenario;
use evt_core::field::Field;
use evt_core::growth::Start;
use evt_core::numbers::Lang;
use evt_core::scenario::Scenario;

async fn render(scenario: Scenario, lang: Lang, actions: Vec<Action>) -> String {
    common::render_view::<GrowthView>(scenario, lang, actions).await
}

/// The opening tag that carries `id="{id}"`.
fn tag<'a>(html: &'a str, id: &str) -> &'a str {
    let at = html
        .find(&format!(r#" id="{id}""#))
        .unwrap_or_else(|| panic!("no id={id} in {html}"));
    let start = html[..at].rfind('<').expect("tag start");
    &html[start..at + html[at..].find('>').expect("tag end")]
}

/// The text inside the element that carries `id="{id}"`, up to the first `close`.
fn content(html: &str, id: &str, close: &str) -> String {
    let open = tag(html, id);
    let from = html.find(open).expect("tag") + open.len() + 1;
    text(&html[from..from + html[from..].find(close).expect("close")])
}

/// The `data-id`s of the list items, in order.
fn listed(html: &str) -> Vec<String> {
    let list = slice(html, r#"id="growth-takes-list""#, "</ul>");
    list.split("<li ")
        .skip(1)
        .filter_map(|li| {
            let at = li.find(r#"data-id=""#)? + 9;
            Some(li[at..at + li[at..].find('"')?].to_string())
        })
        .collect()
}

const NINE: [&str; 9] = [
    "GM0147", "GM1774", "GM0158", "GM0163", "GM1735", "GM0168", "GM1742", "GM0183", "GM0189",
];

#[tokio::test(flavor = "current_thread")]
async fn the_default_path_says_where_it_starts_and_ends_and_what_it_takes() {
    let s = default_scenario();
    let model = compute_model(&s).expect("computes");
    let ends = model.ends();
    assert_eq!(ends.start, Start::EqualPercentage);
    assert_eq!(
        ends.start_percent_tenths,
        Some(168),
        "800 of 4.774 = 16,8 %"
    );
    assert_eq!((ends.above_last, ends.municipalities), (9, 14));
    assert!(!ends.extra_given);

    let html = render(s.clone(), Lang::Nl, Vec::new()).await;
    let g = growth_texts(Lang::Nl);
    // The blocks come after the summary and before the year's table.
    let at = |id: &str| html.find(&format!(r#" id="{id}""#)).expect(id);
    assert!(at("growth-summary") < at("growth-ends"));
    assert!(at("growth-ends") < at("growth-takes"));
    assert!(at("growth-takes") < at("growth-table"));

    let block = slice(&html, r#"id="growth-ends""#, "</section>");
    let [start, end, outcome] = path_ends(&ends, Lang::Nl);
    assert!(text(block).contains(g.ends_heading));
    assert!(text(block).contains(&format!("{start} {end}")));
    assert_eq!(content(&html, "growth-outcome", "</p>"), outcome);
    assert!(start.contains("16,8%"), "{start}");

    // Nine municipalities, in scenario order, each with its figures from the model.
    assert_eq!(listed(&html), NINE);
    let borne = model
        .takes
        .iter()
        .find(|r| r.id == "GM0147")
        .expect("Borne");
    assert_eq!((borne.extra, borne.homes), (Some(2), Some(34)));
    assert_eq!(
        (borne.vacancies_then, borne.percent_then),
        (Some(145), Some(200))
    );
    let li = slice(&html, r#"data-id="GM0147""#, "</li>");
    assert!(
        li.contains(r#"data-extra="2""#) && li.contains(r#"data-homes="34""#),
        "{li}"
    );
    assert!(
        text(li).ends_with(&format!("Borne: {}", takes_text(borne, 5, Lang::Nl))),
        "{li}"
    );

    let button = tag(&html, "growth-takes-apply");
    assert!(button.starts_with("<button"), "{button}");
    assert!(
        button.contains(r#"type="button""#) && !button.contains("disabled"),
        "{button}"
    );
    assert!(button.contains(r#"aria-describedby="growth-takes-apply-help""#));
    assert_eq!(
        content(&html, "growth-takes-apply", "</button>").trim(),
        g.takes_apply
    );
    // A list of sentences: nothing with a fixed width that could scroll sideways on a phone.
    let takes = slice(&html, r#"id="growth-takes""#, "</section>");
    assert!(!takes.contains("<table") && !takes.contains("style="));
}

#[tokio::test(flavor = "current_thread")]
async fn after_applying_none_is_left_and_undo_brings_them_back() {
    let s = default_scenario();
    let (applied, changed) = apply_what_it_takes(&s).expect("something to apply");
    assert_eq!(changed, 9);
    let replace = Action::Replace {
        scenario: applied.clone(),
        notice: None,
    };
    let html = render(s.clone(), Lang::Nl, vec![replace.clone()]).await;
    assert!(!html.contains(r#"id="growth-takes-list""#));
    assert!(!html.contains(r#"id="growth-takes-apply""#));
    assert_eq!(
        content(&html, "growth-takes-none", "</p>"),
        takes_none(5, Lang::Nl)
    );
    let model = compute_model(&applied).expect("computes");
    assert_eq!(model.summary_figures().above_last, 0);
    assert!(model.ends().extra_given);
    // Borne's input now holds its figure.
    assert!(tag(&html, "growth-dv-GM0147").contains(r#"value="2""#));
    assert_eq!(
        applied.column(Field::ExtraVacancies).expect("given")[1],
        2,
        "Borne is the second municipality"
    );

    let html = render(s, Lang::Nl, vec![replace, Action::Undo]).await;
    assert_eq!(listed(&html), NINE);
}

#[tokio::test(flavor = "current_thread")]
async fn english_and_a_stale_path() {
    let s = default_scenario();
    let model = compute_model(&s).expect("computes");
    let html = render(s.clone(), Lang::En, Vec::new()).await;
    let g = growth_texts(Lang::En);
    assert!(text(slice(&html, r#"id="growth-takes""#, "</section>")).contains(g.takes_heading));
    let borne = &model.takes[0];
    assert!(
        text(slice(&html, r#"data-id="GM0147""#, "</li>")).contains(&takes_text(
            borne,
            5,
            Lang::En
        ))
    );
    assert!(text(&html).contains(&path_ends(&model.ends(), Lang::En)[2]));

    // Text that does not parse in a path-a cell: the path shown is the last valid one, and
    // "Apply" waits until the input is fixed.
    let bad = Action::SetCell {
        id: "GM0147".into(),
        field: Field::ExtraVacancies,
        text: "2,5".into(),
    };
    let html = render(s, Lang::Nl, vec![bad]).await;
    assert!(tag(&html, "growth-takes-apply").contains("disabled"));
}
