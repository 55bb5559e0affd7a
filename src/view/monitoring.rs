//! The monitoring view's model (SPEC "Half-yearly monitoring", afspraak 4): per half-year
//! and municipality the figures with their result, the runs above the signal value, the
//! cumulative housed against the horizon, the chart's series and what the summary says; and
//! the results rows as text. `components/monitoring_view.rs` renders it, `i18n/monitoring.rs`
//! words the sentences.

mod periods;

pub use periods::{agenda_basis, period_choices, period_of, AgendaBasis};

use super::tenths::percent_tenths;
use evt_core::codec::monitoring::MonColumn;
use evt_core::methods::{status, Status};
use evt_core::monitoring::{
    monitoring, validate_monitoring, Cumulative, Monitoring, MonitoringError, Period, Record,
    RecordResult,
};
use evt_core::numbers::{format_count, format_percent_tenths, Lang};
use evt_core::ratio::Ratio;
use evt_core::Scenario;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::rc::Rc;

/// Gaps are drawn as empty slots up to this many half-years; a longer span shows only the
/// half-years with figures.
const MAX_SPAN: usize = 40;

/// Everything the view shows, derived once per scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct MonModel {
    /// The region's municipalities: id and name, in order.
    pub municipalities: Vec<(String, String)>,
    /// The results of the records that add up (`evt_core::monitoring::monitoring`).
    pub result: Monitoring,
    /// Records that contradict each other, left out of `result`.
    pub errors: Vec<MonitoringError>,
    /// Half-years of all records (also those with errors), in order.
    pub periods: Vec<Period>,
    pub minimum_bp: u32,
    pub signal_bp: u32,
    /// Position in `result.records` by municipality and half-year.
    index: HashMap<(String, Period), usize>,
}

/// The figures of one municipality in one half-year, ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct MonRow<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub record: Option<&'a Record>,
    pub result: Option<&'a RecordResult>,
    /// How many half-years in a row (ending here) above the signal value; 0 when not above.
    pub run: usize,
    pub cumulative: Option<&'a Cumulative>,
}

impl MonModel {
    pub fn new(s: &Scenario) -> MonModel {
        let ids: Vec<String> = s.municipalities.iter().map(|m| m.id.clone()).collect();
        let households: Vec<u64> = s.municipalities.iter().map(|m| m.households).collect();
        let errors = validate_monitoring(&s.monitoring, &ids);
        let bad: HashSet<(&str, Period)> = errors.iter().map(error_key).collect();
        let valid: Vec<Record> = s
            .monitoring
            .iter()
            .filter(|r| !bad.contains(&(r.municipality.as_str(), r.period)))
            .cloned()
            .collect();
        let (minimum_bp, signal_bp) = (s.params.minimum_bp, s.params.signal_bp);
        let result =
            monitoring(&valid, &ids, &households, minimum_bp, signal_bp).unwrap_or(Monitoring {
                periods: Vec::new(),
                records: Vec::new(),
                cumulative: Vec::new(),
                evaluation_date: None,
            });
        let periods: Vec<Period> = s
            .monitoring
            .iter()
            .map(|r| r.period)
            .filter(|p| p.is_valid())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let index = result
            .records
            .iter()
            .enumerate()
            .map(|(i, r)| ((r.municipality.clone(), r.period), i))
            .collect();
        MonModel {
            municipalities: s
                .municipalities
                .iter()
                .map(|m| (m.id.clone(), m.name.clone()))
                .collect(),
            result,
            errors,
            periods,
            minimum_bp,
            signal_bp,
            index,
        }
    }

    pub fn name_of<'a>(&'a self, id: &'a str) -> &'a str {
        self.municipalities
            .iter()
            .find(|(i, _)| i == id)
            .map_or(id, |(_, n)| n.as_str())
    }

    pub fn result_of(&self, id: &str, period: Period) -> Option<&RecordResult> {
        self.index
            .get(&(id.to_string(), period))
            .and_then(|&i| self.result.records.get(i))
    }

