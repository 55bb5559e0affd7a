//! Rendering tests: the whole page rendered natively with `yew::LocalServerRenderer`
//! (markup and ARIA; interaction belongs to the browser tests).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{figures, in_order};
use evt_app::app::App;
use evt_app::components::results_table::{ResultsTable, ResultsTableProps};
use evt_app::components::summary::{Summary, SummaryProps};
use evt_app::i18n::layout::layout_texts;
use evt_app::i18n::validation::field_label;
use evt_app::i18n::{join_names, status_label, status_symbol, Texts};
use evt_app::state::Computed;
use evt_app::view::result_rows;
use evt_core::data::default_scenario;
use evt_core::field::Field;
use evt_core::methods::{compute, Status};
use evt_core::numbers::Lang;
use std::rc::Rc;
use yew::Callback;

fn computed() -> Rc<Computed> {
    let scenario = default_scenario();
    let outcome = compute(&scenario).expect("default scenario computes");
    Rc::new(Computed {
        scenario: scenario.into(),
        outcome,
    })
}

/// The results table of the default scenario.
async fn results_table(lang: Lang) -> String {
    let c = computed();
    let props = ResultsTableProps {
        rows: Rc::new(result_rows(&c)),
        totals: c.outcome.totals.clone(),
        outcome: evt_app::view::region_outcome(&c),
        region: "Twente".into(),
        lang,
        minimum_bp: 1500,
        signal_bp: 2000,
        stale: false,
        mine: Some("GM0141".into()),
    };
    yew::LocalServerRenderer::<ResultsTable>::with_props(props)
        .render()
        .await
}

