//! What a monitoring import would do ([`MonitoringPreview`]: the changes, the rejected rows
//! and why, the remarks), and applying it to the scenario's records.

use super::columns::MonColumn;
use crate::codec::column::Delimiter;
use crate::monitoring::{MonitoringError, Period, PeriodError, Record};
use crate::numbers::{Lang, NumberError};
use crate::scenario::Scenario;
use std::collections::HashMap;

/// A record the import adds or changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonChange {
    /// 1-based line in the text.
    pub line: usize,
    /// The municipality's name in the scenario.
    pub name: String,
    /// The current record; `None` when the half-year is new for this municipality.
    pub old: Option<Record>,
    pub new: Record,
}

/// A row (or the text as a whole) that was not imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonRejected {
    /// 1-based line in the text; 0 for the text as a whole.
    pub line: usize,
    /// The raw line.
    pub text: String,
    /// The half-year the row is about, when it could be read.
    pub period: Option<Period>,
    /// The municipality the row is about: its name in the scenario, else as written.
    pub name: Option<String>,
    pub reason: MonRejectReason,
}

/// Why a row was not imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MonRejectReason {
    /// Nothing to import: the text is empty or only a header.
    Empty,
    /// The row has no period and no half-year was chosen for such rows.
    MissingPeriod,
    /// The period cell is not a half-year (`2026-H3`, `26-H1`).
    BadPeriod { text: String, error: PeriodError },
    /// The row names no municipality.
    MissingMunicipality,
    /// The municipality is not in the region.
    UnknownMunicipality,
    /// The name matches more than one municipality once suffixes are dropped.
    AmbiguousName,
    /// The same half-year and municipality appeared before, on `first_line`.
    DuplicateRow { first_line: usize },
    /// A count cell that is not a valid count.
    BadNumber {
        column: MonColumn,
        text: String,
        error: NumberError,
    },
    /// No figures in any count column.
    NoData,
    /// A totals row ("Totaal"): not a municipality.
    TotalsRow,
    /// The figures contradict each other (or exceed the maximum).
    Invalid(MonitoringError),
    /// More than [`super::MAX_MONITORING_ROWS`] data rows: this line and everything after it.
    TooManyRows { limit: usize },
}

/// Remarks about the import as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MonNote {
    /// Header columns that are not monitoring figures (or repeat one): ignored.
    IgnoredColumns(Vec<String>),
    /// The numbers were read in this notation, not the interface language's.
    Notation(Lang),
    /// The header has no name or code column.
    NoKeyColumn,
    /// This many rows had no period and were read as this half-year.
    DefaultPeriod { period: Period, rows: usize },
    /// Without a header, only the first `read` columns are read; some rows had more.
    ExtraColumns { read: usize },
}

/// What a monitoring import would do, for the user to confirm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonitoringPreview {
    /// Records that are new or differ, in row order.
    pub changes: Vec<MonChange>,
    pub rejected: Vec<MonRejected>,
    /// Rows equal to the current record.
    pub unchanged: usize,
    pub delimiter: Delimiter,
    pub had_header: bool,
    pub notes: Vec<MonNote>,
}

impl MonitoringPreview {
    /// Nothing would change.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// The half-years the changes are about, in order, without repeats.
    pub fn periods(&self) -> Vec<Period> {
        let mut v: Vec<Period> = self.changes.iter().map(|c| c.new.period).collect();
        v.sort();
        v.dedup();
        v
    }
}

/// The scenario's monitoring records with every change of the preview applied (for
/// `Action::SetMonitoring`, which puts them in canonical order).
pub fn apply_monitoring(preview: &MonitoringPreview, scenario: &Scenario) -> Vec<Record> {
    let mut records = scenario.monitoring.clone();
    // Where each (half-year, municipality) is: one lookup per change, not a scan.
    let mut at: HashMap<(Period, String), usize> = records
        .iter()
        .enumerate()
        .map(|(i, r)| ((r.period, r.municipality.clone()), i))
        .collect();
    for c in &preview.changes {
        let key = (c.new.period, c.new.municipality.clone());
        match at.get(&key).and_then(|&i| records.get_mut(i)) {
            Some(r) => *r = c.new.clone(),
            None => {
                at.insert(key, records.len());
                records.push(c.new.clone());
            }
        }
    }
    records
}
