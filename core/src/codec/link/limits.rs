//! The limits of the values a link carries, each written once: the decoder applies them to
//! what it reads, [`encode_checked`](super::encode_checked) to a state before writing it, so
//! the two cannot disagree. Also the errors for values beyond them.

use super::format::{LinkError, MAX_FONT_CHARS, MAX_ID_LEN, MAX_LINK_LEN, MAX_NAME_CHARS};
use crate::monitoring::Period;
use crate::scenario::{Municipality, FULL_BP, MAX_COUNT, MAX_GROWTH_YEARS, MAX_MUNICIPALITIES};
use std::collections::HashSet;

/// At most 40 bytes of `text`, cut at a character boundary.
pub(super) fn short(text: &str) -> String {
    let mut end = text.len().min(40);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].to_string()
}

pub(super) fn bad_value(key: &str) -> LinkError {
    LinkError::BadValue { key: short(key) }
}

pub(super) fn out_of_range(key: &str) -> LinkError {
    LinkError::OutOfRange { key: short(key) }
}

pub(super) fn bad_row(key: &str) -> LinkError {
    LinkError::BadRow { key: short(key) }
}

/// A link (without the `#`) of at most [`MAX_LINK_LEN`] bytes.
pub(super) fn link_len(link: &str) -> Result<(), LinkError> {
    if link.len() > MAX_LINK_LEN {
        return Err(LinkError::TooLong);
    }
    Ok(())
}

/// A count (parameter, row field or monitoring figure) of at most [`MAX_COUNT`].
pub(super) fn count(key: &str, value: u64) -> Result<u64, LinkError> {
    if value > MAX_COUNT {
        return Err(out_of_range(key));
    }
    Ok(value)
}

/// A percentage of at most 100 % ([`FULL_BP`] basis points).
pub(super) fn basis_points(key: &str, value: u64) -> Result<u32, LinkError> {
    u32::try_from(value)
        .ok()
        .filter(|&bp| bp <= FULL_BP)
        .ok_or_else(|| out_of_range(key))
}

/// Growth years (`gy`): 1 to [`MAX_GROWTH_YEARS`].
pub(super) fn growth_years(value: u64) -> Result<u32, LinkError> {
    u32::try_from(value)
        .ok()
        .filter(|years| (1..=MAX_GROWTH_YEARS).contains(years))
        .ok_or_else(|| out_of_range("gy"))
}

/// The region name (`n`): at most [`MAX_NAME_CHARS`] characters, empty allowed.
pub(super) fn region_name(name: &str) -> Result<(), LinkError> {
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(out_of_range("n"));
    }
    Ok(())
}

/// A municipality's name (field `N` of row item `key`): 1 to [`MAX_NAME_CHARS`] characters.
pub(super) fn row_name(key: &str, name: &str) -> Result<(), LinkError> {
    match name.chars().count() {
        0 => Err(bad_row(key)),
        n if n > MAX_NAME_CHARS => Err(out_of_range(key)),
        _ => Ok(()),
    }
}

/// The id of an added row (`a`): `[A-Za-z0-9-]{1,40}`.
pub(super) fn id(id: &str) -> Result<(), LinkError> {
    if id.is_empty()
        || id.len() > MAX_ID_LEN
        || !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    {
        return Err(bad_row("a"));
    }
    Ok(())
}

/// At most [`MAX_MUNICIPALITIES`] rows.
pub(super) fn municipalities(rows: usize) -> Result<(), LinkError> {
    if rows > MAX_MUNICIPALITIES {
        return Err(LinkError::TooManyMunicipalities);
    }
    Ok(())
}

/// No id twice.
pub(super) fn unique_ids(municipalities: &[Municipality]) -> Result<(), LinkError> {
    let mut ids = HashSet::new();
    for m in municipalities {
        if !ids.insert(m.id.as_str()) {
            return Err(LinkError::DuplicateId(short(&m.id)));
        }
    }
    Ok(())
}

/// A monitoring period (`M`): half 1 or 2, a year from [`Period::FIRST_YEAR`] to
/// [`Period::LAST_YEAR`].
pub(super) fn period(period: Period) -> Result<Period, LinkError> {
    if !matches!(period.half, 1 | 2) {
        return Err(bad_value("M"));
    }
    if !(Period::FIRST_YEAR..=Period::LAST_YEAR).contains(&period.year) {
        return Err(out_of_range("M"));
    }
    Ok(period)
}

/// The theme font (`tf`): 1 to [`MAX_FONT_CHARS`] of ASCII letters, digits, space and `-`.
pub(super) fn font(font: &str) -> Result<(), LinkError> {
    let chars = font.chars().count();
    if chars == 0
        || chars > MAX_FONT_CHARS
        || !font
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-')
    {
        return Err(bad_value("tf"));
    }
    Ok(())
}

/// "Mijn gemeente" (`mg`, as written in the link): the id of one of the scenario's rows.
pub(super) fn mine(mg: &str, municipalities: &[Municipality]) -> Result<(), LinkError> {
    if !municipalities.iter().any(|m| m.id == mg) {
        return Err(bad_value("mg"));
    }
    Ok(())
}
