//! The five methods of SPEC "Methods", the derived figures per municipality and the region
//! totals (SPEC "Derived figures").
//!
//! Agreement: horizon pro rata to households (overwegingen, "stip op de horizon"), the
//! home-municipality principle (afspraak 1a), an even percentage (afspraak 2b), the signal
//! value of 20 % (afspraak 3) and the statutory fallback at the 15 % minimum (footnote 4).

use crate::apportion::{apportion, apportion_capped, quota};
use crate::field::Field;
use crate::ratio::Ratio;
use crate::scenario::{Method, Scenario, VacancySource, FULL_BP};
use crate::validate::{validate, ValidationError};

/// Where a municipality stands against the minimum and the signal value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// `T < m·V`: below the statutory minimum (it still allocates at least `⌈m·V⌉`).
    BelowMinimum,
    /// `m·V ≤ T ≤ s·V`.
    WithinRange,
    /// `T > s·V`: above the signal value; corporations and municipality consult (afspraak 3).
    AboveSignal,
    /// `V = 0` while `T > 0`: an impossible target.
    NoVacancies,
    /// `V = 0` and `T = 0`.
    NotApplicable,
}

impl Status {
    /// Stable code for CSV, tests and CSS classes.
    pub fn code(self) -> &'static str {
        match self {
            Status::BelowMinimum => "below-minimum",
            Status::WithinRange => "within-range",
            Status::AboveSignal => "above-signal",
            Status::NoVacancies => "no-vacancies",
            Status::NotApplicable => "n-a",
        }
    }
}

/// The status rule, by exact integer comparison in basis points (SPEC "Derived figures").
pub fn status(target: u64, vacancies: u64, minimum_bp: u32, signal_bp: u32) -> Status {
    if vacancies == 0 {
        return if target > 0 {
            Status::NoVacancies
        } else {
            Status::NotApplicable
        };
    }
    let t = u128::from(target) * u128::from(FULL_BP);
    let v = u128::from(vacancies);
    if t < u128::from(minimum_bp) * v {
        Status::BelowMinimum
    } else if t > u128::from(signal_bp) * v {
        Status::AboveSignal
    } else {
        Status::WithinRange
    }
}

/// The statutory minimum allocation `F = ⌈m·V⌉` (at least m %, so rounded up).
pub fn fallback_minimum(vacancies: u64, minimum_bp: u32) -> u64 {
    // 64-bit when it fits (always within SPEC's limits): a constant divisor then costs a
    // multiplication, where 128-bit division is a library call.
    if let Some(n) = vacancies.checked_mul(u64::from(minimum_bp)) {
        return n.div_ceil(u64::from(FULL_BP));
    }
    let n = u128::from(vacancies) * u128::from(minimum_bp);
    u64::try_from(n.div_ceil(u128::from(FULL_BP))).unwrap_or(u64::MAX)
}

/// The capacity under a cap `K = ⌊c·V⌋`.
pub fn cap_capacity(vacancies: u64, cap_bp: u32) -> u64 {
    if let Some(n) = vacancies.checked_mul(u64::from(cap_bp)) {
        return n / u64::from(FULL_BP);
    }
    let n = u128::from(vacancies) * u128::from(cap_bp);
    u64::try_from(n / u128::from(FULL_BP)).unwrap_or(u64::MAX)
}

/// Why a method cannot be computed for this scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unavailable {
    /// The optional column it needs has no value anywhere: fill it in.
    MissingColumn(Field),
    /// Every municipality has 0 households.
    NoHouseholds,
    /// Every municipality has 0 vacancies.
    NoVacancies,
    /// Every municipality has 0 in the home-municipality column.
    NoOrigin,
    /// Every municipality has 0 in the realised column (growth-path start).
    NoRealised,
    /// The capped horizon of the growth path distributes nobody: 0 urgents per year.
    NoUrgents,
    /// The capped horizon of the growth path distributes nobody: the cap leaves no room
    /// anywhere (a 0 % cap, or no vacated homes under it).
    NoRoomUnderCap,
}

