//! Any region: a region built from the 342 municipalities of the national data set
//! ([`data::netherlands`]), found by name or CBS code, picked one by one or pasted as a list.
//!
//! Rows keep the ids they have in the national data (a CBS code for the Twente rows,
//! `NL-<slug>` for the others), so a built region's link uses the `b=nl:<selection>` base of
//! `docs/scenario-link.md` and opens with the same figures in every later release.
//!
//! CBS codes: the embedded data has the official municipality code only for the 14 Twente
//! municipalities (`data/twente-2023.csv`); no open list of the 2023 codes could be vendored
//! from a package registry (see `data/SOURCES.md`). Search and pasted lists therefore accept a
//! code where the data has one and a name everywhere; no code is made up.

use crate::data::{self, DataRow};
use crate::scenario::{Method, Municipality, Params, Scenario};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// The official CBS code of a national row (`GM0153`), where the embedded data has one.
pub fn code_of(row: &DataRow) -> Option<&'static str> {
    codes().get(row.id.as_str()).copied()
}

/// Row id → CBS code, for the rows whose code is known.
fn codes() -> &'static HashMap<&'static str, &'static str> {
    static CELL: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    CELL.get_or_init(|| {
        data::twente()
            .iter()
            .map(|r| (r.id.as_str(), r.id.as_str()))
            .collect()
    })
}

/// Names people use beside the CBS name (folded): the searcher and the list reader accept
/// them too.
const ALIASES: [(&str, &str); 4] = [
    ("den haag", "s gravenhage gemeente"),
    ("the hague", "s gravenhage gemeente"),
    ("s gravenhage", "s gravenhage gemeente"),
    ("den bosch", "s hertogenbosch"),
];

/// Lower case, accents dropped, every run of other characters one space, trimmed:
/// `'s-Gravenhage (gemeente)` → `s gravenhage gemeente`, `Súdwest-Fryslân` →
/// `sudwest fryslan`.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars().map(crate::text::lower_char) {
        let c = match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            'ç' => 'c',
            'ñ' => 'n',
            c => c,
        };
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        } else {
            space = true;
        }
    }
    out
}

/// The folded names of [`data::netherlands`], by index.
fn folded_names() -> &'static [String] {
    static CELL: OnceLock<Vec<String>> = OnceLock::new();
    CELL.get_or_init(|| data::netherlands().iter().map(|r| fold(&r.name)).collect())
}

/// A typed code as a number: `GM0153`, `gm 0153`, `0153` and `153` are all 153. `None` when
/// the text is not a code.
fn code_number(query: &str) -> Option<u32> {
    let q = query.trim();
    let digits = match q.get(..2) {
        Some(p) if p.eq_ignore_ascii_case("gm") => q[2..].trim_start(),
        _ => q,
    };
    if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The national rows whose known code has this number.
fn rows_with_code(number: u32) -> impl Iterator<Item = usize> {
    data::netherlands()
        .iter()
        .enumerate()
        .filter(move |(_, r)| code_of(r).and_then(|c| c[2..].parse::<u32>().ok()) == Some(number))
        .map(|(i, _)| i)
}

/// Indices into [`data::netherlands`] matching `query`, best first, at most `limit`.
///
/// Case and accents do not matter. Order: a code match (`GM0153`, `0153`, `153`), an exact
/// name (or a common alias: "Den Haag"), names starting with the query, names with a word
/// starting with it ("cuijk" → Land van Cuijk), names containing it; within each group in
/// the data's (alphabetical) order. An empty query finds nothing.
pub fn search(query: &str, limit: usize) -> Vec<usize> {
    let q = fold(query);
    if q.is_empty() || limit == 0 {
        return Vec::new();
    }
    let names = folded_names();
    let mut ranked: Vec<(u8, usize)> = Vec::new();
    let mut seen = HashSet::new();
    if let Some(n) = code_number(query) {
        for i in rows_with_code(n) {
            if seen.insert(i) {
                ranked.push((0, i));
            }
        }
    }
    // An alias typed in full counts as the exact name, its start as the start of the name.
    let alias_rank = |name: &str| {
        ALIASES
            .iter()
            .filter(|(_, target)| *target == name)
            .filter_map(|(a, _)| {
                if *a == q {
                    Some(1)
                } else {
                    a.starts_with(q.as_str()).then_some(2)
                }
            })
            .min()
    };
    for (i, name) in names.iter().enumerate() {
        let alias = alias_rank(name);
        let rank = if *name == q || alias == Some(1) {
            1
        } else if name.starts_with(q.as_str()) || alias == Some(2) {
            2
        } else if name
            .match_indices(q.as_str())
            .any(|(at, _)| name[..at].ends_with(' '))
        {
            3
        } else if name.contains(q.as_str()) {
            4
        } else {
            continue;
        };
        if seen.insert(i) {
            ranked.push((rank, i));
        }
    }
    ranked.sort_by_key(|&(rank, i)| (rank, i));
    ranked.into_iter().take(limit).map(|(_, i)| i).collect()
}

/// What a pasted list of names or codes comes to.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListParse {
    /// Indices into [`data::netherlands`], in list order, each once.
    pub found: Vec<usize>,
    /// Entries that match no municipality (or more than one), as typed.
    pub unknown: Vec<String>,
    /// Names of municipalities the list names more than once (once each).
    pub duplicates: Vec<String>,
}

