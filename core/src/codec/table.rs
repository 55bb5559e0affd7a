//! Import of a pasted table or a CSV file into a [`Preview`] of changes (DESIGN
//! "Spreadsheets").
//!
//! Rules:
//! - Delimiter: the one on most lines, outside quotes; ties go to tab (copied from
//!   Excel/LibreOffice), then `;` (Dutch Excel CSV, where `,` is the decimal comma), then `,`.
//!   A UTF-8 BOM, CRLF, empty lines and trailing empty cells are ignored.
//! - Header: optional; the first row is a header when it names at least one known column
//!   ([`Column::from_label`]) and has no more numbers than known labels. Without a header:
//!   name (or CBS code), households, vacancies, origin, realised, status holders, extra
//!   vacancies — or a code and a name (either order) first.
//! - Rows are matched by CBS code/id (exact, case-insensitive) or by name (case-insensitive,
//!   trimmed; "Hengelo" matches "Hengelo (O.)" when the name without its parenthesised
//!   suffix is unique). The first row for a municipality counts; "Totaal …" rows are skipped.
//! - A row the region does not have is offered as a [`NewRow`]: a municipality of the
//!   national data ([`crate::region::national`]: name, alias or code) with its id and data,
//!   the row's figures on top; any other row with a name and valid households (a district, a
//!   merged future municipality, a test case) as a row of the user's own.
//! - [`Preview::order`] keeps every row that names a municipality or offers one, in the
//!   user's order: [`apply_as_region`] makes exactly those rows the region ("make this my
//!   region"), with the parameters kept.
//! - Rows of our own result export marked "schatting" keep their estimate: a vacancy figure
//!   equal to the current estimate is not imported as a typed figure.
//! - At most [`MAX_ROWS`] data rows.
//! - Counts are read with [`parse_count`] in the interface language's notation, unless the
//!   table itself clearly uses the other notation (then a [`Note::Notation`] says so). An
//!   empty cell leaves the value unchanged; a bad cell is rejected and the rest of its row
//!   still applies.
//! - SPEC "Inputs": a typed vacancy figure replaces an estimate, so importing it is a change
//!   even when it equals the estimate.

use super::column::{normalise_label, unneutralise, Column, Delimiter};
use super::common::{
    detect_notation, header_columns, is_header, is_totals_label, looks_numeric, normalise_name,
    Index, Sheet, TOTALS,
};
use crate::numbers::{parse_count, Lang, NumberError};
use crate::region::National;
use crate::scenario::{Municipality, Scenario, VacancySource, MAX_MUNICIPALITIES};
use crate::validate::Field;
use std::collections::HashMap;

/// At most this many data rows are read; the rest is rejected with
/// [`RejectReason::TooManyRows`].
pub const MAX_ROWS: usize = 1000;

/// One value that differs from the scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The municipality's id (CBS code or generated id).
    pub id: String,
    /// Its name in the scenario.
    pub name: String,
    pub field: Field,
    /// The current typed value; `None` when blank. For vacancies `None` means the figure in
    /// force is an estimate (or missing) and the import turns it into a real figure.
    pub old: Option<u64>,
    pub new: u64,
}

/// A line or cell that was not imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    /// 1-based line in the pasted text; 0 for the text as a whole.
    pub line: usize,
    /// The raw line (row problems) or the cell (number problems).
    pub text: String,
    pub reason: RejectReason,
}

/// Why a line or cell was not imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RejectReason {
    /// Nothing to import: the text is empty or only a header.
    Empty,
    /// The row matches no municipality of the region (it may be offered as a new row).
    UnknownMunicipality,
    /// The name matches more than one municipality once their parenthesised suffixes are
    /// dropped ("Bergen" for "Bergen (L.)" and "Bergen (NH.)"): give the full name or code.
    AmbiguousName,
    /// The row's municipality appeared before, on `first_line`; the first one counts.
    DuplicateRow { first_line: usize },
    /// A count cell that is not a valid count; the rest of the row still applies.
    BadNumber { field: Field, error: NumberError },
    /// A totals row ("Totaal", as in our own export): not a municipality.
    TotalsRow,
    /// More than [`MAX_ROWS`] data rows: this line and everything after it were skipped.
    TooManyRows { limit: usize },
}