/// Targets of one method, before derived figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Targets {
    pub method: Method,
    pub targets: Vec<u64>,
    /// People not placed (cap) or not housed (fallback, pooled).
    pub unplaced: u64,
    /// How each target came about, for "Hoe berekend?".
    pub basis: Basis,
}

/// The arithmetic behind the targets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Basis {
    /// Largest remainder of `total` over `weights` (households, vacancies or origin).
    Apportioned { total: u64, weights: Vec<u64> },
    /// Capped water-filling: capacities `K_i`, which are full, and the pro-rata rest.
    Capped {
        total: u64,
        weights: Vec<u64>,
        capacity: Vec<u64>,
        saturated: Vec<bool>,
        shared: u64,
        shared_weight: u64,
    },
    /// Fallback: each allocates its minimum `F_i`.
    Minimum { minima: Vec<u64> },
}

/// Targets `T_i` for `method` (SPEC "Methods → target"). Assumes a validated scenario.
pub fn targets(scenario: &Scenario, method: Method) -> Result<Targets, Unavailable> {
    let p = &scenario.params;
    let u = p.urgents;
    let households: Vec<u64> = scenario
        .municipalities
        .iter()
        .map(|m| m.households)
        .collect();
    let vacancies = scenario.vacancies();
    let apportioned = |weights: Vec<u64>, err: Unavailable| -> Result<Targets, Unavailable> {
        let w: Vec<u128> = weights.iter().map(|&x| u128::from(x)).collect();
        let t = apportion(u, &w).map_err(|_| err)?;
        Ok(Targets {
            method,
            targets: t,
            unplaced: 0,
            basis: Basis::Apportioned { total: u, weights },
        })
    };
    match method {
        Method::Households => apportioned(households, Unavailable::NoHouseholds),
        Method::EqualPercentage => apportioned(vacancies, Unavailable::NoVacancies),
        Method::HomeMunicipality => {
            let origin = scenario
                .column(Field::Origin)
                .ok_or(Unavailable::MissingColumn(Field::Origin))?;
            apportioned(origin, Unavailable::NoOrigin)
        }
        Method::HouseholdsCapped => {
            if households.iter().all(|&h| h == 0) {
                return Err(Unavailable::NoHouseholds);
            }
            let capacity: Vec<u64> = vacancies
                .iter()
                .map(|&v| cap_capacity(v, p.cap()))
                .collect();
            let w: Vec<u128> = households.iter().map(|&x| u128::from(x)).collect();
            let c = apportion_capped(u, &w, &capacity);
            Ok(Targets {
                method,
                targets: c.targets,
                unplaced: c.unplaced,
                basis: Basis::Capped {
                    total: u,
                    weights: households,
                    capacity,
                    saturated: c.saturated,
                    shared: c.shared,
                    shared_weight: u64::try_from(c.shared_weight).unwrap_or(u64::MAX),
                },
            })
        }
        Method::Fallback => {
            let minima: Vec<u64> = vacancies
                .iter()
                .map(|&v| fallback_minimum(v, p.minimum_bp))
                .collect();
            let sum: u64 = minima.iter().sum();
            Ok(Targets {
                method,
                targets: minima.clone(),
                unplaced: u.saturating_sub(sum),
                basis: Basis::Minimum { minima },
            })
        }
    }
}

impl Targets {
    /// The exact quota of municipality `i` where the method apportions
    /// (`U·w_i/Σw`, or for the cap the pro-rata share of those below their capacity).
    pub fn quota(&self, i: usize) -> Option<Ratio> {
        match &self.basis {
            Basis::Apportioned { total, weights } => {
                let sum: u128 = weights.iter().map(|&w| u128::from(w)).sum();
                quota(*total, u128::from(*weights.get(i)?), sum)
            }
            Basis::Capped {
                weights,
                saturated,
                shared,
                shared_weight,
                ..
            } => {
                if *saturated.get(i)? {
                    None
                } else {
                    quota(
                        *shared,
                        u128::from(*weights.get(i)?),
                        u128::from(*shared_weight),
                    )
                }
            }
            Basis::Minimum { .. } => None,
        }
    }
}

