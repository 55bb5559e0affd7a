//! The versioned scenario link (`docs/scenario-link.md`): the whole scenario, the language,
//! the open view and the embed settings in the URL hash.
//!
//! Written by hand rather than with serde_json + base64: a readable, diffable format, links
//! that stay short because values equal to the embedded data are left out, and a decoder
//! that returns a typed error for any input instead of guessing.
//!
//! Guarantees (tested in `core/tests/link.rs`):
//! - `decode(&encode(s)) == Ok(s)` for every state within the limits of the format (see
//!   [`encode`]), with monitoring in canonical order ([`Scenario::normalize_monitoring`]).
//! - [`decode`] never panics and does work linear in the input (which it caps at
//!   [`MAX_LINK_LEN`] bytes).
//! - The links in `core/tests/fixtures/links-v1.txt` keep opening with the same figures.

use crate::data::{self, DataRow, DATA_VERSION};
use crate::growth::{Horizon, Start};
use crate::monitoring::{Period, Record};
use crate::numbers::Lang;
use crate::scenario::{
    GrowthSettings, Method, Municipality, Params, Scenario, FULL_BP, MAX_COUNT, MAX_GROWTH_YEARS,
    MAX_MUNICIPALITIES,
};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::sync::OnceLock;

/// The current link version.
pub const VERSION: u32 = 1;

/// Longest link [`decode`] reads, in bytes, without the leading `#`. A state whose link would
/// be longer (thousands of monitoring rows) is beyond the format's limits: [`encode`] still
/// writes it and [`decode`] refuses it with [`LinkError::TooLong`]. The app can compare
/// `encode(…).len()` with this before offering a link.
pub const MAX_LINK_LEN: usize = 64 * 1024;

/// Longest municipality or region name, in characters (Unicode scalar values).
pub use crate::scenario::MAX_NAME_CHARS;

/// Longest municipality id, in bytes (`A–Z a–z 0–9 -`).
pub const MAX_ID_LEN: usize = 40;

/// Longest theme font name, in characters.
pub const MAX_FONT_CHARS: usize = 40;

/// The view a link opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum View {
    #[default]
    Calculator,
    Growth,
    Monitoring,
    Compare,
    Explanation,
    Map,
}

impl View {
    pub const ALL: [View; 6] = [
        View::Calculator,
        View::Growth,
        View::Monitoring,
        View::Compare,
        View::Explanation,
        View::Map,
    ];

    /// The code in links (`v=`) and element ids.
    pub fn code(self) -> &'static str {
        match self {
            View::Calculator => "calc",
            View::Growth => "groei",
            View::Monitoring => "mon",
            View::Compare => "cmp",
            View::Explanation => "uitleg",
            View::Map => "kaart",
        }
    }

    pub fn from_code(code: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.code() == code)
    }
}

/// Embed theming set by the link (issue 7).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Theme {
    /// Primary colour as RGB.
    pub primary: Option<[u8; 3]>,
    /// Font family name (ASCII letters, digits, space, `-`; 1–40 characters).
    pub font: Option<String>,
}

/// Everything a link carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkState {
    pub scenario: Scenario,
    /// The second scenario of a comparison link (`vs`).
    pub compare: Option<Scenario>,
    /// `None`: the reader's own language.
    pub lang: Option<Lang>,
    pub view: View,
    pub embed: bool,
    pub theme: Theme,
    /// "Mijn gemeente" (`mg`): the id of one municipality of the scenario, shown first.
    pub mine: Option<String>,
}

impl LinkState {
    /// A link state for this scenario with every page setting at its default.
    pub fn new(scenario: Scenario) -> LinkState {
        LinkState {
            scenario,
            compare: None,
            lang: None,
            view: View::Calculator,
            embed: false,
            theme: Theme::default(),
            mine: None,
        }
    }
}

/// Why a link could not be opened (docs/scenario-link.md "Errors"). Keys and texts carried
/// by a variant are cut to at most 40 bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// Nothing (or only `#`).
    Empty,
    /// Does not start with `evt` and a version number.
    NotALink,
    /// Made by a newer release: the app must be updated.
    NewerVersion(u32),
    /// A version this release never wrote (0).
    UnsupportedVersion(u32),
    /// The `k=` checksum is missing, malformed or wrong: the link was cut off or mangled.
    Checksum,
    /// A key this version does not know (also an empty item, or a page item after `vs`).
    UnknownKey(String),
    DuplicateKey(String),
    /// A malformed value, or a required item (`b`, `d`) missing.
    BadValue {
        key: String,
    },
    /// A number or a text length beyond its limit, or a row index beyond the base.
    OutOfRange {
        key: String,
    },
    /// A `%` not followed by two hex digits, or escapes that do not decode to UTF-8.
    BadEscape,
    /// Data version (`d=`) this release does not have.
    UnknownDataVersion(String),
    /// More than [`MAX_MUNICIPALITIES`] rows.
    TooManyMunicipalities,
    DuplicateId(String),
    /// A malformed `r<i>` or `a` row (unknown or repeated field, missing name or households,
    /// bad id).
    BadRow {
        key: String,
    },
    /// Longer than [`MAX_LINK_LEN`] bytes.
    TooLong,
}