/// Cells that are column headings, not municipalities.
const HEADINGS: [&str; 8] = [
    "gemeente",
    "gemeentenaam",
    "gemeentecode",
    "naam",
    "code",
    "cbs code",
    "municipality",
    "name",
];

/// Read a list of municipality names or CBS codes, one per line or separated by tabs, commas
/// or semicolons (a column or row copied from Excel works as it is).
///
/// An entry is an exact name (case and accents aside), a common alias, a known code
/// (`GM0153`, `0153`, `153`) or the start of exactly one name up to a word boundary
/// (`Hengelo` → `Hengelo (O.)`; `Bergen` is ambiguous and so unknown). A comma inside a name
/// (`Nuenen, Gerwen en Nederwetten`) is kept when the parts together are a name. Column
/// headings and cells that are figures (more than four digits, or with separators) are
/// skipped; a line naming one municipality by name and by code (`Enschede⇥GM0153`) names it
/// once.
pub fn parse_list(text: &str) -> ListParse {
    let mut out = ListParse::default();
    let mut found: HashSet<usize> = HashSet::new();
    let mut duplicate: HashSet<usize> = HashSet::new();
    for line in text.trim_start_matches('\u{feff}').lines() {
        // Municipalities this line named, and whether by code.
        let mut on_line: HashMap<usize, bool> = HashMap::new();
        for cell in line.split(['\t', ';']) {
            let parts: Vec<&str> = cell.split(',').map(clean).collect();
            let mut k = 0;
            while k < parts.len() {
                // A name with commas: the longest run of parts that is an exact name.
                let joined = (2..=3.min(parts.len() - k))
                    .rev()
                    .find_map(|n| exact(&parts[k..k + n].join(", ")).map(|i| (i, n)));
                let (entry, hit, used) = match joined {
                    Some((i, n)) => (parts[k..k + n].join(", "), Some(i), n),
                    None => (parts[k].to_string(), resolve(parts[k]), 1),
                };
                k += used;
                if entry.is_empty() || is_skipped(&entry) {
                    continue;
                }
                let by_code = code_number(&entry).is_some();
                match hit {
                    None => out.unknown.push(entry),
                    Some(i) if on_line.get(&i).is_some_and(|&c| c != by_code) => {}
                    Some(i) if found.contains(&i) => {
                        if duplicate.insert(i) {
                            out.duplicates.push(data::netherlands()[i].name.clone());
                        }
                    }
                    Some(i) => {
                        found.insert(i);
                        on_line.insert(i, by_code);
                        out.found.push(i);
                    }
                }
            }
        }
    }
    out
}

/// A cell without surrounding spaces and quotes.
fn clean(cell: &str) -> &str {
    cell.trim().trim_matches('"').trim()
}

/// A heading, a figure, or a cell without a letter or digit ("-", "…"), not an entry.
fn is_skipped(entry: &str) -> bool {
    let f = fold(entry);
    if f.is_empty() || HEADINGS.contains(&f.as_str()) {
        return true;
    }
    let figure = entry
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b' ' | b'-'));
    figure && code_number(entry).is_none()
}

/// The municipality whose name (or alias) is exactly `entry`, case and accents aside.
fn exact(entry: &str) -> Option<usize> {
    let f = fold(entry);
    if f.is_empty() {
        return None;
    }
    let target = ALIASES
        .iter()
        .find(|(a, _)| *a == f)
        .map_or(f.as_str(), |(_, t)| *t);
    folded_names().iter().position(|n| n == target)
}

/// The one municipality an entry names, if exactly one.
fn resolve(entry: &str) -> Option<usize> {
    if let Some(i) = exact(entry) {
        return Some(i);
    }
    if let Some(n) = code_number(entry) {
        let mut rows = rows_with_code(n);
        return match (rows.next(), rows.next()) {
            (Some(i), None) => Some(i),
            _ => None,
        };
    }
    let f = fold(entry);
    if f.is_empty() {
        return None;
    }
    let mut starts = folded_names().iter().enumerate().filter(|(_, n)| {
        n.strip_prefix(f.as_str())
            .is_some_and(|rest| rest.starts_with(' '))
    });
    match (starts.next(), starts.next()) {
        (Some((i, _)), None) => Some(i),
        _ => None,
    }
}