/// The statutory fallback scenario (SPEC method 5).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fallback {
    /// `ΣF_i`, the minima summed.
    pub minima_sum: u64,
    /// Pooled over the region: `min(U, ΣF)`.
    pub pooled_housed: u64,
    /// `U − pooled_housed`.
    pub pooled_unhoused: u64,
    /// Without pooling, when origin data is given: `(Σ min(O_i, F_i), Σ max(0, O_i − F_i))`.
    pub per_municipality: Option<(u64, u64)>,
}

/// The fallback figures of a scenario.
pub fn fallback(scenario: &Scenario) -> Fallback {
    let p = &scenario.params;
    let minima: Vec<u64> = scenario
        .vacancies()
        .iter()
        .map(|&v| fallback_minimum(v, p.minimum_bp))
        .collect();
    let minima_sum: u64 = minima.iter().sum();
    let pooled_housed = p.urgents.min(minima_sum);
    let per_municipality = scenario.column(Field::Origin).map(|origin| {
        origin.iter().zip(&minima).fold((0, 0), |(h, u), (&o, &f)| {
            (h + o.min(f), u + o.saturating_sub(f))
        })
    });
    Fallback {
        minima_sum,
        pooled_housed,
        pooled_unhoused: p.urgents - pooled_housed,
        per_municipality,
    }
}

/// All figures of one municipality under the chosen method.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Position of the municipality in `Scenario::municipalities` (rows keep that order).
    pub index: usize,
    pub households: u64,
    pub vacancies: u64,
    pub vacancy_source: VacancySource,
    pub target: u64,
    /// `T/V`, `None` when `V = 0`.
    pub percent: Option<Ratio>,
    pub status: Status,
    /// `H_i/ΣH`.
    pub household_share: Option<Ratio>,
    /// `T_i/ΣT`.
    pub urgent_share: Option<Ratio>,
    /// The households-method target (the horizon), when households allow it.
    pub horizon_target: Option<u64>,
    /// `T_i − T_i^households`.
    pub diff_to_horizon: Option<i64>,
    /// Status holders `S` (0 when blank).
    pub status_holders: u64,
    /// Room for regular home seekers `V − T − S` (negative is an error-level warning).
    pub room: i64,
    /// The statutory minimum `F = ⌈m·V⌉`.
    pub minimum: u64,
}

impl Row {
    /// Allocation percentage in tenths of a percent, rounded half up (184 = 18.4 %).
    pub fn percent_tenths(&self) -> Option<u64> {
        self.percent
            .map(|r| u64::try_from(r.percent_scaled(1)).unwrap_or(u64::MAX))
    }

    /// Room as a share of the vacancies in tenths of a percent, signed.
    pub fn room_tenths(&self) -> Option<i64> {
        let v = Ratio::new(
            u128::from(self.room.unsigned_abs()),
            u128::from(self.vacancies),
        )?;
        let t = i64::try_from(v.percent_scaled(1)).unwrap_or(i64::MAX);
        Some(if self.room < 0 { -t } else { t })
    }
}

/// Region totals (SPEC "Region totals").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Totals {
    pub households: u64,
    pub vacancies: u64,
    pub targets: u64,
    pub unplaced: u64,
    /// `ΣT/ΣV`.
    pub percent: Option<Ratio>,
    pub above_signal: usize,
    pub below_minimum: usize,
    pub no_vacancies: usize,
    pub room: i64,
    /// Municipalities whose room for regular home seekers is negative.
    pub negative_room: usize,
    /// Municipalities with an estimated vacancy figure.
    pub estimated: usize,
}

impl Totals {
    pub fn percent_tenths(&self) -> Option<u64> {
        self.percent
            .map(|r| u64::try_from(r.percent_scaled(1)).unwrap_or(u64::MAX))
    }
}

/// A computed scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub method: Method,
    pub targets: Targets,
    pub rows: Vec<Row>,
    pub totals: Totals,
    pub fallback: Fallback,
}

/// Why a scenario has no outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ComputeError {
    Invalid(Vec<ValidationError>),
    Unavailable(Method, Unavailable),
}

/// Validate and compute the scenario with its chosen method.
pub fn compute(scenario: &Scenario) -> Result<Outcome, ComputeError> {
    compute_with(scenario, scenario.method)
}

