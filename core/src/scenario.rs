//! What the user edits: region parameters and municipalities (SPEC "Inputs").
//!
//! Numbers are stored as integers (counts) and basis points (percentages: 15 % = 1500), never
//! as display strings. Municipalities are keyed by CBS code (`GM0153`) or, for rows a user
//! adds, by a generated stable id (`X1`, `X2`, …) — never by position or name.

use crate::field::Field;
use crate::period::Record;
use serde::{Deserialize, Serialize};

/// Largest count accepted in any field (SPEC "Numbers and text").
pub const MAX_COUNT: u64 = 10_000_000;
/// Largest number of municipalities in one region (SPEC "Inputs").
pub const MAX_MUNICIPALITIES: usize = 400;
/// Longest municipality or region name, in characters (Unicode scalar values): what a
/// scenario link carries (SPEC "Inputs"; a longer name is a validation error at its cell).
pub const MAX_NAME_CHARS: usize = 100;
/// Basis points in 100 %.
pub const FULL_BP: u32 = 10_000;
/// Growth-path years accepted.
pub const MAX_GROWTH_YEARS: u32 = 30;

/// The five methods of SPEC "Methods".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Method {
    /// 1. Pro rata to households: the horizon ("stip op de horizon").
    #[default]
    Households,
    /// 2. Equal percentage of vacancies (growth path b).
    EqualPercentage,
    /// 3. Home municipality ("woonplaatsbeginsel", instroom = uitstroom).
    HomeMunicipality,
    /// 4. Households, but no municipality above the cap.
    HouseholdsCapped,
    /// 5. Statutory fallback: the minimum percentage everywhere.
    Fallback,
}

impl Method {
    pub const ALL: [Method; 5] = [
        Method::Households,
        Method::EqualPercentage,
        Method::HomeMunicipality,
        Method::HouseholdsCapped,
        Method::Fallback,
    ];

    /// Stable short code, used in links and CSV.
    pub fn code(self) -> &'static str {
        match self {
            Method::Households => "hh",
            Method::EqualPercentage => "eq",
            Method::HomeMunicipality => "wp",
            Method::HouseholdsCapped => "cap",
            Method::Fallback => "min",
        }
    }

    pub fn from_code(code: &str) -> Option<Method> {
        Method::ALL.into_iter().find(|m| m.code() == code)
    }
}

/// Region-wide parameters. Percentages in basis points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Params {
    /// Statutory urgents per year `U`.
    pub urgents: u64,
    /// Statutory minimum `m` (1500 = 15 %).
    pub minimum_bp: u32,
    /// Signal value `s` (2000 = 20 %).
    pub signal_bp: u32,
    /// Cap `c`; `None` means "equal to the signal value".
    pub cap_bp: Option<u32>,
    /// Turnover rate for the vacancy estimate (600 = 6.0 %).
    pub turnover_bp: u32,
    /// Growth-path years `N`.
    pub growth_years: u32,
    /// Growth of urgents per year `ΔU`.
    pub urgents_growth: u64,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            urgents: 800,
            minimum_bp: 1500,
            signal_bp: 2000,
            cap_bp: None,
            turnover_bp: 600,
            growth_years: 5,
            urgents_growth: 0,
        }
    }
}

impl Params {
    /// The cap in force: the explicit cap or else the signal value.
    pub fn cap(&self) -> u32 {
        self.cap_bp.unwrap_or(self.signal_bp)
    }
}

/// Where a municipality's vacancies come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VacancySource {
    /// Typed or imported by the user: a real figure.
    Given,
    /// Estimated as corporation homes × turnover rate: always shown as "schatting".
    Estimated,
    /// Neither given nor estimable.
    Missing,
}

/// One municipality of the region. Optional columns are `None` when left blank.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Municipality {
    /// CBS code (`GM0153`) or a generated id (`X1`) for rows the user adds.
    pub id: String,
    pub name: String,
    /// Private households `H`.
    pub households: u64,
    /// Corporation homes, basis of the vacancy estimate (CBS).
    pub corporation_homes: Option<u64>,
    /// Vacancies `V` typed by the user; replaces the estimate.
    pub vacancies: Option<u64>,
    /// Statutory urgents per year from this home municipality `O`.
    pub origin: Option<u64>,
    /// Realised allocations to statutory urgents per year `R`.
    pub realised: Option<u64>,
    /// Allocations to status holders per year `S`.
    pub status_holders: Option<u64>,
    /// Extra vacancies per year from added small affordable homes `ΔV` (growth path a).
    pub extra_vacancies: Option<u64>,
}