// ---------------------------------------------------------------------------------------
// Embedded base lists

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum List {
    Twente,
    Netherlands,
}

impl List {
    const ALL: [List; 2] = [List::Twente, List::Netherlands];

    fn code(self) -> &'static str {
        match self {
            List::Twente => "tw",
            List::Netherlands => "nl",
        }
    }

    /// The region name a link with this base has unless `n=` says otherwise.
    fn default_name(self) -> &'static str {
        match self {
            List::Twente => "Twente",
            List::Netherlands => "Nederland",
        }
    }

    /// The rows of this list in the current data ([`DATA_VERSION`]).
    ///
    /// When the embedded data changes, the old files must stay available under their old
    /// version name (see [`List::rows_of`]); the fixtures test fails otherwise.
    fn rows(self) -> &'static [DataRow] {
        match self {
            List::Twente => data::twente(),
            List::Netherlands => data::netherlands(),
        }
    }

    /// The rows of this list in data version `version`, if this release has it.
    fn rows_of(self, version: &str) -> Option<&'static [DataRow]> {
        (version == DATA_VERSION).then(|| self.rows())
    }

    /// Position of each id in [`List::rows`] (the first, should an id repeat).
    fn index(self) -> &'static HashMap<&'static str, usize> {
        static TWENTE: OnceLock<HashMap<&'static str, usize>> = OnceLock::new();
        static NETHERLANDS: OnceLock<HashMap<&'static str, usize>> = OnceLock::new();
        let cell = match self {
            List::Twente => &TWENTE,
            List::Netherlands => &NETHERLANDS,
        };
        cell.get_or_init(|| {
            self.rows()
                .iter()
                .enumerate()
                .rev()
                .map(|(i, r)| (r.id.as_str(), i))
                .collect()
        })
    }
}

// ---------------------------------------------------------------------------------------
// Encoding

/// Encode as `#evt1;…;k=xxxx`.
///
/// Total: never panics. Values equal to the defaults and the embedded data are left out, and
/// of the bases that can express the rows (`tw`, `tw:<sel>`, `nl`, `nl:<sel>`, `0`) the one
/// giving the shortest link is used; `b=0` can express any list of rows.
///
/// A state beyond the format's limits (a count above [`MAX_COUNT`], a percentage above
/// 100 %, growth years outside 1–30, an empty or over-long name, an id outside
/// `[A-Za-z0-9-]{1,40}`, repeated ids, more than [`MAX_MUNICIPALITIES`] rows, a period
/// outside 2000–2100, a bad theme font, a link longer than [`MAX_LINK_LEN`]) is written as it
/// is, and [`decode`] refuses the result with a typed error: it is never read back as a
/// different state. Monitoring is written in canonical order; records of municipalities not
/// in the scenario are left out and of two records for the same period and municipality the
/// last is kept (as [`Scenario::normalize_monitoring`] does).
pub fn encode(state: &LinkState) -> String {
    let mut body = format!("evt{VERSION};");
    let page = page_items(state);
    encode_block(&mut body, &state.scenario, &page);
    if let Some(compare) = &state.compare {
        body.push_str("vs;");
        encode_block(&mut body, compare, "");
    }
    with_checksum(&body)
}

/// `#` + `body` + `k=` + the checksum of `body`.
///
/// `body` is the link from `evt` up to and including the `;` before `k=`. For tests and
/// tools that build or mutate links by hand; [`encode`] uses it too.
pub fn with_checksum(body: &str) -> String {
    format!("#{body}k={:04x}", checksum(body.as_bytes()))
}

/// The upper 16 bits of the 32-bit FNV-1a hash.
fn checksum(bytes: &[u8]) -> u16 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in bytes {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    (h >> 16) as u16
}

fn page_items(state: &LinkState) -> String {
    let mut out = String::new();
    if let Some(lang) = state.lang {
        let _ = write!(out, "l={};", lang.code());
    }
    if state.view != View::Calculator {
        let _ = write!(out, "v={};", state.view.code());
    }
    if state.embed {
        out.push_str("e=1;");
    }
    if let Some([r, g, b]) = state.theme.primary {
        let _ = write!(out, "tc={r:02x}{g:02x}{b:02x};");
    }
    if let Some(font) = &state.theme.font {
        out.push_str("tf=");
        percent_encode(&mut out, font);
        out.push(';');
    }
    if let Some(id) = &state.mine {
        out.push_str("mg=");
        percent_encode(&mut out, id);
        out.push(';');
    }
    out
}