/// What a name or code from a pasted table names in the national data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum National {
    /// Exactly this row of [`data::netherlands`].
    Row(usize),
    /// More than one municipality (`Bergen`): give the full name or the code.
    Ambiguous,
    /// No municipality of the national data.
    Unknown,
}

/// The national municipality a pasted entry names, by the rules of [`parse_list`]: an exact
/// name (case and accents aside), a common alias, a known code, or the start of exactly one
/// name up to a word boundary.
pub fn national(entry: &str) -> National {
    let entry = clean(entry);
    if entry.is_empty() || is_skipped(entry) {
        return National::Unknown;
    }
    if let Some(i) = resolve(entry) {
        return National::Row(i);
    }
    let f = fold(entry);
    let starts = folded_names()
        .iter()
        .filter(|n| {
            n.strip_prefix(f.as_str())
                .is_some_and(|r| r.starts_with(' '))
        })
        .count();
    if starts > 1 {
        National::Ambiguous
    } else {
        National::Unknown
    }
}

/// The row a region gets for the national municipality at `index`: the current scenario's
/// row when it has one (with what was typed into it), else the national data's.
pub fn region_row(index: usize, current: &Scenario) -> Option<Municipality> {
    let row = data::netherlands().get(index)?;
    Some(
        current
            .find(&row.id)
            .cloned()
            .unwrap_or_else(|| row.to_municipality()),
    )
}

/// The scenario "Maak deze regio" makes: these rows, in this order (each id once; a row
/// without an id, or with one taken, gets a fresh `X<n>`; at most
/// [`MAX_MUNICIPALITIES`](crate::scenario::MAX_MUNICIPALITIES) rows), named `name` (trimmed),
/// with everything else of `current` kept: the parameters (urgent home seekers, minimum,
/// signal value, cap, turnover), the method, the growth-path choices and the monitoring
/// figures of the municipalities that stay. The order is the user's: it decides the
/// "earlier in the list" tie-break (SPEC "Apportionment").
pub fn make_region(name: &str, rows: &[Municipality], current: &Scenario) -> Scenario {
    let mut s = current.clone();
    s.region_name = name.trim().to_string();
    s.municipalities = rows
        .iter()
        .take(crate::scenario::MAX_MUNICIPALITIES)
        .cloned()
        .collect();
    // Every row keeps its id unless it has none or an earlier row has it: a fresh id must
    // not take the id of a row further down (that row's monitoring figures hang on it).
    let mut seen: HashSet<String> = HashSet::new();
    for i in 0..s.municipalities.len() {
        let id = s.municipalities[i].id.clone();
        if id.trim().is_empty() || seen.contains(&id) {
            let fresh = s.next_added_id();
            s.municipalities[i].id = fresh.clone();
            seen.insert(fresh);
        } else {
            seen.insert(id);
        }
    }
    s.normalize_monitoring();
    s
}

/// A scenario of the national rows at `indices` (in that order, each once; indices outside
/// the data are left out), with the default parameters and method, named `name` (trimmed).
pub fn build_region(name: &str, indices: &[usize]) -> Scenario {
    let rows = data::netherlands();
    let mut seen = HashSet::new();
    let municipalities = indices
        .iter()
        .filter(|&&i| seen.insert(i))
        .filter_map(|&i| rows.get(i))
        .map(DataRow::to_municipality)
        .collect();
    Scenario::new(
        name.trim(),
        Params::default(),
        Method::Households,
        municipalities,
    )
}

/// Positions in [`data::netherlands`] of the scenario's municipalities that are national rows
/// (matched by id), in scenario order: what a region builder starts from.
pub fn national_indices(s: &Scenario) -> Vec<usize> {
    let mut seen = HashSet::new();
    s.municipalities
        .iter()
        .filter_map(|m| national_index(&m.id))
        .filter(|i| seen.insert(*i))
        .collect()
}

/// The position in [`data::netherlands`] of the row with this id, if it is a national row.
pub fn national_index(id: &str) -> Option<usize> {
    static INDEX: OnceLock<HashMap<&'static str, usize>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        data::netherlands()
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.as_str(), i))
            .collect()
    });
    index.get(id).copied()
}

/// Positions in [`data::netherlands`] of the 14 Twente municipalities, in Twente's order.
pub fn twente_indices() -> Vec<usize> {
    national_indices(&data::default_scenario())
}
