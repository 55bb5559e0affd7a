//! Reading rules shared by the spreadsheet imports ([`super::table`] and
//! [`super::monitoring`]), so that both behave alike: the delimiter, BOM, CRLF, quotes and
//! blank lines; the header test; the number notation; and finding a municipality by code or
//! name.

use super::column::{unneutralise, Delimiter};
use crate::numbers::{parse_count, Lang, NumberError};
use crate::scenario::Scenario;
use std::collections::HashMap;

/// A non-blank row of the text, without trailing blank cells.
pub(super) struct Row {
    /// 1-based line in the text.
    pub(super) line: usize,
    pub(super) cells: Vec<String>,
}

impl Row {
    /// The non-blank cells: position, cell as written, and value (trimmed, without the `'`
    /// of [`super::neutralise`]).
    pub(super) fn values(&self) -> impl Iterator<Item = (usize, &str, &str)> {
        self.cells.iter().enumerate().filter_map(|(i, cell)| {
            let value = unneutralise(cell.trim()).trim();
            (!value.is_empty()).then_some((i, cell.as_str(), value))
        })
    }
}

/// A pasted table or CSV text, read into rows.
pub(super) struct Sheet<'a> {
    pub(super) delimiter: Delimiter,
    /// The text's lines without CR, to quote a rejected row as it was written.
    lines: Vec<&'a str>,
    /// The header (if any) and the data rows, at most the limit plus two.
    pub(super) rows: Vec<Row>,
    /// The line of the first row beyond those read.
    overflow: Option<usize>,
}

impl<'a> Sheet<'a> {
    /// Read `text` (a leading UTF-8 BOM is dropped) for at most `limit` data rows after a
    /// header.
    pub(super) fn read(text: &'a str, limit: usize) -> Sheet<'a> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let lines = text
            .split('\n')
            .map(|l| l.strip_suffix('\r').unwrap_or(l))
            .collect();
        // Excel's `sep=;` first line names the delimiter; the rows start on line 2 (the
        // text from its line break on, so line numbers stay those of the file).
        let (delimiter, body) = match separator_line(text) {
            Some((d, rest)) => (d, rest),
            None => (detect_delimiter(text), text),
        };
        // Header plus up to `limit` data rows, plus one to know there were more.
        let (rows, overflow) = read_rows(body, delimiter, limit + 2);
        Sheet {
            delimiter,
            lines,
            rows,
            overflow,
        }
    }

    /// The text of a 1-based line.
    pub(super) fn line(&self, line: usize) -> Option<&'a str> {
        line.checked_sub(1).and_then(|i| self.lines.get(i)).copied()
    }

    /// The data rows (after the header, if there is one), at most `limit`; and the line of
    /// the first data row beyond the limit.
    pub(super) fn data(&self, had_header: bool, limit: usize) -> (&[Row], Option<usize>) {
        let data = if had_header {
            self.rows.get(1..).unwrap_or_default()
        } else {
            &self.rows[..]
        };
        if data.len() > limit {
            (&data[..limit], data.get(limit).map(|r| r.line))
        } else {
            (data, self.overflow)
        }
    }
}

/// Excel's optional first line `sep=;` (or `sep=,`, `sep=<tab>`): the delimiter it names and
/// the text after that line, starting at its line break.
fn separator_line(text: &str) -> Option<(Delimiter, &str)> {
    let end = text.find('\n').unwrap_or(text.len());
    let first = text[..end].trim_end_matches('\r');
    let delimiter = match first
        .strip_prefix("sep=")
        .or_else(|| first.strip_prefix("SEP="))?
    {
        ";" => Delimiter::Semicolon,
        "," => Delimiter::Comma,
        "\t" => Delimiter::Tab,
        _ => return None,
    };
    Some((delimiter, &text[end..]))
}

