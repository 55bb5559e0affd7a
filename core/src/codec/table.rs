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
//!   suffix is unique). The first row for a municipality counts; unknown municipalities with
//!   a name and valid households are offered as [`NewRow`]s; "Totaal …" rows are skipped.
//! - Rows of our own result export marked "schatting" keep their estimate: a vacancy figure
//!   equal to the current estimate is not imported as a typed figure.
//! - At most [`MAX_ROWS`] data rows.
//! - Counts are read with [`parse_count`] in the interface language's notation, unless the
//!   table itself clearly uses the other notation (then a [`Note::Notation`] says so). An
//!   empty cell leaves the value unchanged; a bad cell is rejected and the rest of its row
//!   still applies.
//! - SPEC "Inputs": a typed vacancy figure replaces an estimate, so importing it is a change
//!   even when it equals the estimate.

use super::{get_count, normalise_label, set_count, unneutralise, Column};
use crate::numbers::{parse_count, Lang, NumberError};
use crate::scenario::{Municipality, Scenario, VacancySource, MAX_MUNICIPALITIES};
use crate::validate::Field;
use std::collections::HashMap;

/// At most this many data rows are read; the rest is rejected with
/// [`RejectReason::TooManyRows`].
pub const MAX_ROWS: usize = 1000;

/// The cell separator found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Delimiter {
    /// Copied from a spreadsheet (also used when there is only one column).
    Tab,
    /// Dutch Excel CSV.
    Semicolon,
    /// English CSV.
    Comma,
}

impl Delimiter {
    pub fn as_char(self) -> char {
        match self {
            Delimiter::Tab => '\t',
            Delimiter::Semicolon => ';',
            Delimiter::Comma => ',',
        }
    }
}

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
    /// The row names a municipality but has no figures in any known column.
    NoData,
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
    /// The figures; `id` is empty until [`apply_with_new_rows`] assigns one.
    pub municipality: Municipality,
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
    /// Unknown municipalities with a name and valid households (also listed in `rejected`).
    pub new_rows: Vec<NewRow>,
    pub delimiter: Delimiter,
    pub had_header: bool,
    pub notes: Vec<Note>,
}

impl Preview {
    /// Nothing would change, even with the new rows added.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty() && self.new_rows.is_empty()
    }
}

/// The scenario with every change of the preview applied; new rows are not added.
/// Changes for ids the scenario no longer has are skipped.
pub fn apply(preview: &Preview, scenario: &Scenario) -> Scenario {
    let mut s = scenario.clone();
    for c in &preview.changes {
        if let Some(m) = s.municipalities.iter_mut().find(|m| m.id == c.id) {
            set_count(m, c.field, c.new);
        }
    }
    s
}

