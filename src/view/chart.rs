//! The bar chart's view model: the bars in chart order with what the texts say about each,
//! and the facts the chart's description (and the map's) tells in sentences. The component
//! (`components/chart.rs`) only draws them; `i18n::chart` words them.

use super::ResultRow;
use evt_core::methods::Status;
use evt_core::text::lower;
use std::cmp::Ordering;

/// What the chart's sentences need of one municipality.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChartBar<'a> {
    pub name: &'a str,
    pub target: u64,
    pub vacancies: u64,
    /// The vacancies are an estimate.
    pub estimated: bool,
    /// Allocation percentage in tenths; `None` without vacancies.
    pub percent_tenths: Option<u64>,
    pub status: Status,
}

impl<'a> From<&'a ResultRow> for ChartBar<'a> {
    fn from(r: &'a ResultRow) -> Self {
        ChartBar {
            name: &r.name,
            target: r.target,
            vacancies: r.vacancies,
            estimated: r.estimated,
            percent_tenths: r.percent_tenths,
            status: r.status,
        }
    }
}

/// The rows in chart order (indices into `rows`): highest percentage first, ties by name
/// then id, rows without a percentage last.
pub fn chart_order(rows: &[ResultRow]) -> Vec<usize> {
    evt_core::sort::stable_order(rows.len(), &|a, b| {
        let (ra, rb) = (&rows[a], &rows[b]);
        let by_value = match (ra.percent_tenths, rb.percent_tenths) {
            (Some(x), Some(y)) => y.cmp(&x),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        };
        by_value
            .then_with(|| lower(&ra.name).cmp(&lower(&rb.name)))
            .then_with(|| ra.id.cmp(&rb.id))
    })
}

/// The bars in chart order.
pub fn chart_bars(rows: &[ResultRow]) -> Vec<ChartBar<'_>> {
    chart_order(rows)
        .into_iter()
        .map(|i| ChartBar::from(&rows[i]))
        .collect()
}

/// The largest percentage of the rows, in tenths (0 when none has one): where the scale
/// has to reach.
pub fn largest_percent(rows: &[ResultRow]) -> u64 {
    rows.iter()
        .filter_map(|r| r.percent_tenths)
        .max()
        .unwrap_or(0)
}

/// The highest and the lowest percentage with who is at each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extremes<'a> {
    pub high: u64,
    pub high_names: Vec<&'a str>,
    pub low: u64,
    pub low_names: Vec<&'a str>,
}

/// What the description of the chart (and of the map) tells, as data; names in the order
/// of the bars given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartFacts<'a> {
    /// How many bars.
    pub count: usize,
    pub above_signal: Vec<&'a str>,
    pub below_minimum: Vec<&'a str>,
    /// With urgents but without vacated homes (no bar, no percentage).
    pub no_vacancies: Vec<&'a str>,
    /// `None` when no bar has a percentage.
    pub extremes: Option<Extremes<'a>>,
}

/// The facts of `bars` (in chart order for the chart, map order for the map).
pub fn chart_facts<'a>(bars: &[ChartBar<'a>]) -> ChartFacts<'a> {
    let names = |keep: &dyn Fn(&ChartBar) -> bool| -> Vec<&'a str> {
        bars.iter().filter(|b| keep(b)).map(|b| b.name).collect()
    };
    let values = bars.iter().filter_map(|b| b.percent_tenths);
    let extremes = values
        .clone()
        .max()
        .zip(values.min())
        .map(|(high, low)| Extremes {
            high,
            high_names: names(&|b| b.percent_tenths == Some(high)),
            low,
            low_names: names(&|b| b.percent_tenths == Some(low)),
        });
    ChartFacts {
        count: bars.len(),
        above_signal: names(&|b| b.status == Status::AboveSignal),
        below_minimum: names(&|b| b.status == Status::BelowMinimum),
        no_vacancies: names(&|b| b.status == Status::NoVacancies),
        extremes,
    }
}

#[cfg(test)]
mod tests;
