//! Writing a link: the shortest of the ways to write the rows, then the page, the
//! parameters, the rows and the monitoring figures, then the checksum.

use super::format::{checksum, is_unreserved, LinkState, List, View, VERSION};
use crate::data::DATA_VERSION;
use crate::growth::{Horizon, Start};
use crate::monitoring::{Period, Record};
use crate::scenario::{Method, Municipality, Params, Scenario};
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;

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
/// different state. [`encode_checked`](super::encode_checked) tells which without decoding. Monitoring is written in canonical order; records of municipalities not
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
pub(super) struct Layout {
    /// `d=…;b=…;`
    pub(super) head: String,
    /// The region name when there is no `n=` item.
    pub(super) default_name: &'static str,
    /// The `r<i>` and `a` items.
    pub(super) rows: String,
}

pub(super) fn encode_block(out: &mut String, s: &Scenario, page: &str) {
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
pub(super) fn layouts(s: &Scenario) -> Vec<Layout> {
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
pub(super) fn selection_text(indices: &[usize]) -> String {
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

/// Every byte outside `A–Z a–z 0–9 - _ ~` as `%XX`.
pub(super) fn percent_encode(out: &mut String, text: &str) {
    for b in text.bytes() {
        if is_unreserved(b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
}

pub(super) fn percent_len(text: &str) -> usize {
    text.bytes()
        .map(|b| if is_unreserved(b) { 1 } else { 3 })
        .sum()
}