/// One way of writing a scenario's rows.
struct Layout {
    /// `d=…;b=…;`
    head: String,
    /// The region name when there is no `n=` item.
    default_name: &'static str,
    /// The `r<i>` and `a` items.
    rows: String,
}

fn encode_block(out: &mut String, s: &Scenario, page: &str) {
    let layout = layouts(s)
        .into_iter()
        .min_by_key(|l| {
            let name = if s.region_name == l.default_name {
                0
            } else {
                3 + percent_len(&s.region_name)
            };
            l.head.len() + l.rows.len() + name
        })
        .unwrap_or_else(|| zero_layout(s));
    out.push_str(&layout.head);
    out.push_str(page);
    if s.region_name != layout.default_name {
        out.push_str("n=");
        percent_encode(out, &s.region_name);
        out.push(';');
    }
    if s.method != Method::default() {
        let _ = write!(out, "m={};", s.method.code());
    }
    let p = &s.params;
    let d = Params::default();
    let mut number = |key: &str, value: u64, default: Option<u64>| {
        if Some(value) != default {
            let _ = write!(out, "{key}={value};");
        }
    };
    number("u", p.urgents, Some(d.urgents));
    number("pm", p.minimum_bp.into(), Some(d.minimum_bp.into()));
    number("ps", p.signal_bp.into(), Some(d.signal_bp.into()));
    if let Some(cap) = p.cap_bp {
        number("pc", cap.into(), None);
    }
    number("pr", p.turnover_bp.into(), Some(d.turnover_bp.into()));
    number("gy", p.growth_years.into(), Some(d.growth_years.into()));
    number("gu", p.urgents_growth, Some(d.urgents_growth));
    if let Some(start) = s.growth.start {
        let code = match start {
            Start::Origin => "o",
            Start::Realised => "r",
            Start::EqualPercentage => "e",
        };
        let _ = write!(out, "gs={code};");
    }
    if s.growth.horizon != Horizon::default() {
        out.push_str("gh=cap;");
    }
    out.push_str(&layout.rows);
    encode_monitoring(out, s);
}

/// Every applicable layout, in order of preference when equally long.
fn layouts(s: &Scenario) -> Vec<Layout> {
    let mut all = Vec::new();
    for list in List::ALL {
        let prefix = base_prefix(s, list);
        if prefix.is_empty() {
            continue;
        }
        let data_rows = list.rows();
        let added = s.municipalities.get(prefix.len()..).unwrap_or(&[]);
        if prefix.windows(2).all(|w| w[0] < w[1]) {
            // The whole list, with the rows that are not in the scenario removed.
            let mut rows = String::new();
            let mut kept = prefix.iter().zip(&s.municipalities).peekable();
            for (i, data_row) in data_rows.iter().enumerate() {
                match kept.peek() {
                    Some(&(&j, m)) if j == i => {
                        row_changes(&mut rows, &format!("r{i}"), m, &data_row.to_municipality());
                        kept.next();
                    }
                    _ => {
                        let _ = write!(rows, "r{i}=-;");
                    }
                }
            }
            added_rows(&mut rows, added);
            all.push(Layout {
                head: format!("d={DATA_VERSION};b={};", list.code()),
                default_name: list.default_name(),
                rows,
            });
        }
        // A selection in scenario order.
        let mut rows = String::new();
        for (pos, (&i, m)) in prefix.iter().zip(&s.municipalities).enumerate() {
            if let Some(data_row) = data_rows.get(i) {
                row_changes(
                    &mut rows,
                    &format!("r{pos}"),
                    m,
                    &data_row.to_municipality(),
                );
            }
        }
        added_rows(&mut rows, added);
        all.push(Layout {
            head: format!(
                "d={DATA_VERSION};b={}:{};",
                list.code(),
                selection_text(&prefix)
            ),
            default_name: list.default_name(),
            rows,
        });
    }
    all.push(zero_layout(s));
    all
}

/// No base: every row an `a` item.
fn zero_layout(s: &Scenario) -> Layout {
    let mut rows = String::new();
    added_rows(&mut rows, &s.municipalities);
    Layout {
        head: "b=0;".to_string(),
        default_name: "",
        rows,
    }
}

/// Positions in `list` of the longest run of leading scenario rows whose ids are in the list
/// (each at most once).
fn base_prefix(s: &Scenario, list: List) -> Vec<usize> {
    let index = list.index();
    let mut seen = HashSet::new();
    let mut prefix = Vec::new();
    for m in &s.municipalities {
        match index.get(m.id.as_str()) {
            Some(&i) if seen.insert(i) => prefix.push(i),
            _ => break,
        }
    }
    prefix
}

