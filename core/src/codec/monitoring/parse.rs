//! Reading pasted monitoring figures or a CSV file into a [`MonitoringPreview`]: the header
//! (or its absence), the municipality and half-year of each row, and its figures.

use super::columns::MonColumn;
use super::preview::{MonChange, MonNote, MonRejectReason, MonRejected, MonitoringPreview};
use crate::codec::column::unneutralise;
use crate::codec::common::{
    detect_notation, header_columns, is_header, is_totals_label, looks_numeric, Index, Sheet,
};
use crate::monitoring::{validate_monitoring, Period, Record};
use crate::numbers::{parse_count, Lang};
use crate::scenario::Scenario;
use std::collections::HashMap;

/// At most this many data rows are read (400 municipalities × 25 half-years).
pub const MAX_MONITORING_ROWS: usize = 10_000;

/// The words of a totals row: those of the main table, and the region as a whole.
const TOTALS: &[&str] = &["totaal", "total", "totalen", "totals", "regio", "region"];

/// What a cell position holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Column(MonColumn),
    /// Headerless: a period when shaped like one, else a code or a name.
    Key,
    Ignore,
}

/// Read pasted monitoring figures or a CSV file against `scenario`. Rows without a period
/// belong to `default_period`. Never panics.
pub fn parse_monitoring(
    text: &str,
    scenario: &Scenario,
    lang: Lang,
    default_period: Option<Period>,
) -> MonitoringPreview {
    let sheet = Sheet::read(text, MAX_MONITORING_ROWS);
    let mut preview = MonitoringPreview {
        changes: Vec::new(),
        rejected: Vec::new(),
        unchanged: 0,
        delimiter: sheet.delimiter,
        had_header: false,
        notes: Vec::new(),
    };
    let reject = |line: usize, period: Option<Period>, name: Option<String>, reason| MonRejected {
        line,
        text: sheet.line(line).map(str::to_string).unwrap_or_default(),
        period,
        name,
        reason,
    };

    let Some(first) = sheet.rows.first() else {
        preview
            .rejected
            .push(reject(0, None, None, MonRejectReason::Empty));
        return preview;
    };
    let index = Index::new(scenario);
    let had_header = is_mon_header(&first.cells, &index);
    preview.had_header = had_header;
    let (data, too_many) = sheet.data(had_header, MAX_MONITORING_ROWS);
    if data.is_empty() {
        preview
            .rejected
            .push(reject(0, None, None, MonRejectReason::Empty));
        return preview;
    }

    let slots = if had_header {
        header_slots(&first.cells, &mut preview.notes)
    } else {
        headerless_slots(&first.cells)
    };
    let slot = |i: usize| slots.get(i).copied().unwrap_or(Slot::Ignore);
    if !had_header && data.iter().any(|r| r.cells.len() > slots.len()) {
        preview
            .notes
            .push(MonNote::ExtraColumns { read: slots.len() });
    }
    let is_count = |i: usize| matches!(slots.get(i), Some(Slot::Column(c)) if c.is_count());
    let notation = detect_notation(data, is_count, lang);
    if notation != lang {
        preview.notes.push(MonNote::Notation(notation));
    }

    let ids: Vec<String> = scenario
        .municipalities
        .iter()
        .map(|m| m.id.clone())
        .collect();
    let existing: HashMap<(Period, &str), &Record> = scenario
        .monitoring
        .iter()
        .map(|r| ((r.period, r.municipality.as_str()), r))
        .collect();
    let mut seen: HashMap<(Period, usize), usize> = HashMap::new();
    let mut defaulted = 0usize;

    for row in data {
        let line = row.line;
        let mut period_cell: Option<&str> = None;
        let mut name: Option<&str> = None;
        let mut code: Option<&str> = None;
        let mut figures: Vec<(MonColumn, &str)> = Vec::new();
        for (i, cell, value) in row.values() {
            match slot(i) {
                Slot::Column(MonColumn::Period) => {
                    period_cell.get_or_insert(value);
                }
                Slot::Column(MonColumn::Name) => {
                    name.get_or_insert(value);
                }
                Slot::Column(MonColumn::Code) => {
                    code.get_or_insert(value);
                }
                Slot::Column(c) => figures.push((c, cell)),
                Slot::Key => {
                    if period_like(value) {
                        period_cell.get_or_insert(value);
                    } else if index.is_code(value) {
                        code.get_or_insert(value);
                    } else {
                        name.get_or_insert(value);
                    }
                }
                Slot::Ignore => {}
            }
        }

        let matched = index.find(code, name);
        let shown_name = matched
            .and_then(|i| scenario.municipalities.get(i))
            .map(|m| m.name.clone())
            .or_else(|| name.or(code).map(str::to_string));

        let period = match period_cell {
            Some(p) => match Period::parse(p) {
                Ok(p) => Some(p),
                Err(error) => {
                    let reason = MonRejectReason::BadPeriod {
                        text: p.to_string(),
                        error,
                    };
                    preview
                        .rejected
                        .push(reject(line, None, shown_name, reason));
                    continue;
                }
            },
            None => None,
        };

        let Some(idx) = matched else {
            let reason = if name.is_some_and(|n| is_totals_label(n, TOTALS)) {
                MonRejectReason::TotalsRow
            } else if name.is_some_and(|n| index.is_ambiguous(n)) {
                MonRejectReason::AmbiguousName
            } else if name.is_none() && code.is_none() {
                MonRejectReason::MissingMunicipality
            } else {
                MonRejectReason::UnknownMunicipality
            };
            preview
                .rejected
                .push(reject(line, period, shown_name, reason));
            continue;
        };
        let Some(m) = scenario.municipalities.get(idx) else {
            continue;
        };
        let shown_name = Some(m.name.clone());

        let Some(period) = period.or(default_period) else {
            preview.rejected.push(reject(
                line,
                None,
                shown_name,
                MonRejectReason::MissingPeriod,
            ));
            continue;
        };
        if period_cell.is_none() {
            defaulted += 1;
        }

        if let Some(&first_line) = seen.get(&(period, idx)) {
            preview.rejected.push(reject(
                line,
                Some(period),
                shown_name,
                MonRejectReason::DuplicateRow { first_line },
            ));
            continue;
        }
        seen.insert((period, idx), line);

        if figures.is_empty() {
            preview.rejected.push(reject(
                line,
                Some(period),
                shown_name,
                MonRejectReason::NoData,
            ));
            continue;
        }

        let old = existing.get(&(period, m.id.as_str())).copied();
        let mut new = old.cloned().unwrap_or_else(|| Record {
            period,
            municipality: m.id.clone(),
            applications: 0,
            granted: 0,
            housed: 0,
            allocations: 0,
            suitably: 0,
        });
        let mut bad = false;
        for (column, cell) in figures {
            match parse_count(cell, notation) {
                Ok(v) => column.set(&mut new, v),
                Err(error) => {
                    bad = true;
                    preview.rejected.push(reject(
                        line,
                        Some(period),
                        shown_name.clone(),
                        MonRejectReason::BadNumber {
                            column,
                            text: cell.trim().to_string(),
                            error,
                        },
                    ));
                }
            }
        }
        if bad {
            continue;
        }
        if let Some(error) = validate_monitoring(std::slice::from_ref(&new), &ids)
            .into_iter()
            .next()
        {
            preview.rejected.push(reject(
                line,
                Some(period),
                shown_name,
                MonRejectReason::Invalid(error),
            ));
            continue;
        }
        if old == Some(&new) {
            preview.unchanged += 1;
            continue;
        }
        preview.changes.push(MonChange {
            line,
            name: m.name.clone(),
            old: old.cloned(),
            new,
        });
    }

    if let Some(line) = too_many {
        preview.rejected.push(reject(
            line,
            None,
            None,
            MonRejectReason::TooManyRows {
                limit: MAX_MONITORING_ROWS,
            },
        ));
    }
    if let (Some(period), true) = (default_period, defaulted > 0) {
        preview.notes.push(MonNote::DefaultPeriod {
            period,
            rows: defaulted,
        });
    }
    preview
}