impl Municipality {
    /// The current value of a count field (`None` when blank, and for the name; households
    /// is always given).
    pub fn count(&self, field: Field) -> Option<u64> {
        match field {
            Field::Name => None,
            Field::Households => Some(self.households),
            Field::CorporationHomes => self.corporation_homes,
            Field::Vacancies => self.vacancies,
            Field::Origin => self.origin,
            Field::Realised => self.realised,
            Field::StatusHolders => self.status_holders,
            Field::ExtraVacancies => self.extra_vacancies,
        }
    }

    /// Set a count field; `None` blanks an optional one (households, never blank, becomes
    /// 0). The name is not a count and is left alone.
    pub fn set_count(&mut self, field: Field, value: Option<u64>) {
        match field {
            Field::Name => {}
            Field::Households => self.households = value.unwrap_or(0),
            Field::CorporationHomes => self.corporation_homes = value,
            Field::Vacancies => self.vacancies = value,
            Field::Origin => self.origin = value,
            Field::Realised => self.realised = value,
            Field::StatusHolders => self.status_holders = value,
            Field::ExtraVacancies => self.extra_vacancies = value,
        }
    }

    /// A municipality with only the required figures.
    pub fn new(id: impl Into<String>, name: impl Into<String>, households: u64) -> Self {
        Municipality {
            id: id.into(),
            name: name.into(),
            households,
            corporation_homes: None,
            vacancies: None,
            origin: None,
            realised: None,
            status_holders: None,
            extra_vacancies: None,
        }
    }

    /// The vacancies in force and where they come from (SPEC: a typed value replaces the
    /// estimate `round_half_up(corporation homes × r)`).
    pub fn effective_vacancies(&self, turnover_bp: u32) -> (u64, VacancySource) {
        match (self.vacancies, self.corporation_homes) {
            (Some(v), _) => (v, VacancySource::Given),
            (None, Some(c)) => (estimate_vacancies(c, turnover_bp), VacancySource::Estimated),
            (None, None) => (0, VacancySource::Missing),
        }
    }
}

/// `round_half_up(corporation_homes × turnover_bp / 10 000)`, exactly.
pub fn estimate_vacancies(corporation_homes: u64, turnover_bp: u32) -> u64 {
    // 64-bit when it fits (always within SPEC's limits), as in `methods::fallback_minimum`.
    if let Some(twice) = corporation_homes
        .checked_mul(u64::from(turnover_bp))
        .and_then(|n| n.checked_mul(2))
        .and_then(|n| n.checked_add(u64::from(FULL_BP)))
    {
        return twice / (2 * u64::from(FULL_BP));
    }
    let n = u128::from(corporation_homes) * u128::from(turnover_bp);
    let v = (2 * n + u128::from(FULL_BP)) / (2 * u128::from(FULL_BP));
    u64::try_from(v).unwrap_or(u64::MAX)
}

/// Everything the user edits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scenario {
    /// The region's display name ("Twente").
    pub region_name: String,
    pub params: Params,
    pub method: Method,
    pub municipalities: Vec<Municipality>,
    /// Growth-path view settings (afspraak 2); the years and `ΔU` are in [`Params`].
    #[serde(default)]
    pub growth: GrowthSettings,
    /// Half-yearly monitoring figures (afspraak 4), kept in canonical order: by period, then
    /// by the municipality's position (see [`Scenario::normalize_monitoring`]).
    #[serde(default)]
    pub monitoring: Vec<Record>,
}

/// The growth-path view's choices. `start: None` means the SPEC default
/// ([`Start::default_for`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct GrowthSettings {
    pub start: Option<Start>,
    pub horizon: Horizon,
}

/// Where the growth path starts (afspraak 2; computed in [`crate::growth`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Start {
    /// Home-municipality inflow `O`.
    Origin,
    /// Realised allocations `R`.
    Realised,
    /// Equal percentage (vacancies `V`).
    EqualPercentage,
}

/// Where the growth path ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Horizon {
    #[default]
    Households,
    HouseholdsCapped,
}

impl Start {
    /// SPEC default: origin if given, else realised if given, else equal percentage.
    pub fn default_for(scenario: &Scenario) -> Start {
        if scenario.is_given(Field::Origin) {
            Start::Origin
        } else if scenario.is_given(Field::Realised) {
            Start::Realised
        } else {
            Start::EqualPercentage
        }
    }
}

impl Scenario {
    /// An optional column ([`Field::OPTIONAL`]) is *given* when at least one municipality has
    /// a value in it. (Of the other fields, households is given in any region with a
    /// municipality, the name never: it is no count.)
    pub fn is_given(&self, column: Field) -> bool {
        self.municipalities
            .iter()
            .any(|m| m.count(column).is_some())
    }

    /// The column's values with blanks as 0, or `None` when the column is not given.
    pub fn column(&self, column: Field) -> Option<Vec<u64>> {
        self.is_given(column).then(|| {
            self.municipalities
                .iter()
                .map(|m| m.count(column).unwrap_or(0))
                .collect()
        })
    }

