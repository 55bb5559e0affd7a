//! The monitoring figures in the editor (SPEC "Half-yearly monitoring"): a cell of the
//! monitoring entry table is a cell like those of the input table. What is typed stays as
//! its draft ([`Key::Monitoring`]), a draft that parses sets the figure, one that does not
//! keeps its message while the records keep the last valid figure, typing in one cell is one
//! undo step, and undo and redo bring back figures and typed text together.

use super::{Editor, Figure};
use evt_core::monitoring::{Period, Record};
use evt_core::numbers::format_count;
#[cfg(evt_full)]
use {
    super::{key::parse_figure, Key},
    evt_core::codec::monitoring::MonColumn,
    evt_core::numbers::NumberError,
};

impl Editor {
    /// The record of a municipality in a half-year.
    fn record(&self, period: Period, id: &str) -> Option<&Record> {
        find(&self.current.scenario.monitoring, period, id)
    }

    /// A monitoring cell's text without a draft: the figure in the language's notation,
    /// blank without a record.
    pub(super) fn figure_text(&self, period: Period, id: &str, figure: Figure) -> String {
        self.record(period, id)
            .map(|r| format_count(figure.get(r), self.lang))
            .unwrap_or_default()
    }
}

/// Editing the figures: only the full module has the monitoring view.
#[cfg(evt_full)]
impl Editor {
    /// Why the text typed into a monitoring cell does not parse. Not in
    /// [`Editor::parse_errors`]: a monitoring figure is no input of the distribution, so a
    /// typo there does not make its results stale.
    pub fn monitoring_error(&self, key: &Key) -> Option<NumberError> {
        match key {
            Key::Monitoring { .. } => parse_figure(self.current.drafts.get(key)?, self.lang).err(),
            _ => None,
        }
    }

    /// The half-years something was typed into (with or without figures yet).
    pub fn monitoring_draft_periods(&self) -> impl Iterator<Item = Period> + '_ {
        self.current.drafts.keys().filter_map(|k| match k {
            Key::Monitoring { period, .. } => Some(*period),
            _ => None,
        })
    }

    /// `Action::SetMonitoringCell`; false when nothing changes.
    pub(super) fn set_monitoring_cell(
        &mut self,
        period: Period,
        id: String,
        figure: Figure,
        text: String,
    ) -> bool {
        if self.current.scenario.position(&id).is_none() {
            return false;
        }
        let key = Key::Monitoring {
            period,
            id: id.clone(),
            figure,
        };
        if self.current.drafts.get(&key) == Some(&text) {
            return false;
        }
        self.push_history(Some(key.clone()));
        // Text that does not parse stays a draft and leaves the records (uncopied).
        if let Ok(value) = parse_figure(&text, self.lang) {
            let s = &self.current.scenario;
            let records = set_figure(&s.monitoring, period, &id, figure.column(), value);
            let monitoring = s.normalized_monitoring(records);
            if monitoring != s.monitoring {
                self.scenario_mut().monitoring = monitoring;
            }
        }
        self.current.drafts.insert(key, text);
        true
    }

    /// `Action::SetMonitoring`: a pasted or imported block, one undo step. Text typed over a
    /// figure the block changes gives way to the new figure.
    pub(super) fn set_monitoring(&mut self, records: Vec<Record>) -> bool {
        let monitoring = self.current.scenario.normalized_monitoring(records);
        if monitoring == self.current.scenario.monitoring {
            return false;
        }
        self.push_history(None);
        let old = std::mem::replace(&mut self.scenario_mut().monitoring, monitoring);
        let new = &self.current.scenario.monitoring;
        self.current.drafts.retain(|k, _| match k {
            Key::Monitoring { period, id, figure } => {
                let value = |records: &[Record]| find(records, *period, id).map(|r| figure.get(r));
                value(&old) == value(new)
            }
            _ => true,
        });
        true
    }

    /// `Action::RemoveMonitoringPeriod`; false when the half-year has neither figures nor
    /// typed text.
    pub(super) fn remove_monitoring_period(&mut self, period: Period) -> bool {
        let in_period = |k: &Key| matches!(k, Key::Monitoring { period: p, .. } if *p == period);
        let has_records = self
            .current
            .scenario
            .monitoring
            .iter()
            .any(|r| r.period == period);
        if !has_records && !self.current.drafts.keys().any(in_period) {
            return false;
        }
        self.push_history(None);
        if has_records {
            self.scenario_mut()
                .monitoring
                .retain(|r| r.period != period);
        }
        self.current.drafts.retain(|k, _| !in_period(k));
        true
    }
}

fn find<'a>(records: &'a [Record], period: Period, id: &str) -> Option<&'a Record> {
    records
        .iter()
        .find(|r| r.period == period && r.municipality == id)
}

/// The records with one figure set (`Some`) or cleared (`None`). Clearing a figure makes it
/// 0; a record whose figures are then all 0 is removed (clearing every cell removes the
/// half-year of that municipality). Setting a figure of a missing record creates it.
#[cfg(evt_full)]
pub fn set_figure(
    records: &[Record],
    period: Period,
    id: &str,
    column: MonColumn,
    value: Option<u64>,
) -> Vec<Record> {
    let mut out = records.to_vec();
    let pos = out
        .iter()
        .position(|r| r.period == period && r.municipality == id);
    match (pos, value) {
        (Some(i), v) => {
            column.set(&mut out[i], v.unwrap_or(0));
            let r = &out[i];
            let all_zero = MonColumn::COUNTS.iter().all(|c| c.get(r) == Some(0));
            if v.is_none() && all_zero {
                out.remove(i);
            }
        }
        (None, Some(v)) => {
            let mut r = Record {
                period,
                municipality: id.to_string(),
                applications: 0,
                granted: 0,
                housed: 0,
                allocations: 0,
                suitably: 0,
            };
            column.set(&mut r, v);
            out.push(r);
        }
        (None, None) => {}
    }
    out
}
