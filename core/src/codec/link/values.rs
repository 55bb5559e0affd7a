//! Reading the values inside a link's items: canonical numbers, parameters, percent-encoded
//! texts, row selections, a row's fields, an added row and the monitoring figures.

use super::format::{is_unreserved, LinkError};
use super::limits::{self, bad_row, bad_value, out_of_range};
use crate::monitoring::{Period, Record};
use crate::scenario::Municipality;

pub(super) enum NumberError {
    /// Not a canonical decimal.
    Bad,
    /// Above the maximum.
    Range,
}

/// A canonical unsigned decimal (no sign, no leading zeros) of at most `max`.
pub(super) fn number(text: &str, max: u64) -> Result<u64, NumberError> {
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
pub(super) fn param(key: &str, text: &str, max: u64) -> Result<u64, LinkError> {
    number(text, max).map_err(|e| match e {
        NumberError::Bad => bad_value(key),
        NumberError::Range => out_of_range(key),
    })
}

/// A count in a row.
fn row_count(key: &str, text: &str) -> Result<u64, LinkError> {
    let value = number(text, u64::MAX).map_err(|e| match e {
        NumberError::Bad => bad_row(key),
        NumberError::Range => out_of_range(key),
    })?;
    limits::count(key, value)
}

/// Percent-decoded text; a raw byte outside the unreserved set is `malformed(key)`.
pub(super) fn text(
    key: &str,
    value: &str,
    malformed: fn(&str) -> LinkError,
) -> Result<String, LinkError> {
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
pub(super) fn parse_selection(sel: &str, len: usize) -> Result<Vec<usize>, LinkError> {
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
pub(super) fn row_from_fields(
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
                limits::row_name(key, &name)?;
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
pub(super) fn added_row(item: &str) -> Result<Municipality, LinkError> {
    let (id, fields) = item.split_once(':').ok_or_else(|| bad_row("a"))?;
    limits::id(id)?;
    let mut row = Municipality::new(id, "", 0);
    row_from_fields("a", fields, &mut row, true)?;
    Ok(row)
}

/// `M` items: `<year>h<half>!<row>.<row>…`, one row per municipality, periods ascending.
pub(super) fn parse_monitoring(
    items: &[&str],
    municipalities: &[Municipality],
) -> Result<Vec<Record>, LinkError> {
    let mut records = Vec::new();
    let mut previous: Option<Period> = None;
    for item in items {
        let (period, rows) = item.split_once('!').ok_or_else(|| bad_value("M"))?;
        let p = period.as_bytes();
        let half = match p {
            [y0, y1, y2, y3, b'h', h] if [y0, y1, y2, y3, h].iter().all(|d| d.is_ascii_digit()) => {
                h - b'0'
            }
            _ => return Err(bad_value("M")),
        };
        let year = period
            .get(..4)
            .and_then(|y| y.parse::<i32>().ok())
            .ok_or_else(|| bad_value("M"))?;
        let period = limits::period(Period { year, half })?;
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
                *f = limits::count("M", param("M", part, u64::MAX)?)?;
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