/// `.`-separated indices, ascending runs of three or more as `a-b`.
fn selection_text(indices: &[usize]) -> String {
    let mut out = String::new();
    let mut k = 0;
    while k < indices.len() {
        let start = indices[k];
        let mut end = k;
        while end + 1 < indices.len() && indices[end + 1] == indices[end] + 1 {
            end += 1;
        }
        if !out.is_empty() {
            out.push('.');
        }
        if end - k >= 2 {
            let _ = write!(out, "{start}-{}", indices[end]);
            k = end + 1;
        } else {
            let _ = write!(out, "{start}");
            k += 1;
        }
    }
    out
}

/// `key=<fields>;` with the fields of `m` that differ from `base`; nothing when none do.
fn row_changes(out: &mut String, key: &str, m: &Municipality, base: &Municipality) {
    let mut fields = String::new();
    row_fields(&mut fields, m, base, false);
    if !fields.is_empty() {
        let _ = write!(out, "{key}={fields};");
    }
}

fn added_rows(out: &mut String, rows: &[Municipality]) {
    for m in rows {
        out.push_str("a=");
        percent_encode(out, &m.id);
        out.push(':');
        row_fields(out, m, &Municipality::new("", "", 0), true);
        out.push(';');
    }
}

/// Comma-separated `<letter><value>` for each field of `m` that differs from `base` (name
/// and households always when `added`).
fn row_fields(out: &mut String, m: &Municipality, base: &Municipality, added: bool) {
    let mut first = true;
    let mut sep = |out: &mut String| {
        if !first {
            out.push(',');
        }
        first = false;
    };
    if added || m.name != base.name {
        sep(out);
        out.push('N');
        percent_encode(out, &m.name);
    }
    if added || m.households != base.households {
        sep(out);
        let _ = write!(out, "H{}", m.households);
    }
    let optional = [
        ('C', m.corporation_homes, base.corporation_homes),
        ('V', m.vacancies, base.vacancies),
        ('O', m.origin, base.origin),
        ('R', m.realised, base.realised),
        ('S', m.status_holders, base.status_holders),
        ('A', m.extra_vacancies, base.extra_vacancies),
    ];
    for (letter, value, old) in optional {
        if value != old {
            sep(out);
            out.push(letter);
            match value {
                Some(v) => {
                    let _ = write!(out, "{v}");
                }
                None => out.push('-'),
            }
        }
    }
}

fn encode_monitoring(out: &mut String, s: &Scenario) {
    if s.monitoring.is_empty() {
        return;
    }
    let n = s.municipalities.len();
    let position = crate::scenario::positions(&s.municipalities);
    let mut periods: BTreeMap<Period, Vec<Option<&Record>>> = BTreeMap::new();
    for r in &s.monitoring {
        if let Some(&i) = position.get(r.municipality.as_str()) {
            let rows = periods.entry(r.period).or_insert_with(|| vec![None; n]);
            if let Some(slot) = rows.get_mut(i) {
                *slot = Some(r);
            }
        }
    }
    for (period, rows) in periods {
        let _ = write!(out, "M={}h{}!", period.year, period.half);
        for (j, row) in rows.iter().enumerate() {
            if j > 0 {
                out.push('.');
            }
            if let Some(r) = row {
                let _ = write!(
                    out,
                    "{},{},{},{},{}",
                    r.applications, r.granted, r.housed, r.allocations, r.suitably
                );
            }
        }
        out.push(';');
    }
}

fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'~')
}

