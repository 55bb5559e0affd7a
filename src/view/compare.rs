//! The comparison's view model: two scenarios side by side, one line per municipality with
//! its target, percentage and status in A and in B, the differences B − A, and how the line
//! is marked, then the region's totals line. The municipalities whose status changes come
//! first (the order of `evt_core::compare`, kept here). `components/compare.rs` renders it; the sentences are in
//! `i18n/compare.rs`.

use evt_core::compare::{compare, CompareError, CompareRow, Comparison, Side, TotalSide};
use evt_core::Scenario;

/// How a line is marked: a changed status stands out, other changes are noted quietly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// The status differs, or the municipality is in one of the two only.
    Status,
    /// The status is the same, but the target or percentage differs.
    Figures,
    /// Everything is the same.
    None,
}

/// One municipality in both scenarios, ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompareLine {
    pub id: String,
    /// The name in A, else in B.
    pub name: String,
    /// `None`: the municipality is not in that scenario.
    pub a: Option<Side>,
    pub b: Option<Side>,
    pub change: Change,
    /// `B − A` in persons; `None` unless both have the municipality.
    pub target_diff: Option<i64>,
    /// `B − A` in tenths of a percentage point; `None` unless both have a percentage.
    pub percent_diff: Option<i64>,
}

impl From<&CompareRow> for CompareLine {
    fn from(r: &CompareRow) -> CompareLine {
        let change = if r.status_changed() {
            Change::Status
        } else if r.changed() {
            Change::Figures
        } else {
            Change::None
        };
        CompareLine {
            id: r.id.clone(),
            name: r.name.clone(),
            a: r.a,
            b: r.b,
            change,
            target_diff: r.target_diff(),
            percent_diff: r.percent_diff(),
        }
    }
}

/// The totals line: per scenario the sum of the lines' urgent home seekers per year and the
/// region's percentage, and the differences B − A.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TotalsLine {
    pub a: TotalSide,
    pub b: TotalSide,
    /// `ΣT(B) − ΣT(A)`: the sum of the lines' differences when every municipality is in both.
    pub target_diff: i64,
    /// `B − A` of the region percentages in tenths; `None` unless both have one.
    pub percent_diff: Option<i64>,
}

/// The whole comparison: the lines (status changes first, each group in A's order, then B's
/// additions), the totals and what the summary sentence counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompareModel {
    pub lines: Vec<CompareLine>,
    pub totals: TotalsLine,
    /// How many municipalities change status.
    pub status_changes: usize,
    /// How many municipalities are compared (in A, B or both).
    pub total: usize,
}

impl From<&Comparison> for CompareModel {
    fn from(c: &Comparison) -> CompareModel {
        CompareModel {
            lines: c.rows.iter().map(CompareLine::from).collect(),
            totals: TotalsLine {
                a: c.total_a,
                b: c.total_b,
                target_diff: c.total_target_diff(),
                percent_diff: c.total_percent_diff(),
            },
            status_changes: c.status_changes,
            total: c.rows.len(),
        }
    }
}

/// Compute both scenarios and compare them; the error says which one does not compute.
pub fn compare_model(a: &Scenario, b: &Scenario) -> Result<CompareModel, CompareError> {
    compare(a, b).map(|c| CompareModel::from(&c))
}

/// The part of a pasted link that holds the scenario: what follows the last `#`, or the
/// whole (trimmed) text when it has none, so a bare fragment works too.
pub fn link_fragment(text: &str) -> &str {
    let text = text.trim();
    text.rsplit_once('#').map_or(text, |(_, h)| h)
}

#[cfg(test)]
mod tests {
    use super::*;
    use evt_core::methods::Status;
    use evt_core::scenario::Method;

    /// Municipalities with 100 vacated homes each; 40 urgents, minimum 15 %, signal 20 %.
    fn scenario(method: Method, households: &[(&str, u64)]) -> Scenario {
        let named: Vec<(&str, &str, u64)> = households.iter().map(|&(id, h)| (id, id, h)).collect();
        crate::view::test_support::region(method, 40, &named)
    }

