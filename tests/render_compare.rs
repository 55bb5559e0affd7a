//! Rendered markup of the compare view's table (native SSR): both scenarios named in the
//! column headings, a totals row whose figures are the sums of the rows, every difference
//! signed the same way, the calculator's term for the urgent home seekers per year, the
//! phone labels of the cells, the table roles kept for screen readers, both languages, and
//! no inline styles (strict CSP).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{attr, text};
use evt_app::components::compare::{Choice, Compare, CompareProps};
use evt_app::i18n::compare::{cell_label, side_heading, total_label, SIDE_A, SIDE_B};
use evt_app::i18n::page::page_texts;
use evt_app::i18n::Texts;
use evt_core::data::default_scenario;
use evt_core::numbers::Lang;
use evt_core::scenario::Method;
use evt_core::Scenario;
use std::rc::Rc;
use yew::{Callback, LocalServerRenderer};

/// A = the default (pro rata to households), B = a saved scenario "Gelijk 900": an equal
/// percentage with 900 urgent home seekers.
fn props(lang: Lang) -> CompareProps {
    let a = Rc::new(default_scenario());
    let mut b = default_scenario();
    b.method = Method::EqualPercentage;
    b.params.urgents = 900;
    let b = Rc::new(b);
    CompareProps {
        a,
        b: b.clone(),
        b_key: Some("s1".into()),
        choices: vec![Choice {
            key: "s1".into(),
            label: "Gelijk 900".into(),
            scenario: b,
        }],
        lang,
        onpick: Callback::noop(),
        onpick_a: Callback::from(|_: Choice| false),
    }
}

