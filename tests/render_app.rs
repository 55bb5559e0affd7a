//! Rendering tests: the whole page rendered natively with `yew::LocalServerRenderer`
//! (markup and ARIA; interaction belongs to the browser tests).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use evt_app::app::App;
use evt_app::components::results_table::{ResultsTable, ResultsTableProps};
use evt_app::components::summary::{Summary, SummaryProps};
use evt_app::state::Computed;
use evt_app::view::result_rows;
use evt_core::data::default_scenario;
use evt_core::methods::compute;
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

async fn page() -> String {
    yew::LocalServerRenderer::<App>::new().render().await
}

#[tokio::test(flavor = "current_thread")]
async fn page_shows_summary_results_and_inputs() {
    let html = page().await;
    // The answer first: everyone above the signal value and below the minimum, with their
    // percentages (highest first; lowest first).
    assert!(html.contains("Bij een verdeling naar rato van huishoudens komen 9 van de 14 gemeenten boven de signaalwaarde van 20%: Tubbergen (37,1%), Dinkelland (36,1%), Wierden (27,2%), Hof van Twente (23,8%), Losser (23,5%), Hellendoorn (22,1%), Haaksbergen (21,8%), Rijssen-Holten (21,6%) en Borne (21,5%). Almelo (13,4%) en Enschede (13,4%) blijven onder het wettelijk minimum van 15%; 3 gemeenten zitten daartussen. Met alleen het wettelijk minimum worden 724 van de 800 urgenten gehuisvest; 76 niet."), "{html}");
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
    assert!(html.contains(r#"aria-label="Vrijkomende woningen per jaar: Dinkelland""#));
    assert!(html.contains(r#"aria-label="Verwijder Dinkelland""#));
    assert!(html.contains(r#"<label for="param-urgents">"#));
    assert!(html.contains(r#"aria-describedby="param-urgents-help""#));
    assert!(html.contains(r#"<legend>Verdeelmethode</legend>"#));
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
    assert!(row.contains("boven de signaalwaarde"), "{row}");
    assert!(row.contains("status-above-signal"), "{row}");
    let almelo = slice_row(&html, "GM0141");
    assert!(almelo.contains("13,4%") && almelo.contains("onder het minimum"));
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
    assert!(html.contains("above the signal value"));
    let summary = yew::LocalServerRenderer::<Summary>::with_props(SummaryProps {
        computed: computed(),
        lang: Lang::En,
        stale: true,
        mine: Some("GM0153".into()),
        onmine: Some(Callback::noop()),
    })
    .render()
    .await;
    assert!(summary.contains("9 of the 14 municipalities are above the signal value of 20%"));
    assert!(summary
        .contains("Almelo (13.4%) and Enschede (13.4%) stay below the statutory minimum of 15%"));
    // "My municipality" first, and picked in its list.
    assert!(summary.contains(">Enschede: 227 urgent home seekers a year, 13.4% of the vacated social-rental homes (below the minimum). With a distribution"), "{summary}");
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
    assert!(table.contains("my municipality"));
    assert!(summary.contains("724 of the 800 urgents are housed; 76 are not."));
    assert!(summary.contains(r#"id="stale-notice""#));
}

fn slice_row<'a>(html: &'a str, id: &str) -> &'a str {
    common::slice(html, &format!(r#"data-id="{id}""#), "</tr>")
}