    fn side(target: u64, percent_tenths: u64, status: Status) -> Option<Side> {
        Some(Side {
            target,
            percent_tenths: Some(percent_tenths),
            status,
        })
    }

    #[test]
    fn status_changes_first_with_their_differences() {
        // A, pro rata to households (100 : 300 : 100 of 500): 40 × 100/500 = 8 (8 %, below
        // the minimum), 40 × 300/500 = 24 (24 %, above the signal value), 8 (8 %).
        // B, pro rata with B's households at 100 too (100 : 100 : 100, 40/3 = 13,33 each;
        // the one left over goes to the first): 14, 13, 13 (all below the minimum).
        let a = scenario(Method::Households, &[("A", 100), ("B", 300), ("C", 100)]);
        let b = scenario(Method::Households, &[("A", 100), ("B", 100), ("C", 100)]);
        let m = compare_model(&a, &b).expect("both compute");
        assert_eq!((m.status_changes, m.total), (1, 3));
        // B changes status, so it comes first; A and C keep theirs, in A's order.
        let ids: Vec<&str> = m.lines.iter().map(|l| l.id.as_str()).collect();
        assert_eq!(ids, ["B", "A", "C"]);
        let [b_line, a_line, c_line] = &m.lines[..] else {
            panic!("three lines")
        };
        assert_eq!(b_line.a, side(24, 240, Status::AboveSignal));
        assert_eq!(b_line.b, side(13, 130, Status::BelowMinimum));
        assert_eq!(b_line.change, Change::Status);
        assert_eq!(b_line.target_diff, Some(-11));
        assert_eq!(b_line.percent_diff, Some(-110));
        // A goes from 8 to 14: more urgents, still below the minimum.
        assert_eq!(a_line.change, Change::Figures);
        assert_eq!(
            (a_line.target_diff, a_line.percent_diff),
            (Some(6), Some(60))
        );
        assert_eq!(c_line.change, Change::Figures);
        assert_eq!(
            (c_line.target_diff, c_line.percent_diff),
            (Some(5), Some(50))
        );
    }

    #[test]
    fn the_totals_line_adds_up_the_lines() {
        // A as above: 8 + 24 + 8 = 40 of 300 vacated homes (13,3 %). B with 46 urgent home
        // seekers over 100 : 100 : 100: 16 + 15 + 15 = 46 (15,3 %). The lines' differences
        // −9 + 8 + 7 add up to the totals' +6.
        let a = scenario(Method::Households, &[("A", 100), ("B", 300), ("C", 100)]);
        let mut b = scenario(Method::Households, &[("A", 100), ("B", 100), ("C", 100)]);
        b.params.urgents = 46;
        let m = compare_model(&a, &b).expect("both compute");
        let sum = |side: fn(&CompareLine) -> Option<Side>| -> u64 {
            m.lines.iter().filter_map(side).map(|s| s.target).sum()
        };
        assert_eq!(m.totals.a.target, sum(|l| l.a));
        assert_eq!(m.totals.b.target, sum(|l| l.b));
        assert_eq!((m.totals.a.target, m.totals.b.target), (40, 46));
        let diffs: i64 = m.lines.iter().filter_map(|l| l.target_diff).sum();
        assert_eq!(m.totals.target_diff, diffs);
        assert_eq!(m.totals.target_diff, 6);
        // 40 of 300 = 13,3 %; 46 of 300 = 15,3 %: two percentage points more.
        assert_eq!(m.totals.a.percent_tenths, Some(133));
        assert_eq!(m.totals.b.percent_tenths, Some(153));
        assert_eq!(m.totals.percent_diff, Some(20));
        // Backwards, every sign turns.
        let back = compare_model(&b, &a).expect("both compute");
        assert_eq!(back.totals.target_diff, -6);
        assert_eq!(back.totals.percent_diff, Some(-20));
    }