    /// Half-years in a row above the signal value, ending at `period` (core's
    /// `consecutive_above` is `run ≥ 2`).
    pub fn run(&self, id: &str, period: Period) -> usize {
        let mut run = 0;
        let mut p = period;
        while let Some(r) = self.result_of(id, p) {
            if r.status != Status::AboveSignal {
                break;
            }
            run += 1;
            let Some(prev) = p.previous() else { break };
            p = prev;
        }
        run
    }

    /// One row per municipality for `period`.
    pub fn rows<'a>(&'a self, s: &'a Scenario, period: Period) -> Vec<MonRow<'a>> {
        self.municipalities
            .iter()
            .map(|(id, name)| MonRow {
                id,
                name,
                record: s
                    .monitoring
                    .iter()
                    .find(|r| r.period == period && r.municipality == *id),
                result: self.result_of(id, period),
                run: self.run(id, period),
                cumulative: self
                    .result
                    .cumulative
                    .iter()
                    .find(|c| c.through == period && c.municipality == *id),
            })
            .collect()
    }

    /// The region's housed and allocations in `period` (records that add up only).
    pub fn region(&self, s: &Scenario, period: Period) -> Option<(u64, u64)> {
        let bad: HashSet<(&str, Period)> = self.errors.iter().map(error_key).collect();
        let records: Vec<&Record> = s
            .monitoring
            .iter()
            .filter(|r| r.period == period && !bad.contains(&(r.municipality.as_str(), period)))
            .collect();
        (!records.is_empty()).then(|| {
            (
                records.iter().map(|r| r.housed).sum(),
                records.iter().map(|r| r.allocations).sum(),
            )
        })
    }

    /// The slots of the chart: every half-year from the first to the last (gaps included)
    /// when the span is at most [`MAX_SPAN`], else only those with figures.
    pub fn slots(&self) -> Vec<Period> {
        let (Some(&first), Some(&last)) = (self.periods.first(), self.periods.last()) else {
            return Vec::new();
        };
        let mut all = vec![first];
        let mut p = first;
        while p < last && all.len() <= MAX_SPAN {
            p = p.next();
            all.push(p);
        }
        if all.len() > MAX_SPAN {
            self.periods.clone()
        } else {
            all
        }
    }

    /// The chart's points for a municipality, or for the region when `id` is `None`.
    pub fn series(&self, s: &Scenario, id: Option<&str>) -> Vec<ChartPoint> {
        self.slots()
            .into_iter()
            .map(|period| match id {
                Some(id) => match self.result_of(id, period) {
                    Some(r) => {
                        let record = s
                            .monitoring
                            .iter()
                            .find(|x| x.period == period && x.municipality == id);
                        ChartPoint {
                            period,
                            figures: record.map(|x| (x.housed, x.allocations)),
                            percent_tenths: r.percent.map(percent_tenths),
                            status: r.status,
                            consecutive: r.consecutive_above,
                        }
                    }
                    None => gap(period),
                },
                None => match self.region(s, period) {
                    Some((housed, allocations)) => ChartPoint {
                        period,
                        figures: Some((housed, allocations)),
                        percent_tenths: Ratio::new(u128::from(housed), u128::from(allocations))
                            .map(percent_tenths),
                        status: status(housed, allocations, self.minimum_bp, self.signal_bp),
                        consecutive: false,
                    },
                    None => gap(period),
                },
            })
            .collect()
    }

    /// Runs of two or more half-years in a row above the signal value, per municipality in
    /// region order: the topics for the administrative consultation (afspraak 3 and 4c).
    pub fn agenda(&self) -> Vec<(&str, Vec<(Period, u64)>)> {
        let mut out = Vec::new();
        for (id, name) in &self.municipalities {
            let mut run: Vec<(Period, u64)> = Vec::new();
            let mut flush = |run: &mut Vec<(Period, u64)>| {
                if run.len() >= 2 {
                    out.push((name.as_str(), std::mem::take(run)));
                }
                run.clear();
            };
            for r in self.result.records.iter().filter(|r| r.municipality == *id) {
                let adjacent = run.last().is_some_and(|(p, _)| p.next() == r.period);
                if r.status == Status::AboveSignal {
                    if !adjacent {
                        flush(&mut run);
                    }
                    run.push((r.period, r.percent.map(percent_tenths).unwrap_or(0)));
                } else {
                    flush(&mut run);
                }
            }
            flush(&mut run);
        }
        out
    }

