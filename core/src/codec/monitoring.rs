//! Spreadsheet import and export of the half-yearly monitoring figures (SPEC "Half-yearly
//! monitoring", afspraak 4), with the habits of the main table ([`super::table`]).
//!
//! Rules:
//! - One row per half-year and municipality: `periode;gemeente;code;aanvragen;toegekend;
//!   gehuisvest;toewijzingen;passend` (English: `period;municipality;code;applications;
//!   granted;housed;allocations;suitably`). Columns may come in any order and some may be
//!   missing; a name or a code is enough to find the municipality.
//! - Delimiter, BOM, CRLF, quotes, blank lines and notation as in [`super::table`]: tab
//!   (pasted from Excel), `;` (Dutch Excel CSV) or `,`; counts in the interface language's
//!   notation unless the table clearly uses the other one.
//! - Header: optional. Without one, the leading text cells of a row are the period
//!   (anything shaped like `2026-H1`) and the municipality (name or CBS code, either
//!   order), followed by the five counts in the order above.
//! - A row without a period (or with an empty period cell) belongs to `default_period`, the
//!   half-year the user has selected; without one it is rejected.
//! - A row updates the record of its half-year and municipality: an empty cell leaves the
//!   current figure alone (0 for a new record). A row with a bad period, an unknown
//!   municipality, a bad number, or figures that contradict each other (more housed than
//!   allocations, more housed suitably than housed) is rejected as a whole, with the reason
//!   and the period and municipality it is about. The first row for a half-year and
//!   municipality counts.
//! - Export: `;`-separated UTF-8 with a BOM and CRLF, counts without thousands separators,
//!   text cells protected against formula injection; [`parse_monitoring`] reads it back to
//!   the same records.

use super::column::{neutralise, normalise_label, unneutralise, Delimiter};
use super::common::{
    detect_notation, header_columns, is_header, is_totals_label, looks_numeric, Index, Sheet,
};
use crate::monitoring::{validate_monitoring, MonitoringError, Period, PeriodError, Record};
use crate::numbers::{parse_count, Lang, NumberError};
use crate::scenario::Scenario;
use std::collections::HashMap;

/// At most this many data rows are read (400 municipalities × 25 half-years).
pub const MAX_MONITORING_ROWS: usize = 10_000;

/// The words of a totals row: those of the main table, and the region as a whole.
const TOTALS: &[&str] = &["totaal", "total", "totalen", "totals", "regio", "region"];

/// A column of the monitoring spreadsheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MonColumn {
    Period,
    Name,
    /// CBS code (`GM0141`) or the municipality's id.
    Code,
    /// Urgency applications.
    Applications,
    /// Urgency decisions granted.
    Granted,
    /// Statutory urgents housed.
    Housed,
    /// All allocations of social-rental homes.
    Allocations,
    /// Of the housed, how many suitably (afspraak 1a/1b).
    Suitably,
}

impl MonColumn {
    /// Every column, in the order of [`export_monitoring_csv`].
    pub const ALL: [MonColumn; 8] = [
        MonColumn::Period,
        MonColumn::Name,
        MonColumn::Code,
        MonColumn::Applications,
        MonColumn::Granted,
        MonColumn::Housed,
        MonColumn::Allocations,
        MonColumn::Suitably,
    ];

    /// The count columns, in order (also the order without a header).
    pub const COUNTS: [MonColumn; 5] = [
        MonColumn::Applications,
        MonColumn::Granted,
        MonColumn::Housed,
        MonColumn::Allocations,
        MonColumn::Suitably,
    ];

