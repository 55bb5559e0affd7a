//! Half-yearly monitoring (afspraak 4): realised percentage against the minimum and the
//! signal value, cumulative housed against the households horizon, share housed suitably
//! (afspraak 1a/1b), and the evaluation after three years (afspraak 4b).

use crate::apportion::apportion;
use crate::methods::{status, Status};
use crate::ratio::Ratio;
use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt;

/// A half-year: `2026-H1` (1 Jan – 30 Jun) or `2026-H2` (1 Jul – 31 Dec).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Period {
    pub year: i32,
    /// 1 or 2.
    pub half: u8,
}

/// Why a period text was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PeriodError {
    /// Not of the form `YYYY-H1` / `YYYY-H2` (e.g. `26-H1`).
    Format,
    /// A half other than 1 or 2 (e.g. `2026-H3`).
    Half,
    /// A year outside 2000–2100.
    Year,
}

impl Period {
    pub const FIRST_YEAR: i32 = 2000;
    pub const LAST_YEAR: i32 = 2100;

    /// Parse `2026-H1` (also accepts lower case `h` and surrounding spaces).
    pub fn parse(input: &str) -> Result<Period, PeriodError> {
        let s = input.trim();
        let (y, h) = s.split_once('-').ok_or(PeriodError::Format)?;
        if y.len() != 4 || !y.chars().all(|c| c.is_ascii_digit()) {
            return Err(PeriodError::Format);
        }
        let half = h.strip_prefix(['H', 'h']).ok_or(PeriodError::Format)?;
        if half.len() != 1 || !half.chars().all(|c| c.is_ascii_digit()) {
            return Err(PeriodError::Format);
        }
        let half: u8 = half.parse().map_err(|_| PeriodError::Format)?;
        if half != 1 && half != 2 {
            return Err(PeriodError::Half);
        }
        let year: i32 = y.parse().map_err(|_| PeriodError::Format)?;
        if !(Self::FIRST_YEAR..=Self::LAST_YEAR).contains(&year) {
            return Err(PeriodError::Year);
        }
        Ok(Period { year, half })
    }

    /// Whether this is a half-year [`Period::parse`] accepts (half 1 or 2, year 2000–2100).
    /// `Period` has public fields and is deserializable, so a stored or linked period may
    /// bypass `parse`; [`validate_monitoring`] rejects such periods.
    pub fn is_valid(self) -> bool {
        (self.half == 1 || self.half == 2)
            && (Self::FIRST_YEAR..=Self::LAST_YEAR).contains(&self.year)
    }

    /// First day of the half-year.
    pub fn start(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, if self.half == 1 { 1 } else { 7 }, 1)
    }

    /// Last day of the half-year.
    pub fn end(self) -> Option<NaiveDate> {
        if self.half == 1 {
            NaiveDate::from_ymd_opt(self.year, 6, 30)
        } else {
            NaiveDate::from_ymd_opt(self.year, 12, 31)
        }
    }

    /// The half-year after this one.
    pub fn next(self) -> Period {
        if self.half == 1 {
            Period {
                year: self.year,
                half: 2,
            }
        } else {
            Period {
                year: self.year + 1,
                half: 1,
            }
        }
    }

    /// The evaluation date: three years after this period's start (`2026-H1` → 2029-01-01).
    pub fn evaluation_date(self) -> Option<NaiveDate> {
        self.start()?.checked_add_months(Months::new(36))
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-H{}", self.year, self.half)
    }
}

/// The figures of one municipality in one half-year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub period: Period,
    /// Municipality id (CBS code or generated id).
    pub municipality: String,
    /// Urgency applications.
    pub applications: u64,
    /// Urgency decisions granted.
    pub granted: u64,
    /// Statutory urgents housed.
    pub housed: u64,
    /// All allocations of social-rental homes.
    pub allocations: u64,
    /// Of the housed, how many suitably (afspraak 1a/1b).
    pub suitably: u64,
}

/// What makes monitoring data invalid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MonitoringError {
    /// A period `Period::parse` would refuse (a third half, a year outside 2000–2100).
    InvalidPeriod {
        municipality: String,
        period: Period,
    },
    /// A period listed twice for one municipality.
    DuplicatePeriod {
        municipality: String,
        period: Period,
    },
    /// A municipality that is not in the region.
    UnknownMunicipality {
        municipality: String,
        period: Period,
    },
    /// More housed suitably than housed.
    SuitablyAboveHoused {
        municipality: String,
        period: Period,
    },
    /// More urgents housed than homes allocated in all.
    HousedAboveAllocations {
        municipality: String,
        period: Period,
    },
    /// A count above the maximum.
    CountTooLarge {
        municipality: String,
        period: Period,
    },
}

/// Derived figures of one record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordResult {
    pub period: Period,
    pub municipality: String,
    /// `housed / allocations`.
    pub percent: Option<Ratio>,
    pub status: Status,
    /// Above the signal value in this and in the directly preceding half-year: a topic for
    /// the administrative consultation (afspraak 3 and 4c).
    pub consecutive_above: bool,
    /// `suitably / housed`.
    pub suitable_share: Option<Ratio>,
}

