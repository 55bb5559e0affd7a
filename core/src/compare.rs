//! Two scenarios side by side (issue "compare"): per municipality the target, percentage and
//! status in each, matched by id, with the municipalities whose status changes first, and
//! each scenario's region totals.

use crate::methods::{compute, ComputeError, Outcome, Status};
use crate::scenario::Scenario;

/// One side of a comparison row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Side {
    pub target: u64,
    /// Percentage in tenths, `None` when the municipality has no vacancies.
    pub percent_tenths: Option<u64>,
    pub status: Status,
}

/// One municipality in both scenarios.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompareRow {
    pub id: String,
    /// The name in scenario A, else in B.
    pub name: String,
    /// `None`: the municipality is not part of that scenario.
    pub a: Option<Side>,
    pub b: Option<Side>,
}

impl CompareRow {
    /// `B − A` in persons, when both have the municipality.
    pub fn target_diff(&self) -> Option<i64> {
        let (a, b) = (self.a?, self.b?);
        Some(signed_diff(b.target, a.target))
    }

    /// `B − A` in tenths of a percent.
    pub fn percent_diff(&self) -> Option<i64> {
        let (a, b) = (self.a?.percent_tenths?, self.b?.percent_tenths?);
        Some(signed_diff(b, a))
    }

    /// The status differs, or the municipality is in only one of the two.
    pub fn status_changed(&self) -> bool {
        match (self.a, self.b) {
            (Some(a), Some(b)) => a.status != b.status,
            _ => true,
        }
    }

    /// Any figure differs.
    pub fn changed(&self) -> bool {
        self.a != self.b
    }
}

/// One scenario's region totals in a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TotalSide {
    /// The sum of the municipalities' targets `ΣT` (the figures of the rows).
    pub target: u64,
    /// The region's percentage `ΣT/ΣV` in tenths; `None` without vacancies.
    pub percent_tenths: Option<u64>,
}

impl TotalSide {
    fn of(sides: &[(String, String, Side)], o: &Outcome) -> TotalSide {
        TotalSide {
            target: sides.iter().map(|(_, _, s)| s.target).sum(),
            percent_tenths: o.totals.percent_tenths(),
        }
    }
}

/// The comparison of two computed scenarios.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// Status changes first (in A's order, then B's additions), then the others in A's order.
    pub rows: Vec<CompareRow>,
    /// How many municipalities change status.
    pub status_changes: usize,
    /// The region totals of A and of B.
    pub total_a: TotalSide,
    pub total_b: TotalSide,
}

impl Comparison {
    /// `ΣT(B) − ΣT(A)` in persons.
    pub fn total_target_diff(&self) -> i64 {
        signed_diff(self.total_b.target, self.total_a.target)
    }

    /// `B − A` of the region percentages in tenths, when both have one.
    pub fn total_percent_diff(&self) -> Option<i64> {
        Some(signed_diff(
            self.total_b.percent_tenths?,
            self.total_a.percent_tenths?,
        ))
    }
}

/// `b − a` as a signed number, saturating.
fn signed_diff(b: u64, a: u64) -> i64 {
    i64::try_from(b).unwrap_or(i64::MAX) - i64::try_from(a).unwrap_or(0)
}

/// Why a comparison could not be made: which side does not compute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompareError {
    A(ComputeError),
    B(ComputeError),
}

fn sides(s: &Scenario, o: &Outcome) -> Vec<(String, String, Side)> {
    o.rows
        .iter()
        .filter_map(|r| {
            let m = s.municipalities.get(r.index)?;
            Some((
                m.id.clone(),
                m.name.clone(),
                Side {
                    target: r.target,
                    percent_tenths: r.percent_tenths(),
                    status: r.status,
                },
            ))
        })
        .collect()
}