/// The text of the element with `id` (no child elements).
fn text_of_id(html: &str, id: &str) -> String {
    let at = html
        .find(&format!(r#"id="{id}""#))
        .unwrap_or_else(|| panic!("no {id} in {html}"));
    let start = at + html[at..].find('>').expect("tag ends") + 1;
    let end = start + html[start..].find("</").expect("element ends");
    html[start..end].to_string()
}

/// A list of "Name (percentage)" as the summary joins it in `lang`.
fn listed(items: &[&str], lang: Lang) -> String {
    let items: Vec<String> = items.iter().map(|s| s.to_string()).collect();
    join_names(&items, lang)
}

/// Who is above the signal value in the default scenario, highest first, in Dutch notation.
const ABOVE_NL: [&str; 9] = [
    "Tubbergen (37,1%)",
    "Dinkelland (36,1%)",
    "Wierden (27,2%)",
    "Hof van Twente (23,8%)",
    "Losser (23,5%)",
    "Hellendoorn (22,1%)",
    "Haaksbergen (21,8%)",
    "Rijssen-Holten (21,6%)",
    "Borne (21,5%)",
];

/// The same in English notation.
const ABOVE_EN: [&str; 9] = [
    "Tubbergen (37.1%)",
    "Dinkelland (36.1%)",
    "Wierden (27.2%)",
    "Hof van Twente (23.8%)",
    "Losser (23.5%)",
    "Hellendoorn (22.1%)",
    "Haaksbergen (21.8%)",
    "Rijssen-Holten (21.6%)",
    "Borne (21.5%)",
];

async fn page() -> String {
    yew::LocalServerRenderer::<App>::new().render().await
}

#[tokio::test(flavor = "current_thread")]
async fn page_shows_summary_results_and_inputs() {
    let html = page().await;
    // The answer first: everyone above the signal value and below the minimum, with their
    // percentages (highest first; lowest first).
    // The lists are compared whole (names, order, Dutch notation, Dutch "en"); the figures
    // of the sentences in reading order: 9 of 14 above 20%, those nine, the two below 15%,
    // 3 in between; the minimum alone houses 724 of 800, 76 not.
    let summary = text_of_id(&html, "summary");
    assert!(summary.contains(&listed(&ABOVE_NL, Lang::Nl)), "{summary}");
    assert!(
        summary.contains(&listed(&["Almelo (13,4%)", "Enschede (13,4%)"], Lang::Nl)),
        "{summary}"
    );
    assert_eq!(
        figures(&summary),
        [
            "9", "14", "20%", "37,1%", "36,1%", "27,2%", "23,8%", "23,5%", "22,1%", "21,8%",
            "21,6%", "21,5%", "13,4%", "13,4%", "15%", "3", "724", "800", "76"
        ],
        "{summary}"
    );
    // Summary, assumptions, results, chart, inputs: in that order.
    let at = |needle: &str| html.find(needle).unwrap_or_else(|| panic!("{needle}"));
    assert!(at(r#"id="summary""#) < at(r#"id="params""#));
    assert!(at(r#"id="params""#) < at(r#"id="results-table""#));
    assert!(at(r#"id="results-table""#) < at(r#"id="chart-panel""#));
    assert!(at(r#"id="chart-panel""#) < at(r#"id="input-table""#));
    // The key columns first; each input row has its result beside it.
    assert!(at(r#"class="col-status""#) < at(r#"class="col-hh col-extra""#));
    assert!(html.contains(r#"id="out-GM0153""#));
    assert!(html.contains(r#"aria-live="polite""#));
    assert!(html.contains(r#"id="results-table""#));
    assert!(html.contains(r#"data-ready="true""#));
    // Every municipality has an input row and a result row, keyed by CBS code.
    for code in ["GM0141", "GM1774", "GM0153", "GM0189"] {
        assert!(html.contains(&format!(r#"id="in-vac-{code}""#)), "{code}");
        assert!(html.contains(&format!(r#"id="explain-{code}""#)), "{code}");
    }
    // Inputs are text with an input mode, never type=number.
    assert!(!html.contains(r#"type="number""#));
    assert!(html.contains(r#"inputmode="numeric""#));
    assert!(html.contains(r#"inputmode="decimal""#));
    // Estimates are marked.
    assert_eq!(
        html.matches(r#"class="badge-estimate""#).count(),
        28,
        "14 inputs + 14 results"
    );
    // No inline styles (strict CSP).
    assert!(!html.contains("style="), "inline style found");
}

#[tokio::test(flavor = "current_thread")]
async fn labels_and_landmarks() {
    let html = page().await;
    assert!(html.contains(r#"<main id="main""#));
    assert!(html.contains("skip-link") && html.contains(r##"href="#results""##));
    let t = Texts::get(Lang::Nl);
    let vacancies = field_label(Field::Vacancies, Lang::Nl);
    assert!(html.contains(&format!(r#"aria-label="{vacancies}: Dinkelland""#)));
    assert!(html.contains(&format!(r#"aria-label="{} Dinkelland""#, t.remove)));
    assert!(html.contains(r#"<label for="param-urgents">"#));
    assert!(html.contains(r#"aria-describedby="param-urgents-help""#));
    assert!(html.contains(&format!("<legend>{}</legend>", t.method_legend)));
    assert!(html.contains(r#"aria-keyshortcuts="Control+Z""#));
}

#[tokio::test(flavor = "current_thread")]
async fn results_table_values_status_and_sorting_markup() {
    let html = results_table(Lang::Nl).await;
    // Dinkelland: 30 urgents, 36,1 %, above the signal value with symbol and text.
    let row = slice_row(&html, "GM1774");
    assert!(row.contains(">30<"), "{row}");
    assert!(row.contains("36,1%"), "{row}");
    assert!(row.contains("▲"), "{row}");
    assert_eq!(status_symbol(Status::AboveSignal), "▲");
    assert!(
        row.contains(status_label(Status::AboveSignal, Lang::Nl)),
        "{row}"
    );
    assert!(row.contains("status-above-signal"), "{row}");
    let almelo = slice_row(&html, "GM0141");
    assert!(
        almelo.contains("13,4%") && almelo.contains(status_label(Status::BelowMinimum, Lang::Nl))
    );
    assert!(!almelo.contains(status_label(Status::AboveSignal, Lang::Nl)));
    // Every column header is a sort button with aria-sort.
    assert_eq!(html.matches(r#"aria-sort="none""#).count(), 10);
    // Totals row.
    assert!(
        html.contains(r#"id="total-target""#) && html.contains(">800<"),
        "{html}"
    );
    assert!(html.contains("16,8%"));
    assert!(html.contains("<caption"));
}

#[tokio::test(flavor = "current_thread")]
async fn english_notation() {
    let html = results_table(Lang::En).await;
    assert!(html.contains("36.1%"));
    assert!(html.contains("81,045"));
    assert!(html.contains(status_label(Status::AboveSignal, Lang::En)));
    // English, not Dutch: the status names of the two languages differ and only the
    // English one is shown.
    let dutch = status_label(Status::AboveSignal, Lang::Nl);
    assert_ne!(dutch, status_label(Status::AboveSignal, Lang::En));
    assert!(!html.contains(dutch));
    let summary = yew::LocalServerRenderer::<Summary>::with_props(SummaryProps {
        computed: computed(),
        lang: Lang::En,
        stale: true,
        mine: Some("GM0153".into()),
        onmine: Some(Callback::noop()),
    })
    .render()
    .await;
    // "My municipality" first: Enschede's 227 urgents, 13.4% and status, then the summary
    // with its lists in English ("and", decimal point) and the same figures as in Dutch.
    let text = text_of_id(&summary, "summary");
    assert!(text.starts_with("Enschede: "), "{text}");
    assert!(
        in_order(
            &text,
            &[
                "Enschede: ",
                "227",
                "13.4%",
                status_label(Status::BelowMinimum, Lang::En),
                &listed(&ABOVE_EN, Lang::En),
                &listed(&["Almelo (13.4%)", "Enschede (13.4%)"], Lang::En),
            ]
        ),
        "{text}"
    );
    assert_eq!(
        figures(&text),
        [
            "227", "13.4%", "9", "14", "20%", "37.1%", "36.1%", "27.2%", "23.8%", "23.5%", "22.1%",
            "21.8%", "21.6%", "21.5%", "13.4%", "13.4%", "15%", "3", "724", "800", "76"
        ],
        "{text}"
    );
    // Picked in its list.
    assert!(
        summary.contains(r#"<option value="GM0153" selected>Enschede</option>"#)
            || summary.contains(r#"value="GM0153" selected"#),
        "{summary}"
    );
    // The results table marks it.
    let table = results_table(Lang::En).await;
    assert!(
        table.contains(r#"class="status-below-minimum is-mine""#),
        "{table}"
    );
    assert!(table.contains(layout_texts(Lang::En).mine_badge));
    assert!(summary.contains(r#"id="stale-notice""#));
}

fn slice_row<'a>(html: &'a str, id: &str) -> &'a str {
    common::slice(html, &format!(r#"data-id="{id}""#), "</tr>")
}