/// Every byte outside `A–Z a–z 0–9 - _ ~` as `%XX`.
fn percent_encode(out: &mut String, text: &str) {
    for b in text.bytes() {
        if is_unreserved(b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
}

fn percent_len(text: &str) -> usize {
    text.bytes()
        .map(|b| if is_unreserved(b) { 1 } else { 3 })
        .sum()
}

// ---------------------------------------------------------------------------------------
// Decoding

/// Decode a hash (with or without the leading `#`).
///
/// Never panics; the work is linear in the input, which is refused beyond [`MAX_LINK_LEN`]
/// bytes. Decoded monitoring is in canonical order.
pub fn decode(hash: &str) -> Result<LinkState, LinkError> {
    let link = hash.strip_prefix('#').unwrap_or(hash);
    if link.is_empty() {
        return Err(LinkError::Empty);
    }
    let rest = link.strip_prefix("evt").ok_or(LinkError::NotALink)?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (number, after) = rest.split_at(digits);
    if number.is_empty() || (number.len() > 1 && number.starts_with('0')) {
        return Err(LinkError::NotALink);
    }
    let version = number.bytes().fold(0u32, |v, d| {
        v.saturating_mul(10).saturating_add(u32::from(d - b'0'))
    });
    if version > VERSION {
        return Err(LinkError::NewerVersion(version));
    }
    if version != VERSION {
        return Err(LinkError::UnsupportedVersion(version));
    }
    if link.len() > MAX_LINK_LEN {
        return Err(LinkError::TooLong);
    }
    if after.is_empty() {
        return Err(LinkError::Checksum);
    }
    if !after.starts_with(';') {
        return Err(LinkError::NotALink);
    }
    decode_v1(link)
}

/// `link` starts with `evt1;`.
fn decode_v1(link: &str) -> Result<LinkState, LinkError> {
    const START: usize = "evt1;".len();
    let last = link.rfind(';').ok_or(LinkError::Checksum)?;
    let (signed, k) = link.split_at(last + 1);
    let given = k
        .strip_prefix("k=")
        .filter(|h| h.len() == 4 && h.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
        .and_then(|h| u16::from_str_radix(h, 16).ok())
        .ok_or(LinkError::Checksum)?;
    if given != checksum(signed.as_bytes()) {
        return Err(LinkError::Checksum);
    }
    let items = link.get(START..last).unwrap_or("");

    let mut page = RawPage::default();
    let mut blocks: [RawBlock; 2] = Default::default();
    let mut second = false;
    if !items.is_empty() {
        for item in items.split(';') {
            let (key, value) = match item.split_once('=') {
                Some((k, v)) => (k, Some(v)),
                None => (item, None),
            };
            if key == "vs" {
                if value.is_some() {
                    return Err(bad_value("vs"));
                }
                if second {
                    return Err(LinkError::DuplicateKey("vs".into()));
                }
                second = true;
                continue;
            }
            if !second && page.take(key, value)? {
                continue;
            }
            let block = &mut blocks[usize::from(second)];
            if !block.take(key, value)? {
                return Err(LinkError::UnknownKey(short(key)));
            }
        }
    }
    let [first, other] = blocks;
    let scenario = first.scenario()?;
    let compare = if second {
        Some(other.scenario()?)
    } else {
        None
    };
    let mut state = LinkState::new(scenario);
    state.compare = compare;
    page.apply(&mut state)?;
    Ok(state)
}

/// At most 40 bytes of `text`, cut at a character boundary.
fn short(text: &str) -> String {
    let mut end = text.len().min(40);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].to_string()
}

fn bad_value(key: &str) -> LinkError {
    LinkError::BadValue { key: short(key) }
}

fn out_of_range(key: &str) -> LinkError {
    LinkError::OutOfRange { key: short(key) }
}

fn bad_row(key: &str) -> LinkError {
    LinkError::BadRow { key: short(key) }
}

/// Store a once-only item.
fn put<'a>(slot: &mut Option<&'a str>, key: &str, value: Option<&'a str>) -> Result<(), LinkError> {
    if slot.is_some() {
        return Err(LinkError::DuplicateKey(short(key)));
    }
    *slot = Some(value.ok_or_else(|| bad_value(key))?);
    Ok(())
}

#[derive(Default)]
struct RawPage<'a> {
    l: Option<&'a str>,
    v: Option<&'a str>,
    e: Option<&'a str>,
    tc: Option<&'a str>,
    tf: Option<&'a str>,
    mg: Option<&'a str>,
}

impl<'a> RawPage<'a> {
    /// Store a page item; `false` when `key` is not one.
    fn take(&mut self, key: &str, value: Option<&'a str>) -> Result<bool, LinkError> {
        let slot = match key {
            "l" => &mut self.l,
            "v" => &mut self.v,
            "e" => &mut self.e,
            "tc" => &mut self.tc,
            "tf" => &mut self.tf,
            "mg" => &mut self.mg,
            _ => return Ok(false),
        };
        put(slot, key, value)?;
        Ok(true)
    }

    fn apply(&self, state: &mut LinkState) -> Result<(), LinkError> {
        if let Some(l) = self.l {
            state.lang = Some(Lang::from_code(l).ok_or_else(|| bad_value("l"))?);
        }
        if let Some(v) = self.v {
            state.view = View::from_code(v).ok_or_else(|| bad_value("v"))?;
        }
        if let Some(e) = self.e {
            if e != "1" {
                return Err(bad_value("e"));
            }
            state.embed = true;
        }
        if let Some(tc) = self.tc {
            let b = tc.as_bytes();
            if b.len() != 6 || !b.iter().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
                return Err(bad_value("tc"));
            }
            let byte = |i: usize| {
                tc.get(i..i + 2)
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                    .ok_or_else(|| bad_value("tc"))
            };
            state.theme.primary = Some([byte(0)?, byte(2)?, byte(4)?]);
        }
        if let Some(tf) = self.tf {
            let font = text("tf", tf, bad_value)?;
            let chars = font.chars().count();
            if chars == 0
                || chars > MAX_FONT_CHARS
                || !font
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-')
            {
                return Err(bad_value("tf"));
            }
            state.theme.font = Some(font);
        }
        if let Some(mg) = self.mg {
            // One of the scenario's own municipalities.
            if !state.scenario.municipalities.iter().any(|m| m.id == mg) {
                return Err(bad_value("mg"));
            }
            state.mine = Some(mg.to_string());
        }
        Ok(())
    }
}

