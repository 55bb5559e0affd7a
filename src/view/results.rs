//! The results' view model: one row per municipality as the results table, the chart, the
//! map and the summary show it, derived once from a computed scenario. Chart and table read
//! the same rows (DESIGN rule 6: every visual has a text twin).

use crate::state::Computed;
use evt_core::methods::{Basis, Status};
use evt_core::scenario::{Method, VacancySource};

/// One municipality's results, ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultRow {
    pub id: String,
    pub name: String,
    pub households: u64,
    pub vacancies: u64,
    pub estimated: bool,
    pub target: u64,
    /// Allocation percentage in tenths (184 = 18.4 %); `None` without vacancies.
    pub percent_tenths: Option<u64>,
    pub status: Status,
    /// Shares in tenths of a percent.
    pub household_share_tenths: Option<u64>,
    pub urgent_share_tenths: Option<u64>,
    pub diff_to_horizon: Option<i64>,
    pub room: i64,
    pub room_tenths: Option<i64>,
    pub minimum: u64,
    /// How the target came about (for "Hoe berekend?").
    pub explain: Explain,
}

/// The arithmetic behind one target.
#[derive(Debug, Clone, PartialEq)]
pub enum Explain {
    /// `total × weight / sum = quota → target` (largest remainders).
    Apportioned {
        method: Method,
        total: u64,
        weight: u64,
        sum: u64,
        /// The quota ×100, rounded half up (2976 = 29.76).
        quota_hundredths: u64,
    },
    /// Filled to the cap `K = ⌊c·V⌋`.
    Capped { capacity: u64, cap_bp: u32 },
    /// Below the cap: a pro-rata share of what the full ones leave.
    CappedShare {
        shared: u64,
        weight: u64,
        sum: u64,
        quota_hundredths: u64,
        capacity: u64,
    },
    /// Fallback: `⌈m·V⌉`.
    Minimum { minimum_bp: u32 },
}

/// All rows of a computed scenario, in scenario order.
pub fn result_rows(c: &Computed) -> Vec<ResultRow> {
    let s = &c.scenario;
    let o = &c.outcome;
    let tenths = |r: Option<evt_core::ratio::Ratio>| r.map(super::tenths::percent_tenths);
    o.rows
        .iter()
        .map(|r| {
            let m = &s.municipalities[r.index];
            let quota = o
                .targets
                .quota(r.index)
                .map(|q| u64::try_from(q.round_half_up_scaled(2)).unwrap_or(u64::MAX))
                .unwrap_or(0);
            let explain = match &o.targets.basis {
                Basis::Apportioned { total, weights } => Explain::Apportioned {
                    method: o.method,
                    total: *total,
                    weight: weights.get(r.index).copied().unwrap_or(0),
                    sum: weights.iter().sum(),
                    quota_hundredths: quota,
                },
                Basis::Capped {
                    weights,
                    capacity,
                    saturated,
                    shared,
                    shared_weight,
                    ..
                } => {
                    let k = capacity.get(r.index).copied().unwrap_or(0);
                    if saturated.get(r.index).copied().unwrap_or(false) {
                        Explain::Capped {
                            capacity: k,
                            cap_bp: s.params.cap(),
                        }
                    } else {
                        Explain::CappedShare {
                            shared: *shared,
                            weight: weights.get(r.index).copied().unwrap_or(0),
                            sum: *shared_weight,
                            quota_hundredths: quota,
                            capacity: k,
                        }
                    }
                }
                Basis::Minimum { .. } => Explain::Minimum {
                    minimum_bp: s.params.minimum_bp,
                },
            };
            ResultRow {
                id: m.id.clone(),
                name: m.name.clone(),
                households: r.households,
                vacancies: r.vacancies,
                estimated: r.vacancy_source == VacancySource::Estimated,
                target: r.target,
                percent_tenths: r.percent_tenths(),
                status: r.status,
                household_share_tenths: tenths(r.household_share),
                urgent_share_tenths: tenths(r.urgent_share),
                diff_to_horizon: r.diff_to_horizon,
                room: r.room,
                room_tenths: r.room_tenths(),
                minimum: r.minimum,
                explain,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use evt_core::scenario::{Municipality, Params};
    use evt_core::{compute, Scenario};

    /// A (100 households) and B (300), 100 vacated homes each.
    fn rows(method: Method, urgents: u64) -> Vec<ResultRow> {
        let m = |id: &str, h: u64| Municipality {
            vacancies: Some(100),
            ..Municipality::new(id, id, h)
        };
        let params = Params {
            urgents,
            ..Params::default()
        };
        let scenario = Scenario::new(
            String::from("t"),
            params,
            method,
            vec![m("A", 100), m("B", 300)],
        );
        let outcome = compute(&scenario).expect("computes");
        result_rows(&Computed {
            scenario: scenario.into(),
            outcome,
        })
    }

    #[test]
    fn households_rows_with_their_arithmetic() {
        let r = rows(Method::Households, 40);
        assert_eq!(r.iter().map(|r| r.target).collect::<Vec<_>>(), [10, 30]);
        assert_eq!(r[0].percent_tenths, Some(100));
        assert_eq!(r[0].status, Status::BelowMinimum);
        assert_eq!(r[1].status, Status::AboveSignal);
        assert_eq!(r[0].household_share_tenths, Some(250));
        assert_eq!(r[1].urgent_share_tenths, Some(750));
        assert!(!r[0].estimated);
        assert_eq!(
            r[0].explain,
            Explain::Apportioned {
                method: Method::Households,
                total: 40,
                weight: 100,
                sum: 400,
                quota_hundredths: 1000,
            }
        );
    }

    #[test]
    fn capped_rows_say_who_is_full_and_who_shares() {
        let r = rows(Method::HouseholdsCapped, 30);
        // U = 30: B's share (22,5) is over the cap (the signal value, 20 %, so 20 of its
        // 100 homes); B is held at 20 and A, alone below its cap, takes the other 10.
        assert_eq!(r.iter().map(|r| r.target).collect::<Vec<_>>(), [10, 20]);
        assert_eq!(
            r[1].explain,
            Explain::Capped {
                capacity: 20,
                cap_bp: 2000
            }
        );
        assert_eq!(
            r[0].explain,
            Explain::CappedShare {
                shared: 10,
                weight: 100,
                sum: 100,
                quota_hundredths: 1000,
                capacity: 20,
            }
        );
    }

    #[test]
    fn fallback_rows_take_the_minimum() {
        let r = rows(Method::Fallback, 40);
        assert_eq!(r.iter().map(|r| r.target).collect::<Vec<_>>(), [15, 15]);
        assert!(r
            .iter()
            .all(|r| r.explain == Explain::Minimum { minimum_bp: 1500 }));
        assert_eq!((r[0].id.as_str(), r[1].name.as_str()), ("A", "B"));
    }
}