/// [`apply`], and then add the preview's new rows with fresh ids
/// ([`Scenario::next_added_id`]), up to [`MAX_MUNICIPALITIES`].
pub fn apply_with_new_rows(preview: &Preview, scenario: &Scenario) -> Scenario {
    let mut s = apply(preview, scenario);
    for row in &preview.new_rows {
        if s.municipalities.len() >= MAX_MUNICIPALITIES {
            break;
        }
        let mut m = row.municipality.clone();
        m.id = s.next_added_id();
        s.municipalities.push(m);
    }
    s
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

struct Record {
    line: usize,
    cells: Vec<String>,
}

/// Read a pasted table or CSV text against `scenario`. Never panics; everything that cannot
/// be used ends up in [`Preview::rejected`] or [`Preview::notes`].
pub fn parse_table(text: &str, scenario: &Scenario, lang: Lang) -> Preview {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let delimiter = detect_delimiter(text);
    let mut preview = Preview {
        changes: Vec::new(),
        rejected: Vec::new(),
        new_rows: Vec::new(),
        delimiter,
        had_header: false,
        notes: Vec::new(),
    };
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    let raw = |line: usize, cells: &[String]| -> String {
        line.checked_sub(1)
            .and_then(|i| lines.get(i))
            .map(|l| l.to_string())
            .unwrap_or_else(|| cells.join(&delimiter.as_char().to_string()))
    };

    // Header plus up to MAX_ROWS data rows, plus one to know there were more.
    let (records, overflow) = read_records(text, delimiter, MAX_ROWS + 2);
    let Some(first) = records.first() else {
        preview.rejected.push(empty());
        return preview;
    };
    let index = Index::new(scenario);
    let had_header = is_header(&first.cells, &index);
    preview.had_header = had_header;
    let data = if had_header {
        &records[1..]
    } else {
        &records[..]
    };
    let (data, too_many) = if data.len() > MAX_ROWS {
        (&data[..MAX_ROWS], data.get(MAX_ROWS).map(|r| r.line))
    } else {
        (data, overflow)
    };
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

    let notation = detect_notation(data, &slots, lang);
    if notation != lang {
        preview.notes.push(Note::Notation(notation));
    }

    let mut seen: Vec<Option<usize>> = vec![None; scenario.municipalities.len()];
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
        for (i, cell) in record.cells.iter().enumerate() {
            let value = unneutralise(cell.trim()).trim();
            if value.is_empty() {
                continue;
            }
            match slot(i) {
                Slot::Name => {
                    name.get_or_insert(value);
                }
                Slot::Code => {
                    code.get_or_insert(value);
                }
                Slot::Key => {
                    if is_code_like(value) || index.by_id(value).is_some() {
                        code.get_or_insert(value);
                    } else {
                        name.get_or_insert(value);
                    }
                }
                Slot::Count(field) => figures.push((field, cell.as_str())),
                Slot::Estimate => estimate = is_yes(value),
                Slot::Ignore => {}
            }
        }
        let matched = code
            .and_then(|c| index.by_id(c))
            .or_else(|| name.and_then(|n| index.by_name(n)))
            .or_else(|| name.and_then(|n| index.by_id(n)));

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
            // A row of our own export marked "schatting" repeats the estimate: importing it
            // would silently turn the estimate into a typed figure. An edited figure counts.
            let mut kept_estimate = false;
            if estimate {
                let (current, source) = m.effective_vacancies(scenario.params.turnover_bp);
                let repeats = |(f, c): &(Field, &str)| {
                    *f == Field::Vacancies
                        && source == VacancySource::Estimated
                        && parse_count(c, notation) == Ok(current)
                };
                if figures.iter().any(repeats) {
                    figures.retain(|x| !repeats(x));
                    kept_estimate = true;
                    estimates_kept += 1;
                }
            }
            if figures.is_empty() {
                if !kept_estimate {
                    preview.rejected.push(Rejected {
                        line,
                        text: raw(line, &record.cells),
                        reason: RejectReason::NoData,
                    });
                }
                continue;
            }
            for (field, cell) in figures {
                match parse_count(cell, notation) {
                    Ok(new) => {
                        let old = get_count(m, field);
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
        if name.is_some_and(|n| index.is_ambiguous(n)) {
            preview.rejected.push(Rejected {
                line,
                text: raw(line, &record.cells),
                reason: RejectReason::AmbiguousName,
            });
            continue;
        }
        if name.is_some_and(is_totals_label) {
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
        let (Some(new_name), Some(households)) = (offer_name, households) else {
            preview.rejected.push(Rejected {
                line,
                text: raw(line, &record.cells),
                reason: RejectReason::UnknownMunicipality,
            });
            continue;
        };
        let key = normalise_name(new_name);
        if let Some(&first_line) = new_names.get(&key) {
            preview.rejected.push(Rejected {
                line,
                text: raw(line, &record.cells),
                reason: RejectReason::DuplicateRow { first_line },
            });
            continue;
        }
        new_names.insert(key, line);
        preview.rejected.push(Rejected {
            line,
            text: raw(line, &record.cells),
            reason: RejectReason::UnknownMunicipality,
        });
        if preview.new_rows.len() >= room {
            new_rows_refused = true;
            continue;
        }
        let mut m = Municipality::new(String::new(), new_name, households);
        for (field, cell) in figures {
            match parse_count(cell, notation) {
                Ok(v) => set_count(&mut m, field, v),
                Err(error) => preview.rejected.push(bad_cell(line, cell, field, error)),
            }
        }
        preview.new_rows.push(NewRow {
            line,
            code: code.map(str::to_string),
            municipality: m,
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

/// The separator found on the most lines (outside quotes); ties go to tab, then `;`, then
/// `,` — so a Dutch `;` file with decimal commas is `;`, and `,` wins only when it is
/// unambiguous. A single column counts as tab.
fn detect_delimiter(text: &str) -> Delimiter {
    const CANDIDATES: [(char, Delimiter); 3] = [
        ('\t', Delimiter::Tab),
        (';', Delimiter::Semicolon),
        (',', Delimiter::Comma),
    ];
    let mut lines_with = [0usize; 3];
    let mut in_line = [false; 3];
    let mut quoted = false;
    let mut prev: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            // As the csv crate reads it: `""` is a quote, a single `"` ends the field.
            if c == '"' && chars.next_if_eq(&'"').is_none() {
                quoted = false;
            }
        } else if c == '"' && matches!(prev, None | Some('\t' | ';' | ',' | '\n' | '\r')) {
            quoted = true;
        } else if c == '\n' || c == '\r' {
            for (count, seen) in lines_with.iter_mut().zip(in_line.iter_mut()) {
                *count += usize::from(*seen);
                *seen = false;
            }
        } else if let Some(i) = CANDIDATES.iter().position(|(d, _)| *d == c) {
            in_line[i] = true;
        }
        prev = Some(c);
    }
    for (count, seen) in lines_with.iter_mut().zip(in_line) {
        *count += usize::from(seen);
    }
    let mut best = (0usize, Delimiter::Tab);
    for (count, (_, delimiter)) in lines_with.into_iter().zip(CANDIDATES) {
        if count > best.0 {
            best = (count, delimiter);
        }
    }
    best.1
}

/// Non-blank records (trailing blank cells dropped), at most `limit`; the second value is the
/// line of the first record beyond the limit.
fn read_records(text: &str, delimiter: Delimiter, limit: usize) -> (Vec<Record>, Option<usize>) {
    let delim = match delimiter {
        Delimiter::Tab => b'\t',
        Delimiter::Semicolon => b';',
        Delimiter::Comma => b',',
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delim)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = Vec::new();
    let mut record = csv::ByteRecord::new();
    // The csv crate's positions point at the end of the previous record (blank lines it skips
    // are not counted), so the line is counted here from the byte offset.
    let bytes = text.as_bytes();
    let (mut cursor, mut line) = (0usize, 1usize);
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            // Cannot happen for in-memory UTF-8 text; stop rather than loop.
            Err(_) => break,
        }
        let mut start = record
            .position()
            .and_then(|p| usize::try_from(p.byte()).ok())
            .unwrap_or(cursor)
            .clamp(cursor, bytes.len());
        while bytes.get(start).is_some_and(|b| *b == b'\r' || *b == b'\n') {
            start += 1;
        }
        line += bytes
            .get(cursor..start)
            .map_or(0, |s| s.iter().filter(|b| **b == b'\n').count());
        cursor = start;
        let mut cells: Vec<String> = record
            .iter()
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect();
        while cells.last().is_some_and(|c| c.trim().is_empty()) {
            cells.pop();
        }
        if cells.is_empty() {
            continue;
        }
        if records.len() >= limit {
            return (records, Some(line));
        }
        records.push(Record { line, cells });
    }
    (records, None)
}

/// A header names at least one known column and has no more numbers than known labels; a
/// single known label must not also be a municipality of the region.
fn is_header(cells: &[String], index: &Index) -> bool {
    let known = cells
        .iter()
        .filter(|c| Column::from_label(c).is_some())
        .count();
    let numeric = cells.iter().filter(|c| looks_numeric(c)).count();
    let municipality = cells.iter().any(|c| {
        let c = c.trim();
        index.by_id(c).is_some() || index.names.contains_key(&normalise_name(c))
    });
    known >= 1 && known >= numeric && (known >= 2 || !municipality)
}

fn header_slots(cells: &[String], notes: &mut Vec<Note>) -> Vec<Slot> {
    let mut used: Vec<Column> = Vec::new();
    let mut ignored: Vec<String> = Vec::new();
    let slots: Vec<Slot> = cells
        .iter()
        .map(|cell| {
            let column = Column::from_label(cell).filter(|c| !used.contains(c));
            let Some(column) = column else {
                if !cell.trim().is_empty() {
                    ignored.push(cell.trim().to_string());
                }
                return Slot::Ignore;
            };
            used.push(column);
            match column {
                Column::Name => Slot::Name,
                Column::Code => Slot::Code,
                Column::EstimateFlag => Slot::Estimate,
                c => c.field().map_or(Slot::Ignore, Slot::Count),
            }
        })
        .collect();
    if !ignored.is_empty() {
        notes.push(Note::IgnoredColumns(ignored));
    }
    if !used.contains(&Column::Name) && !used.contains(&Column::Code) {
        notes.push(Note::NoKeyColumn);
    }
    slots
}

/// Name (or code), then the counts; or code and name (either order) first when the first
/// row starts with a code and a text.
fn headerless_slots(first: &[String], index: &Index) -> Vec<Slot> {
    let is_code = |c: &str| is_code_like(c) || index.by_id(c).is_some();
    let first_cell = first.first().map_or("", |c| unneutralise(c.trim()));
    let second_is_key = first.get(1).is_some_and(|c| {
        let c = unneutralise(c.trim());
        !c.is_empty() && !looks_numeric(c) && (is_code(first_cell) || is_code(c))
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

/// The notation of the table: the interface language's, unless the count cells show only
/// the other one (`33,370` is English, `81,5` or `1.234,5` Dutch).
fn detect_notation(data: &[Record], slots: &[Slot], lang: Lang) -> Lang {
    let (mut dutch, mut english) = (false, false);
    for record in data {
        for (i, cell) in record.cells.iter().enumerate() {
            if !matches!(slots.get(i), Some(Slot::Count(_))) {
                continue;
            }
            match (parse_count(cell, Lang::Nl), parse_count(cell, Lang::En)) {
                (Err(NumberError::NotWhole), Ok(_)) => english = true,
                (Err(NumberError::NotWhole), Err(NumberError::NotWhole)) => {
                    match cell.rfind(['.', ',']).and_then(|i| cell.get(i..i + 1)) {
                        Some(",") => dutch = true,
                        Some(".") => english = true,
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        if dutch && english {
            break;
        }
    }
    match (dutch, english) {
        (true, false) => Lang::Nl,
        (false, true) => Lang::En,
        _ => lang,
    }
}

/// A cell that is some kind of number (a count, a decimal, a negative or a huge one).
fn looks_numeric(cell: &str) -> bool {
    [Lang::Nl, Lang::En].into_iter().any(|l| {
        !matches!(
            parse_count(cell, l),
            Err(NumberError::NotANumber | NumberError::Empty)
        )
    })
}

/// `GM` and four digits, any case.
fn is_code_like(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 6 && b[..2].eq_ignore_ascii_case(b"GM") && b[2..].iter().all(u8::is_ascii_digit)
}

/// A flag cell meaning "yes, an estimate".
fn is_yes(s: &str) -> bool {
    !matches!(
        normalise_label(s).as_str(),
        "" | "nee" | "no" | "0" | "false" | "onwaar" | "n" | "-"
    )
}

fn is_totals_label(name: &str) -> bool {
    let n = normalise_name(name);
    ["totaal", "total", "totalen", "totals"]
        .iter()
        .any(|t| n == *t || n.strip_prefix(t).is_some_and(|r| r.starts_with(' ')))
}

/// Trimmed, lower case, single spaces, typographic apostrophes as `'`.
fn normalise_name(name: &str) -> String {
    let lower: String = name
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' | '`' => '\'',
            c => c,
        })
        .collect();
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The name without a trailing parenthesised suffix: `hengelo (o.)` → `hengelo`.
fn base_name(norm: &str) -> &str {
    if norm.ends_with(')') {
        if let Some(open) = norm.rfind('(') {
            let base = norm[..open].trim_end();
            if !base.is_empty() {
                return base;
            }
        }
    }
    norm
}

/// Lookup of the scenario's municipalities by id, name and name without suffix.
struct Index {
    ids: HashMap<String, usize>,
    names: HashMap<String, usize>,
    /// `None` when two municipalities share the base name.
    bases: HashMap<String, Option<usize>>,
}

impl Index {
    fn new(scenario: &Scenario) -> Index {
        let mut index = Index {
            ids: HashMap::new(),
            names: HashMap::new(),
            bases: HashMap::new(),
        };
        for (i, m) in scenario.municipalities.iter().enumerate() {
            index.ids.entry(m.id.trim().to_lowercase()).or_insert(i);
            let norm = normalise_name(&m.name);
            if norm.is_empty() {
                continue;
            }
            index
                .bases
                .entry(base_name(&norm).to_string())
                .and_modify(|e| *e = None)
                .or_insert(Some(i));
            index.names.entry(norm).or_insert(i);
        }
        index
    }

    fn by_id(&self, id: &str) -> Option<usize> {
        let id = id.trim();
        if id.is_empty() {
            return None;
        }
        self.ids.get(&id.to_lowercase()).copied()
    }

    fn by_name(&self, name: &str) -> Option<usize> {
        let norm = normalise_name(name);
        if norm.is_empty() {
            return None;
        }
        self.names
            .get(&norm)
            .copied()
            .or_else(|| self.bases.get(base_name(&norm)).copied().flatten())
    }

    /// Unmatched because several municipalities share the name without suffix.
    fn is_ambiguous(&self, name: &str) -> bool {
        let norm = normalise_name(name);
        !self.names.contains_key(&norm) && self.bases.get(base_name(&norm)) == Some(&None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiters() {
        assert_eq!(detect_delimiter("a\tb;c,d"), Delimiter::Tab);
        assert_eq!(detect_delimiter("a;b,5"), Delimiter::Semicolon);
        assert_eq!(detect_delimiter("Almelo,33370,695"), Delimiter::Comma);
        assert_eq!(detect_delimiter("\"a;b\",1,2"), Delimiter::Comma);
        assert_eq!(detect_delimiter("Almelo"), Delimiter::Tab);
        assert_eq!(detect_delimiter("a;1,5\nb;2,5"), Delimiter::Semicolon);
        assert_eq!(detect_delimiter("a\t1,5\nb\t2,5"), Delimiter::Tab);
        // A tab or `;` inside one name does not outvote the real separator.
        assert_eq!(
            detect_delimiter("a;1\n'\tb;2\nc;3\n\"d\te\";4"),
            Delimiter::Semicolon
        );
        assert_eq!(detect_delimiter("a,1\nb;c,2\nd,3"), Delimiter::Comma);
        // Quoted line breaks and doubled quotes stay inside the field.
        assert_eq!(
            detect_delimiter("\"x\ny;z\"\"\t\",1\n\"q\",2"),
            Delimiter::Comma
        );
        // A quote inside an unquoted field is literal.
        assert_eq!(detect_delimiter("5\" scherm\t1\nb\t2"), Delimiter::Tab);
    }

    #[test]
    fn names_and_suffixes() {
        assert_eq!(base_name("hengelo (o.)"), "hengelo");
        assert_eq!(base_name("(x)"), "(x)");
        assert_eq!(normalise_name("  ’s-Gravenhage  "), "'s-gravenhage");
        assert!(is_code_like("gm0141"));
        assert!(!is_code_like("GM014"));
        assert!(!is_code_like("GMé141"));
        assert!(is_totals_label("Totaal Twente"));
        assert!(!is_totals_label("Totaalpark"));
    }

    #[test]
    fn csv_line_numbers_skip_blank_lines() {
        let (records, _) = read_records("\r\na;1\r\n\r\n;;\r\nb;2\r\n", Delimiter::Semicolon, 10);
        let lines: Vec<usize> = records.iter().map(|r| r.line).collect();
        assert_eq!(lines, vec![2, 5]);
        let (records, _) = read_records("a;1\n\n\nb;\"x\ny\"\nc\n", Delimiter::Semicolon, 10);
        let lines: Vec<usize> = records.iter().map(|r| r.line).collect();
        assert_eq!(lines, vec![1, 4, 6]);
        let (records, more) = read_records("a\nb\n\nc\nd", Delimiter::Tab, 2);
        assert_eq!((records.len(), more), (2, Some(4)));
    }
}