async fn render(props: CompareProps) -> String {
    LocalServerRenderer::<Compare>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

/// The text of every `<td>` with this class, in order.
fn column(html: &str, class: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = common::find_with_class(html, from, "td", class) {
        let start = at + html[at..].find('>').unwrap() + 1;
        let end = start + html[start..].find("</td>").unwrap();
        out.push(text(&html[start..end]));
        from = end;
    }
    out
}

/// A signed count as the table writes it ("+6", "−11", "1.234", "0").
fn number(s: &str) -> i64 {
    let negative = s.starts_with('\u{2212}');
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let n: i64 = digits
        .parse()
        .unwrap_or_else(|_| panic!("no number in {s:?}"));
    if negative {
        -n
    } else {
        n
    }
}

fn parts(html: &str) -> (&str, &str) {
    let body = common::slice(html, "<tbody", "</tbody>");
    let foot = common::slice(html, "<tfoot", "</tfoot>");
    (body, foot)
}

#[tokio::test(flavor = "current_thread")]
async fn the_headings_name_both_scenarios() {
    for lang in [Lang::Nl, Lang::En] {
        let t = page_texts(lang);
        let html = render(props(lang)).await;
        let head_a = text(common::slice(&html, r#"id="cmp-head-a""#, "</th>"));
        let head_b = text(common::slice(&html, r#"id="cmp-head-b""#, "</th>"));
        let current = format!(
            "{}{}{}",
            t.compare_current,
            evt_app::i18n::compare::CURRENT_SEPARATOR,
            "Twente"
        );
        assert!(
            head_a.ends_with(&side_heading(t.compare_a, &current)),
            "{head_a}"
        );
        assert!(
            head_b.ends_with(&side_heading(t.compare_b, "Gelijk 900")),
            "{head_b}"
        );
        assert!(!html.contains("style="), "inline style found");
    }
    // B from a link: named as such, with its region.
    let mut p = props(Lang::Nl);
    p.b_key = None;
    let html = render(p).await;
    let head_b = text(common::slice(&html, r#"id="cmp-head-b""#, "</th>"));
    assert!(head_b.contains(page_texts(Lang::Nl).compare_from_link) && head_b.ends_with("Twente"));
}

#[tokio::test(flavor = "current_thread")]
async fn the_totals_row_adds_up_the_rows() {
    let html = render(props(Lang::Nl)).await;
    let (body, foot) = parts(&html);
    assert!(foot.contains(r#"id="cmp-total""#));
    assert!(text(foot).contains(total_label(Lang::Nl)));
    for class in ["cmp-a-target", "cmp-b-target", "cmp-diff"] {
        let rows = column(body, class);
        assert_eq!(rows.len(), 14, "{class}");
        let total = column(foot, class);
        assert_eq!(total.len(), 1, "{class}");
        let sum: i64 = rows.iter().map(|s| number(s)).sum();
        assert_eq!(number(&total[0]), sum, "{class}: {rows:?}");
    }
    // 800 and 900 urgent home seekers: all housed.
    assert_eq!(column(foot, "cmp-a-target"), ["800"]);
    assert_eq!(column(foot, "cmp-b-target"), ["900"]);
    assert_eq!(column(foot, "cmp-diff"), ["+100"]);
    // The region's percentages: 800 and 900 of the same vacated homes, and their difference
    // in points with one decimal and a sign.
    let (pa, pb) = (column(foot, "cmp-a-percent"), column(foot, "cmp-b-percent"));
    let tenths = |s: &str| number(s);
    let points = column(foot, "cmp-diff-points");
    assert_eq!(number(&points[0]), tenths(&pb[0]) - tenths(&pa[0]));
    assert!(points[0].starts_with('+'), "{points:?}");
}

#[tokio::test(flavor = "current_thread")]
async fn every_difference_carries_its_sign() {
    let html = render(props(Lang::Nl)).await;
    let (body, _) = parts(&html);
    let persons = column(body, "cmp-diff");
    let points = column(body, "cmp-diff-points");
    let sign = |s: &str| match s.chars().next() {
        Some('+') => 1,
        Some('\u{2212}') => -1,
        _ => 0,
    };
    for (p, q) in persons.iter().zip(&points) {
        // A number is signed unless it is zero; the points have one decimal.
        assert_eq!(sign(p), number(p).signum() as i32, "{p}");
        assert_eq!(sign(q), number(q).signum() as i32, "{q}");
        assert_eq!(q.split(',').nth(1).map(str::len), Some(1), "{q}");
    }
    assert!(persons.iter().any(|p| p.starts_with('+')));
    assert!(persons.iter().any(|p| p.starts_with('\u{2212}')));
    assert!(points.iter().any(|p| p.starts_with('+')));
}

#[tokio::test(flavor = "current_thread")]
async fn the_columns_use_the_calculators_term_and_label_the_cells() {
    let t = page_texts(Lang::Nl);
    // The calculator's column and the compare view's are one term.
    assert_eq!(t.compare_col_target, Texts::get(Lang::Nl).col_target);
    for lang in [Lang::Nl, Lang::En] {
        let t = page_texts(lang);
        let html = render(props(lang)).await;
        let (body, foot) = parts(&html);
        let first = common::find_with_class(body, 0, "td", "cmp-a-target").unwrap();
        assert_eq!(
            attr(body, first, "data-label"),
            Some(cell_label(SIDE_A, t.compare_col_target).as_str())
        );
        let b = common::find_with_class(body, 0, "td", "cmp-b-percent").unwrap();
        assert_eq!(
            attr(body, b, "data-label"),
            Some(cell_label(SIDE_B, t.compare_col_percent).as_str())
        );
        let d = common::find_with_class(foot, 0, "td", "cmp-diff").unwrap();
        assert_eq!(attr(foot, d, "data-label"), Some(t.compare_col_diff));
        // Still a table to a screen reader where a phone shows cards.
        let table = html.find("<table").expect("a table");
        assert_eq!(attr(&html, table, "id"), Some("cmp-table"));
        assert_eq!(attr(&html, table, "role"), Some("table"));
        for tag in ["<thead", "<tbody", "<tfoot"] {
            let at = html.find(tag).expect(tag);
            assert_eq!(attr(&html, at, "role"), Some("rowgroup"), "{tag}");
        }
        assert_eq!(body.matches(r#"role="rowheader""#).count(), 14);
        assert_eq!(foot.matches(r#"role="rowheader""#).count(), 1);
        assert_eq!(html.matches(r#"role="columnheader""#).count(), 2 + 9);
        assert_eq!(
            body.matches(r#"role="row""#).count(),
            14,
            "one row per municipality"
        );
        assert_eq!(
            body.matches(r#"role="cell""#).count(),
            14 * 8,
            "eight cells per municipality"
        );
    }
}

#[tokio::test(flavor = "current_thread")]
async fn a_municipality_in_one_scenario_only_is_counted_on_its_side() {
    let mut p = props(Lang::Nl);
    let mut b: Scenario = (*p.b).clone();
    b.municipalities.remove(0);
    p.b = Rc::new(b);
    p.b_key = None;
    let html = render(p).await;
    let (body, foot) = parts(&html);
    let a: i64 = column(body, "cmp-a-target").iter().map(|s| number(s)).sum();
    let b: i64 = column(body, "cmp-b-target").iter().map(|s| number(s)).sum();
    assert_eq!(column(body, "cmp-a-target").len(), 14);
    assert_eq!(column(body, "cmp-b-target").len(), 13);
    assert_eq!(number(&column(foot, "cmp-a-target")[0]), a);
    assert_eq!(number(&column(foot, "cmp-b-target")[0]), b);
    assert_eq!(number(&column(foot, "cmp-diff")[0]), b - a);
}
