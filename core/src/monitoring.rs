//! Half-yearly monitoring (afspraak 4): realised percentage against the minimum and the
//! signal value, cumulative housed against the households horizon, share housed suitably
//! (afspraak 1a/1b), and the evaluation after three years (afspraak 4b).

use crate::apportion::apportion;
use crate::methods::{status, Status};
use crate::ratio::Ratio;
use chrono::NaiveDate;
use std::collections::{BTreeSet, HashMap, HashSet};

pub use crate::period::{Period, PeriodError, Record};

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
                && p.previous()
                    .and_then(|q| by_key.get(&(i, q)))
                    .is_some_and(|q| {
                        status(q.housed, q.allocations, minimum_bp, signal_bp)
                            == Status::AboveSignal
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
