//! Rendered markup of the growth-path view (native SSR): settings and their labels, the
//! per-year table with the path-a inputs, where each municipality ends ("vanaf jaar 3 binnen
//! de signaalwaarde", never "binnen" below the minimum), the small
//! multiples and their accessible structure, both languages, problems and stale results,
//! and no inline styles (the page's CSP forbids them).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::text;
use evt_app::components::growth_view::GrowthView;
use evt_app::i18n::growth::{
    growth_summary, growth_texts, horizon_label, standing_text, start_help,
};
use evt_app::state::Action;
use evt_app::view::growth::{compute_model, Standing};
use evt_core::data::{default_scenario, netherlands_scenario};
use evt_core::growth::{growth_path, Horizon, Start};
use evt_core::numbers::{format_count, format_percent_tenths, Lang};
use evt_core::scenario::Scenario;
use evt_core::validate::Param;

async fn render_with(scenario: Scenario, lang: Lang, actions: Vec<Action>) -> String {
    common::render_view::<GrowthView>(scenario, lang, actions).await
}

async fn render(scenario: Scenario, lang: Lang) -> String {
    render_with(scenario, lang, Vec::new()).await
}

/// The markup from the opening tag that carries `id="{id}"` up to the first `close` after it
/// (attribute order in the rendered markup is Yew's, not the source's).
fn by_id<'a>(html: &'a str, id: &str, close: &str) -> &'a str {
    let at = html
        .find(&format!(r#" id="{id}""#))
        .unwrap_or_else(|| panic!("no id={id} in {html}"));
    let start = html[..at].rfind('<').expect("tag start");
    let end = at + html[at..].find(close).expect("closing text");
    &html[start..end]
}

/// The opening tag that carries `id="{id}"`.
fn tag<'a>(html: &'a str, id: &str) -> &'a str {
    by_id(html, id, ">")
}

/// The markup from `open` up to the first `close` after it.
fn between<'a>(html: &'a str, open: &str, close: &str) -> &'a str {
    let start = html
        .find(open)
        .unwrap_or_else(|| panic!("no {open} in {html}"));
    let end = start + html[start..].find(close).expect("closing tag");
    &html[start..end]
}

