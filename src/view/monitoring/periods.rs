//! Which half-years the monitoring view offers to add, and what its agenda can say with the
//! figures there are: no view claims a result without figures.

use chrono::{Datelike, NaiveDate};
use evt_core::monitoring::Period;
use std::collections::BTreeSet;

/// Half-years before the current one that the list offers (figures come in afterwards).
pub const BEFORE: usize = 4;
/// Half-years after the current one that the list offers.
pub const AFTER: usize = 2;

/// The half-year `date` falls in.
pub fn period_of(date: NaiveDate) -> Period {
    Period {
        year: date.year(),
        half: if date.month() <= 6 { 1 } else { 2 },
    }
}

/// The half-years to choose from when adding one, in order: [`BEFORE`] half-years before the
/// one of `today` up to [`AFTER`] after it (as many, from the first valid one, near the
/// edge of the valid years), the ones in `present` (already in the data), and
/// the one after the last of those. Only valid half-years.
pub fn period_choices(today: NaiveDate, present: &[Period]) -> Vec<Period> {
    let now = period_of(today);
    let mut first = now;
    for _ in 0..BEFORE {
        first = first.previous().unwrap_or(first);
    }
    let mut all: BTreeSet<Period> = BTreeSet::new();
    let mut p = first;
    for _ in 0..BEFORE + 1 + AFTER {
        all.insert(p);
        p = p.next();
    }
    all.extend(present.iter().copied());
    if let Some(last) = present.iter().max() {
        all.insert(last.next());
    }
    all.into_iter().filter(|p| p.is_valid()).collect()
}

/// What the agenda of the administrative consultation can be based on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgendaBasis {
    /// No half-year has figures: nothing can be said.
    NoFigures,
    /// Figures, but never of two half-years in a row: no run can be known yet.
    NotTwoInARow,
    /// Two half-years in a row have figures: "no municipality…" is a finding.
    TwoInARow,
}

/// The basis of the agenda, from the half-years with figures that add up (in order).
pub fn agenda_basis(with_figures: &[Period]) -> AgendaBasis {
    if with_figures.is_empty() {
        AgendaBasis::NoFigures
    } else if with_figures.windows(2).any(|w| w[0].next() == w[1]) {
        AgendaBasis::TwoInARow
    } else {
        AgendaBasis::NotTwoInARow
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Period {
        Period::parse(s).expect("a half-year")
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a date")
    }

    #[test]
    fn the_half_year_of_a_date() {
        assert_eq!(period_of(day(2026, 6, 30)), p("2026-H1"));
        assert_eq!(period_of(day(2026, 7, 1)), p("2026-H2"));
        assert_eq!(period_of(day(2027, 1, 1)), p("2027-H1"));
    }

    #[test]
    fn the_list_runs_around_today() {
        let list = period_choices(day(2026, 11, 25), &[]);
        let names: Vec<String> = list.iter().map(ToString::to_string).collect();
        assert_eq!(
            names,
            ["2024-H2", "2025-H1", "2025-H2", "2026-H1", "2026-H2", "2027-H1", "2027-H2"]
        );
        assert_eq!(list.len(), BEFORE + 1 + AFTER);
    }

    #[test]
    fn the_list_holds_the_data_and_the_half_year_after_it() {
        let list = period_choices(day(2026, 3, 1), &[p("2019-H2"), p("2031-H1")]);
        assert_eq!(list.first(), Some(&p("2019-H2")));
        assert_eq!(list.last(), Some(&p("2031-H2")));
        assert!(list.contains(&p("2026-H1")));
        // In order, each once.
        assert!(list.windows(2).all(|w| w[0] < w[1]));
        // A date at the edge of the valid years gives only valid half-years.
        let edge = period_choices(day(2000, 2, 1), &[]);
        assert_eq!(edge.first(), Some(&p("2000-H1")));
        assert!(edge.iter().all(|q| q.is_valid()));
        assert!(edge.len() > AFTER);
    }

    #[test]
    fn the_agenda_says_nothing_without_figures_of_two_half_years_in_a_row() {
        assert_eq!(agenda_basis(&[]), AgendaBasis::NoFigures);
        assert_eq!(agenda_basis(&[p("2026-H1")]), AgendaBasis::NotTwoInARow);
        assert_eq!(
            agenda_basis(&[p("2025-H1"), p("2026-H1")]),
            AgendaBasis::NotTwoInARow
        );
        assert_eq!(
            agenda_basis(&[p("2025-H2"), p("2026-H1")]),
            AgendaBasis::TwoInARow
        );
    }
}