/// Validate and compute the scenario with `method`.
pub fn compute_with(scenario: &Scenario, method: Method) -> Result<Outcome, ComputeError> {
    let errors = validate(scenario);
    if !errors.is_empty() {
        return Err(ComputeError::Invalid(errors));
    }
    let t = targets(scenario, method).map_err(|e| ComputeError::Unavailable(method, e))?;
    let horizon = if method == Method::Households {
        Some(t.targets.clone())
    } else {
        targets(scenario, Method::Households)
            .ok()
            .map(|h| h.targets)
    };
    Ok(derive(scenario, t, horizon.as_deref()))
}

fn derive(scenario: &Scenario, t: Targets, horizon: Option<&[u64]>) -> Outcome {
    let p = &scenario.params;
    let sum_h: u64 = scenario.municipalities.iter().map(|m| m.households).sum();
    let sum_t: u64 = t.targets.iter().sum();
    let mut totals = Totals {
        households: sum_h,
        vacancies: 0,
        targets: sum_t,
        unplaced: t.unplaced,
        percent: None,
        above_signal: 0,
        below_minimum: 0,
        no_vacancies: 0,
        room: 0,
        negative_room: 0,
        estimated: 0,
    };
    let rows: Vec<Row> = scenario
        .municipalities
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let (v, source) = m.effective_vacancies(p.turnover_bp);
            let target = t.targets.get(i).copied().unwrap_or(0);
            let st = status(target, v, p.minimum_bp, p.signal_bp);
            let s = m.status_holders.unwrap_or(0);
            let room = to_i64(v) - to_i64(target) - to_i64(s);
            let horizon_target = horizon.and_then(|h| h.get(i).copied());
            totals.vacancies += v;
            totals.room += room;
            match st {
                Status::AboveSignal => totals.above_signal += 1,
                Status::BelowMinimum => totals.below_minimum += 1,
                Status::NoVacancies => totals.no_vacancies += 1,
                _ => {}
            }
            if room < 0 {
                totals.negative_room += 1;
            }
            if source == VacancySource::Estimated {
                totals.estimated += 1;
            }
            Row {
                index: i,
                households: m.households,
                vacancies: v,
                vacancy_source: source,
                target,
                percent: Ratio::new(u128::from(target), u128::from(v)),
                status: st,
                household_share: Ratio::new(u128::from(m.households), u128::from(sum_h)),
                urgent_share: Ratio::new(u128::from(target), u128::from(sum_t)),
                horizon_target,
                diff_to_horizon: horizon_target.map(|h| to_i64(target) - to_i64(h)),
                status_holders: s,
                room,
                minimum: fallback_minimum(v, p.minimum_bp),
            }
        })
        .collect();
    totals.percent = Ratio::new(u128::from(sum_t), u128::from(totals.vacancies));
    Outcome {
        method: t.method,
        targets: t,
        rows,
        totals,
        fallback: fallback(scenario),
    }
}