    /// Vacancies in force per municipality.
    pub fn vacancies(&self) -> Vec<u64> {
        self.municipalities
            .iter()
            .map(|m| m.effective_vacancies(self.params.turnover_bp).0)
            .collect()
    }

    /// A fresh id: the smallest `X<n>` (n ≥ 1) no municipality has. (Not "the largest plus
    /// one": a link may carry `X18446744073709551615`, and adding one would saturate into a
    /// duplicate.)
    pub fn next_added_id(&self) -> String {
        let used: std::collections::HashSet<&str> =
            self.municipalities.iter().map(|m| m.id.as_str()).collect();
        (1..)
            .map(|n: u64| format!("X{n}"))
            .find(|id| !used.contains(id.as_str()))
            .unwrap_or_default()
    }

    /// `m` with an id no municipality of this scenario has: its own when free (a national
    /// id), else [`Scenario::next_added_id`].
    pub fn with_free_id(&self, mut m: Municipality) -> Municipality {
        if m.id.trim().is_empty() || self.find(&m.id).is_some() {
            m.id = self.next_added_id();
        }
        m
    }

    /// The position of the municipality with this id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.municipalities.iter().position(|m| m.id == id)
    }

    /// The municipality with this id.
    pub fn find(&self, id: &str) -> Option<&Municipality> {
        self.municipalities.iter().find(|m| m.id == id)
    }

    /// The name to show for an id in a message: the municipality's name, or the id itself when
    /// no municipality has it (any more).
    pub fn name_of(&self, id: &str) -> String {
        self.find(id)
            .map(|m| m.name.clone())
            .unwrap_or_else(|| id.to_string())
    }

    /// A scenario with these parts and no growth choices or monitoring figures.
    pub fn new(
        region_name: impl Into<String>,
        params: Params,
        method: Method,
        municipalities: Vec<Municipality>,
    ) -> Scenario {
        Scenario {
            region_name: region_name.into(),
            params,
            method,
            municipalities,
            growth: GrowthSettings::default(),
            monitoring: Vec::new(),
        }
    }

    /// The start distribution in force for the growth path.
    pub fn growth_start(&self) -> Start {
        self.growth
            .start
            .unwrap_or_else(|| Start::default_for(self))
    }

    /// Put the monitoring records in canonical order (period, then municipality position) and
    /// drop records of municipalities that are no longer in the region. Keeps the last of
    /// duplicate (period, municipality) records.
    pub fn normalize_monitoring(&mut self) {
        let records = std::mem::take(&mut self.monitoring);
        self.monitoring = self.normalized_monitoring(records);
    }

    /// `records` as [`Scenario::normalize_monitoring`] would leave them in this scenario,
    /// without copying the scenario.
    pub fn normalized_monitoring(&self, records: Vec<Record>) -> Vec<Record> {
        let position = positions(&self.municipalities);
        let mut keyed: std::collections::BTreeMap<_, Record> = std::collections::BTreeMap::new();
        for r in records {
            if let Some(&i) = position.get(r.municipality.as_str()) {
                keyed.insert((r.period, i), r);
            }
        }
        keyed.into_values().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn estimate_rounds_half_up() {
        assert_eq!(estimate_vacancies(11583, 600), 695); // 694.98
        assert_eq!(estimate_vacancies(2254, 600), 135); // 135.24
        assert_eq!(estimate_vacancies(25, 200), 1); // 0.5 → 1
        assert_eq!(estimate_vacancies(0, 600), 0);
    }

    #[test]
    fn typed_vacancies_replace_estimate() {
        let mut m = Municipality::new("GM1", "A", 10);
        m.corporation_homes = Some(1000);
        assert_eq!(m.effective_vacancies(600), (60, VacancySource::Estimated));
        m.vacancies = Some(7);
        assert_eq!(m.effective_vacancies(600), (7, VacancySource::Given));
        m.vacancies = None;
        m.corporation_homes = None;
        assert_eq!(m.effective_vacancies(600), (0, VacancySource::Missing));
    }

    #[test]
    fn added_ids_are_fresh() {
        let mut s = Scenario::new(
            "R",
            Params::default(),
            Method::Households,
            vec![Municipality::new("GM1", "A", 1)],
        );
        assert_eq!(s.next_added_id(), "X1");
        s.municipalities.push(Municipality::new("X7", "B", 1));
        assert_eq!(s.next_added_id(), "X1");
        s.municipalities.push(Municipality::new("X1", "C", 1));
        assert_eq!(s.next_added_id(), "X2");
    }

    #[test]
    fn position_and_find_by_id() {
        let s = Scenario::new(
            "R",
            Params::default(),
            Method::Households,
            vec![
                Municipality::new("GM1", "A", 1),
                Municipality::new("X1", "B", 2),
                Municipality::new("X2", "C", 3),
            ],
        );
        assert_eq!(s.position("GM1"), Some(0));
        assert_eq!(s.position("X2"), Some(2));
        assert_eq!(s.position("X3"), None);
        assert_eq!(s.find("X1").map(|m| m.households), Some(2));
        assert!(s.find("x1").is_none());
        assert_eq!(s.name_of("X1"), "B");
        assert_eq!(s.name_of("GM0153"), "GM0153");
        assert_eq!(positions(&s.municipalities).get("X2"), Some(&2));
    }

    #[test]
    fn method_codes_round_trip() {
        for m in Method::ALL {
            assert_eq!(Method::from_code(m.code()), Some(m));
        }
    }
}

