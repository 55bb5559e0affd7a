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

/// What the region as a whole comes to (SPEC "Region totals"): of the `urgents` (`U`), how
/// many the `places` (`ΣT`) house and how many stay not housed, and the places left unused.
/// The summary and the results table's region row both say it, in the same words, so the
/// region row's `ΣT` never stands alone: under the statutory fallback `ΣT = ΣF`, the minimum
/// places summed, which can exceed `U` (U = 10 with ΣF = 75: all 10 housed, 65 places unused)
/// or fall short of it (U = 800 with ΣF = 724: 724 housed, 76 not housed); under the cap
/// `ΣT = U − unplaced`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RegionOutcome {
    pub method: Method,
    /// `U`.
    pub urgents: u64,
    /// `ΣT`: the places the method gives (under the fallback, the minimum places `ΣF`).
    pub places: u64,
    /// `min(U, ΣT)`.
    pub housed: u64,
    /// `U − housed`: not housed anywhere.
    pub unhoused: u64,
    /// `ΣT − housed`: places nobody needs (only the fallback has them).
    pub unused: u64,
}

impl RegionOutcome {
    /// `places` for `urgents` under `method`.
    pub fn new(method: Method, urgents: u64, places: u64) -> Self {
        let housed = urgents.min(places);
        RegionOutcome {
            method,
            urgents,
            places,
            housed,
            unhoused: urgents - housed,
            unused: places - housed,
        }
    }

    /// Whether the table and the summary say it: the cap and the fallback can leave people
    /// not housed or places unused; the apportioning methods always place exactly `U`.
    pub fn is_told(&self) -> bool {
        matches!(self.method, Method::HouseholdsCapped | Method::Fallback)
    }
}

/// The region outcome of the chosen method.
pub fn region_outcome(c: &Computed) -> RegionOutcome {
    RegionOutcome::new(
        c.outcome.method,
        c.scenario.params.urgents,
        c.outcome.totals.targets,
    )
}

/// The region outcome had the statutory fallback been chosen (pooled over the region; the
/// summary tells it under every method, as the agreement's footnote does).
pub fn fallback_outcome(c: &Computed) -> RegionOutcome {
    RegionOutcome::new(
        Method::Fallback,
        c.scenario.params.urgents,
        c.outcome.fallback.minima_sum,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use evt_core::scenario::{Municipality, Params};
    use evt_core::{compute, Scenario};

    /// A (100 households) and B (300), 100 vacated homes each.
    fn rows(method: Method, urgents: u64) -> Vec<ResultRow> {
        result_rows(&computed(method, urgents))
    }

    fn computed(method: Method, urgents: u64) -> Computed {
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
        Computed {
            scenario: scenario.into(),
            outcome,
        }
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

    /// The default Twente scenario under `method` with `urgents`.
    fn twente(method: Method, urgents: u64) -> Computed {
        let mut scenario = evt_core::data::default_scenario();
        scenario.method = method;
        scenario.params.urgents = urgents;
        let outcome = compute(&scenario).expect("computes");
        Computed {
            scenario: scenario.into(),
            outcome,
        }
    }

    #[test]
    fn fallback_region_row_adds_up_when_the_minimum_places_exceed_u() {
        // Twente, U = 10: the minima still sum to 724 (the region row's ΣT); all 10 are
        // housed and 714 places stay unused.
        let c = twente(Method::Fallback, 10);
        let o = region_outcome(&c);
        assert_eq!(o.places, c.outcome.totals.targets);
        assert_eq!(
            (o.urgents, o.places, o.housed, o.unhoused, o.unused),
            (10, 724, 10, 0, 714)
        );
        assert_eq!(o.housed + o.unused, o.places);
        assert!(o.is_told());
        assert_eq!(o, fallback_outcome(&c));
        // The two-municipality region: minima 15 + 15 = 30 for U = 10 → 20 unused.
        let o = region_outcome(&computed(Method::Fallback, 10));
        assert_eq!((o.places, o.housed, o.unhoused, o.unused), (30, 10, 0, 20));
    }

    #[test]
    fn fallback_region_row_adds_up_when_the_minimum_places_fall_short() {
        // Twente, U = 800: 724 housed, 76 not housed (SPEC's worked example), none unused.
        let c = twente(Method::Fallback, 800);
        let o = region_outcome(&c);
        assert_eq!(
            (o.urgents, o.places, o.housed, o.unhoused, o.unused),
            (800, 724, 724, 76, 0)
        );
        assert_eq!(o.housed + o.unhoused, o.urgents);
        assert_eq!(
            (o.housed, o.unhoused),
            (
                c.outcome.fallback.pooled_housed,
                c.outcome.fallback.pooled_unhoused
            )
        );
        assert_eq!(o, fallback_outcome(&c));
        // Exactly enough places: everyone housed, nothing unused.
        let o = region_outcome(&twente(Method::Fallback, 724));
        assert_eq!((o.housed, o.unhoused, o.unused), (724, 0, 0));
    }

    #[test]
    fn capped_region_row_counts_who_is_not_housed() {
        // U = 30 fits under the cap (20 + 20 places): everyone housed.
        let c = computed(Method::HouseholdsCapped, 30);
        let o = region_outcome(&c);
        assert_eq!((o.places, o.housed, o.unhoused, o.unused), (30, 30, 0, 0));
        assert!(o.is_told());
        // U = 50: 40 places under the cap, 10 not housed (the core's unplaced).
        let c = computed(Method::HouseholdsCapped, 50);
        let o = region_outcome(&c);
        assert_eq!((o.places, o.housed, o.unhoused, o.unused), (40, 40, 10, 0));
        assert_eq!(o.unhoused, c.outcome.totals.unplaced);
        // The fallback beside it: minima 15 + 15 = 30 of 50.
        let f = fallback_outcome(&c);
        assert_eq!(
            (f.method, f.places, f.housed, f.unhoused),
            (Method::Fallback, 30, 30, 20)
        );
    }

    #[test]
    fn apportioning_methods_place_exactly_u_and_are_not_told() {
        for method in [Method::Households, Method::EqualPercentage] {
            let o = region_outcome(&computed(method, 40));
            assert_eq!((o.places, o.housed, o.unhoused, o.unused), (40, 40, 0, 0));
            assert!(!o.is_told());
        }
    }
}