#[derive(Default)]
struct RawBlock<'a> {
    d: Option<&'a str>,
    b: Option<&'a str>,
    n: Option<&'a str>,
    m: Option<&'a str>,
    u: Option<&'a str>,
    pm: Option<&'a str>,
    ps: Option<&'a str>,
    pc: Option<&'a str>,
    pr: Option<&'a str>,
    gy: Option<&'a str>,
    gu: Option<&'a str>,
    gs: Option<&'a str>,
    gh: Option<&'a str>,
    /// `r<i>` by index.
    rows: BTreeMap<usize, &'a str>,
    /// `a`, in link order.
    added: Vec<&'a str>,
    /// `M`, in link order.
    monitoring: Vec<&'a str>,
}

impl<'a> RawBlock<'a> {
    /// Store a scenario item; `false` when `key` is not one.
    fn take(&mut self, key: &str, value: Option<&'a str>) -> Result<bool, LinkError> {
        let slot = match key {
            "d" => &mut self.d,
            "b" => &mut self.b,
            "n" => &mut self.n,
            "m" => &mut self.m,
            "u" => &mut self.u,
            "pm" => &mut self.pm,
            "ps" => &mut self.ps,
            "pc" => &mut self.pc,
            "pr" => &mut self.pr,
            "gy" => &mut self.gy,
            "gu" => &mut self.gu,
            "gs" => &mut self.gs,
            "gh" => &mut self.gh,
            "a" => {
                self.added.push(value.ok_or_else(|| bad_value(key))?);
                if self.added.len() > MAX_MUNICIPALITIES {
                    return Err(LinkError::TooManyMunicipalities);
                }
                return Ok(true);
            }
            "M" => {
                self.monitoring.push(value.ok_or_else(|| bad_value(key))?);
                return Ok(true);
            }
            _ => {
                let Some(index) = key.strip_prefix('r') else {
                    return Ok(false);
                };
                if index.is_empty()
                    || !index.bytes().all(|b| b.is_ascii_digit())
                    || (index.len() > 1 && index.starts_with('0'))
                {
                    return Ok(false);
                }
                // Every base has fewer than MAX_MUNICIPALITIES rows.
                let i = number(index, MAX_MUNICIPALITIES as u64)
                    .ok()
                    .and_then(|i| usize::try_from(i).ok())
                    .ok_or_else(|| out_of_range(key))?;
                let value = value.ok_or_else(|| bad_value(key))?;
                if self.rows.insert(i, value).is_some() {
                    return Err(LinkError::DuplicateKey(short(key)));
                }
                return Ok(true);
            }
        };
        put(slot, key, value)?;
        Ok(true)
    }

