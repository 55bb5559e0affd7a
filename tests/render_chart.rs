//! Rendered markup of the bar chart (native SSR): accessible structure, order, labels,
//! number notation per language, status classes and patterns, and no inline styles (the
//! page's CSP forbids them).

mod common;

use common::{attr, figures, find_with_class, in_order, rows_of};
use evt_app::components::chart::{Chart, ChartProps};
use evt_app::i18n::chart::{
    chart_bar_label, chart_description, chart_details, chart_line_label, chart_value_label,
    ChartBar, ChartLine, ChartTexts,
};
use evt_app::i18n::{join_names, status_label, Texts};
use evt_app::view::ResultRow;
use evt_core::methods::Status;
use evt_core::numbers::Lang;
use std::rc::Rc;
use yew::{Callback, LocalServerRenderer};

fn props(rows: Rc<Vec<ResultRow>>, lang: Lang, stale: bool) -> ChartProps {
    ChartProps {
        rows,
        lang,
        minimum_bp: 1500,
        signal_bp: 2000,
        stale,
        onselect: Callback::noop(),
        mine: None,
        tappable: true,
    }
}

async fn render(props: ChartProps) -> String {
    LocalServerRenderer::<Chart>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

/// The text between `<tag ...>` and `</tag>` of the first such element.
fn element_text<'a>(html: &'a str, tag: &str) -> &'a str {
    let open = html
        .find(&format!("<{tag}"))
        .unwrap_or_else(|| panic!("no <{tag}>"));
    let start = open + html[open..].find('>').expect("open tag ends") + 1;
    let end = start
        + html[start..]
            .find(&format!("</{tag}>"))
            .expect("closing tag");
    &html[start..end]
}

/// The default scenario's bars in chart order (highest percentage first): name, urgents,
/// percentage in tenths and status.
const TWENTE: [(&str, u64, u64, Status); 14] = [
    ("Tubbergen", 23, 371, Status::AboveSignal),
    ("Dinkelland", 30, 361, Status::AboveSignal),
    ("Wierden", 28, 272, Status::AboveSignal),
    ("Hof van Twente", 43, 238, Status::AboveSignal),
    ("Losser", 27, 235, Status::AboveSignal),
    ("Hellendoorn", 42, 221, Status::AboveSignal),
    ("Haaksbergen", 29, 218, Status::AboveSignal),
    ("Rijssen-Holten", 41, 216, Status::AboveSignal),
    ("Borne", 29, 215, Status::AboveSignal),
    ("Twenterand", 38, 176, Status::WithinRange),
    ("Oldenzaal", 40, 159, Status::WithinRange),
    ("Hengelo", 110, 151, Status::WithinRange),
    ("Almelo", 93, 134, Status::BelowMinimum),
    ("Enschede", 227, 134, Status::BelowMinimum),
];

/// [`TWENTE`] as the chart's view model has it.
fn twente_bars() -> Vec<ChartBar<'static>> {
    TWENTE
        .iter()
        .map(|&(name, target, pct, status)| ChartBar {
            target,
            ..bar(name, Some(pct), status)
        })
        .collect()
}

/// `(class, aria-label)` of every bar group, in document order.
fn bars(html: &str) -> Vec<(String, String)> {
    html.match_indices("<g ")
        .filter_map(|(i, _)| {
            let class = attr(html, i, "class")?;
            if !class.split(' ').any(|c| c == "bar") {
                return None;
            }
            Some((class.to_string(), attr(html, i, "aria-label")?.to_string()))
        })
        .collect()
}