fn to_i64(x: u64) -> i64 {
    i64::try_from(x).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_boundaries_are_exact() {
        // 15 % of 100 = 15 exactly: within range; 20 % of 100 = 20: within (strictly above).
        assert_eq!(status(15, 100, 1500, 2000), Status::WithinRange);
        assert_eq!(status(14, 100, 1500, 2000), Status::BelowMinimum);
        assert_eq!(status(20, 100, 1500, 2000), Status::WithinRange);
        assert_eq!(status(21, 100, 1500, 2000), Status::AboveSignal);
        assert_eq!(status(1, 0, 1500, 2000), Status::NoVacancies);
        assert_eq!(status(0, 0, 1500, 2000), Status::NotApplicable);
        // 15.5 % of 200 = 31.
        assert_eq!(status(30, 200, 1550, 2000), Status::BelowMinimum);
        assert_eq!(status(31, 200, 1550, 2000), Status::WithinRange);
    }

    #[test]
    fn minimum_rounds_up_capacity_rounds_down() {
        assert_eq!(fallback_minimum(695, 1500), 105); // 104.25
        assert_eq!(fallback_minimum(100, 1500), 15);
        assert_eq!(cap_capacity(695, 2000), 139);
        assert_eq!(cap_capacity(83, 2000), 16); // 16.6
    }

    #[test]
    fn minimum_and_capacity_beyond_64_bit_products() {
        // V·bp overflows u64 (far beyond SPEC's counts): the 128-bit branch, same rounding.
        let v = 1u64 << 62;
        assert_eq!(fallback_minimum(v, 1500), 691_752_902_764_108_186); // …185.6 up
        assert_eq!(cap_capacity(v, 1500), 691_752_902_764_108_185); // …185.6 down
        assert_eq!(cap_capacity(v, 2500), 1 << 60); // exact
        assert_eq!(fallback_minimum(v, 2500), 1 << 60);
        assert_eq!(fallback_minimum(u64::MAX, 10_000), u64::MAX);
        assert_eq!(cap_capacity(u64::MAX, 10_000), u64::MAX);
        // A share above 100 % of the largest count saturates instead of wrapping.
        assert_eq!(fallback_minimum(u64::MAX, u32::MAX), u64::MAX);
        assert_eq!(cap_capacity(u64::MAX, u32::MAX), u64::MAX);
    }

    #[test]
    fn room_exactly_zero_is_not_negative() {
        use crate::scenario::{Municipality, Params};
        // V − T − S = 10 − 6 − 4 = 0 in A; 10 − 4 − 7 = −1 in B.
        let mut a = Municipality::new("GM0001", "A", 60);
        a.vacancies = Some(10);
        a.status_holders = Some(4);
        let mut b = Municipality::new("GM0002", "B", 40);
        b.vacancies = Some(10);
        b.status_holders = Some(7);
        let params = Params {
            urgents: 10,
            ..Params::default()
        };
        let s = Scenario::new("R", params, Method::Households, vec![a, b]);
        let out = compute(&s).unwrap();
        let rooms: Vec<i64> = out.rows.iter().map(|r| r.room).collect();
        assert_eq!(rooms, [0, -1]);
        assert_eq!(out.totals.negative_room, 1);
        assert_eq!(out.totals.room, -1);
        assert_eq!(out.rows[0].room_tenths(), Some(0));
        assert_eq!(out.rows[1].room_tenths(), Some(-100));
    }

    #[test]
    fn status_codes_are_distinct_and_stable() {
        let all = [
            Status::BelowMinimum,
            Status::WithinRange,
            Status::AboveSignal,
            Status::NoVacancies,
            Status::NotApplicable,
        ];
        let codes: Vec<&str> = all.iter().map(|s| s.code()).collect();
        assert_eq!(
            codes,
            [
                "below-minimum",
                "within-range",
                "above-signal",
                "no-vacancies",
                "n-a"
            ]
        );
    }

    #[test]
    fn quota_per_basis() {
        let apportioned = Targets {
            method: Method::Households,
            targets: vec![6, 4],
            unplaced: 0,
            basis: Basis::Apportioned {
                total: 10,
                weights: vec![4, 3],
            },
        };
        let q = apportioned.quota(0).unwrap();
        assert_eq!((q.num(), q.den()), (40, 7));
        assert_eq!(apportioned.quota(1).unwrap().num(), 30);
        assert!(apportioned.quota(2).is_none());
        let capped = Targets {
            method: Method::HouseholdsCapped,
            targets: vec![1, 2, 5],
            unplaced: 0,
            basis: Basis::Capped {
                total: 8,
                weights: vec![1, 1, 2],
                capacity: vec![1, 10, 10],
                saturated: vec![true, false, false],
                shared: 7,
                shared_weight: 3,
            },
        };
        assert!(
            capped.quota(0).is_none(),
            "a full municipality has no quota"
        );
        let q = capped.quota(2).unwrap();
        assert_eq!((q.num(), q.den()), (14, 3));
        assert!(capped.quota(3).is_none());
        let minimum = Targets {
            method: Method::Fallback,
            targets: vec![15],
            unplaced: 0,
            basis: Basis::Minimum { minima: vec![15] },
        };
        assert!(minimum.quota(0).is_none());
    }
}
