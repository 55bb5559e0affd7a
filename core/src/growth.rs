//! Growth path ("ingroeipad", afspraak 2): from a start distribution to the horizon in `N`
//! years, with exact integer weights (SPEC "Growth path").
//!
//! `w_i(y) = (N − y)·start_i·ΣH + y·H_i·Σstart`, `T_i(y) = apportion(U + y·ΔU, w(y))`,
//! `V_i(y) = V_i + y·ΔV_i` (path a: added small affordable homes).

use crate::apportion::apportion;
use crate::methods::{status, targets, Status, Unavailable};
use crate::ratio::Ratio;
use crate::scenario::{Method, OptionalColumn, Scenario};
use serde::{Deserialize, Serialize};

/// Where the path starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Start {
    /// Home-municipality inflow `O`.
    Origin,
    /// Realised allocations `R`.
    Realised,
    /// Equal percentage (vacancies `V`).
    EqualPercentage,
}

/// Where the path ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Horizon {
    #[default]
    Households,
    HouseholdsCapped,
}

impl Start {
    /// SPEC default: origin if given, else realised if given, else equal percentage.
    pub fn default_for(scenario: &Scenario) -> Start {
        if scenario.is_given(OptionalColumn::Origin) {
            Start::Origin
        } else if scenario.is_given(OptionalColumn::Realised) {
            Start::Realised
        } else {
            Start::EqualPercentage
        }
    }
}

/// One municipality in one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    pub target: u64,
    pub vacancies: u64,
    pub status: Status,
}

impl Cell {
    /// `T/V`, `None` when `V = 0`. Derived on demand: a path of 342 municipalities × 31
    /// years holds 10,602 cells, and a stored 128-bit fraction tripled their size.
    pub fn percent(&self) -> Option<Ratio> {
        Ratio::new(u128::from(self.target), u128::from(self.vacancies))
    }
}

/// One year of the path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Year {
    pub year: u32,
    pub urgents: u64,
    pub cells: Vec<Cell>,
}

/// The whole path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrowthPath {
    pub start: Start,
    pub horizon: Horizon,
    pub years: Vec<Year>,
    /// Per municipality: the first year from which it stays within the signal value
    /// (never above it again up to year N), or `None`.
    pub within_signal_from: Vec<Option<u32>>,
}

/// Compute the growth path of a (validated) scenario over `scenario.params.growth_years`.
pub fn growth_path(
    scenario: &Scenario,
    start: Start,
    horizon: Horizon,
) -> Result<GrowthPath, Unavailable> {
    let p = &scenario.params;
    let n = p.growth_years;
    let start_values: Vec<u64> = match start {
        Start::Origin => scenario
            .column(OptionalColumn::Origin)
            .ok_or(Unavailable::MissingColumn(OptionalColumn::Origin))?,
        Start::Realised => scenario
            .column(OptionalColumn::Realised)
            .ok_or(Unavailable::MissingColumn(OptionalColumn::Realised))?,
        Start::EqualPercentage => scenario.vacancies(),
    };
    let sum_start: u128 = start_values.iter().map(|&x| u128::from(x)).sum();
    if sum_start == 0 {
        return Err(match start {
            Start::EqualPercentage => Unavailable::NoVacancies,
            Start::Origin => Unavailable::NoOrigin,
            Start::Realised => Unavailable::NoRealised,
        });
    }
    let end_values: Vec<u64> = match horizon {
        Horizon::Households => {
            let h: Vec<u64> = scenario
                .municipalities
                .iter()
                .map(|m| m.households)
                .collect();
            if h.iter().all(|&x| x == 0) {
                return Err(Unavailable::NoHouseholds);
            }
            h
        }
        Horizon::HouseholdsCapped => {
            let t = targets(scenario, Method::HouseholdsCapped)?;
            if t.targets.iter().all(|&x| x == 0) {
                // Households are there (targets() checked): say what leaves nobody placed.
                return Err(if p.urgents == 0 {
                    Unavailable::NoUrgents
                } else {
                    Unavailable::NoRoomUnderCap
                });
            }
            t.targets
        }
    };
    let sum_end: u128 = end_values.iter().map(|&x| u128::from(x)).sum();
    let vacancies = scenario.vacancies();
    let extra = scenario
        .column(OptionalColumn::ExtraVacancies)
        .unwrap_or_else(|| vec![0; vacancies.len()]);

    let mut years = Vec::with_capacity(n as usize + 1);
    for y in 0..=n {
        let (a, b) = (u128::from(n - y), u128::from(y));
        let weights: Vec<u128> = start_values
            .iter()
            .zip(&end_values)
            .map(|(&s, &e)| a * u128::from(s) * sum_end + b * u128::from(e) * sum_start)
            .collect();
        let urgents = p
            .urgents
            .saturating_add(u64::from(y).saturating_mul(p.urgents_growth));
        // Σw > 0: at y < N the start part is positive, at y = N the end part.
        let t = apportion(urgents, &weights).map_err(|_| Unavailable::NoHouseholds)?;
        let cells = t
            .iter()
            .zip(vacancies.iter().zip(&extra))
            .map(|(&target, (&v, &dv))| {
                let vy = v.saturating_add(u64::from(y).saturating_mul(dv));
                Cell {
                    target,
                    vacancies: vy,
                    status: status(target, vy, p.minimum_bp, p.signal_bp),
                }
            })
            .collect();
        years.push(Year {
            year: y,
            urgents,
            cells,
        });
    }
    let within_signal_from = (0..vacancies.len())
        .map(|i| first_year_within(&years, i))
        .collect();
    Ok(GrowthPath {
        start,
        horizon,
        years,
        within_signal_from,
    })
}

/// The first year from which municipality `i` is never above the signal value again.
fn first_year_within(years: &[Year], i: usize) -> Option<u32> {
    let mut first = None;
    for y in years.iter().rev() {
        let above = matches!(
            y.cells.get(i).map(|c| c.status),
            Some(Status::AboveSignal | Status::NoVacancies)
        );
        if above {
            break;
        }
        first = Some(y.year);
    }
    first
}