    /// The header label we write (and read back).
    pub fn label(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.synonyms()[0],
            Lang::En => match self {
                MonColumn::Period => "period",
                MonColumn::Name => "municipality",
                MonColumn::Code => "code",
                MonColumn::Applications => "applications",
                MonColumn::Granted => "granted",
                MonColumn::Housed => "housed",
                MonColumn::Allocations => "allocations",
                MonColumn::Suitably => "suitably",
            },
        }
    }

    /// Accepted header labels, normalised; the first is the Dutch label we write.
    fn synonyms(self) -> &'static [&'static str] {
        match self {
            MonColumn::Period => &[
                "periode",
                "halfjaar",
                "half jaar",
                "period",
                "half year",
                "halfyear",
            ],
            // The municipality columns are read exactly as in the main table's import.
            MonColumn::Name => super::Column::Name.synonyms(),
            MonColumn::Code => super::Column::Code.synonyms(),
            MonColumn::Applications => &[
                "aanvragen",
                "urgentieaanvragen",
                "urgentie aanvragen",
                "aantal urgentieaanvragen",
                "aantal urgentie aanvragen",
                "applications",
                "urgency applications",
            ],
            MonColumn::Granted => &[
                "toegekend",
                "toegekende urgenties",
                "urgentiebeschikkingen",
                "aantal urgentiebeschikkingen",
                "beschikkingen",
                "granted",
                "decisions granted",
                "urgency decisions granted",
                "urgency decisions",
            ],
            MonColumn::Housed => &[
                "gehuisvest",
                "gehuisveste urgenten",
                "gehuisveste wettelijk urgenten",
                "aantal gehuisveste wettelijk urgenten",
                "housed",
                "urgents housed",
                "statutory urgents housed",
            ],
            MonColumn::Allocations => &[
                "toewijzingen",
                "alle toewijzingen",
                "toewijzingen sociale huur",
                "totaal toewijzingen",
                "allocations",
                "all allocations",
                "social rental allocations",
            ],
            MonColumn::Suitably => &[
                "passend",
                "passend gehuisvest",
                "waarvan passend",
                "waarvan passend gehuisvest",
                "suitably",
                "suitably housed",
                "housed suitably",
                "suitable",
            ],
        }
    }

    /// The column a header label names (case-insensitive, trimmed; a parenthesised remark
    /// and a trailing year are ignored).
    pub fn from_label(label: &str) -> Option<MonColumn> {
        let norm = normalise_label(label);
        if norm.is_empty() {
            return None;
        }
        MonColumn::ALL
            .into_iter()
            .find(|c| c.synonyms().iter().any(|s| *s == norm))
    }

    /// The figure of a count column.
    pub fn get(self, r: &Record) -> Option<u64> {
        match self {
            MonColumn::Applications => Some(r.applications),
            MonColumn::Granted => Some(r.granted),
            MonColumn::Housed => Some(r.housed),
            MonColumn::Allocations => Some(r.allocations),
            MonColumn::Suitably => Some(r.suitably),
            MonColumn::Period | MonColumn::Name | MonColumn::Code => None,
        }
    }

    /// Set the figure of a count column (the other columns are left alone).
    pub fn set(self, r: &mut Record, value: u64) {
        match self {
            MonColumn::Applications => r.applications = value,
            MonColumn::Granted => r.granted = value,
            MonColumn::Housed => r.housed = value,
            MonColumn::Allocations => r.allocations = value,
            MonColumn::Suitably => r.suitably = value,
            MonColumn::Period | MonColumn::Name | MonColumn::Code => {}
        }
    }

    fn is_count(self) -> bool {
        MonColumn::COUNTS.contains(&self)
    }
}

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
    /// More than [`MAX_MONITORING_ROWS`] data rows: this line and everything after it.
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

/// The monitoring records as CSV: one row per half-year and municipality, in the scenario's
/// order (period, then municipality); header in the interface language.
pub fn export_monitoring_csv(scenario: &Scenario, lang: Lang) -> String {
    let mut out = String::from("\u{feff}");
    let header: Vec<String> = MonColumn::ALL
        .iter()
        .map(|c| c.label(lang).to_string())
        .collect();
    push_record(&mut out, &header);
    for r in &scenario.monitoring {
        let Some(m) = scenario.find(&r.municipality) else {
            continue;
        };
        let mut record = vec![r.period.to_string(), neutralise(&m.name), neutralise(&m.id)];
        record.extend(
            MonColumn::COUNTS
                .iter()
                .map(|c| c.get(r).unwrap_or(0).to_string()),
        );
        push_record(&mut out, &record);
    }
    out
}

/// One `;` record with CRLF; fields with `;`, a quote, a tab or a line break are quoted.
fn push_record(out: &mut String, fields: &[String]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(';');
        }
        if field.contains([';', '"', '\n', '\r', '\t', ',']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip() {
        for c in MonColumn::ALL {
            for lang in [Lang::Nl, Lang::En] {
                assert_eq!(MonColumn::from_label(c.label(lang)), Some(c), "{c:?}");
            }
        }
        assert_eq!(
            MonColumn::from_label("Gehuisveste wettelijk urgenten (aantal)"),
            Some(MonColumn::Housed)
        );
        assert_eq!(MonColumn::from_label("Half-year"), Some(MonColumn::Period));
    }

    #[test]
    fn period_shapes() {
        for s in ["2026-H1", "2026-h2", "2026-H3", "26-H1", " 2026-H12 "] {
            assert!(period_like(s), "{s}");
        }
        for s in [
            "Almelo",
            "2026",
            "GM0141",
            "2026-X1",
            "-H1",
            "2026-H",
            "Rijssen-Holten",
        ] {
            assert!(!period_like(s), "{s}");
        }
    }
}