    #[test]
    fn the_totals_of_scenarios_with_other_municipalities_are_each_their_own() {
        // A: A and B (10 + 30); B: A and C with 60 urgents (15 + 45). The municipalities on
        // one side only have no line difference, the totals do.
        let a = scenario(Method::Households, &[("A", 100), ("B", 300)]);
        let mut b = scenario(Method::Households, &[("A", 100), ("C", 300)]);
        b.params.urgents = 60;
        let m = compare_model(&a, &b).expect("both compute");
        assert_eq!((m.totals.a.target, m.totals.b.target), (40, 60));
        assert_eq!(m.totals.target_diff, 20);
    }

    #[test]
    fn identical_scenarios_change_nothing() {
        let a = scenario(Method::Households, &[("A", 100), ("B", 300)]);
        let m = compare_model(&a, &a).expect("computes");
        assert_eq!((m.status_changes, m.total), (0, 2));
        assert!(m.lines.iter().all(|l| l.change == Change::None));
        assert!(m
            .lines
            .iter()
            .all(|l| l.target_diff == Some(0) && l.percent_diff == Some(0)));
        // 40 × 100/400 = 10 and 40 × 300/400 = 30.
        assert_eq!(m.lines[0].a, side(10, 100, Status::BelowMinimum));
        assert_eq!(m.lines[1].b, side(30, 300, Status::AboveSignal));
        assert_eq!((m.totals.target_diff, m.totals.percent_diff), (0, Some(0)));
    }

    #[test]
    fn a_municipality_in_one_side_only_changes_status_without_differences() {
        // A has A and B; B has A and C. A's targets: 10 and 30; B's: 10 and 30 as well.
        let a = scenario(Method::Households, &[("A", 100), ("B", 300)]);
        let b = scenario(Method::Households, &[("A", 100), ("C", 300)]);
        let m = compare_model(&a, &b).expect("both compute");
        let ids: Vec<&str> = m.lines.iter().map(|l| l.id.as_str()).collect();
        // The ones in one side only first (A's, then B's additions), then the unchanged A.
        assert_eq!(ids, ["B", "C", "A"]);
        assert_eq!(m.status_changes, 2);
        let gone = &m.lines[0];
        assert_eq!((gone.a, gone.b), (side(30, 300, Status::AboveSignal), None));
        assert_eq!(gone.change, Change::Status);
        assert_eq!((gone.target_diff, gone.percent_diff), (None, None));
        let new = &m.lines[1];
        assert_eq!((new.a, new.b), (None, side(30, 300, Status::AboveSignal)));
        assert_eq!(m.lines[2].change, Change::None);
    }

    #[test]
    fn no_percentage_difference_without_vacancies() {
        let a = scenario(Method::Households, &[("A", 100), ("B", 300)]);
        let mut b = a.clone();
        if let Some(m) = b.municipalities.get_mut(1) {
            m.vacancies = Some(0);
        }
        let m = compare_model(&a, &b).expect("both compute");
        let line = m.lines.iter().find(|l| l.id == "B").expect("B");
        assert_eq!(line.change, Change::Status);
        assert_eq!(line.b.map(|s| s.percent_tenths), Some(None));
        assert_eq!(line.percent_diff, None);
    }

    #[test]
    fn which_side_does_not_compute() {
        let good = scenario(Method::Households, &[("A", 100)]);
        let bad = scenario(Method::Households, &[]);
        assert!(matches!(
            compare_model(&bad, &good),
            Err(CompareError::A(_))
        ));
        assert!(matches!(
            compare_model(&good, &bad),
            Err(CompareError::B(_))
        ));
    }

    #[test]
    fn a_link_is_read_from_its_fragment() {
        assert_eq!(link_fragment("  https://x.nl/evt/#v1.abc \n"), "v1.abc");
        assert_eq!(link_fragment("v1.abc"), "v1.abc");
        assert_eq!(link_fragment("a#b#c"), "c");
        assert_eq!(link_fragment("   "), "");
    }
}