#[tokio::test(flavor = "current_thread")]
async fn svg_is_a_named_described_group() {
    let html = render(props(
        rows_of(evt_core::data::default_scenario()),
        Lang::Nl,
        false,
    ))
    .await;
    let svg = find_with_class(&html, 0, "svg", "chart-svg").expect("the chart svg");
    assert_eq!(attr(&html, svg, "role"), Some("group"));
    let title_id = attr(&html, svg, "aria-labelledby").expect("aria-labelledby");
    let desc_id = attr(&html, svg, "aria-describedby").expect("aria-describedby");
    assert!(html.contains(&format!("<title id=\"{title_id}\">")));
    assert!(html.contains(&format!("<desc id=\"{desc_id}\">")));
    assert!(attr(&html, svg, "viewBox").is_some_and(|v| v.starts_with("0 0 380.0 ")));
    assert_eq!(
        element_text(&html, "title"),
        Texts::get(Lang::Nl).chart_heading
    );

    // The description of exactly these bars: 14, of which the nine above 20% and the two
    // below 15% by name in chart order, highest 37,1% (Tubbergen), lowest 13,4% (Almelo,
    // Enschede).
    let desc = element_text(&html, "desc");
    assert_eq!(
        desc,
        chart_description(&twente_bars(), 1500, 2000, Lang::Nl)
    );
    assert_eq!(
        figures(desc),
        ["14", "9", "20%", "2", "15%", "37,1%", "13,4%"],
        "{desc}"
    );
    let nine: Vec<String> = TWENTE[..9].iter().map(|b| b.0.to_string()).collect();
    let two = join_names(&["Almelo".into(), "Enschede".into()], Lang::Nl);
    assert!(
        in_order(
            desc,
            &[&join_names(&nine, Lang::Nl), &two, "Tubbergen", &two]
        ),
        "{desc}"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn fourteen_focusable_bars_in_descending_order() {
    let html = render(props(
        rows_of(evt_core::data::default_scenario()),
        Lang::Nl,
        false,
    ))
    .await;
    let bars = bars(&html);
    assert_eq!(bars.len(), 14);
    let expected = twente_bars();
    // Every bar's name: municipality, percentage, urgents and status, in chart order.
    for (i, (bar, expected)) in bars.iter().zip(&expected).enumerate() {
        assert_eq!(bar.1, chart_bar_label(expected, Lang::Nl), "bar {i}");
    }
    // The labels carry the figures in Dutch notation.
    assert!(
        bars[0].1.starts_with("Tubbergen: 37,1%, 23 "),
        "{}",
        bars[0].1
    );
    assert!(
        bars[13].1.starts_with("Enschede: 13,4%, 227 "),
        "{}",
        bars[13].1
    );
    // Descending percentages, read back from the labels.
    let percents: Vec<f64> = bars
        .iter()
        .map(|(_, label)| {
            let p = label.split(": ").nth(1).and_then(|s| s.split('%').next());
            p.expect("a percentage")
                .replace(',', ".")
                .parse()
                .expect("a number")
        })
        .collect();
    assert!(percents.windows(2).all(|w| w[0] >= w[1]), "{percents:?}");

    // Every bar is focusable, an image with a label, with the status as a class; the chart
    // is a single Tab stop (roving tabindex on the first bar until one is chosen).
    assert_eq!(html.matches("tabindex=\"0\"").count(), 1);
    assert_eq!(html.matches("tabindex=\"-1\"").count(), 13);
    let first = find_with_class(&html, 0, "g", "bar").expect("a bar");
    assert_eq!(attr(&html, first, "tabindex"), Some("0"));
    assert_eq!(html.matches("role=\"img\"").count(), 14);
    let count = |class: &str| bars.iter().filter(|(c, _)| c.contains(class)).count();
    assert_eq!(count("bar--above-signal"), 9);
    assert_eq!(count("bar--within-range"), 3);
    assert_eq!(count("bar--below-minimum"), 2);
    // Values at the bar ends with their status symbols.
    assert!(html.contains(">37,1% ▲</text>"));
    assert!(html.contains(">15,1% ●</text>"));
    assert!(html.contains(">13,4% ▼</text>"));
    // The details line is a polite live region with a hint until a bar is chosen.
    let details = find_with_class(&html, 0, "p", "chart-details").expect("details line");
    assert_eq!(attr(&html, details, "aria-live"), Some("polite"));
    assert!(html[details..].contains(&format!(">{}<", ChartTexts::get(Lang::Nl).hint)));
}

#[tokio::test(flavor = "current_thread")]
async fn dashed_labelled_threshold_lines_and_axis() {
    let html = render(props(
        rows_of(evt_core::data::default_scenario()),
        Lang::Nl,
        false,
    ))
    .await;
    for (line, bp, figure) in [
        (ChartLine::Minimum, 1500, "15%"),
        (ChartLine::Signal, 2000, "20%"),
    ] {
        let label = chart_line_label(line, bp, Lang::Nl);
        assert!(label.ends_with(&format!(" {figure}")), "{label}");
        assert!(html.contains(&format!(">{label}</text>")), "{label}");
    }
    assert_eq!(html.matches("stroke-dasharray=").count(), 2);
    // Scale 0–40 % in steps of 10 % for the default scenario.
    for tick in ["0%", "10%", "20%", "30%", "40%"] {
        assert!(html.contains(&format!(">{tick}</text>")), "tick {tick}");
    }
    assert!(!html.contains(">50%</text>"));
}

#[tokio::test(flavor = "current_thread")]
async fn status_patterns_and_legend() {
    let html = render(props(
        rows_of(evt_core::data::default_scenario()),
        Lang::Nl,
        false,
    ))
    .await;
    let hatch = html.find("<pattern id=\"").expect("patterns in defs");
    let hatch_id = attr(&html, hatch, "id").expect("pattern id");
    assert!(hatch_id.ends_with("-hatch"));
    assert!(html.contains(&format!("fill=\"url(#{hatch_id})\"")));
    let dots_id = hatch_id.replace("-hatch", "-dots");
    assert!(html.contains(&format!("<pattern id=\"{dots_id}\"")));
    assert!(html.contains(&format!("fill=\"url(#{dots_id})\"")));
    assert!(html.find("<defs>").is_some_and(|d| d < hatch));
    // Legend in words, symbols hidden from assistive technology.
    let legend = find_with_class(&html, 0, "ul", "chart-legend").expect("legend");
    assert_eq!(
        attr(&html, legend, "aria-label"),
        Some(ChartTexts::get(Lang::Nl).legend_label)
    );
    for status in [
        Status::AboveSignal,
        Status::WithinRange,
        Status::BelowMinimum,
        Status::NoVacancies,
    ] {
        let label = status_label(status, Lang::Nl);
        assert!(html.contains(&format!("<span>{label}</span>")), "{label}");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn english_notation() {
    let html = render(props(
        rows_of(evt_core::data::default_scenario()),
        Lang::En,
        false,
    ))
    .await;
    let (en, nl) = (Texts::get(Lang::En), Texts::get(Lang::Nl));
    assert_ne!(en.chart_heading, nl.chart_heading);
    assert_eq!(element_text(&html, "title"), en.chart_heading);
    let desc = element_text(&html, "desc");
    assert_eq!(
        desc,
        chart_description(&twente_bars(), 1500, 2000, Lang::En)
    );
    assert_ne!(
        desc,
        chart_description(&twente_bars(), 1500, 2000, Lang::Nl)
    );
    // English notation: a decimal point, and "and" between the two names.
    assert_eq!(
        figures(desc),
        ["14", "9", "20%", "2", "15%", "37.1%", "13.4%"],
        "{desc}"
    );
    let two = join_names(&["Almelo".into(), "Enschede".into()], Lang::En);
    assert!(desc.contains(&two), "{desc}");
    assert!(html.contains(">37.1% ▲</text>"));
    let signal = chart_line_label(ChartLine::Signal, 2000, Lang::En);
    assert_ne!(signal, chart_line_label(ChartLine::Signal, 2000, Lang::Nl));
    assert!(html.contains(&format!(">{signal}</text>")));
    assert!(!html.contains("37,1%"));
    let first = bars(&html)[0].1.clone();
    assert_eq!(first, chart_bar_label(&twente_bars()[0], Lang::En));
    assert!(first.starts_with("Tubbergen: 37.1%, 23 "), "{first}");
}

#[tokio::test(flavor = "current_thread")]
async fn rows_without_vacancies_get_a_marker_not_a_bar() {
    let mut rows = (*rows_of(evt_core::data::default_scenario())).clone();
    if let Some(r) = rows.iter_mut().find(|r| r.name == "Losser") {
        r.vacancies = 0;
        r.percent_tenths = None;
        r.status = Status::NoVacancies;
    }
    let html = render(props(Rc::new(rows), Lang::Nl, false)).await;
    let bars = bars(&html);
    assert_eq!(bars.len(), 14);
    let last = &bars[13];
    assert!(last.0.contains("bar--no-vacancies"));
    let losser = ChartBar {
        target: 27,
        ..bar("Losser", None, Status::NoVacancies)
    };
    assert_eq!(last.1, chart_bar_label(&losser, Lang::Nl));
    assert!(last.1.starts_with("Losser: 27 "), "{}", last.1);
    let value = chart_value_label(&losser, Lang::Nl);
    assert!(value.starts_with("✕ "), "{value}");
    assert!(html.contains(&format!(">{value}</text>")));
    // 13 bars with a percentage draw a rect (+ 1 legend swatch for each of 3 statuses).
    assert_eq!(html.matches("class=\"bar-mark\"").count(), 13 + 3);
    // The description counts Losser apart, at the end: 8 above, 1 without vacated homes.
    let mut expected: Vec<ChartBar> = twente_bars()
        .into_iter()
        .filter(|b| b.name != "Losser")
        .collect();
    expected.push(losser);
    let desc = element_text(&html, "desc");
    assert_eq!(desc, chart_description(&expected, 1500, 2000, Lang::Nl));
    assert_eq!(
        figures(desc),
        ["14", "8", "20%", "2", "15%", "1", "37,1%", "13,4%"],
        "{desc}"
    );
    let eight: Vec<String> = expected[..8].iter().map(|b| b.name.to_string()).collect();
    assert!(!eight.iter().any(|n| n == "Losser"));
    let two = join_names(&["Almelo".into(), "Enschede".into()], Lang::Nl);
    assert!(
        in_order(
            desc,
            &[&join_names(&eight, Lang::Nl), &two, "Losser", "37,1%"]
        ),
        "{desc}"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn stale_results_are_marked() {
    let fresh = render(props(
        rows_of(evt_core::data::default_scenario()),
        Lang::Nl,
        false,
    ))
    .await;
    assert!(!fresh.contains("chart--stale"));
    assert!(!fresh.contains("chart-stale-marker"));
    let stale = render(props(
        rows_of(evt_core::data::default_scenario()),
        Lang::Nl,
        true,
    ))
    .await;
    assert!(find_with_class(&stale, 0, "div", "chart--stale").is_some());
    let marker = find_with_class(&stale, 0, "p", "chart-stale-marker").expect("marker");
    assert_eq!(attr(&stale, marker, "aria-hidden"), Some("true"));
}

#[tokio::test(flavor = "current_thread")]
async fn no_inline_styles() {
    for lang in [Lang::Nl, Lang::En] {
        for stale in [false, true] {
            let html = render(props(
                rows_of(evt_core::data::default_scenario()),
                lang,
                stale,
            ))
            .await;
            assert!(!html.contains("style="), "inline style in {html}");
            assert!(!html.contains("<style"), "style element in {html}");
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn many_rows_render() {
    let base = rows_of(evt_core::data::default_scenario());
    let rows: Vec<ResultRow> = (0..342)
        .map(|i| {
            let mut r = base[i % base.len()].clone();
            r.id = format!("X{i:04}");
            r.name = format!("{} {i}", r.name);
            r
        })
        .collect();
    let html = render(props(Rc::new(rows), Lang::Nl, false)).await;
    assert_eq!(bars(&html).len(), 342);
    let svg = find_with_class(&html, 0, "svg", "chart-svg").expect("svg");
    // 44 (labels) + 342 × 24 (bars) + 30 (axis).
    assert_eq!(attr(&html, svg, "viewBox"), Some("0 0 380.0 8282.0"));
}

fn bar<'a>(name: &'a str, percent: Option<u64>, status: Status) -> ChartBar<'a> {
    ChartBar {
        name,
        target: 10,
        vacancies: 50,
        estimated: false,
        percent_tenths: percent,
        status,
    }
}

/// The sentences of a description (each ends in ". " or at the end).
fn sentences(desc: &str) -> usize {
    desc.matches(". ").count() + usize::from(desc.ends_with('.'))
}

#[test]
fn description_sentences() {
    let bars = [
        bar("Ootmarsum", Some(250), Status::AboveSignal),
        bar("Markelo", Some(180), Status::WithinRange),
        bar("Delden", Some(180), Status::WithinRange),
    ];
    // Intro, above, below, highest and lowest: 3 bars, 1 above 20% (Ootmarsum), none below
    // 15%, highest 25,0% (Ootmarsum), lowest 18,0% (Markelo and Delden).
    let nl = chart_description(&bars, 1500, 2000, Lang::Nl);
    assert_eq!(sentences(&nl), 4, "{nl}");
    assert_eq!(
        figures(&nl),
        ["3", "1", "20%", "15%", "25,0%", "18,0%"],
        "{nl}"
    );
    let bc = |lang| join_names(&["Markelo".into(), "Delden".into()], lang);
    assert!(
        in_order(&nl, &["Ootmarsum", "Ootmarsum", &bc(Lang::Nl)]),
        "{nl}"
    );
    let en = chart_description(&bars, 1500, 2000, Lang::En);
    assert_ne!(en, nl);
    assert_eq!(sentences(&en), 4, "{en}");
    assert_eq!(
        figures(&en),
        ["3", "1", "20%", "15%", "25.0%", "18.0%"],
        "{en}"
    );
    assert!(en.contains(&bc(Lang::En)), "{en}");
    // One bar: no "from high to low", and one percentage for everyone instead of a highest
    // and a lowest.
    let same = [bar("Ootmarsum", Some(150), Status::WithinRange)];
    let one = chart_description(&same, 1500, 2000, Lang::Nl);
    assert_eq!(sentences(&one), 4, "{one}");
    assert_eq!(figures(&one), ["1", "20%", "15%", "15,0%"], "{one}");
    assert!(!one.contains("Ootmarsum"), "nobody is listed: {one}");
    // No bars: the intro and the two thresholds, nothing else.
    let none = chart_description(&[], 1500, 2000, Lang::En);
    assert_eq!(sentences(&none), 3, "{none}");
    assert_eq!(figures(&none), ["0", "20%", "15%"], "{none}");
}

#[test]
fn long_name_lists_are_cut_short() {
    let names: Vec<String> = (1..=13).map(|i| format!("G{i}")).collect();
    let bars: Vec<ChartBar> = names
        .iter()
        .map(|n| bar(n, Some(300), Status::AboveSignal))
        .collect();
    let desc = chart_description(&bars, 1500, 2000, Lang::Nl);
    // The first ten by name (G1 … G10, joined as a list), then the 3 others as a count.
    assert!(desc.contains(&names[..10].join(", ")), "{desc}");
    assert!(!desc.contains("G11"), "{desc}");
    assert_eq!(
        figures(&desc),
        [
            "13", "13", "20%", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "3", "15%",
            "30,0%"
        ],
        "{desc}"
    );
}

#[test]
fn bar_texts() {
    let mut b = bar("Almelo", Some(134), Status::BelowMinimum);
    b.target = 93;
    b.vacancies = 695;
    b.estimated = true;
    assert_eq!(chart_value_label(&b, Lang::Nl), "13,4% ▼");
    // Name, percentage, urgents with their unit, status: English notation and words.
    let below_en = status_label(Status::BelowMinimum, Lang::En);
    assert_eq!(
        chart_bar_label(&b, Lang::En),
        format!(
            "Almelo: 13.4%, 93 {}, {below_en}",
            ChartTexts::get(Lang::En).urgents_unit
        )
    );
    // The details line names the table's columns, marks the estimate and repeats the status.
    let t = Texts::get(Lang::Nl);
    assert_eq!(
        chart_details(&b, Lang::Nl),
        format!(
            "Almelo — {}: 93 · {}: 695 ({}) · {}: 13,4% · {}: ▼ {}",
            t.col_target,
            t.col_vacancies,
            t.estimate,
            t.col_percent,
            t.col_status,
            status_label(Status::BelowMinimum, Lang::Nl)
        )
    );
    let none = bar("Losser", None, Status::NoVacancies);
    assert_eq!(
        chart_value_label(&none, Lang::En),
        format!("✕ {}", status_label(Status::NoVacancies, Lang::En))
    );
}

/// `(line x, line top y, label x, label y, anchor, label chars)` of a threshold group.
fn threshold_geometry(html: &str, modifier: &str) -> (f64, f64, f64, f64, String, usize) {
    let g = find_with_class(html, 0, "g", &format!("chart-threshold--{modifier}"))
        .unwrap_or_else(|| panic!("no {modifier} threshold"));
    let line = g + html[g..].find("<line").expect("a line");
    let text = g + html[g..].find("<text").expect("a label");
    let f = |at: usize, a: &str| -> f64 { attr(html, at, a).expect(a).parse().expect("a number") };
    let label = element_text(&html[text..], "text");
    (
        f(line, "x1"),
        f(line, "y1").min(f(line, "y2")),
        f(text, "x"),
        f(text, "y"),
        attr(html, text, "text-anchor")
            .unwrap_or("start")
            .to_string(),
        label.chars().count(),
    )
}

#[tokio::test(flavor = "current_thread")]
async fn threshold_labels_cross_neither_line_nor_each_other() {
    // Thresholds close together (15 % and 17 %) and the default (15 %, 20 %), both languages.
    for (minimum_bp, signal_bp) in [(1500, 2000), (1500, 1700), (1000, 1050)] {
        for lang in [Lang::Nl, Lang::En] {
            let mut p = props(rows_of(evt_core::data::default_scenario()), lang, false);
            p.minimum_bp = minimum_bp;
            p.signal_bp = signal_bp;
            let html = render(p).await;
            let (sx, s_top, slx, sly, s_anchor, s_chars) = threshold_geometry(&html, "signal");
            let (mx, m_top, mlx, mly, m_anchor, m_chars) = threshold_geometry(&html, "minimum");
            // The signal label on the top row, the minimum's below it; each line starts under
            // its own label, so the minimum line never reaches the signal label's row.
            assert!(sly < mly, "rows {sly} {mly}");
            assert!(s_top > sly && m_top > mly, "lines start under their labels");
            // The minimum label stands left of its line (away from the signal line, which is
            // to its right) whenever it fits there.
            let m_width = m_chars as f64 * 8.4;
            if mx - 4.0 - m_width >= 0.0 {
                assert_eq!(m_anchor, "end", "{minimum_bp}/{signal_bp}");
                assert!(mlx < mx && mlx - m_width >= 0.0);
                assert!(mlx < sx, "the minimum label does not reach the signal line");
            }
            // Labels stay inside the 380-unit picture.
            let s_width = s_chars as f64 * 8.4;
            let (s_left, s_right) = if s_anchor == "end" {
                (slx - s_width, slx)
            } else {
                (slx, slx + s_width)
            };
            assert!(
                s_left >= 0.0 && s_right <= 380.0,
                "signal label {s_left}–{s_right}"
            );
        }
    }
}