/// Cumulative position of one municipality after the first k periods.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cumulative {
    /// The k-th period (inclusive).
    pub through: Period,
    pub municipality: String,
    pub housed: u64,
    /// Households share of what the region housed in these periods.
    pub horizon: u64,
    /// `housed − horizon`: persons ahead (+) or behind (−).
    pub ahead: i64,
}

/// All monitoring results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Monitoring {
    /// Distinct periods, in order.
    pub periods: Vec<Period>,
    /// Per record, in period then region order.
    pub records: Vec<RecordResult>,
    /// Per period (cumulative through it) and municipality, in region order.
    pub cumulative: Vec<Cumulative>,
    /// Three years after the first period's start.
    pub evaluation_date: Option<NaiveDate>,
}

/// Validate monitoring records against the region's municipality ids.
pub fn validate_monitoring(records: &[Record], ids: &[String]) -> Vec<MonitoringError> {
    let known: HashSet<&str> = ids.iter().map(String::as_str).collect();
    let mut seen = HashSet::new();
    let mut errors = Vec::new();
    for r in records {
        let (municipality, period) = (r.municipality.clone(), r.period);
        if !period.is_valid() {
            errors.push(MonitoringError::InvalidPeriod {
                municipality,
                period,
            });
            continue;
        }
        if !known.contains(r.municipality.as_str()) {
            errors.push(MonitoringError::UnknownMunicipality {
                municipality,
                period,
            });
            continue;
        }
        if !seen.insert((r.municipality.as_str(), r.period)) {
            errors.push(MonitoringError::DuplicatePeriod {
                municipality,
                period,
            });
            continue;
        }
        let max = crate::scenario::MAX_COUNT;
        if [
            r.applications,
            r.granted,
            r.housed,
            r.allocations,
            r.suitably,
        ]
        .iter()
        .any(|&x| x > max)
        {
            errors.push(MonitoringError::CountTooLarge {
                municipality,
                period,
            });
        } else if r.suitably > r.housed {
            errors.push(MonitoringError::SuitablyAboveHoused {
                municipality,
                period,
            });
        } else if r.housed > r.allocations {
            errors.push(MonitoringError::HousedAboveAllocations {
                municipality,
                period,
            });
        }
    }
    errors
}

/// Compute the monitoring figures. `ids` and `households` are the region's municipalities in
/// order; `minimum_bp`/`signal_bp` the status thresholds.
pub fn monitoring(
    records: &[Record],
    ids: &[String],
    households: &[u64],
    minimum_bp: u32,
    signal_bp: u32,
) -> Result<Monitoring, Vec<MonitoringError>> {
    let errors = validate_monitoring(records, ids);
    if !errors.is_empty() {
        return Err(errors);
    }
    let index: HashMap<&str, usize> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();
    let periods: Vec<Period> = records
        .iter()
        .map(|r| r.period)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let by_key: HashMap<(usize, Period), &Record> = records
        .iter()
        .filter_map(|r| Some(((*index.get(r.municipality.as_str())?, r.period), r)))
        .collect();

    let mut results = Vec::new();
    for &p in &periods {
        for (i, id) in ids.iter().enumerate() {
            let Some(r) = by_key.get(&(i, p)) else {
                continue;
            };
            let st = status(r.housed, r.allocations, minimum_bp, signal_bp);
            let consecutive_above = st == Status::AboveSignal
                && by_key.get(&(i, previous(p))).is_some_and(|q| {
                    status(q.housed, q.allocations, minimum_bp, signal_bp) == Status::AboveSignal
                });
            results.push(RecordResult {
                period: p,
                municipality: id.clone(),
                percent: Ratio::new(u128::from(r.housed), u128::from(r.allocations)),
                status: st,
                consecutive_above,
                suitable_share: Ratio::new(u128::from(r.suitably), u128::from(r.housed)),
            });
        }
    }

    let weights: Vec<u128> = households.iter().map(|&h| u128::from(h)).collect();
    let mut cumulative = Vec::new();
    let mut housed = vec![0u64; ids.len()];
    for &p in &periods {
        for (i, h) in housed.iter_mut().enumerate() {
            if let Some(r) = by_key.get(&(i, p)) {
                *h += r.housed;
            }
        }
        let total: u64 = housed.iter().sum();
        let horizon = apportion(total, &weights).unwrap_or_else(|_| vec![0; ids.len()]);
        for (i, id) in ids.iter().enumerate() {
            let hz = horizon.get(i).copied().unwrap_or(0);
            cumulative.push(Cumulative {
                through: p,
                municipality: id.clone(),
                housed: housed[i],
                horizon: hz,
                ahead: i64::try_from(housed[i]).unwrap_or(i64::MAX)
                    - i64::try_from(hz).unwrap_or(i64::MAX),
            });
        }
    }
    Ok(Monitoring {
        evaluation_date: periods.first().and_then(|p| p.evaluation_date()),
        periods,
        records: results,
        cumulative,
    })
}

fn previous(p: Period) -> Period {
    if p.half == 2 {
        Period {
            year: p.year,
            half: 1,
        }
    } else {
        Period {
            year: p.year - 1,
            half: 2,
        }
    }
}