/// Every opening tag whose id starts with `prefix`.
fn tags_with_id_prefix<'a>(html: &'a str, prefix: &str) -> Vec<&'a str> {
    html.match_indices(&format!(r#" id="{prefix}"#))
        .map(|(at, _)| {
            let start = html[..at].rfind('<').expect("tag start");
            let end = at + html[at..].find('>').expect("tag end");
            &html[start..end]
        })
        .collect()
}

fn table_row<'a>(html: &'a str, id: &str) -> &'a str {
    let table = by_id(html, "growth-table", "</table>");
    between(table, &format!(r#"<tr data-id="{id}">"#), "</tr>")
}

fn with_years(mut s: Scenario, years: u32) -> Scenario {
    s.params.growth_years = years;
    s
}

const DINKELLAND: &str = "GM1774";
const ALMELO: &str = "GM0141";

#[tokio::test(flavor = "current_thread")]
async fn settings_are_labelled_text_inputs_and_radio_groups() {
    let html = render(default_scenario(), Lang::Nl).await;
    let g = growth_texts(Lang::Nl);
    assert!(html.contains(&format!(r#"<h2 id="growth-heading">{}</h2>"#, g.heading)));
    for (id, label) in [
        ("growth-years", g.years_label),
        ("growth-urgents-growth", g.urgents_growth_label),
    ] {
        assert!(
            html.contains(&format!(r#"<label for="{id}">{label}</label>"#)),
            "{id}"
        );
        let input = tag(&html, id);
        assert!(input.contains(r#"type="text""#) && input.contains(r#"inputmode="numeric""#));
        assert!(input.contains(&format!(r#"aria-describedby="{id}-help""#)));
    }
    assert!(tag(&html, "growth-years").contains(r#"value="5""#));
    // Start: equal percentage by default (no inflow or realised column); the other two say
    // which column to fill in and cannot be chosen yet.
    assert!(html.contains(&format!("<legend>{}</legend>", g.start_legend)));
    let equal = tag(&html, "growth-start-equal");
    assert!(equal.contains("checked"), "{equal}");
    for code in ["origin", "realised"] {
        let radio = tag(&html, &format!("growth-start-{code}"));
        assert!(radio.contains("disabled"), "{radio}");
    }
    assert!(html.contains(&start_help(Start::Origin, false, Lang::Nl)));
    assert!(html.contains(&format!("<legend>{}</legend>", g.horizon_legend)));
    assert!(tag(&html, "growth-horizon-households").contains("checked"));
    // The cap in force (20%) is named in the capped horizon's label.
    assert!(html.contains(&horizon_label(Horizon::HouseholdsCapped, 2000, Lang::Nl)));
    // Paths a and b explained in plain words.
    assert!(html.contains(g.path_a_title));
    assert!(html.contains(g.path_b_title));
    assert!(!html.contains("style="), "inline style found");
    assert!(!html.contains(r#"type="number""#));
}

#[tokio::test(flavor = "current_thread")]
async fn table_shows_the_horizon_year_with_path_a_inputs() {
    // SPEC worked example: N = 5, start equal percentage, horizon households.
    let html = render(default_scenario(), Lang::Nl).await;
    let select = by_id(&html, "growth-year", "</select>");
    assert_eq!(select.matches("<option").count(), 6);
    assert!(
        select.contains(r#"<option value="5" selected="selected">Jaar 5 (horizon)</option>"#),
        "{select}"
    );
    assert!(select.contains(">Jaar 0 (start)</option>"));

    let table = by_id(&html, "growth-table", "</table>");
    assert_eq!(table.matches("<tr data-id=").count(), 14);
    assert!(table.contains(r#"<caption id="growth-table-caption">"#));

    let row = table_row(&html, DINKELLAND);
    let input = tag(row, "growth-dv-GM1774");
    assert!(input.contains(r#"inputmode="numeric""#) && input.contains(r#"type="text""#));
    assert!(
        input.contains(r#"aria-label="Extra vrijkomende woningen per jaar (pad a): Dinkelland""#)
    );
    let cells = text(row);
    // Year 5 = the horizon: 30 urgents of 83 vacancies, 36,1 %, above the signal value.
    for expected in [
        "Dinkelland",
        "30",
        "83",
        "36,1%",
        "▲ boven de signaalwaarde",
    ] {
        assert!(cells.contains(expected), "{expected} in {cells}");
    }
    assert!(
        cells.contains(&standing_text(Standing::StillAbove, 5, Lang::Nl)),
        "{cells}"
    );
    let almelo = text(table_row(&html, ALMELO));
    assert!(
        almelo.contains("93") && almelo.contains("13,4%"),
        "{almelo}"
    );
    assert!(almelo.contains("▼ onder het minimum"), "{almelo}");
    // Almelo: 117, 112, 107, 103, 98, 93 of 695 (16,8 % … 14,8 % in year 3 … 13,4 %): below
    // the minimum from year 3 on, and never called "binnen".
    assert!(
        almelo.contains(&standing_text(Standing::BelowMinimumFrom(3), 5, Lang::Nl)),
        "{almelo}"
    );
    assert!(!almelo.contains("binnen"), "{almelo}");

    // The region row: 800 urgents, 4.774 vacancies, 16,8 %.
    let foot = text(between(&html, "<tfoot>", "</tfoot>"));
    assert!(
        foot.contains("Regio")
            && foot.contains("800")
            && foot.contains("4.774")
            && foot.contains("16,8%"),
        "{foot}"
    );
    assert!(html.contains(r#"data-bench-growth-output="true""#));

    let summary = text(by_id(&html, "growth-summary", "</p>"));
    let model = compute_model(&default_scenario()).expect("computes");
    let figures = model.summary_figures();
    assert_eq!((figures.above_first, figures.above_last), (0, 9));
    assert_eq!(
        figures.never_within,
        [
            "Borne",
            "Dinkelland",
            "Haaksbergen",
            "Hellendoorn",
            "Hof van Twente",
            "Losser",
            "Rijssen-Holten",
            "Tubbergen",
            "Wierden"
        ]
    );
    assert_eq!(summary, growth_summary(&figures, Lang::Nl));
    assert!(tag(&html, "growth-summary").contains(r#"aria-live="polite""#));
}

#[tokio::test(flavor = "current_thread")]
async fn ten_years_with_extra_vacancies_for_dinkelland_show_its_first_year_within() {
    // Start from the home municipality, with Dinkelland well above the signal value at the
    // start (25 of 83 vacancies): 10 extra vacancies a year bring it within part-way.
    let mut s = with_years(default_scenario(), 10);
    let origin = [117, 23, 25, 283, 22, 32, 122, 30, 19, 42, 32, 11, 36, 17];
    for (m, o) in s.municipalities.iter_mut().zip(origin) {
        m.origin = Some(o);
    }
    let i = s.position(DINKELLAND).expect("Dinkelland");
    s.municipalities[i].extra_vacancies = Some(10);
    assert_eq!(s.growth_start(), Start::Origin);
    let path = growth_path(&s, Start::Origin, s.growth.horizon).expect("path");
    let first = path.within_signal_from[i].expect("within at some point");
    assert!(first > 0 && first < 10, "an informative case: {first}");

    let model = compute_model(&s).expect("computes");
    let within = standing_text(Standing::WithinSignalFrom(first), 10, Lang::Nl);
    assert_eq!(model.series[i].standing, Standing::WithinSignalFrom(first));
    let html = render(s, Lang::Nl).await;
    assert!(tag(&html, "growth-start-origin").contains("checked"));
    let row = table_row(&html, DINKELLAND);
    assert!(tag(row, "growth-dv-GM1774").contains(r#"value="10""#));
    let cells = text(row);
    assert!(cells.contains(&within), "{cells}");
    // Year 10: V = 83 + 10 × 10 = 183.
    assert!(cells.contains("183"), "{cells}");
    let panel = tag(&html, "growth-panel-GM1774");
    assert!(panel.contains(&within), "{panel}");
    assert_eq!(
        by_id(&html, "growth-year", "</select>")
            .matches("<option")
            .count(),
        11
    );
}

#[tokio::test(flavor = "current_thread")]
async fn small_multiples_are_one_tab_stop_with_labelled_panels() {
    let html = render(default_scenario(), Lang::Nl).await;
    let group = tag(&html, "growth-panels");
    assert!(group.contains(r#"role="group""#));
    assert!(group.contains(r#"aria-labelledby="growth-chart-heading""#));
    assert!(group.contains(r#"aria-describedby="growth-chart-desc""#));
    assert!(html
        .contains(r#"<h3 id="growth-chart-heading">Percentage per gemeente over de jaren</h3>"#));
    let desc = text(by_id(&html, "growth-chart-desc", "</p>"));
    assert!(
        desc.contains("minimum van 15%") && desc.contains("signaalwaarde van 20%"),
        "{desc}"
    );

    let panels = tags_with_id_prefix(&html, "growth-panel-");
    assert_eq!(panels.len(), 14);
    assert!(panels.iter().all(|p| p.contains(r#"role="img""#)));
    assert_eq!(
        panels
            .iter()
            .filter(|p| p.contains(r#"tabindex="0""#))
            .count(),
        1,
        "one Tab stop"
    );
    let dinkelland = panels
        .iter()
        .find(|p| p.contains(r#"data-id="GM1774""#))
        .expect("Dinkelland panel");
    let still = standing_text(Standing::StillAbove, 5, Lang::Nl);
    assert!(
        dinkelland.contains(&format!(
            r#"aria-label="Dinkelland: van 16,9% in jaar 0 naar 36,1% in jaar 5; {still}""#
        )),
        "{dinkelland}"
    );
    // Lines labelled in text, zones filled with patterns defined once.
    assert!(html.contains("gestreepte lijn: minimum 15%"));
    assert!(html.contains("gestippelde lijn: signaalwaarde 20%"));
    assert_eq!(html.matches("<pattern ").count(), 2);
    assert!(
        html.contains(r#"stroke-dasharray="6 4""#) && html.contains(r#"stroke-dasharray="2 3""#)
    );
    // Details line: live, with the hint until a panel is chosen.
    let details = by_id(&html, "growth-details", "</p>");
    assert!(details.contains(r#"aria-live="polite""#));
    assert!(details.contains("pijltjes links en rechts"));
    // The table twin is one click away, not rendered until asked for.
    assert!(html.contains(r#"id="growth-chart-toggle""#));
    assert!(!html.contains(r#"id="growth-matrix""#));
}

#[tokio::test(flavor = "current_thread")]
async fn english_texts_and_notation() {
    let mut s = default_scenario();
    s.params.urgents = 8000;
    let model = compute_model(&s).expect("computes");
    let html = render(s, Lang::En).await;
    assert!(html.contains(r#"<h2 id="growth-heading">Growth path</h2>"#));
    assert!(html.contains("Path a: more suitable homes."));
    assert!(html.contains(">Year 5 (horizon)</option>"));
    let cells = text(table_row(&html, "GM0153"));
    // Enschede at the horizon: over 2,000 urgents of 1,689 vacancies, English notation.
    let enschede = model
        .series
        .iter()
        .find(|m| m.id == "GM0153")
        .and_then(|m| m.points.last())
        .copied()
        .expect("Enschede");
    let target = format_count(enschede.target, Lang::En);
    let pct = format_percent_tenths(enschede.percent_tenths.expect("vacancies"), Lang::En);
    assert!(target.contains(',') && pct.contains('.'), "{target} {pct}");
    assert!(
        cells.contains(&target) && cells.contains(&pct) && cells.contains("1,689"),
        "{cells}"
    );
    assert!(cells.contains("above the signal value"), "{cells}");
    assert!(
        cells.contains(&standing_text(Standing::StillAbove, 5, Lang::En)),
        "{cells}"
    );
    assert!(html.contains("Extra vacated homes per year (path a): Dinkelland"));
}

#[tokio::test(flavor = "current_thread")]
async fn unavailable_start_says_what_to_fill_in() {
    let mut s = default_scenario();
    s.growth.start = Some(Start::Origin);
    let html = render(s, Lang::Nl).await;
    let problem = text(by_id(&html, "growth-problem", "</p>"));
    assert!(
        problem.contains("Deze startverdeling heeft de kolom ‘Instroom naar woonplaats’ nodig."),
        "{problem}"
    );
    // The chosen option stays checked (and therefore enabled) so it can be changed back.
    let origin = tag(&html, "growth-start-origin");
    assert!(
        origin.contains("checked") && !origin.contains("disabled"),
        "{origin}"
    );
    assert!(!html.contains(r#" id="growth-table""#));
}

#[tokio::test(flavor = "current_thread")]
async fn invalid_years_keep_the_last_valid_path_marked_as_out_of_date() {
    let html = render_with(
        default_scenario(),
        Lang::Nl,
        vec![Action::SetParam {
            param: Param::GrowthYears,
            text: "31".into(),
        }],
    )
    .await;
    let input = tag(&html, "growth-years");
    assert!(input.contains(r#"value="31""#) && input.contains(r#"aria-invalid="true""#));
    assert!(input.contains(r#"aria-describedby="growth-years-help growth-years-error""#));
    let error = text(by_id(&html, "growth-years-error", "</p>"));
    assert!(
        error.contains("Jaren ingroeipad: kies een waarde van 1 tot en met 30."),
        "{error}"
    );
    // The 5-year path stays visible, marked.
    assert!(html.contains(r#"id="growth-stale""#));
    assert!(html.contains("growth-chart--stale"));
    assert_eq!(
        by_id(&html, "growth-year", "</select>")
            .matches("<option")
            .count(),
        6
    );
}

#[tokio::test(flavor = "current_thread")]
async fn all_dutch_municipalities_over_thirty_years_fifty_at_a_time() {
    let s = with_years(netherlands_scenario(), 30);
    let model = compute_model(&s).expect("the Netherlands computes");
    assert_eq!(model.series.len(), 342);
    assert!(model.series.iter().all(|m| m.points.len() == 31));
    let html = render(s, Lang::Nl).await;
    // Table and chart show the first 50; the search and the buttons reach the others.
    let table = by_id(&html, "growth-table", "</table>");
    assert_eq!(table.matches("<tr data-id=").count(), 50);
    assert_eq!(tags_with_id_prefix(&html, "growth-panel-").len(), 50);
    assert!(html.contains(r#"<label for="growth-filter">Zoek gemeente</label>"#));
    let status = text(by_id(&html, "growth-page-status", "</p>"));
    assert_eq!(status, "Gemeenten 1–50 van 342");
    assert!(tag(&html, "growth-page-prev").contains("disabled"));
    assert!(!tag(&html, "growth-page-next").contains("disabled"));
    let desc = text(by_id(&html, "growth-chart-desc", "</p>"));
    assert!(
        desc.contains("(50 van de 342, zoals gekozen boven de tabel)"),
        "{desc}"
    );
    // The summary and the region row still cover all 342.
    let summary = text(by_id(&html, "growth-summary", "</p>"));
    assert!(summary.contains("van de 342 gemeenten"), "{summary}");
    let total: u64 = model.totals[30].target;
    let foot = text(between(&html, "<tfoot>", "</tfoot>"));
    assert!(foot.contains(&format_count(total, Lang::Nl)), "{foot}");
    assert_eq!(
        html.matches(r#"tabindex="0""#).count(),
        2,
        "the table's scroll region and the chart's one stop"
    );
    assert!(!html.contains("style="));
}

#[tokio::test(flavor = "current_thread")]
async fn twente_has_no_pager() {
    let html = render(default_scenario(), Lang::Nl).await;
    assert!(!html.contains(r#"id="growth-filter""#));
    assert!(!html.contains(r#"id="growth-page-status""#));
}
