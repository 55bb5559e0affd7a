//! The chart's view model with hand-worked figures.

use super::*;
use crate::view::test_support::{households40, rows_of};

/// A (100 households) and B (300), 100 vacated homes each, 40 urgents pro rata to
/// households: A gets 40 × 100 / 400 = 10 (10,0 %, under the 15 % minimum), B gets 30
/// (30,0 %, over the 20 % signal value).
fn two() -> Vec<ResultRow> {
    rows_of(households40(&[("A", 100), ("B", 300)]))
}

/// A row with only what the chart reads set.
fn row(id: &str, name: &str, percent_tenths: Option<u64>, status: Status) -> ResultRow {
    ResultRow {
        id: id.into(),
        name: name.into(),
        percent_tenths,
        status,
        ..two()[0].clone()
    }
}

#[test]
fn two_municipalities_highest_first() {
    let rows = two();
    assert_eq!(chart_order(&rows), [1, 0]);
    assert_eq!(largest_percent(&rows), 300);
    let bars = chart_bars(&rows);
    assert_eq!(
        bars,
        [
            ChartBar {
                name: "B",
                target: 30,
                vacancies: 100,
                estimated: false,
                percent_tenths: Some(300),
                status: Status::AboveSignal,
            },
            ChartBar {
                name: "A",
                target: 10,
                vacancies: 100,
                estimated: false,
                percent_tenths: Some(100),
                status: Status::BelowMinimum,
            },
        ]
    );
    assert_eq!(
        chart_facts(&bars),
        ChartFacts {
            count: 2,
            above_signal: vec!["B"],
            below_minimum: vec!["A"],
            no_vacancies: vec![],
            extremes: Some(Extremes {
                high: 300,
                high_names: vec!["B"],
                low: 100,
                low_names: vec!["A"],
            }),
        }
    );
}

#[test]
fn ties_go_by_name_then_id_and_rows_without_percentage_last() {
    let rows = vec![
        row("X1", "none", None, Status::NoVacancies),
        row("X2", "borne", Some(150), Status::WithinRange),
        row("X4", "Almelo", Some(150), Status::WithinRange),
        row("X3", "Almelo", Some(150), Status::WithinRange),
        row("X5", "Hof", Some(180), Status::WithinRange),
    ];
    // 18,0 % first; the three at 15,0 % by name (case ignored), the two Almelos by id.
    assert_eq!(chart_order(&rows), [4, 3, 2, 1, 0]);
    let bars = chart_bars(&rows);
    let facts = chart_facts(&bars);
    assert_eq!(facts.no_vacancies, ["none"]);
    assert!(facts.above_signal.is_empty() && facts.below_minimum.is_empty());
    assert_eq!(
        facts.extremes,
        Some(Extremes {
            high: 180,
            high_names: vec!["Hof"],
            low: 150,
            low_names: vec!["Almelo", "Almelo", "borne"],
        })
    );
}

#[test]
fn without_percentages_there_are_no_extremes() {
    let rows = vec![row("X1", "A", None, Status::NoVacancies)];
    assert_eq!(largest_percent(&rows), 0);
    assert_eq!(chart_facts(&chart_bars(&rows)).extremes, None);
    assert_eq!(chart_facts(&[]).count, 0);
}
