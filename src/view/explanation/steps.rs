//! The worked example's steps: how one municipality's number of urgent home seekers per year
//! comes about under the method in use, each step with its own figures (SPEC "Methods").

use crate::view::{Explain, ResultRow};
use evt_core::methods::{Status, Totals};
use evt_core::ratio::Ratio;
use evt_core::scenario::{Method, Params};

/// What a municipality's part of the region is measured by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    /// Households (the horizon, and the capped method below its cap).
    Households,
    /// Vacated homes (an equal percentage everywhere).
    Vacancies,
    /// Inflow from the municipality (the home-municipality principle).
    Inflow,
}

/// One step of the worked example.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Its part of the region: `weight` of `sum` is `share_tenths`.
    Share {
        weight_of: Weight,
        weight: u64,
        sum: u64,
        share_tenths: Option<u64>,
    },
    /// That part of `urgents` is `quota_hundredths`, rounded to `target` so that the region
    /// adds up to `urgents` exactly (largest remainders).
    Apportion {
        urgents: u64,
        quota_hundredths: u64,
        target: u64,
    },
    /// The vacated homes a year: estimated from the corporation homes, or entered.
    Vacancies {
        vacancies: u64,
        estimated: bool,
        turnover_bp: u32,
    },
    /// At the cap: `cap_bp` of `vacancies` is `capacity` (rounded down), less than the
    /// horizon would give (`horizon`).
    Capped {
        cap_bp: u32,
        vacancies: u64,
        /// `cap_bp × vacancies` in hundredths, before rounding down.
        exact_hundredths: u64,
        capacity: u64,
        horizon: Option<u64>,
    },
    /// Below the cap: what the full municipalities leave (`shared`), pro rata to households
    /// (`weight` of `sum`), is `quota_hundredths` → `target`, under its cap `capacity`.
    CappedShare {
        shared: u64,
        weight: u64,
        sum: u64,
        quota_hundredths: u64,
        target: u64,
        capacity: u64,
    },
    /// The statutory minimum alone: `minimum_bp` of `vacancies`, rounded up, is `target`.
    Minimum {
        minimum_bp: u32,
        vacancies: u64,
        /// `minimum_bp × vacancies` in hundredths, before rounding up.
        exact_hundredths: u64,
        target: u64,
    },
    /// `target` of `vacancies` is `percent_tenths` (none without vacated homes): `status`
    /// against the minimum and the signal value.
    Percentage {
        target: u64,
        vacancies: u64,
        percent_tenths: Option<u64>,
        status: Status,
        minimum_bp: u32,
        signal_bp: u32,
    },
    /// Pro rata to households (the horizon) it would be `horizon`; now it is `target`.
    Horizon { horizon: u64, target: u64 },
}

/// The steps for `row` under `method`, in reading order.
pub fn steps(row: &ResultRow, method: Method, p: &Params, totals: &Totals) -> Vec<Step> {
    let vacancies = Step::Vacancies {
        vacancies: row.vacancies,
        estimated: row.estimated,
        turnover_bp: p.turnover_bp,
    };
    let percentage = Step::Percentage {
        target: row.target,
        vacancies: row.vacancies,
        percent_tenths: row.percent_tenths,
        status: row.status,
        minimum_bp: p.minimum_bp,
        signal_bp: p.signal_bp,
    };
    let horizon = row.diff_to_horizon.and_then(|d| {
        let t = i64::try_from(row.target).ok()?;
        u64::try_from(t - d).ok()
    });
    let to_horizon = horizon.map(|h| Step::Horizon {
        horizon: h,
        target: row.target,
    });
    let mut out = Vec::new();
    match row.explain {
        Explain::Apportioned {
            method: m,
            total,
            weight,
            sum,
            quota_hundredths,
        } => {
            let weight_of = match m {
                Method::EqualPercentage => Weight::Vacancies,
                Method::HomeMunicipality => Weight::Inflow,
                _ => Weight::Households,
            };
            let share = Step::Share {
                weight_of,
                weight,
                sum,
                share_tenths: share_tenths(weight, sum),
            };
            let apportion = Step::Apportion {
                urgents: total,
                quota_hundredths,
                target: row.target,
            };
            if weight_of == Weight::Vacancies {
                out.extend([vacancies, share, apportion, percentage]);
            } else {
                out.extend([share, apportion, vacancies, percentage]);
            }
        }
        Explain::Capped { capacity, cap_bp } => {
            let share = Step::Share {
                weight_of: Weight::Households,
                weight: row.households,
                sum: totals.households,
                share_tenths: row.household_share_tenths,
            };
            let capped = Step::Capped {
                cap_bp,
                vacancies: row.vacancies,
                exact_hundredths: bp_times(cap_bp, row.vacancies),
                capacity,
                horizon,
            };
            out.extend([share, vacancies, capped, percentage]);
            // The horizon is already in the capped step.
            return out;
        }
        Explain::CappedShare {
            shared,
            weight,
            sum,
            quota_hundredths,
            capacity,
        } => {
            out.extend([
                vacancies,
                Step::CappedShare {
                    shared,
                    weight,
                    sum,
                    quota_hundredths,
                    target: row.target,
                    capacity,
                },
                percentage,
            ]);
        }
        Explain::Minimum { minimum_bp } => {
            out.extend([
                vacancies,
                Step::Minimum {
                    minimum_bp,
                    vacancies: row.vacancies,
                    exact_hundredths: bp_times(minimum_bp, row.vacancies),
                    target: row.target,
                },
                percentage,
            ]);
        }
    }
    // Every method but the horizon itself ends with what the horizon would give.
    if method != Method::Households {
        out.extend(to_horizon);
    }
    out
}

/// `bp × n / 10 000` in hundredths, rounded half up (15 % × 83 = 12,45).
fn bp_times(bp: u32, n: u64) -> u64 {
    let h = (u128::from(bp) * u128::from(n) * 2 + 100) / 200;
    u64::try_from(h).unwrap_or(u64::MAX)
}

/// `part / whole` as a percentage in tenths, `None` when `whole` is 0.
fn share_tenths(part: u64, whole: u64) -> Option<u64> {
    Ratio::new(u128::from(part), u128::from(whole)).map(crate::view::percent_tenths)
}