    fn scenario(self) -> Result<Scenario, LinkError> {
        let base = self.b.ok_or_else(|| bad_value("b"))?;
        let version = match self.d {
            Some("") => return Err(bad_value("d")),
            Some(d) if d != DATA_VERSION => return Err(LinkError::UnknownDataVersion(short(d))),
            other => other,
        };

        // Base rows.
        let (mut rows, default_name) = if base == "0" {
            (Vec::new(), "")
        } else {
            let (code, selection) = match base.split_once(':') {
                Some((code, sel)) => (code, Some(sel)),
                None => (base, None),
            };
            let list = List::ALL
                .into_iter()
                .find(|l| l.code() == code)
                .ok_or_else(|| bad_value("b"))?;
            let version = version.ok_or_else(|| bad_value("d"))?;
            let data_rows = list
                .rows_of(version)
                .ok_or_else(|| LinkError::UnknownDataVersion(short(version)))?;
            let rows: Vec<Municipality> = match selection {
                None => data_rows.iter().map(DataRow::to_municipality).collect(),
                Some(sel) => parse_selection(sel, data_rows.len())?
                    .into_iter()
                    .filter_map(|i| data_rows.get(i))
                    .map(DataRow::to_municipality)
                    .collect(),
            };
            (rows, list.default_name())
        };

        // Changes and removals.
        let mut removed = vec![false; rows.len()];
        for (&i, &value) in &self.rows {
            let key = format!("r{i}");
            let row = rows.get_mut(i).ok_or_else(|| out_of_range(&key))?;
            if value == "-" {
                if let Some(r) = removed.get_mut(i) {
                    *r = true;
                }
            } else {
                row_from_fields(&key, value, row, false)?;
            }
        }
        let mut municipalities: Vec<Municipality> = rows
            .into_iter()
            .zip(removed)
            .filter(|(_, removed)| !removed)
            .map(|(m, _)| m)
            .collect();
        if municipalities.len() + self.added.len() > MAX_MUNICIPALITIES {
            return Err(LinkError::TooManyMunicipalities);
        }
        for item in &self.added {
            municipalities.push(added_row(item)?);
        }
        let mut ids = HashSet::new();
        for m in &municipalities {
            if !ids.insert(m.id.as_str()) {
                return Err(LinkError::DuplicateId(short(&m.id)));
            }
        }

        // Region and parameters.
        let region_name = match self.n {
            None => default_name.to_string(),
            Some(n) => {
                let name = text("n", n, bad_value)?;
                if name.chars().count() > MAX_NAME_CHARS {
                    return Err(out_of_range("n"));
                }
                name
            }
        };
        let method = match self.m {
            None => Method::default(),
            Some(m) => Method::from_code(m).ok_or_else(|| bad_value("m"))?,
        };
        let mut params = Params::default();
        let count = |key: &str, v: &str| param(key, v, MAX_COUNT);
        let bp = |key: &str, v: &str| {
            param(key, v, FULL_BP.into()).map(|x| u32::try_from(x).unwrap_or(FULL_BP))
        };
        if let Some(v) = self.u {
            params.urgents = count("u", v)?;
        }
        if let Some(v) = self.pm {
            params.minimum_bp = bp("pm", v)?;
        }
        if let Some(v) = self.ps {
            params.signal_bp = bp("ps", v)?;
        }
        if let Some(v) = self.pc {
            params.cap_bp = Some(bp("pc", v)?);
        }
        if let Some(v) = self.pr {
            params.turnover_bp = bp("pr", v)?;
        }
        if let Some(v) = self.gy {
            let years = param("gy", v, MAX_GROWTH_YEARS.into())?;
            if years == 0 {
                return Err(out_of_range("gy"));
            }
            params.growth_years = u32::try_from(years).unwrap_or(MAX_GROWTH_YEARS);
        }
        if let Some(v) = self.gu {
            params.urgents_growth = count("gu", v)?;
        }
        let mut growth = GrowthSettings::default();
        if let Some(v) = self.gs {
            growth.start = Some(match v {
                "o" => Start::Origin,
                "r" => Start::Realised,
                "e" => Start::EqualPercentage,
                _ => return Err(bad_value("gs")),
            });
        }
        if let Some(v) = self.gh {
            growth.horizon = match v {
                "hh" => Horizon::Households,
                "cap" => Horizon::HouseholdsCapped,
                _ => return Err(bad_value("gh")),
            };
        }
        let monitoring = parse_monitoring(&self.monitoring, &municipalities)?;
        Ok(Scenario {
            region_name,
            params,
            method,
            municipalities,
            growth,
            monitoring,
        })
    }
}

enum NumberError {
    /// Not a canonical decimal.
    Bad,
    /// Above the maximum.
    Range,
}

/// A canonical unsigned decimal (no sign, no leading zeros) of at most `max`.
fn number(text: &str, max: u64) -> Result<u64, NumberError> {
    let b = text.as_bytes();
    if b.is_empty() || !b.iter().all(u8::is_ascii_digit) || (b.len() > 1 && b[0] == b'0') {
        return Err(NumberError::Bad);
    }
    let mut value: u64 = 0;
    for &d in b {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(d - b'0')))
            .filter(|&v| v <= max)
            .ok_or(NumberError::Range)?;
    }
    Ok(value)
}

/// A number of a non-row item.
fn param(key: &str, text: &str, max: u64) -> Result<u64, LinkError> {
    number(text, max).map_err(|e| match e {
        NumberError::Bad => bad_value(key),
        NumberError::Range => out_of_range(key),
    })
}

/// A count in a row.
fn row_count(key: &str, text: &str) -> Result<u64, LinkError> {
    number(text, MAX_COUNT).map_err(|e| match e {
        NumberError::Bad => bad_row(key),
        NumberError::Range => out_of_range(key),
    })
}

/// Percent-decoded text; a raw byte outside the unreserved set is `malformed(key)`.
fn text(key: &str, value: &str, malformed: fn(&str) -> LinkError) -> Result<String, LinkError> {
    let b = value.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'%' {
            let hex = |j: usize| b.get(j).and_then(|&h| char::from(h).to_digit(16));
            match (hex(i + 1), hex(i + 2)) {
                (Some(hi), Some(lo)) => out.push((hi * 16 + lo) as u8),
                _ => return Err(LinkError::BadEscape),
            }
            i += 3;
        } else if is_unreserved(c) {
            out.push(c);
            i += 1;
        } else {
            return Err(malformed(key));
        }
    }
    String::from_utf8(out).map_err(|_| LinkError::BadEscape)
}