/// Compare two computed outcomes of `a` and `b`.
pub fn compare_outcomes(a: &Scenario, oa: &Outcome, b: &Scenario, ob: &Outcome) -> Comparison {
    let sa = sides(a, oa);
    let sb = sides(b, ob);
    let (total_a, total_b) = (TotalSide::of(&sa, oa), TotalSide::of(&sb, ob));
    let index_b: std::collections::HashMap<&str, usize> = sb
        .iter()
        .enumerate()
        .map(|(i, (id, _, _))| (id.as_str(), i))
        .collect();
    let mut used = vec![false; sb.len()];
    let mut rows: Vec<CompareRow> = Vec::with_capacity(sa.len() + sb.len());
    for (id, name, side) in &sa {
        let b = index_b.get(id.as_str()).map(|&i| {
            used[i] = true;
            sb[i].2
        });
        rows.push(CompareRow {
            id: id.clone(),
            name: name.clone(),
            a: Some(*side),
            b,
        });
    }
    for ((id, name, side), used) in sb.iter().zip(used) {
        if !used {
            rows.push(CompareRow {
                id: id.clone(),
                name: name.clone(),
                a: None,
                b: Some(*side),
            });
        }
    }
    // Stable: keeps A's order within each group.
    rows.sort_by_key(|r| !r.status_changed());
    let status_changes = rows.iter().filter(|r| r.status_changed()).count();
    Comparison {
        rows,
        status_changes,
        total_a,
        total_b,
    }
}

