//! Growth path ("ingroeipad", afspraak 2): from a start distribution to the horizon in `N`
//! years, with exact integer weights (SPEC "Growth path").
//!
//! `w_i(y) = (N − y)·start_i·ΣH + y·H_i·Σstart`, `T_i(y) = apportion(U + y·ΔU, w(y))`,
//! `V_i(y) = V_i + y·ΔV_i` (path a: added small affordable homes).

use crate::apportion::apportion;
use crate::field::Field;
use crate::methods::{status, targets, Status, Unavailable};
use crate::ratio::Ratio;
use crate::scenario::{Method, Scenario, VacancySource, FULL_BP, MAX_COUNT};

pub use crate::scenario::{Horizon, Start};

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
            .column(Field::Origin)
            .ok_or(Unavailable::MissingColumn(Field::Origin))?,
        Start::Realised => scenario
            .column(Field::Realised)
            .ok_or(Unavailable::MissingColumn(Field::Realised))?,
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
        .column(Field::ExtraVacancies)
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

/// "What it takes" for one municipality that ends above the signal value (growth path a):
/// the extra vacancies per year `ΔV_i` that bring it within the signal value in year `N`, and
/// the small homes per year that give them at the municipality's turnover rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Needed {
    /// Position in the scenario.
    pub index: usize,
    /// `T_i(N)`: its urgent home seekers in the last year (path a does not change them).
    pub target: u64,
    /// `V_i(N) = V_i + N·ΔV_i` with the `ΔV_i` in force now.
    pub vacancies: u64,
    /// `ΔV_i` in force now (0 when blank).
    pub extra_now: u64,
    /// The least `V_i(N)` within the signal value: `⌈T_i(N) / s⌉ = ⌈T·10 000 / s_bp⌉`.
    /// `None` when no number of vacancies will do (`s = 0`).
    pub vacancies_needed: Option<u64>,
    /// The `ΔV_i` that gets there: `⌈(vacancies_needed − V_i) / N⌉`. `None` when path a cannot
    /// get there (`s = 0`, `N = 0`, or more than [`crate::scenario::MAX_COUNT`]).
    pub extra: Option<u64>,
    /// The municipality's turnover rate: its own `V_i / C_i` when both vacancies and
    /// corporation homes are typed, else the region's `r` (the rate of the estimate).
    pub turnover: Option<Ratio>,
    /// Small homes to add per year for `extra` vacancies a year: `⌈extra / turnover⌉`.
    pub homes: Option<u64>,
}

/// Every municipality above the signal value (or without vacancies for its target) in the
/// last year of `path`, in scenario order, with what it takes to bring it within.
pub fn what_it_takes(scenario: &Scenario, path: &GrowthPath) -> Vec<Needed> {
    let p = &scenario.params;
    let n = u64::from(p.growth_years);
    let Some(last) = path.years.last() else {
        return Vec::new();
    };
    let extra_now = scenario
        .column(Field::ExtraVacancies)
        .unwrap_or_else(|| vec![0; last.cells.len()]);
    last.cells
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c.status, Status::AboveSignal | Status::NoVacancies))
        .filter_map(|(index, c)| {
            let m = scenario.municipalities.get(index)?;
            let (v, source) = m.effective_vacancies(p.turnover_bp);
            let needed = Ratio::new(
                u128::from(c.target) * u128::from(FULL_BP),
                u128::from(p.signal_bp),
            )
            .map(|r| r.ceil());
            let extra = needed
                .filter(|_| n > 0)
                .map(|need| need.saturating_sub(u128::from(v)).div_ceil(u128::from(n)))
                .and_then(|e| u64::try_from(e).ok())
                .filter(|&e| e <= MAX_COUNT);
            let turnover = match (source, m.corporation_homes) {
                (VacancySource::Given, Some(homes)) if v > 0 && homes > 0 => {
                    Ratio::new(u128::from(v), u128::from(homes))
                }
                _ => Ratio::new(u128::from(p.turnover_bp), u128::from(FULL_BP))
                    .filter(|r| r.num() > 0),
            };
            let homes = match (extra, turnover) {
                (Some(e), Some(r)) => Ratio::new(u128::from(e) * r.den(), r.num())
                    .and_then(|h| u64::try_from(h.ceil()).ok()),
                _ => None,
            };
            Some(Needed {
                index,
                target: c.target,
                vacancies: c.vacancies,
                extra_now: extra_now.get(index).copied().unwrap_or(0),
                vacancies_needed: needed.and_then(|x| u64::try_from(x).ok()),
                extra,
                turnover,
                homes,
            })
        })
        .collect()
}