/// A row for a municipality the region does not have yet, which the user may choose to add.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRow {
    /// 1-based line in the pasted text.
    pub line: usize,
    /// The code given in the row, if any (the added row gets a fresh `X<n>` id).
    pub code: Option<String>,
    /// The figures. `id` is the national id of a recognised municipality (see `national`),
    /// and empty for a row of the user's own until [`apply_with_new_rows`] or
    /// [`apply_as_region`] assigns a fresh `X<n>`.
    pub municipality: Municipality,
    /// A municipality of the national data (with its data), not a row of the user's own.
    pub national: bool,
}

/// A row of the pasted table in the user's order: a municipality of the region (by id) or
/// one of the [`Preview::new_rows`] (by position).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowRef {
    Region(String),
    New(usize),
}

/// Remarks about the import as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// Header columns that are not calculator inputs (or repeat an earlier column): ignored.
    IgnoredColumns(Vec<String>),
    /// Without a header only the first `read` columns are read; some rows had more.
    ExtraColumns { read: usize },
    /// The numbers were read in this notation, not the interface language's.
    Notation(Lang),
    /// Rows marked "schatting" (our own export): their vacancies stay an estimate.
    EstimatesKept { rows: usize },
    /// The header has no name or code column, so no row can be matched.
    NoKeyColumn,
    /// The region has room for only `offered` more municipalities; later new rows were not
    /// offered.
    TooManyNewRows { offered: usize },
}

/// What an import would do, for the user to confirm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    /// Values that differ from the scenario, in row order.
    pub changes: Vec<Change>,
    pub rejected: Vec<Rejected>,
    /// Rows the region does not have: recognised municipalities and rows of the user's own.
    pub new_rows: Vec<NewRow>,
    /// Every row that names a municipality of the region or is a new row, in the pasted
    /// order (each once): the region "make this my region" makes.
    pub order: Vec<RowRef>,
    /// Some row has a figure in a count column: a cell there that begins with a digit (else
    /// the text is a list of names or codes, such as a row of codes copied from Excel).
    pub had_figures: bool,
    pub delimiter: Delimiter,
    pub had_header: bool,
    pub notes: Vec<Note>,
}

impl Preview {
    /// Nothing would change, even with the new rows added.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty() && self.new_rows.is_empty()
    }

    /// Some row names a municipality of the region: the table is about this region, and
    /// "apply" (changes plus new rows added at the end) makes sense. When none does, the
    /// only sensible action is [`apply_as_region`].
    pub fn fits_region(&self) -> bool {
        self.order.iter().any(|r| matches!(r, RowRef::Region(_)))
    }

    /// [`apply_as_region`] would give other rows, or the same rows in another order, than
    /// `scenario` has.
    pub fn changes_region(&self, scenario: &Scenario) -> bool {
        let same = self.order.len() == scenario.municipalities.len()
            && self
                .order
                .iter()
                .zip(&scenario.municipalities)
                .all(|(r, m)| matches!(r, RowRef::Region(id) if *id == m.id));
        !self.order.is_empty() && !same
    }
}

/// The scenario with every change of the preview applied; new rows are not added.
/// Changes for ids the scenario no longer has are skipped.
pub fn apply(preview: &Preview, scenario: &Scenario) -> Scenario {
    let mut s = scenario.clone();
    let at = crate::scenario::positions(&scenario.municipalities);
    for c in &preview.changes {
        if let Some(m) = at
            .get(c.id.as_str())
            .and_then(|&i| s.municipalities.get_mut(i))
        {
            m.set_count(c.field, Some(c.new));
        }
    }
    s
}