/// `.`-separated indices below `len`, `a-b` for an ascending run; each index once.
fn parse_selection(sel: &str, len: usize) -> Result<Vec<usize>, LinkError> {
    let max = u64::try_from(len.saturating_sub(1)).unwrap_or(u64::MAX);
    let index = |t: &str| {
        param("b", t, max).and_then(|i| usize::try_from(i).map_err(|_| out_of_range("b")))
    };
    let mut seen = vec![false; len];
    let mut out = Vec::new();
    for part in sel.split('.') {
        let (lo, hi) = match part.split_once('-') {
            Some((a, b)) => {
                let (lo, hi) = (index(a)?, index(b)?);
                if hi <= lo {
                    return Err(bad_value("b"));
                }
                (lo, hi)
            }
            None => {
                let i = index(part)?;
                (i, i)
            }
        };
        for i in lo..=hi {
            match seen.get_mut(i) {
                Some(s) if !*s => *s = true,
                _ => return Err(bad_value("b")),
            }
            out.push(i);
        }
    }
    Ok(out)
}

/// Apply `<letter><value>,…` to `row`.
fn row_from_fields(
    key: &str,
    fields: &str,
    row: &mut Municipality,
    added: bool,
) -> Result<(), LinkError> {
    let mut seen = [false; 8];
    for field in fields.split(',') {
        let mut chars = field.chars();
        let letter = chars.next().ok_or_else(|| bad_row(key))?;
        let value = chars.as_str();
        let slot = "NHCVORSA".find(letter).ok_or_else(|| bad_row(key))?;
        match seen.get_mut(slot) {
            Some(s) if !*s => *s = true,
            _ => return Err(bad_row(key)),
        }
        let optional = || -> Result<Option<u64>, LinkError> {
            if value == "-" {
                Ok(None)
            } else {
                row_count(key, value).map(Some)
            }
        };
        match letter {
            'N' => {
                let name = text(key, value, bad_row)?;
                let chars = name.chars().count();
                if chars == 0 {
                    return Err(bad_row(key));
                }
                if chars > MAX_NAME_CHARS {
                    return Err(out_of_range(key));
                }
                row.name = name;
            }
            'H' => row.households = row_count(key, value)?,
            'C' => row.corporation_homes = optional()?,
            'V' => row.vacancies = optional()?,
            'O' => row.origin = optional()?,
            'R' => row.realised = optional()?,
            'S' => row.status_holders = optional()?,
            _ => row.extra_vacancies = optional()?,
        }
    }
    if added && !(seen[0] && seen[1]) {
        return Err(bad_row(key));
    }
    Ok(())
}

/// `<id>:<fields>`.
fn added_row(item: &str) -> Result<Municipality, LinkError> {
    let (id, fields) = item.split_once(':').ok_or_else(|| bad_row("a"))?;
    if id.is_empty()
        || id.len() > MAX_ID_LEN
        || !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    {
        return Err(bad_row("a"));
    }
    let mut row = Municipality::new(id, "", 0);
    row_from_fields("a", fields, &mut row, true)?;
    Ok(row)
}

/// `M` items: `<year>h<half>!<row>.<row>…`, one row per municipality, periods ascending.
fn parse_monitoring(
    items: &[&str],
    municipalities: &[Municipality],
) -> Result<Vec<Record>, LinkError> {
    let mut records = Vec::new();
    let mut previous: Option<Period> = None;
    for item in items {
        let (period, rows) = item.split_once('!').ok_or_else(|| bad_value("M"))?;
        let p = period.as_bytes();
        let half = match p {
            [y0, y1, y2, y3, b'h', h @ (b'1' | b'2')]
                if [y0, y1, y2, y3].iter().all(|d| d.is_ascii_digit()) =>
            {
                h - b'0'
            }
            _ => return Err(bad_value("M")),
        };
        let year = period
            .get(..4)
            .and_then(|y| y.parse::<i32>().ok())
            .ok_or_else(|| bad_value("M"))?;
        if !(Period::FIRST_YEAR..=Period::LAST_YEAR).contains(&year) {
            return Err(out_of_range("M"));
        }
        let period = Period { year, half };
        if previous.is_some_and(|prev| prev >= period) {
            return Err(bad_value("M"));
        }
        previous = Some(period);
        let before = records.len();
        let mut count = 0;
        for row in rows.split('.') {
            let m = municipalities.get(count).ok_or_else(|| bad_value("M"))?;
            count += 1;
            if row.is_empty() {
                continue;
            }
            let mut figures = [0u64; 5];
            let mut parts = row.split(',');
            for f in &mut figures {
                let part = parts.next().ok_or_else(|| bad_value("M"))?;
                *f = param("M", part, MAX_COUNT)?;
            }
            if parts.next().is_some() {
                return Err(bad_value("M"));
            }
            let [applications, granted, housed, allocations, suitably] = figures;
            records.push(Record {
                period,
                municipality: m.id.clone(),
                applications,
                granted,
                housed,
                allocations,
                suitably,
            });
        }
        if count != municipalities.len() || records.len() == before {
            return Err(bad_value("M"));
        }
    }
    Ok(records)
}

#[cfg(test)]
mod tests;