/// Shaped like a half-year, valid or not: digits, `-`, `H`/`h`, digits (`2026-H1`,
/// `2026-H3`, `26-H1`), so that a wrong period is reported as one, not as a municipality.
pub fn period_like(s: &str) -> bool {
    let s = s.trim();
    let Some((y, h)) = s.split_once('-') else {
        return false;
    };
    let Some(half) = h.strip_prefix(['H', 'h']) else {
        return false;
    };
    !y.is_empty()
        && y.bytes().all(|b| b.is_ascii_digit())
        && !half.is_empty()
        && half.bytes().all(|b| b.is_ascii_digit())
}

/// A header as for the main table ([`is_header`]) that holds no half-year.
fn is_mon_header(cells: &[String], index: &Index) -> bool {
    !cells.iter().any(|c| period_like(c))
        && is_header(cells, index, |c| MonColumn::from_label(c).is_some())
}

fn header_slots(cells: &[String], notes: &mut Vec<MonNote>) -> Vec<Slot> {
    let keys = [MonColumn::Name, MonColumn::Code];
    let (ignored, no_key) = (MonNote::IgnoredColumns, MonNote::NoKeyColumn);
    let columns = header_columns(cells, MonColumn::from_label, &keys, notes, ignored, no_key);
    columns
        .into_iter()
        .map(|column| column.map_or(Slot::Ignore, Slot::Column))
        .collect()
}

/// The leading text cells of the first row (at most three: period, name, code in any
/// order) are keys; the five counts follow.
fn headerless_slots(first: &[String]) -> Vec<Slot> {
    // Up to the last text cell before the first number: an empty period cell before the
    // name is a key, an empty first count after it is not.
    let keys = first
        .iter()
        .take(3)
        .map(|c| unneutralise(c.trim()).trim())
        .take_while(|c| !looks_numeric(c))
        .enumerate()
        .filter(|(_, c)| !c.is_empty())
        .map(|(i, _)| i + 1)
        .last()
        .unwrap_or(1);
    let mut slots = vec![Slot::Key; keys];
    slots.extend(MonColumn::COUNTS.iter().map(|&c| Slot::Column(c)));
    slots
}