/// The separator found on the most lines (outside quotes); ties go to tab, then `;`, then
/// `,` — so a Dutch `;` file with decimal commas is `;`, and `,` wins only when it is
/// unambiguous. A single column counts as tab.
pub(super) fn detect_delimiter(text: &str) -> Delimiter {
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

/// Non-blank rows (trailing blank cells dropped), at most `limit`; the second value is the
/// line of the first row beyond the limit.
pub(super) fn read_rows(
    text: &str,
    delimiter: Delimiter,
    limit: usize,
) -> (Vec<Row>, Option<usize>) {
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
    let mut rows = Vec::new();
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
        if rows.len() >= limit {
            return (rows, Some(line));
        }
        rows.push(Row { line, cells });
    }
    (rows, None)
}

/// A header names at least one known column (`is_label`) and has no more numbers than known
/// labels; a single known label must not also be a municipality of the region.
pub(super) fn is_header(cells: &[String], index: &Index, is_label: impl Fn(&str) -> bool) -> bool {
    let known = cells.iter().filter(|c| is_label(c)).count();
    let numeric = cells.iter().filter(|c| looks_numeric(c)).count();
    let municipality = cells.iter().any(|c| {
        let c = c.trim();
        index.by_id(c).is_some() || index.names.contains_key(&normalise_name(c))
    });
    known >= 1 && known >= numeric && (known >= 2 || !municipality)
}

/// The column each header cell names (`None` for an unknown label or a repeated column).
/// Adds to `notes` the non-blank labels that were ignored (`ignored_note`), then `no_key_note`
/// when none of the `keys` columns is there.
pub(super) fn header_columns<C: Copy + PartialEq, N>(
    cells: &[String],
    from_label: impl Fn(&str) -> Option<C>,
    keys: &[C],
    notes: &mut Vec<N>,
    ignored_note: impl FnOnce(Vec<String>) -> N,
    no_key_note: N,
) -> Vec<Option<C>> {
    let mut used: Vec<C> = Vec::new();
    let mut ignored: Vec<String> = Vec::new();
    let columns = cells
        .iter()
        .map(|cell| match from_label(cell) {
            Some(c) if !used.contains(&c) => {
                used.push(c);
                Some(c)
            }
            _ => {
                if !cell.trim().is_empty() {
                    ignored.push(cell.trim().to_string());
                }
                None
            }
        })
        .collect();
    if !ignored.is_empty() {
        notes.push(ignored_note(ignored));
    }
    if !keys.iter().any(|k| used.contains(k)) {
        notes.push(no_key_note);
    }
    columns
}