/// [`apply`], and then add the preview's new rows at the end, up to
/// [`MAX_MUNICIPALITIES`]: a recognised municipality with its national id, a row of the
/// user's own with a fresh id ([`Scenario::next_added_id`]).
pub fn apply_with_new_rows(preview: &Preview, scenario: &Scenario) -> Scenario {
    let mut s = apply(preview, scenario);
    for row in &preview.new_rows {
        if s.municipalities.len() >= MAX_MUNICIPALITIES {
            break;
        }
        let m = s.with_free_id(row.municipality.clone());
        s.municipalities.push(m);
    }
    s
}

/// "Make this my region": exactly the rows of [`Preview::order`], in that order, with the
/// changes applied and the new rows added where they stand (ids as in
/// [`apply_with_new_rows`]); the rest of `scenario` (name, parameters, method, growth-path
/// choices, the monitoring figures of the rows that stay) is kept.
pub fn apply_as_region(preview: &Preview, scenario: &Scenario) -> Scenario {
    let changed = apply(preview, scenario);
    let rows: Vec<Municipality> = preview
        .order
        .iter()
        .filter_map(|r| match r {
            RowRef::Region(id) => changed.find(id).cloned(),
            RowRef::New(k) => preview.new_rows.get(*k).map(|row| row.municipality.clone()),
        })
        .collect();
    // The region builder's rule: the rows in this order, each new row under its national id
    // when free, else the smallest unused `X<n>`.
    crate::region::make_region(&changed.region_name, &rows, &changed)
}

/// What a cell position holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Name,
    Code,
    /// Headerless: a code when it looks like one (or is an id of the region), else a name.
    Key,
    Count(Field),
    Estimate,
    Ignore,
}