/// `scenario` with every reachable [`Needed::extra`] of [`what_it_takes`] typed in as the
/// municipality's `ΔV_i`, and how many municipalities changed. Path a leaves the targets of
/// every year as they are (the weights read `V_i`, not `V_i(y)`), so afterwards no
/// municipality with a reachable figure ends above the signal value.
pub fn apply_what_it_takes(scenario: &Scenario, needed: &[Needed]) -> (Scenario, usize) {
    let mut out = scenario.clone();
    let mut changed = 0;
    for n in needed {
        let Some(extra) = n.extra else { continue };
        if let Some(m) = out.municipalities.get_mut(n.index) {
            if m.extra_vacancies != Some(extra) {
                m.extra_vacancies = Some(extra);
                changed += 1;
            }
        }
    }
    (out, changed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{Municipality, Params};

    fn two(urgents_growth: u64) -> Scenario {
        let mut a = Municipality::new("GM0001", "A", 300);
        a.vacancies = Some(100);
        a.extra_vacancies = Some(10);
        let mut b = Municipality::new("GM0002", "B", 100);
        b.vacancies = Some(100);
        let params = Params {
            urgents: 40,
            growth_years: 2,
            urgents_growth,
            ..Params::default()
        };
        Scenario::new("R", params, Method::Households, vec![a, b])
    }

    #[test]
    fn a_small_path_exactly() {
        // Start V = (100, 100), horizon H = (300, 100), N = 2, U(y) = 40 + 8y:
        // w(0) = 2·V·ΣH = (80000, 80000) → 20, 20; w(1) = V·ΣH + H·ΣV = (100000, 60000) →
        // 48 · 10/16 = 30, 18; w(2) = 2·H·ΣV = (120000, 40000) → 42, 14.
        let path = growth_path(&two(8), Start::EqualPercentage, Horizon::Households).unwrap();
        let targets: Vec<Vec<u64>> = path
            .years
            .iter()
            .map(|y| y.cells.iter().map(|c| c.target).collect())
            .collect();
        assert_eq!(targets, [[20, 20], [30, 18], [42, 14]]);
        let urgents: Vec<u64> = path.years.iter().map(|y| y.urgents).collect();
        assert_eq!(urgents, [40, 48, 56]);
        assert_eq!(
            path.years.iter().map(|y| y.year).collect::<Vec<_>>(),
            [0, 1, 2]
        );
        // V_A(y) = 100 + 10y; B has no extra homes.
        let vac_a: Vec<u64> = path.years.iter().map(|y| y.cells[0].vacancies).collect();
        assert_eq!(vac_a, [100, 110, 120]);
        assert!(path.years.iter().all(|y| y.cells[1].vacancies == 100));
        use Status::*;
        let statuses: Vec<[Status; 2]> = path
            .years
            .iter()
            .map(|y| [y.cells[0].status, y.cells[1].status])
            .collect();
        assert_eq!(
            statuses,
            [
                [WithinRange, WithinRange],
                [AboveSignal, WithinRange],
                [AboveSignal, BelowMinimum]
            ]
        );
        assert_eq!(path.within_signal_from, [None, Some(0)]);
        assert_eq!(
            (path.start, path.horizon),
            (Start::EqualPercentage, Horizon::Households)
        );
        let pct = path.years[1].cells[0].percent().unwrap();
        assert_eq!((pct.num(), pct.den()), (30, 110));
    }

    #[test]
    fn cell_percent_is_none_without_vacancies() {
        let c = Cell {
            target: 3,
            vacancies: 0,
            status: Status::NoVacancies,
        };
        assert!(c.percent().is_none());
        let c = Cell {
            target: 3,
            vacancies: 12,
            status: Status::AboveSignal,
        };
        assert_eq!(c.percent().unwrap(), Ratio::new(1, 4).unwrap());
    }

    #[test]
    fn default_start_prefers_origin_then_realised() {
        let mut s = two(0);
        assert_eq!(Start::default_for(&s), Start::EqualPercentage);
        s.municipalities[1].realised = Some(5);
        assert_eq!(Start::default_for(&s), Start::Realised);
        s.municipalities[0].origin = Some(0);
        assert_eq!(Start::default_for(&s), Start::Origin);
    }

    fn years(statuses: &[Status]) -> Vec<Year> {
        statuses
            .iter()
            .enumerate()
            .map(|(y, &status)| Year {
                year: y as u32,
                urgents: 0,
                cells: vec![Cell {
                    target: 0,
                    vacancies: 1,
                    status,
                }],
            })
            .collect()
    }

    #[test]
    fn within_the_signal_value_from_the_last_year_above_on() {
        use Status::*;
        let cases: &[(&[Status], Option<u32>)] = &[
            (
                &[
                    AboveSignal,
                    WithinRange,
                    AboveSignal,
                    WithinRange,
                    BelowMinimum,
                ],
                Some(3),
            ),
            (&[WithinRange, WithinRange], Some(0)),
            (&[BelowMinimum, AboveSignal], None),
            // No vacancies with a target counts as above the signal value.
            (&[WithinRange, NoVacancies, WithinRange], Some(2)),
            (&[NotApplicable, WithinRange], Some(0)),
        ];
        for (statuses, expected) in cases {
            assert_eq!(
                first_year_within(&years(statuses), 0),
                *expected,
                "{statuses:?}"
            );
        }
    }
}