    /// What the agenda can be based on: no figures, none of two half-years in a row, or
    /// enough to say that nobody is on it.
    pub fn agenda_basis(&self) -> AgendaBasis {
        agenda_basis(&self.result.periods)
    }

    /// The summary of one half-year.
    pub fn summary(&self, s: &Scenario, period: Period) -> PeriodSummary<'_> {
        let of = |want: Status| -> Vec<&str> {
            self.result
                .records
                .iter()
                .filter(|r| r.period == period && r.status == want)
                .map(|r| self.name_of(&r.municipality))
                .collect()
        };
        PeriodSummary {
            period,
            with_figures: self
                .result
                .records
                .iter()
                .filter(|r| r.period == period)
                .count(),
            municipalities: self.municipalities.len(),
            above: of(Status::AboveSignal),
            consecutive: self
                .result
                .records
                .iter()
                .filter(|r| r.period == period && r.consecutive_above)
                .map(|r| self.name_of(&r.municipality))
                .collect(),
            below: of(Status::BelowMinimum),
            region_tenths: self
                .region(s, period)
                .and_then(|(h, a)| Ratio::new(u128::from(h), u128::from(a)))
                .map(percent_tenths),
            signal_bp: self.signal_bp,
            minimum_bp: self.minimum_bp,
        }
    }
}

fn gap(period: Period) -> ChartPoint {
    ChartPoint {
        period,
        figures: None,
        percent_tenths: None,
        status: Status::NotApplicable,
        consecutive: false,
    }
}

/// The municipality and half-year a monitoring error is about.
pub fn error_key(e: &MonitoringError) -> (&str, Period) {
    use MonitoringError as E;
    match e {
        E::InvalidPeriod {
            municipality,
            period,
        }
        | E::DuplicatePeriod {
            municipality,
            period,
        }
        | E::UnknownMunicipality {
            municipality,
            period,
        }
        | E::SuitablyAboveHoused {
            municipality,
            period,
        }
        | E::HousedAboveAllocations {
            municipality,
            period,
        }
        | E::CountTooLarge {
            municipality,
            period,
        } => (municipality.as_str(), *period),
    }
}

/// Stable short code of a count column for element ids.
pub fn column_code(column: MonColumn) -> &'static str {
    match column {
        MonColumn::Applications => "app",
        MonColumn::Granted => "granted",
        MonColumn::Housed => "housed",
        MonColumn::Allocations => "alloc",
        MonColumn::Suitably => "suit",
        MonColumn::Period => "period",
        MonColumn::Name => "name",
        MonColumn::Code => "code",
    }
}

/// One half-year of the shown series.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartPoint {
    pub period: Period,
    /// Housed and allocations; `None` when there are no figures for this half-year.
    pub figures: Option<(u64, u64)>,
    /// Realised percentage in tenths.
    pub percent_tenths: Option<u64>,
    pub status: Status,
    /// Above the signal value in this and the previous half-year.
    pub consecutive: bool,
}

/// The figures of one half-year, for the summary.
pub struct PeriodSummary<'a> {
    pub period: Period,
    /// Municipalities with figures in this half-year.
    pub with_figures: usize,
    pub municipalities: usize,
    pub above: Vec<&'a str>,
    pub consecutive: Vec<&'a str>,
    pub below: Vec<&'a str>,
    /// The region's percentage in tenths.
    pub region_tenths: Option<u64>,
    pub signal_bp: u32,
    pub minimum_bp: u32,
}