/// Read a pasted table or CSV text against `scenario`. Never panics; everything that cannot
/// be used ends up in [`Preview::rejected`] or [`Preview::notes`].
pub fn parse_table(text: &str, scenario: &Scenario, lang: Lang) -> Preview {
    let sheet = Sheet::read(text, MAX_ROWS);
    let delimiter = sheet.delimiter;
    let mut preview = Preview {
        changes: Vec::new(),
        rejected: Vec::new(),
        new_rows: Vec::new(),
        order: Vec::new(),
        had_figures: false,
        delimiter,
        had_header: false,
        notes: Vec::new(),
    };
    let raw = |line: usize, cells: &[String]| -> String {
        sheet
            .line(line)
            .map(str::to_string)
            .unwrap_or_else(|| cells.join(&delimiter.as_char().to_string()))
    };

    let Some(first) = sheet.rows.first() else {
        preview.rejected.push(empty());
        return preview;
    };
    let index = Index::new(scenario);
    let had_header = is_header(&first.cells, &index, |c| Column::from_label(c).is_some());
    preview.had_header = had_header;
    let (data, too_many) = sheet.data(had_header, MAX_ROWS);
    if data.is_empty() {
        preview.rejected.push(empty());
        return preview;
    }

    let slots = if had_header {
        header_slots(&first.cells, &mut preview.notes)
    } else {
        headerless_slots(&first.cells, &index)
    };
    let slot = |i: usize| slots.get(i).copied().unwrap_or(Slot::Ignore);
    if !had_header && data.iter().any(|r| r.cells.len() > slots.len()) {
        preview.notes.push(Note::ExtraColumns { read: slots.len() });
    }

    let is_count = |i: usize| matches!(slots.get(i), Some(Slot::Count(_)));
    let notation = detect_notation(data, is_count, lang);
    if notation != lang {
        preview.notes.push(Note::Notation(notation));
    }

    let mut seen: Vec<Option<usize>> = vec![None; scenario.municipalities.len()];
    // New rows by national id or (own rows) by name: the line they were first on.
    let mut new_names: HashMap<String, usize> = HashMap::new();
    let room = MAX_MUNICIPALITIES.saturating_sub(scenario.municipalities.len());
    let mut new_rows_refused = false;
    let mut estimates_kept = 0usize;

    for record in data {
        let line = record.line;
        let mut name: Option<&str> = None;
        let mut code: Option<&str> = None;
        let mut estimate = false;
        let mut figures: Vec<(Field, &str)> = Vec::new();
        for (i, cell, value) in record.values() {
            match slot(i) {
                Slot::Name => {
                    name.get_or_insert(value);
                }
                Slot::Code => {
                    code.get_or_insert(value);
                }
                Slot::Key => {
                    if index.is_code(value) {
                        code.get_or_insert(value);
                    } else {
                        name.get_or_insert(value);
                    }
                }
                Slot::Count(field) => figures.push((field, cell)),
                Slot::Estimate => estimate = is_yes(value),
                Slot::Ignore => {}
            }
        }
        preview.had_figures |= figures
            .iter()
            .any(|(_, c)| c.trim_start().starts_with(|ch: char| ch.is_ascii_digit()));
        // Not in the region by code or name: perhaps a national municipality the region has
        // under its id.
        let national = if index.find(code, name).is_some() {
            National::Unknown
        } else {
            let by_code = code.map_or(National::Unknown, crate::region::national);
            match (by_code, name) {
                (National::Row(i), _) => National::Row(i),
                (_, Some(n)) if !looks_numeric(n) => crate::region::national(n),
                (other, _) => other,
            }
        };
        let national_row = match national {
            National::Row(i) => crate::data::netherlands().get(i),
            _ => None,
        };
        let matched = index
            .find(code, name)
            .or_else(|| national_row.and_then(|r| index.by_id(&r.id)));

        if let Some(idx) = matched {
            if let Some(first_line) = seen.get(idx).copied().flatten() {
                preview.rejected.push(Rejected {
                    line,
                    text: raw(line, &record.cells),
                    reason: RejectReason::DuplicateRow { first_line },
                });
                continue;
            }
            if let Some(s) = seen.get_mut(idx) {
                *s = Some(line);
            }
            let Some(m) = scenario.municipalities.get(idx) else {
                continue;
            };
            preview.order.push(RowRef::Region(m.id.clone()));
            // A row of our own export marked "schatting" repeats the estimate: importing it
            // would silently turn the estimate into a typed figure. An edited figure counts.
            if estimate {
                let (current, source) = m.effective_vacancies(scenario.params.turnover_bp);
                let repeats = |(f, c): &(Field, &str)| {
                    *f == Field::Vacancies
                        && source == VacancySource::Estimated
                        && parse_count(c, notation) == Ok(current)
                };
                if figures.iter().any(repeats) {
                    figures.retain(|x| !repeats(x));
                    estimates_kept += 1;
                }
            }
            // A row with only a name changes nothing here, but stays in the region's order.
            for (field, cell) in figures {
                match parse_count(cell, notation) {
                    Ok(new) => {
                        let old = m.count(field);
                        if old != Some(new) {
                            preview.changes.push(Change {
                                id: m.id.clone(),
                                name: m.name.clone(),
                                field,
                                old,
                                new,
                            });
                        }
                    }
                    Err(error) => preview.rejected.push(bad_cell(line, cell, field, error)),
                }
            }
            continue;
        }

        // Not a municipality of the region.
        if name.is_some_and(|n| index.is_ambiguous(n))
            || (national_row.is_none() && national == National::Ambiguous)
        {
            preview.rejected.push(Rejected {
                line,
                text: raw(line, &record.cells),
                reason: RejectReason::AmbiguousName,
            });
            continue;
        }
        if name.is_some_and(|n| is_totals_label(n, TOTALS)) {
            preview.rejected.push(Rejected {
                line,
                text: raw(line, &record.cells),
                reason: RejectReason::TotalsRow,
            });
            continue;
        }
        let offer_name = name.filter(|n| !looks_numeric(n));
        let households = figures
            .iter()
            .find(|(f, _)| *f == Field::Households)
            .and_then(|(_, c)| parse_count(c, notation).ok());
        // A recognised municipality starts from the national data; a row of the user's own
        // needs a name and households.
        let (start, key) = match (national_row, offer_name, households) {
            (Some(r), _, _) => (r.to_municipality(), format!("id:{}", r.id)),
            (None, Some(n), Some(h)) => (Municipality::new(String::new(), n, h), normalise_name(n)),
            _ => {
                preview.rejected.push(Rejected {
                    line,
                    text: raw(line, &record.cells),
                    reason: RejectReason::UnknownMunicipality,
                });
                continue;
            }
        };
        if let Some(&first_line) = new_names.get(&key) {
            preview.rejected.push(Rejected {
                line,
                text: raw(line, &record.cells),
                reason: RejectReason::DuplicateRow { first_line },
            });
            continue;
        }
        new_names.insert(key, line);
        if preview.new_rows.len() >= room {
            new_rows_refused = true;
            continue;
        }
        let national = national_row.is_some();
        let mut m = start;
        for (field, cell) in figures {
            match parse_count(cell, notation) {
                Ok(v) => m.set_count(field, Some(v)),
                Err(error) => preview.rejected.push(bad_cell(line, cell, field, error)),
            }
        }
        preview.order.push(RowRef::New(preview.new_rows.len()));
        preview.new_rows.push(NewRow {
            line,
            code: code.map(str::to_string),
            municipality: m,
            national,
        });
    }

    if let Some(line) = too_many {
        preview.rejected.push(Rejected {
            line,
            text: raw(line, &[]),
            reason: RejectReason::TooManyRows { limit: MAX_ROWS },
        });
    }
    if estimates_kept > 0 {
        preview.notes.push(Note::EstimatesKept {
            rows: estimates_kept,
        });
    }
    if new_rows_refused {
        preview.notes.push(Note::TooManyNewRows { offered: room });
    }
    preview
}

