//! Rendered markup of the monitoring view (native SSR): the evaluation date, the summary,
//! the flags above the signal value with the second half-year in a row as an agenda item,
//! cumulative ahead/behind, suitable shares, the entry table's inputs, the chart and its
//! structure, both languages, and no inline styles (strict CSP). Plus the pure helpers of
//! the view (entering one figure, the agenda runs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::text;
use evt_app::components::monitoring_view::MonitoringView;
use evt_app::state::monitoring::set_figure;
use evt_app::state::{Action, Figure};
use evt_app::view::monitoring::MonModel;
use evt_core::codec::monitoring::MonColumn;
use evt_core::data::default_scenario;
use evt_core::monitoring::{Period, Record};
use evt_core::numbers::{Lang, NumberError};
use evt_core::Scenario;

fn p(s: &str) -> Period {
    Period::parse(s).unwrap()
}

/// Code, then per half-year housed / allocations / suitably (as in the core tests and the
/// e2e journey): 2026-H1 and 2026-H2.
const TWENTE: [(&str, [u64; 3], [u64; 3]); 14] = [
    ("GM0141", [49, 350, 40], [56, 350, 50]),
    ("GM0147", [15, 70, 15], [16, 70, 14]),
    ("GM1774", [9, 40, 9], [7, 40, 7]),
    ("GM0153", [120, 850, 101], [140, 850, 126]),
    ("GM0158", [12, 65, 12], [14, 65, 13]),
    ("GM0163", [17, 95, 15], [15, 95, 15]),
    ("GM0164", [60, 365, 52], [55, 365, 48]),
    ("GM1735", [19, 90, 17], [20, 90, 19]),
    ("GM0168", [11, 60, 10], [9, 60, 9]),
    ("GM0173", [20, 125, 18], [18, 125, 16]),
    ("GM1742", [18, 95, 18], [16, 95, 14]),
    ("GM0183", [7, 30, 6], [8, 30, 8]),
    ("GM1700", [17, 110, 15], [18, 110, 17]),
    ("GM0189", [10, 50, 10], [11, 50, 9]),
];

fn record(period: &str, id: &str, [housed, allocations, suitably]: [u64; 3]) -> Record {
    Record {
        period: p(period),
        municipality: id.into(),
        applications: housed * 2 + 1250 * u64::from(id == "GM0153"),
        granted: housed + 5,
        housed,
        allocations,
        suitably,
    }
}

fn twente() -> Scenario {
    let mut s = default_scenario();
    for (id, h1, h2) in TWENTE {
        s.monitoring.push(record("2026-H1", id, h1));
        s.monitoring.push(record("2026-H2", id, h2));
    }
    s.normalize_monitoring();
    s
}

async fn render(scenario: Scenario, lang: Lang) -> String {
    common::render_view::<MonitoringView>(scenario, lang, Vec::new()).await
}