/// The notation of the table: the interface language's, unless the count cells (the cell
/// positions for which `is_count` holds) show only the other one (`33,370` is English,
/// `81,5` or `1.234,5` Dutch).
pub(super) fn detect_notation(data: &[Row], is_count: impl Fn(usize) -> bool, lang: Lang) -> Lang {
    let (mut dutch, mut english) = (false, false);
    for row in data {
        for (i, cell) in row.cells.iter().enumerate() {
            if !is_count(i) {
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
pub(super) fn looks_numeric(cell: &str) -> bool {
    [Lang::Nl, Lang::En].into_iter().any(|l| {
        !matches!(
            parse_count(cell, l),
            Err(NumberError::NotANumber | NumberError::Empty)
        )
    })
}

/// `GM` and four digits, any case.
pub(super) fn is_code_like(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 6 && b[..2].eq_ignore_ascii_case(b"GM") && b[2..].iter().all(u8::is_ascii_digit)
}

/// The words of a totals row ("Totaal", as in our own export).
pub(super) const TOTALS: &[&str] = &["totaal", "total", "totalen", "totals"];

/// A name that is one of `words` or starts with one of them as a word of its own
/// ("Totaal Twente", not "Totaalpark").
pub(super) fn is_totals_label(name: &str, words: &[&str]) -> bool {
    let n = normalise_name(name);
    words
        .iter()
        .any(|t| n == *t || n.strip_prefix(t).is_some_and(|r| r.starts_with(' ')))
}

/// Trimmed, lower case, single spaces, typographic apostrophes as `'`.
pub(super) fn normalise_name(name: &str) -> String {
    // Composed like the duplicate check (accents typed apart, zero-width characters).
    let lower: String =
        crate::text::composed(name.chars().filter(|&c| !crate::text::is_invisible(c)))
            .map(crate::text::lower_char)
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
pub(super) struct Index {
    ids: HashMap<String, usize>,
    names: HashMap<String, usize>,
    /// `None` when two municipalities share the base name.
    bases: HashMap<String, Option<usize>>,
}

impl Index {
    pub(super) fn new(scenario: &Scenario) -> Index {
        let mut index = Index {
            ids: HashMap::new(),
            names: HashMap::new(),
            bases: HashMap::new(),
        };
        for (i, m) in scenario.municipalities.iter().enumerate() {
            index
                .ids
                .entry(crate::text::lower(m.id.trim()))
                .or_insert(i);
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

    pub(super) fn by_id(&self, id: &str) -> Option<usize> {
        let id = id.trim();
        if id.is_empty() {
            return None;
        }
        self.ids.get(&crate::text::lower(id)).copied()
    }

    pub(super) fn by_name(&self, name: &str) -> Option<usize> {
        let norm = normalise_name(name);
        if norm.is_empty() {
            return None;
        }
        self.names
            .get(&norm)
            .copied()
            .or_else(|| self.bases.get(base_name(&norm)).copied().flatten())
    }

    /// The municipality of a row: by its code, else by its name, else by its name as an id.
    pub(super) fn find(&self, code: Option<&str>, name: Option<&str>) -> Option<usize> {
        code.and_then(|c| self.by_id(c))
            .or_else(|| name.and_then(|n| self.by_name(n)))
            .or_else(|| name.and_then(|n| self.by_id(n)))
    }

    /// A key cell that is a code: shaped like a CBS code, or an id of the region.
    pub(super) fn is_code(&self, s: &str) -> bool {
        is_code_like(s) || self.by_id(s).is_some()
    }

    /// Unmatched because several municipalities share the name without suffix.
    pub(super) fn is_ambiguous(&self, name: &str) -> bool {
        let norm = normalise_name(name);
        !self.names.contains_key(&norm) && self.bases.get(base_name(&norm)) == Some(&None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(v: &[&str]) -> Vec<String> {
        v.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn a_header_names_columns_and_is_not_data() {
        let index = Index::new(&crate::data::default_scenario());
        let label = |c: &str| ["gemeente", "huishoudens", "almelo"].contains(&c.trim());
        // Two known labels: a header, even when one of them is also a municipality.
        assert!(is_header(
            &cells(&["gemeente", "huishoudens"]),
            &index,
            label
        ));
        assert!(is_header(&cells(&["almelo", "huishoudens"]), &index, label));
        // One known label that is also a municipality: a data row.
        assert!(!is_header(&cells(&["almelo", "x"]), &index, label));
        // One known label and not a municipality: a header.
        assert!(is_header(&cells(&["gemeente", "x"]), &index, label));
        // As many numbers as known labels still a header; more numbers: data.
        assert!(is_header(&cells(&["gemeente", "12"]), &index, label));
        assert!(!is_header(&cells(&["gemeente", "12", "13"]), &index, label));
        // No known label: never a header.
        assert!(!is_header(&cells(&["x", "y"]), &index, label));
        assert!(!is_header(&cells(&[]), &index, label));
    }

    #[test]
    fn notation_follows_the_count_cells_when_they_show_only_one() {
        let rows = |cells: &[&str]| {
            vec![Row {
                line: 2,
                cells: cells.iter().map(|c| c.to_string()).collect(),
            }]
        };
        let all = |_: usize| true;
        // "1,234.5": not whole either way, the last separator is a dot: English.
        assert_eq!(
            detect_notation(&rows(&["1,234.5"]), all, Lang::Nl),
            Lang::En
        );
        // "1.234,5": Dutch.
        assert_eq!(
            detect_notation(&rows(&["1.234,5"]), all, Lang::En),
            Lang::Nl
        );
        // Both seen, or neither: the interface language.
        assert_eq!(
            detect_notation(&rows(&["1,234.5", "1.234,5"]), all, Lang::Nl),
            Lang::Nl
        );
        assert_eq!(detect_notation(&rows(&["1234"]), all, Lang::En), Lang::En);
        // Only count cells count.
        assert_eq!(
            detect_notation(&rows(&["1,234.5"]), |_| false, Lang::Nl),
            Lang::Nl
        );
    }

    #[test]
    fn a_key_is_a_code_when_shaped_like_one_or_an_id_of_the_region() {
        let mut s = crate::data::default_scenario();
        s.municipalities[0].id = "X1".into();
        let index = Index::new(&s);
        assert!(index.is_code("GM9999"), "shaped like a CBS code");
        assert!(index.is_code("X1"), "an id of the region");
        assert!(!index.is_code("Almelo"));
    }

    #[test]
    fn excel_separator_lines() {
        for (line, d) in [
            ("sep=;", Delimiter::Semicolon),
            ("sep=,", Delimiter::Comma),
            ("sep=\t", Delimiter::Tab),
            ("SEP=;\r", Delimiter::Semicolon),
        ] {
            let text = format!("{line}\nGemeente;Huishoudens");
            let (got, rest) = separator_line(&text).expect("a separator line");
            assert_eq!(got, d, "{line:?}");
            assert_eq!(rest, "\nGemeente;Huishoudens");
        }
        assert_eq!(separator_line("sep=|\na|b"), None);
        assert_eq!(separator_line("Gemeente;sep=;"), None);
    }

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
    fn names_match_whatever_way_their_accents_were_written() {
        assert_eq!(
            normalise_name("Su\u{301}dwest-Frysla\u{302}n"),
            normalise_name("súdwest-fryslân")
        );
        assert_eq!(normalise_name("Ensc\u{200B}hede"), "enschede");
    }

    #[test]
    fn names_and_suffixes() {
        assert_eq!(base_name("hengelo (o.)"), "hengelo");
        assert_eq!(base_name("(x)"), "(x)");
        assert_eq!(normalise_name("  ’s-Gravenhage  "), "'s-gravenhage");
        assert!(is_code_like("gm0141"));
        assert!(!is_code_like("GM014"));
        assert!(!is_code_like("GMé141"));
        assert!(is_totals_label("Totaal Twente", TOTALS));
        assert!(!is_totals_label("Totaalpark", TOTALS));
    }

    #[test]
    fn excel_sep_line_names_the_delimiter_and_keeps_line_numbers() {
        let sheet = Sheet::read("sep=,\r\nGemeente,Huishoudens\r\nAlmelo;x,33370\r\n", 10);
        assert_eq!(sheet.delimiter, Delimiter::Comma);
        assert_eq!(sheet.rows.len(), 2);
        assert_eq!(sheet.rows[0].line, 2);
        assert_eq!(sheet.rows[0].cells, vec!["Gemeente", "Huishoudens"]);
        assert_eq!(sheet.rows[1].line, 3);
        assert_eq!(sheet.rows[1].cells, vec!["Almelo;x", "33370"]);
        assert_eq!(sheet.line(3), Some("Almelo;x,33370"));
        let sheet = Sheet::read("\u{feff}sep=;\nA;1\n", 10);
        assert_eq!(sheet.delimiter, Delimiter::Semicolon);
        assert_eq!((sheet.rows.len(), sheet.rows[0].line), (1, 2));
        // Anything else on the first line is data.
        let sheet = Sheet::read("sep=x;1\n", 10);
        assert_eq!(sheet.rows[0].cells, vec!["sep=x", "1"]);
    }

    #[test]
    fn csv_line_numbers_skip_blank_lines() {
        let (rows, _) = read_rows("\r\na;1\r\n\r\n;;\r\nb;2\r\n", Delimiter::Semicolon, 10);
        let lines: Vec<usize> = rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, vec![2, 5]);
        let (rows, _) = read_rows("a;1\n\n\nb;\"x\ny\"\nc\n", Delimiter::Semicolon, 10);
        let lines: Vec<usize> = rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, vec![1, 4, 6]);
        let (rows, more) = read_rows("a\nb\n\nc\nd", Delimiter::Tab, 2);
        assert_eq!((rows.len(), more), (2, Some(4)));
    }
}