fn empty() -> Rejected {
    Rejected {
        line: 0,
        text: String::new(),
        reason: RejectReason::Empty,
    }
}

fn bad_cell(line: usize, cell: &str, field: Field, error: NumberError) -> Rejected {
    Rejected {
        line,
        text: cell.to_string(),
        reason: RejectReason::BadNumber { field, error },
    }
}

fn header_slots(cells: &[String], notes: &mut Vec<Note>) -> Vec<Slot> {
    let keys = [Column::Field(Field::Name), Column::Code];
    let (ignored, no_key) = (Note::IgnoredColumns, Note::NoKeyColumn);
    let columns = header_columns(cells, Column::from_label, &keys, notes, ignored, no_key);
    columns
        .into_iter()
        .map(|column| match column {
            None => Slot::Ignore,
            Some(Column::Field(Field::Name)) => Slot::Name,
            Some(Column::Code) => Slot::Code,
            Some(Column::EstimateFlag) => Slot::Estimate,
            Some(Column::Field(field)) => Slot::Count(field),
        })
        .collect()
}

/// Name (or code), then the counts; or code and name (either order) first when the first
/// row starts with a code and a text.
fn headerless_slots(first: &[String], index: &Index) -> Vec<Slot> {
    let first_cell = first.first().map_or("", |c| unneutralise(c.trim()));
    let second_is_key = first.get(1).is_some_and(|c| {
        let c = unneutralise(c.trim());
        !c.is_empty() && !looks_numeric(c) && (index.is_code(first_cell) || index.is_code(c))
    });
    let keys = if second_is_key { 2 } else { 1 };
    let mut slots = vec![Slot::Key; keys];
    slots.extend(
        Column::HEADERLESS_COUNTS
            .iter()
            .filter_map(|c| c.field().map(Slot::Count)),
    );
    slots
}

/// A flag cell meaning "yes, an estimate".
fn is_yes(s: &str) -> bool {
    !matches!(
        normalise_label(s).as_str(),
        "" | "nee" | "no" | "0" | "false" | "onwaar" | "n" | "-"
    )
}