/// One results row as text, so the table component compares cheaply.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultLine {
    pub id: String,
    pub name: String,
    pub housed: String,
    pub allocations: String,
    pub percent: String,
    pub status: Option<Status>,
    /// Half-years in a row above the signal value (0: not above).
    pub run: usize,
    pub consecutive: bool,
    pub suitable: String,
    pub cumulative: String,
    pub horizon: String,
    pub ahead: Option<i64>,
}

/// The results rows of one half-year as text.
pub fn result_lines(rows: &[MonRow], lang: Lang) -> Rc<Vec<ResultLine>> {
    let c = |v: u64| format_count(v, lang);
    Rc::new(
        rows.iter()
            .map(|r| {
                let result = r.result;
                ResultLine {
                    id: r.id.to_string(),
                    name: r.name.to_string(),
                    housed: r
                        .record
                        .filter(|_| result.is_some())
                        .map(|x| c(x.housed))
                        .unwrap_or_default(),
                    allocations: r
                        .record
                        .filter(|_| result.is_some())
                        .map(|x| c(x.allocations))
                        .unwrap_or_default(),
                    percent: result
                        .and_then(|x| x.percent)
                        .map(|p| format_percent_tenths(percent_tenths(p), lang))
                        .unwrap_or_default(),
                    status: result.map(|x| x.status),
                    run: r.run,
                    consecutive: result.is_some_and(|x| x.consecutive_above),
                    suitable: match (result.and_then(|x| x.suitable_share), r.record) {
                        (Some(share), Some(rec)) => format!(
                            "{} ({} / {})",
                            format_percent_tenths(percent_tenths(share), lang),
                            c(rec.suitably),
                            c(rec.housed)
                        ),
                        _ => String::new(),
                    },
                    cumulative: r.cumulative.map(|x| c(x.housed)).unwrap_or_default(),
                    horizon: r.cumulative.map(|x| c(x.horizon)).unwrap_or_default(),
                    ahead: r.cumulative.map(|x| x.ahead),
                }
            })
            .collect(),
    )
}

/// The region's totals row of one half-year as text; `label` is the row's first word
/// ("Regio").
pub fn region_line(
    model: &MonModel,
    s: &Scenario,
    period: Period,
    region: Option<(u64, u64)>,
    label: &str,
    lang: Lang,
) -> ResultLine {
    let c = |v: u64| format_count(v, lang);
    let records: Vec<&Record> = s
        .monitoring
        .iter()
        .filter(|r| r.period == period && model.result_of(&r.municipality, period).is_some())
        .collect();
    let (suitably, housed): (u64, u64) = records
        .iter()
        .fold((0, 0), |(a, b), r| (a + r.suitably, b + r.housed));
    let cumulative: Vec<&Cumulative> = model
        .result
        .cumulative
        .iter()
        .filter(|x| x.through == period)
        .collect();
    let region_name = s.region_name.trim();
    ResultLine {
        id: String::new(),
        name: if region_name.is_empty() {
            label.to_string()
        } else {
            format!("{label} {region_name}")
        },
        housed: region.map(|(h, _)| c(h)).unwrap_or_default(),
        allocations: region.map(|(_, a)| c(a)).unwrap_or_default(),
        percent: region
            .and_then(|(h, a)| Ratio::new(u128::from(h), u128::from(a)))
            .map(|r| format_percent_tenths(percent_tenths(r), lang))
            .unwrap_or_default(),
        status: region.map(|(h, a)| status(h, a, model.minimum_bp, model.signal_bp)),
        run: 0,
        consecutive: false,
        suitable: Ratio::new(u128::from(suitably), u128::from(housed))
            .map(|r| {
                format!(
                    "{} ({} / {})",
                    format_percent_tenths(percent_tenths(r), lang),
                    c(suitably),
                    c(housed)
                )
            })
            .unwrap_or_default(),
        cumulative: if cumulative.is_empty() {
            String::new()
        } else {
            c(cumulative.iter().map(|x| x.housed).sum())
        },
        horizon: if cumulative.is_empty() {
            String::new()
        } else {
            c(cumulative.iter().map(|x| x.horizon).sum())
        },
        ahead: None,
    }
}