/// Compute both scenarios and compare them.
pub fn compare(a: &Scenario, b: &Scenario) -> Result<Comparison, CompareError> {
    let oa = compute(a).map_err(CompareError::A)?;
    let ob = compute(b).map_err(CompareError::B)?;
    Ok(compare_outcomes(a, &oa, b, &ob))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::default_scenario;
    use crate::scenario::Method;

    #[test]
    fn identical_scenarios_have_no_changes() {
        let s = default_scenario();
        let c = compare(&s, &s).unwrap();
        assert_eq!(c.status_changes, 0);
        assert_eq!(c.rows.len(), 14);
        assert!(c.rows.iter().all(|r| !r.changed()));
        assert_eq!(c.rows[0].name, "Almelo");
    }

    #[test]
    fn status_changes_come_first() {
        let a = default_scenario();
        let mut b = default_scenario();
        b.method = Method::EqualPercentage;
        let c = compare(&a, &b).unwrap();
        // Under an equal percentage every municipality is within range; under households
        // Almelo and Enschede are below the minimum and nine are above the signal value.
        assert_eq!(c.status_changes, 11);
        assert!(c.rows[..11].iter().all(CompareRow::status_changed));
        assert!(c.rows[11..].iter().all(|r| !r.status_changed()));
        assert_eq!(c.rows[0].name, "Almelo");
        let almelo = &c.rows[0];
        assert_eq!(almelo.a.unwrap().status, Status::BelowMinimum);
        assert_eq!(almelo.b.unwrap().status, Status::WithinRange);
        assert!(almelo.target_diff().unwrap() > 0);
    }

    #[test]
    fn municipalities_in_one_side_only_are_listed_as_changes() {
        let a = default_scenario();
        let mut b = default_scenario();
        let removed = b.municipalities.remove(0);
        b.municipalities
            .push(crate::Municipality::new("X1", "Nieuw", 1000));
        b.municipalities.last_mut().unwrap().vacancies = Some(100);
        let c = compare(&a, &b).unwrap();
        let gone = c.rows.iter().find(|r| r.id == removed.id).unwrap();
        assert!(gone.b.is_none() && gone.status_changed());
        let new = c.rows.iter().find(|r| r.id == "X1").unwrap();
        assert!(new.a.is_none() && new.b.is_some());
        assert_eq!(new.target_diff(), None);
    }

    fn row(
        a: Option<(u64, Option<u64>, Status)>,
        b: Option<(u64, Option<u64>, Status)>,
    ) -> CompareRow {
        let side = |(target, percent_tenths, status)| Side {
            target,
            percent_tenths,
            status,
        };
        CompareRow {
            id: "GM0001".into(),
            name: "A".into(),
            a: a.map(side),
            b: b.map(side),
        }
    }

    #[test]
    fn differences_are_b_minus_a() {
        use Status::*;
        let r = row(
            Some((93, Some(134), BelowMinimum)),
            Some((120, Some(173), WithinRange)),
        );
        assert_eq!(r.target_diff(), Some(27));
        assert_eq!(r.percent_diff(), Some(39));
        assert!(r.changed() && r.status_changed());
        let back = row(
            Some((120, Some(173), WithinRange)),
            Some((93, Some(134), BelowMinimum)),
        );
        assert_eq!(back.target_diff(), Some(-27));
        assert_eq!(back.percent_diff(), Some(-39));
        // Same status, other figures: changed, but not a status change.
        let moved = row(
            Some((20, Some(160), WithinRange)),
            Some((22, Some(176), WithinRange)),
        );
        assert!(moved.changed() && !moved.status_changed());
        assert_eq!(moved.percent_diff(), Some(16));
        // No vacancies on a side: no percentage difference, the target difference stays.
        let none = row(
            Some((3, None, NoVacancies)),
            Some((5, Some(50), AboveSignal)),
        );
        assert_eq!(none.percent_diff(), None);
        assert_eq!(none.target_diff(), Some(2));
        let none_b = row(
            Some((5, Some(50), AboveSignal)),
            Some((3, None, NoVacancies)),
        );
        assert_eq!(none_b.percent_diff(), None);
        // Only in one scenario: no differences, a change of status.
        let only_a = row(Some((5, Some(50), AboveSignal)), None);
        assert_eq!((only_a.target_diff(), only_a.percent_diff()), (None, None));
        assert!(only_a.changed() && only_a.status_changed());
        let same = row(
            Some((5, Some(50), AboveSignal)),
            Some((5, Some(50), AboveSignal)),
        );
        assert_eq!(
            (same.target_diff(), same.percent_diff()),
            (Some(0), Some(0))
        );
        assert!(!same.changed() && !same.status_changed());
    }

    #[test]
    fn a_changed_figure_without_status_change_is_changed() {
        let a = default_scenario();
        let mut b = default_scenario();
        b.params.urgents = 801;
        let c = compare(&a, &b).unwrap();
        assert_eq!(c.status_changes, 0);
        let changed: Vec<&str> = c
            .rows
            .iter()
            .filter(|r| r.changed())
            .map(|r| r.id.as_str())
            .collect();
        assert_eq!(
            changed.len(),
            1,
            "one more urgent changes one target: {changed:?}"
        );
        let r = c.rows.iter().find(|r| r.changed()).unwrap();
        assert_eq!(r.target_diff(), Some(1));
    }

    #[test]
    fn the_totals_are_the_sums_of_the_rows_and_the_region_percentage() {
        let a = default_scenario();
        let mut b = default_scenario();
        b.params.urgents = 900;
        b.method = Method::EqualPercentage;
        let (oa, ob) = (compute(&a).unwrap(), compute(&b).unwrap());
        let c = compare_outcomes(&a, &oa, &b, &ob);
        let sum = |f: fn(&CompareRow) -> Option<Side>| -> u64 {
            c.rows.iter().filter_map(f).map(|s| s.target).sum()
        };
        assert_eq!(c.total_a.target, sum(|r| r.a));
        assert_eq!(c.total_b.target, sum(|r| r.b));
        // Everyone is housed: the totals are U, and agree with the outcome's totals.
        assert_eq!((c.total_a.target, c.total_b.target), (800, 900));
        assert_eq!(c.total_a.target, oa.totals.targets);
        assert_eq!(c.total_b.percent_tenths, ob.totals.percent_tenths());
        assert_eq!(c.total_target_diff(), 100);
        let row_diffs: i64 = c.rows.iter().filter_map(CompareRow::target_diff).sum();
        assert_eq!(row_diffs, c.total_target_diff());
        let (pa, pb) = (
            oa.totals.percent_tenths().unwrap(),
            ob.totals.percent_tenths().unwrap(),
        );
        assert!(pb > pa);
        assert_eq!(
            c.total_percent_diff(),
            Some(i64::try_from(pb - pa).unwrap())
        );
    }

    #[test]
    fn an_invalid_side_is_named() {
        let a = default_scenario();
        let mut b = default_scenario();
        b.params.urgents = 0;
        b.params.signal_bp = 100;
        assert!(matches!(compare(&a, &b), Err(CompareError::B(_))));
        assert!(matches!(compare(&b, &a), Err(CompareError::A(_))));
    }
}