/// "Wat als": the vacancies of one municipality (`only`) or of all, changed by `change_bp`
/// basis points of themselves (−1 000 = 10 % fewer, at least −10 000). Each new count is
/// `round_half_up(V × (10 000 + change) / 10 000)`, capped at [`MAX_COUNT`]; an estimated
/// count becomes a typed one, a municipality without any vacancy figure is left alone.
/// Returns the changed scenario and how many municipalities changed.
pub fn scale_vacancies(s: &Scenario, only: Option<&str>, change_bp: i32) -> (Scenario, usize) {
    let mut out = s.clone();
    let factor = u128::from(
        (i64::from(FULL_BP) + i64::from(change_bp))
            .max(0)
            .unsigned_abs(),
    );
    let mut changed = 0;
    for m in &mut out.municipalities {
        if only.is_some_and(|id| id != m.id) {
            continue;
        }
        let (v, source) = m.effective_vacancies(s.params.turnover_bp);
        if source == VacancySource::Missing {
            continue;
        }
        let full = u128::from(FULL_BP);
        let scaled = (2 * u128::from(v) * factor + full) / (2 * full);
        let new = u64::try_from(scaled).unwrap_or(MAX_COUNT).min(MAX_COUNT);
        if m.vacancies != Some(new) {
            m.vacancies = Some(new);
            changed += 1;
        }
    }
    (out, changed)
}

#[cfg(test)]
mod scale_tests {
    use super::*;

    #[test]
    fn added_ids_are_the_smallest_unused_even_after_a_hostile_one() {
        let mut s = crate::data::default_scenario();
        assert_eq!(s.next_added_id(), "X1");
        s.municipalities
            .push(Municipality::new("X18446744073709551615", "Vijandig", 1));
        assert_eq!(s.next_added_id(), "X1");
        s.municipalities.push(Municipality::new("X1", "Een", 1));
        s.municipalities.push(Municipality::new("X3", "Drie", 1));
        assert_eq!(s.next_added_id(), "X2");
    }

    #[test]
    fn scales_given_and_estimated_vacancies_half_up() {
        let mut s = crate::data::default_scenario();
        s.municipalities[0].vacancies = Some(1520);
        let (out, n) = scale_vacancies(&s, None, -1000);
        assert_eq!(out.municipalities[0].vacancies, Some(1368));
        assert_eq!(n, s.municipalities.len());
        // Estimates become typed counts: 10 % fewer of the estimate.
        let (est, _) = s.municipalities[1].effective_vacancies(s.params.turnover_bp);
        let expected = (est * 9000 * 2 + 10_000) / 20_000;
        assert_eq!(out.municipalities[1].vacancies, Some(expected));
        // One municipality only; 0 % changes nothing typed.
        let id = s.municipalities[2].id.clone();
        let (one, n) = scale_vacancies(&s, Some(&id), 550);
        assert_eq!(n, 1);
        assert_eq!(one.municipalities[0].vacancies, Some(1520));
        let (same, n) = scale_vacancies(&one, Some(&id), 0);
        assert_eq!((same, n), (one.clone(), 0));
        // −100 % empties, never below zero.
        let (zero, _) = scale_vacancies(&s, None, -20_000);
        assert!(zero.municipalities.iter().all(|m| m.vacancies == Some(0)));
        // 5 % more of 10 = 10,5 → 11 (half up).
        s.municipalities[0].vacancies = Some(10);
        let (up, _) = scale_vacancies(&s, Some(&s.municipalities[0].id.clone()), 500);
        assert_eq!(up.municipalities[0].vacancies, Some(11));
    }
}

/// Where each municipality id is in `municipalities`: one lookup per id instead of a scan.
pub fn positions(municipalities: &[Municipality]) -> std::collections::HashMap<&str, usize> {
    municipalities
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id.as_str(), i))
        .collect()
}