/// The markup of the `<tr>` with this `data-id` inside the element with id `table`.
fn row<'a>(html: &'a str, table: &str, id: &str) -> &'a str {
    let start = html
        .find(&format!(r#"id="{table}""#))
        .unwrap_or_else(|| panic!("no #{table}"));
    let html = &html[start..];
    let from = html
        .find(&format!(r#"data-id="{id}""#))
        .unwrap_or_else(|| panic!("no row {id} in #{table}"));
    let end = html[from..].find("</tr>").map_or(html.len(), |e| from + e);
    &html[from..end]
}

fn assert_unique_ids(html: &str) {
    let mut seen = std::collections::HashSet::new();
    for part in html.split(" id=\"").skip(1) {
        let id = &part[..part.find('"').unwrap()];
        assert!(seen.insert(id.to_string()), "duplicate id {id}");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn without_figures_the_view_explains_what_to_do() {
    let html = render(default_scenario(), Lang::Nl).await;
    assert!(html.contains("Halfjaarlijkse monitoring"));
    assert!(html.contains("Nog geen monitoringcijfers."), "{html}");
    assert!(html.contains(r#"id="mon-entry-empty""#));
    assert!(html.contains("volgt uit het eerste halfjaar met cijfers"));
    assert!(html.contains(r#"<label for="mon-new-period">"#));
    assert!(html.contains(r#"aria-describedby="mon-new-period-help""#));
    assert!(html.contains(r#"id="mon-paste-input""#));
    assert!(!html.contains(r#"id="mon-results-table""#));
    assert!(!html.contains("<svg"));
    assert!(!html.contains("style="), "inline style found");
    assert_unique_ids(&html);
}

#[tokio::test(flavor = "current_thread")]
async fn two_half_years_for_the_14_municipalities() {
    let html = render(twente(), Lang::Nl).await;
    assert!(!html.contains("style="), "inline style found");
    assert_unique_ids(&html);

    // The evaluation, three years after the start of the first half-year.
    assert!(
        html.contains("1 januari 2029, drie jaar na het begin van 2026-H1"),
        "{html}"
    );
    // The summary of the latest half-year, announced.
    let summary = "2026-H2: cijfers van 14 gemeenten. De regio als geheel: 16,8%. \
        5 gemeenten boven de signaalwaarde van 20%: Borne, Haaksbergen, Hof van Twente, Tubbergen en Wierden. \
        Borne, Hof van Twente en Tubbergen zitten voor het tweede halfjaar op rij erboven: agendapunt voor het bestuurlijk overleg. \
        Onder het minimum van 15%: Oldenzaal.";
    assert!(html.contains(summary), "{html}");
    assert!(html.contains(r#"id="mon-summary" aria-live="polite""#));
    // The agenda of the administrative consultation.
    let agenda = text(&html[html.find(r#"id="mon-agenda""#).unwrap()..]);
    for item in [
        "Borne: boven de signaalwaarde in 2026-H1 (21,4%) en 2026-H2 (22,9%)",
        "Hof van Twente: boven de signaalwaarde in 2026-H1 (21,1%) en 2026-H2 (22,2%)",
        "Tubbergen: boven de signaalwaarde in 2026-H1 (23,3%) en 2026-H2 (26,7%)",
    ] {
        assert!(agenda.contains(item), "{item}");
    }
    assert!(!agenda[..agenda.find("Halfjaar toevoegen").unwrap()].contains("Wierden"));

    // The period selector has both half-years, the latest chosen.
    assert!(html.contains(r#"<option value="2026-H1">2026-H1</option>"#));
    assert!(
        html.contains(r#"<option value="2026-H2" selected="selected">2026-H2</option>"#),
        "{html}"
    );

    // Entry table: 14 rows × 5 text inputs with a numeric keyboard, never type=number.
    assert_eq!(html.matches(r#"id="mon-in-"#).count(), 70);
    assert!(!html.contains(r#"type="number""#));
    let enschede = row(&html, "mon-entry-table", "GM0153");
    assert!(enschede.contains(r#"id="mon-in-app-GM0153""#));
    assert!(enschede.contains(r#"value="1.530""#), "{enschede}"); // 140 × 2 + 1250
    assert!(enschede.contains(r#"inputmode="numeric""#));
    assert!(enschede.contains(r#"aria-label="Alle toewijzingen: Enschede, 2026-H2""#));

    // Results of 2026-H2.
    let borne = text(row(&html, "mon-results-table", "GM0147"));
    assert!(borne.contains("22,9%"), "{borne}");
    assert!(borne.contains("boven de signaalwaarde"));
    assert!(
        borne.contains(
            "boven de signaalwaarde (2e halfjaar op rij) ▲▲ agendapunt bestuurlijk overleg"
        ),
        "{borne}"
    );
    assert!(borne.contains("87,5% (14 / 16)"));
    assert!(borne.contains("+3 voor"), "{borne}");
    let wierden = text(row(&html, "mon-results-table", "GM0189"));
    assert!(
        wierden.contains("22,0%") && wierden.contains("▲ boven de signaalwaarde (1e halfjaar)"),
        "{wierden}"
    );
    assert!(!wierden.contains("agendapunt"));
    let enschede = text(row(&html, "mon-results-table", "GM0153"));
    // 140 / 850 = 16,5 %; cumulative 260 housed against 223 → 37 ahead.
    assert!(enschede.contains("16,5%") && enschede.contains("binnen de bandbreedte"));
    assert!(
        enschede.contains("260") && enschede.contains("223") && enschede.contains("+37 voor"),
        "{enschede}"
    );
    let dinkelland = text(row(&html, "mon-results-table", "GM1774"));
    assert!(dinkelland.contains("\u{2212}13 achter"), "{dinkelland}");
    let oldenzaal = text(row(&html, "mon-results-table", "GM0173"));
    assert!(oldenzaal.contains("14,4%") && oldenzaal.contains("onder het minimum"));
    // Region: 403 housed of 2.395 allocations = 16,8 %; 787 housed since 2026-H1.
    let total = text(&html[html.find(r#"id="mon-results-total""#).unwrap()..]);
    let total = &total[..total.find("Verloop").unwrap_or(total.len())];
    assert!(
        total.contains("Regio Twente") && total.contains("403") && total.contains("2.395"),
        "{total}"
    );
    assert!(total.contains("16,8%") && total.contains("787"), "{total}");

    // The overview: ▲▲ and "agendapunt" in 2026-H2 for the three, ▲ with hidden text else.
    let tubbergen = row(&html, "mon-overview-table", "GM0183");
    assert!(
        text(tubbergen).contains("23,3% ▲ (boven de signaalwaarde)"),
        "{tubbergen}"
    );
    assert!(
        text(tubbergen).contains("26,7% ▲▲ agendapunt"),
        "{tubbergen}"
    );

    // The chart over the half-years: a group with title and description, one column per
    // half-year with an accessible name, one Tab stop.
    assert!(html.contains(r#"role="group""#));
    assert!(html.contains("<title"));
    assert!(
        html.contains("Kolomdiagram van het percentage van de hele regio (Twente) in 2 halfjaren.")
    );
    assert!(html.contains(r#"aria-label="de hele regio (Twente), 2026-H2: 16,8% (403 gehuisvest van 2.395 toewijzingen), binnen de bandbreedte""#), "{html}");
    assert_eq!(html.matches(r#"tabindex="0" role="img""#).count(), 1);
    assert_eq!(html.matches(r#"tabindex="-1" role="img""#).count(), 1);
    assert!(html.contains("minimum 15%") && html.contains("signaalwaarde 20%"));
}

#[tokio::test(flavor = "current_thread")]
async fn english_texts_and_notation() {
    let html = render(twente(), Lang::En).await;
    assert!(html.contains("1 January 2029, three years after the start of 2026-H1"));
    assert!(html.contains("Borne, Hof van Twente and Tubbergen are above it for the second half-year in a row: a topic for the administrative consultation."), "{html}");
    let enschede = row(&html, "mon-entry-table", "GM0153");
    assert!(enschede.contains(r#"value="1,530""#));
    let borne = text(row(&html, "mon-results-table", "GM0147"));
    assert!(
        borne.contains("22.9%") && borne.contains("2nd half-year in a row"),
        "{borne}"
    );
    assert!(!html.contains("style="));
}

#[tokio::test(flavor = "current_thread")]
async fn contradicting_figures_are_listed_and_left_out() {
    let mut s = twente();
    // Almelo 2026-H2: more housed than allocations.
    s.monitoring[14].housed = 400;
    let html = render(s, Lang::Nl).await;
    let problems = &html[html.find(r#"id="mon-problems""#).expect("problems")..];
    assert!(text(problems)
        .contains("2026-H2, Almelo: meer urgenten gehuisvest dan er woningen zijn toegewezen."));
    let almelo = row(&html, "mon-entry-table", "GM0141");
    assert!(almelo.contains(r#"id="mon-row-error-GM0141""#));
    assert!(almelo.contains(r#"aria-describedby="mon-row-error-GM0141""#));
    // Left out of the results of 2026-H2.
    assert!(text(row(&html, "mon-results-table", "GM0141")).contains("geen cijfers"));
}

#[tokio::test(flavor = "current_thread")]
async fn text_typed_into_a_cell_is_the_editors_draft() {
    let typed = |period: &str, id: &str, figure, text: &str| Action::SetMonitoringCell {
        period: p(period),
        id: id.into(),
        figure,
        text: text.into(),
    };
    // Into a half-year without figures: the half-year is chosen, the text stays with its
    // message and no figures appear.
    let html = common::render_view::<MonitoringView>(
        default_scenario(),
        Lang::Nl,
        vec![typed("2027-H1", "GM0141", Figure::Housed, "12a")],
    )
    .await;
    assert!(
        html.contains(r#"<option value="2027-H1" selected="selected">2027-H1</option>"#),
        "{html}"
    );
    let almelo = row(&html, "mon-entry-table", "GM0141");
    let at = almelo.find(r#"id="mon-in-housed-GM0141""#).expect("cell");
    let input = &almelo[almelo[..at].rfind("<input").unwrap()..];
    let input = &input[..input.find('>').unwrap()];
    assert!(input.contains(r#"value="12a""#), "{input}");
    assert!(input.contains(r#"aria-invalid="true""#), "{input}");
    let error = &almelo[almelo
        .find(r#"id="mon-in-housed-GM0141-error""#)
        .expect("message")..];
    let error = text(&error[..error.find("</").unwrap()]);
    assert!(error.ends_with(&evt_app::i18n::validation::number_error(
        &NumberError::NotANumber,
        Lang::Nl
    )));
    assert!(text(row(&html, "mon-results-table", "GM0141")).contains("geen cijfers"));
    assert_unique_ids(&html);

    // A good figure recalculates: Almelo 2026-H2 70 housed of 350 = 20,0 %, kept as typed
    // until the cell is left.
    let html = common::render_view::<MonitoringView>(
        twente(),
        Lang::Nl,
        vec![typed("2026-H2", "GM0141", Figure::Housed, "0070")],
    )
    .await;
    assert!(row(&html, "mon-entry-table", "GM0141").contains(r#"value="0070""#));
    assert!(text(row(&html, "mon-results-table", "GM0141")).contains("20,0%"));
}

// ---------------------------------------------------------------------------------------------
// Pure helpers
// ---------------------------------------------------------------------------------------------

#[test]
fn entering_one_figure() {
    let a = Record {
        period: p("2026-H1"),
        municipality: "GM0141".into(),
        applications: 1,
        granted: 2,
        housed: 3,
        allocations: 40,
        suitably: 3,
    };
    // A figure for a missing record creates it with zeros elsewhere.
    let v = set_figure(&[], p("2026-H1"), "GM0141", MonColumn::Housed, Some(3));
    assert_eq!(v.len(), 1);
    assert_eq!((v[0].housed, v[0].allocations), (3, 0));
    // Changing and clearing a figure.
    let v = set_figure(
        std::slice::from_ref(&a),
        p("2026-H1"),
        "GM0141",
        MonColumn::Allocations,
        Some(50),
    );
    assert_eq!(v[0].allocations, 50);
    let v = set_figure(
        std::slice::from_ref(&a),
        p("2026-H1"),
        "GM0141",
        MonColumn::Granted,
        None,
    );
    assert_eq!(v[0].granted, 0);
    // Clearing the last non-zero figure removes the record; typing 0 keeps it.
    let mut only = a.clone();
    (
        only.applications,
        only.granted,
        only.housed,
        only.allocations,
        only.suitably,
    ) = (0, 0, 0, 5, 0);
    assert!(set_figure(
        &[only.clone()],
        p("2026-H1"),
        "GM0141",
        MonColumn::Allocations,
        None
    )
    .is_empty());
    assert_eq!(
        set_figure(
            &[only],
            p("2026-H1"),
            "GM0141",
            MonColumn::Allocations,
            Some(0)
        )
        .len(),
        1
    );
    // Clearing a cell of a missing record changes nothing.
    assert!(set_figure(&[], p("2026-H1"), "GM0141", MonColumn::Housed, None).is_empty());
}

#[test]
fn agenda_runs_need_adjacent_half_years() {
    let mut s = default_scenario();
    // Borne above in 2026-H1, 2026-H2 and 2027-H1 (one run of three); Losser above in
    // 2026-H1 and 2027-H1 with 2026-H2 missing (no run).
    for (period, id, housed) in [
        ("2026-H1", "GM0147", 30),
        ("2026-H2", "GM0147", 30),
        ("2027-H1", "GM0147", 25),
        ("2026-H1", "GM0168", 30),
        ("2027-H1", "GM0168", 30),
    ] {
        s.monitoring.push(Record {
            period: p(period),
            municipality: id.into(),
            applications: 0,
            granted: 0,
            housed,
            allocations: 100,
            suitably: 0,
        });
    }
    s.normalize_monitoring();
    let m = MonModel::new(&s);
    assert_eq!(
        m.agenda(),
        vec![(
            "Borne",
            vec![
                (p("2026-H1"), 300),
                (p("2026-H2"), 300),
                (p("2027-H1"), 250)
            ]
        )]
    );
    assert_eq!(m.run("GM0147", p("2027-H1")), 3);
    assert_eq!(m.run("GM0168", p("2027-H1")), 1);
    // The chart's slots include the gap 2026-H2 for Losser.
    let losser = m.series(&s, Some("GM0168"));
    assert_eq!(losser.len(), 3);
    assert_eq!(losser[1].figures, None);
}

// ---------------------------------------------------------------------------------------------
// No claim without figures; half-years from a list (issue 15 item 7)
// ---------------------------------------------------------------------------------------------

/// The text of the agenda block (its heading and what it says), up to the next section.
fn agenda_text(html: &str) -> String {
    let from = html.find(r#"id="mon-agenda""#).expect("agenda");
    let to = html[from..]
        .find("</section>")
        .map_or(html.len(), |e| from + e);
    text(&html[from..to])
}

/// Every half-year of the scenario's Twente figures, with `housed` chosen per record.
fn twente_with(periods: &[&str], housed: impl Fn(u64) -> u64) -> Scenario {
    let mut s = default_scenario();
    for period in periods {
        for (id, h1, _) in TWENTE {
            let [_, allocations, _] = h1;
            let h = housed(allocations);
            s.monitoring
                .push(record(period, id, [h, allocations, h.min(h1[2])]));
        }
    }
    s.normalize_monitoring();
    s
}

#[tokio::test(flavor = "current_thread")]
async fn without_figures_the_agenda_says_so_and_claims_nothing() {
    use evt_app::i18n::monitoring::MonTexts;
    for lang in [Lang::Nl, Lang::En] {
        let t = MonTexts::get(lang);
        let html = render(default_scenario(), lang).await;
        let agenda = agenda_text(&html);
        assert!(agenda.contains(t.agenda_no_figures), "{agenda}");
        assert!(!html.contains(t.agenda_none), "a finding without figures");
        assert!(!html.contains(t.agenda_not_two));
        assert!(html.contains(t.no_data));
        assert!(html.contains(t.evaluation_pending));
        // Nothing that needs figures is drawn.
        for id in [
            "mon-results-table",
            "mon-overview-table",
            "mon-chart-heading",
        ] {
            assert!(!html.contains(&format!(r#"id="{id}""#)), "{id}");
        }

        // A half-year added by typing into it, but no figure that counts: still none.
        let html = common::render_view::<MonitoringView>(
            default_scenario(),
            lang,
            vec![Action::SetMonitoringCell {
                period: p("2027-H1"),
                id: "GM0141".into(),
                figure: Figure::Housed,
                text: "12a".into(),
            }],
        )
        .await;
        assert!(agenda_text(&html).contains(t.agenda_no_figures));
        assert!(!html.contains(t.agenda_none));
        assert!(html.contains(t.no_data));
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_agenda_speaks_only_of_what_the_figures_show() {
    use evt_app::i18n::monitoring::MonTexts;
    let t = MonTexts::get(Lang::Nl);
    // 16 % everywhere (within range): one half-year cannot make a run of two…
    let sixteen = |allocations: u64| allocations * 16 / 100;
    let html = render(twente_with(&["2026-H1"], sixteen), Lang::Nl).await;
    let agenda = agenda_text(&html);
    assert!(agenda.contains(t.agenda_not_two), "{agenda}");
    assert!(!agenda.contains(t.agenda_none));
    // …nor two half-years a year apart…
    let html = render(twente_with(&["2025-H1", "2026-H1"], sixteen), Lang::Nl).await;
    assert!(agenda_text(&html).contains(t.agenda_not_two));
    // …two in a row can: nobody is above the signal value twice.
    let html = render(twente_with(&["2025-H2", "2026-H1"], sixteen), Lang::Nl).await;
    let agenda = agenda_text(&html);
    assert!(agenda.contains(t.agenda_none), "{agenda}");
    assert!(!agenda.contains(t.agenda_not_two));
    // And with municipalities on the agenda, the list and no general sentence.
    let html = render(twente(), Lang::Nl).await;
    let agenda = agenda_text(&html);
    assert!(!agenda.contains(t.agenda_none) && !agenda.contains(t.agenda_not_two));
    let from = html.find(r#"id="mon-agenda""#).unwrap();
    let list = common::slice(&html[from..], "<ul", "</ul>");
    assert_eq!(list.matches("<li").count(), 3);
}

/// The options of the `<select>` with this id: (value, selected).
fn options(html: &str, id: &str) -> Vec<(String, bool)> {
    let from = html
        .find(&format!(r#"id="{id}""#))
        .unwrap_or_else(|| panic!("no #{id}"));
    let to = from + html[from..].find("</select>").expect("select ends");
    html[from..to]
        .split("<option")
        .skip(1)
        .map(|o| {
            let value = o
                .split("value=\"")
                .nth(1)
                .and_then(|v| v.split('"').next())
                .unwrap_or_default()
                .to_string();
            (value, o[..o.find('>').unwrap_or(0)].contains("selected"))
        })
        .collect()
}

#[tokio::test(flavor = "current_thread")]
async fn half_years_are_chosen_from_a_list_and_can_still_be_typed() {
    use evt_app::i18n::monitoring::MonTexts;
    use evt_app::view::monitoring::{period_choices, period_of};
    let today = evt_app::storage::now().date();
    let now = period_of(today);
    for lang in [Lang::Nl, Lang::En] {
        let t = MonTexts::get(lang);
        let html = render(default_scenario(), lang).await;
        let list = options(&html, "mon-period-pick");
        // First "choose", chosen while nothing is typed; then the half-years around today,
        // in order.
        assert_eq!(list[0], (String::new(), true));
        let values: Vec<String> = list[1..].iter().map(|(v, _)| v.clone()).collect();
        let expected: Vec<String> = period_choices(today, &[])
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(values, expected);
        assert!(values.contains(&now.to_string()) && values.contains(&now.next().to_string()));
        assert!(list[1..].iter().all(|(_, selected)| !selected));
        // The list has a name and the help; the text field for typing stays.
        let at = html.find(r#"id="mon-period-pick""#).unwrap();
        let tag_start = html[..at].rfind("<select").unwrap();
        assert_eq!(
            common::attr(&html, tag_start, "aria-label"),
            Some(t.pick_period_label)
        );
        assert_eq!(
            common::attr(&html, tag_start, "aria-describedby"),
            Some("mon-new-period-help")
        );
        let input = html.find(r#"id="mon-new-period""#).unwrap();
        let input = html[..input].rfind("<input").unwrap();
        assert_eq!(common::attr(&html, input, "type"), Some("text"));
        // In the row: list, then text field, then the button.
        assert!(common::in_order(
            &html,
            &[
                r#"id="mon-period-pick""#,
                r#"id="mon-new-period""#,
                r#"id="mon-add-period""#
            ]
        ));
    }
    // With figures: also their half-years and the one after the last.
    let html = render(twente(), Lang::Nl).await;
    let values: Vec<String> = options(&html, "mon-period-pick")
        .into_iter()
        .map(|(v, _)| v)
        .collect();
    for want in ["2026-H1", "2026-H2", "2027-H1"] {
        assert!(values.contains(&want.to_string()), "{want} in {values:?}");
    }
    assert!(values.windows(2).all(|w| w[0] < w[1]), "{values:?}");
}
