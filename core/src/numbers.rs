//! Parsing what people type and formatting what they read (SPEC "Numbers and text").
//!
//! Counts accept plain (`81000`) and thousands notation (`81.000`; in English also `81,000`)
//! and reject decimals with a clear error; percentages accept `15`, `15,5` and `15.5` (up to
//! two decimals) and become basis points. Output is Dutch (`81.045`, `18,4%`) or English
//! (`81,045`, `18.4%`).

use crate::scenario::MAX_COUNT;
use serde::{Deserialize, Serialize};

/// Interface language; also decides number notation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    fn thousands(self) -> char {
        match self {
            Lang::Nl => '.',
            Lang::En => ',',
        }
    }

    fn decimal(self) -> char {
        match self {
            Lang::Nl => ',',
            Lang::En => '.',
        }
    }
}

/// Why a typed number was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumberError {
    /// Nothing was typed where a number is required.
    Empty,
    /// Not a number at all (letters, stray signs).
    NotANumber,
    /// A count with a fractional part ("81,5" or "81.5").
    NotWhole,
    /// A minus sign: counts and percentages are never negative.
    Negative,
    /// Larger than the maximum (10 000 000 for counts, 100 % for percentages).
    TooLarge { max: u64 },
    /// A percentage with more than two decimals.
    TooManyDecimals,
    /// Group separators not between groups of three digits ("1.6891520": an estimate with
    /// digits typed after it).
    Grouping,
}

/// Spaces and apostrophes between digit groups ("81 045", "1'234"). `is_whitespace` already
/// covers the no-break spaces U+00A0 and U+202F that spreadsheets group with.
fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\''
}

/// Parse a count (households, vacancies, people). Empty input is [`NumberError::Empty`].
pub fn parse_count(input: &str, lang: Lang) -> Result<u64, NumberError> {
    let s: String = input.trim().chars().filter(|c| !is_space(*c)).collect();
    if s.is_empty() {
        return Err(NumberError::Empty);
    }
    if s.starts_with('-') || s.starts_with('\u{2212}') {
        let rest = s.trim_start_matches(['-', '\u{2212}']);
        return if !rest.is_empty()
            && rest
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        {
            Err(NumberError::Negative)
        } else {
            Err(NumberError::NotANumber)
        };
    }
    let s = s.strip_prefix('+').unwrap_or(&s);
    // Whole numbers with one or two zero decimals, as spreadsheets write them ("720,0",
    // "1.520,00"); three zeros stay ambiguous with thousands grouping ("33,000").
    let s = match s.rsplit_once(lang.decimal()) {
        Some((whole, zeros))
            if (1..=2).contains(&zeros.len())
                && zeros.chars().all(|c| c == '0')
                && whole.starts_with(|c: char| c.is_ascii_digit()) =>
        {
            whole
        }
        _ => s,
    };
    if !s
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        || !s.starts_with(|c: char| c.is_ascii_digit())
    {
        return Err(NumberError::NotANumber);
    }
    let has_dot = s.contains('.');
    let has_comma = s.contains(',');
    let digits: String = match (has_dot, has_comma) {
        (false, false) => s.to_string(),
        (true, true) => return Err(NumberError::NotWhole),
        (true, false) => grouped(s, '.').ok_or_else(|| not_grouped(s, '.', lang))?,
        (false, true) => {
            // In Dutch the comma is the decimal sign: "12,345" is twelve point three.
            if lang.decimal() == ',' {
                return Err(NumberError::NotWhole);
            }
            grouped(s, ',').ok_or_else(|| not_grouped(s, ',', lang))?
        }
    };
    parse_digits(&digits, MAX_COUNT)
}

/// Why `s` with `sep` is not a grouped count: more than three digits after a group
/// separator of `lang` is a grouping mistake, anything else a decimal.
fn not_grouped(s: &str, sep: char, lang: Lang) -> NumberError {
    let last = s.rsplit(sep).next().unwrap_or("");
    if sep != lang.decimal() && last.len() > 3 {
        NumberError::Grouping
    } else {
        NumberError::NotWhole
    }
}

/// Digits of a number written with `sep` between groups of three, or `None` when the
/// grouping is not thousands grouping (then it is a decimal).
fn grouped(s: &str, sep: char) -> Option<String> {
    let parts: Vec<&str> = s.split(sep).collect();
    let first = parts.first()?;
    if first.is_empty() || first.len() > 3 {
        return None;
    }
    if parts[1..].iter().any(|p| p.len() != 3) {
        return None;
    }
    Some(parts.concat())
}

fn parse_digits(digits: &str, max: u64) -> Result<u64, NumberError> {
    let trimmed = digits.trim_start_matches('0');
    if trimmed.len() > 12 {
        return Err(NumberError::TooLarge { max });
    }
    let v: u64 = if trimmed.is_empty() {
        0
    } else {
        trimmed.parse().map_err(|_| NumberError::NotANumber)?
    };
    if v > max {
        return Err(NumberError::TooLarge { max });
    }
    Ok(v)
}

/// Parse a percentage (`15`, `15,5`, `15.5`, `15 %`) into basis points (1550), 0–100 %.
pub fn parse_percent(input: &str) -> Result<u32, NumberError> {
    let s: String = input.trim().chars().filter(|c| !is_space(*c)).collect();
    let s = s.strip_suffix('%').unwrap_or(&s);
    if s.is_empty() {
        return Err(NumberError::Empty);
    }
    if s.starts_with('-') || s.starts_with('\u{2212}') {
        return Err(NumberError::Negative);
    }
    let s = s.strip_prefix('+').unwrap_or(s);
    let mut parts = s.splitn(2, ['.', ',']);
    let whole = parts.next().unwrap_or("");
    let frac = parts.next().unwrap_or("");
    let ok = |p: &str| p.chars().all(|c| c.is_ascii_digit());
    if !ok(whole) || !ok(frac) || (whole.is_empty() && frac.is_empty()) {
        return Err(NumberError::NotANumber);
    }
    if frac.len() > 2 {
        return Err(NumberError::TooManyDecimals);
    }
    let w = if whole.is_empty() {
        0
    } else {
        parse_digits(whole, 100).map_err(|_| NumberError::TooLarge { max: 100 })?
    };
    let f = format!("{frac:0<2}").parse::<u64>().unwrap_or(0);
    let bp = w * 100 + f;
    if bp > 10_000 {
        return Err(NumberError::TooLarge { max: 100 });
    }
    u32::try_from(bp).map_err(|_| NumberError::TooLarge { max: 100 })
}

/// A count with thousands separators: `81.045` (nl), `81,045` (en).
pub fn format_count(n: u64, lang: Lang) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(lang.thousands());
        }
        out.push(c);
    }
    out
}

/// A signed count with an explicit sign: `+3`, `−12` (true minus sign), `0`.
pub fn format_signed(n: i64, lang: Lang) -> String {
    let body = format_count(n.unsigned_abs(), lang);
    match n.signum() {
        1 => format!("+{body}"),
        -1 => format!("\u{2212}{body}"),
        _ => body,
    }
}

/// A number scaled by `10^decimals` with exactly that many decimals: (2976, 2) → `29,76`.
pub fn format_scaled(value: u128, decimals: u32, lang: Lang) -> String {
    let scale = 10u128.pow(decimals.min(30));
    let whole = u64::try_from(value / scale).unwrap_or(u64::MAX);
    let mut s = format_count(whole, lang);
    if decimals > 0 {
        s.push(lang.decimal());
        s.push_str(&format!(
            "{:0width$}",
            value % scale,
            width = decimals as usize
        ));
    }
    s
}

/// A percentage given in tenths (184) as `18,4%` (nl) or `18.4%` (en).
pub fn format_percent_tenths(tenths: u64, lang: Lang) -> String {
    format!("{}%", format_scaled(u128::from(tenths), 1, lang))
}

/// A percentage in tenths, or `–` where there is none (a municipality without vacated homes):
/// how every table, chart and sentence shows a missing percentage.
pub fn format_percent_or_dash(tenths: Option<u64>, lang: Lang) -> String {
    tenths
        .map(|t| format_percent_tenths(t, lang))
        .unwrap_or_else(|| "–".to_string())
}

/// A signed percentage in tenths: `−3,2%`.
pub fn format_signed_percent_tenths(tenths: i64, lang: Lang) -> String {
    let body = format_percent_tenths(tenths.unsigned_abs(), lang);
    if tenths < 0 {
        format!("\u{2212}{body}")
    } else {
        body
    }
}

/// Basis points as a percentage without superfluous decimals: 1500 → `15%`, 1550 → `15,5%`.
pub fn format_bp(bp: u32, lang: Lang) -> String {
    format!("{}%", format_bp_plain(bp, lang))
}

/// Basis points as a plain number for an input field: 1500 → `15`, 1525 → `15,25`.
pub fn format_bp_plain(bp: u32, lang: Lang) -> String {
    let whole = bp / 100;
    let frac = bp % 100;
    if frac == 0 {
        whole.to_string()
    } else if frac % 10 == 0 {
        format!("{whole}{}{}", lang.decimal(), frac / 10)
    } else {
        format!("{whole}{}{frac:02}", lang.decimal())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_in_dutch() {
        assert_eq!(parse_count("81.000", Lang::Nl), Ok(81_000));
        assert_eq!(parse_count("81000", Lang::Nl), Ok(81_000));
        assert_eq!(parse_count(" 1.234.567 ", Lang::Nl), Ok(1_234_567));
        assert_eq!(parse_count("81 045", Lang::Nl), Ok(81_045));
        assert_eq!(parse_count("12,345", Lang::Nl), Err(NumberError::NotWhole));
        assert_eq!(parse_count("81.5", Lang::Nl), Err(NumberError::NotWhole));
        assert_eq!(parse_count("81,5", Lang::Nl), Err(NumberError::NotWhole));
        assert_eq!(parse_count("1.234,5", Lang::Nl), Err(NumberError::NotWhole));
        // Spreadsheet whole numbers with zero decimals; three zeros stay a decimal.
        assert_eq!(parse_count("720,0", Lang::Nl), Ok(720));
        assert_eq!(parse_count("1.520,0", Lang::Nl), Ok(1520));
        assert_eq!(parse_count("1.520,00", Lang::Nl), Ok(1520));
        assert_eq!(parse_count("720,000", Lang::Nl), Err(NumberError::NotWhole));
        assert_eq!(parse_count("720,05", Lang::Nl), Err(NumberError::NotWhole));
        assert_eq!(parse_count(",0", Lang::Nl), Err(NumberError::NotANumber));
        assert_eq!(parse_count("1,520.0", Lang::En), Ok(1520));
        assert_eq!(parse_count("720.00", Lang::En), Ok(720));
        // An estimate with digits typed after it: a grouping mistake, not a decimal.
        assert_eq!(
            parse_count("1.6891520", Lang::Nl),
            Err(NumberError::Grouping)
        );
        assert_eq!(
            parse_count("1,6891520", Lang::En),
            Err(NumberError::Grouping)
        );
        assert_eq!(parse_count("", Lang::Nl), Err(NumberError::Empty));
        assert_eq!(parse_count("abc", Lang::Nl), Err(NumberError::NotANumber));
        assert_eq!(parse_count("-5", Lang::Nl), Err(NumberError::Negative));
        assert_eq!(parse_count("1e5", Lang::Nl), Err(NumberError::NotANumber));
        assert_eq!(parse_count(".5", Lang::Nl), Err(NumberError::NotANumber));
        assert_eq!(
            parse_count("10.000.001", Lang::Nl),
            Err(NumberError::TooLarge { max: MAX_COUNT })
        );
        assert_eq!(parse_count("10.000.000", Lang::Nl), Ok(MAX_COUNT));
        assert_eq!(
            parse_count("99999999999999999999999", Lang::Nl),
            Err(NumberError::TooLarge { max: MAX_COUNT })
        );
    }

    #[test]
    fn group_spaces_and_apostrophes_are_ignored() {
        for text in [
            "81 045",
            "81\u{a0}045",
            "81\u{202f}045",
            "81'045",
            "8'1 0\u{a0}45",
        ] {
            assert_eq!(parse_count(text, Lang::Nl), Ok(81_045), "{text:?}");
            assert_eq!(parse_count(text, Lang::En), Ok(81_045), "{text:?}");
        }
        assert_eq!(parse_count("1'234'567", Lang::En), Ok(1_234_567));
        assert_eq!(parse_percent("15\u{a0}%"), Ok(1500));
        assert_eq!(parse_percent("1'5"), Ok(1500));
    }

    #[test]
    fn grouping_mistake_only_with_more_than_three_digits_after_the_separator() {
        // More than three after the last group separator: digits typed after an estimate.
        assert_eq!(
            parse_count("1.6891520", Lang::Nl),
            Err(NumberError::Grouping)
        );
        assert_eq!(parse_count("1,6891", Lang::En), Err(NumberError::Grouping));
        // Exactly three after it, but a first group of four: read as a decimal.
        assert_eq!(
            parse_count("1234.567", Lang::Nl),
            Err(NumberError::NotWhole)
        );
        assert_eq!(
            parse_count("1234,567", Lang::En),
            Err(NumberError::NotWhole)
        );
        assert_eq!(parse_count("1.23", Lang::Nl), Err(NumberError::NotWhole));
    }

    #[test]
    fn digits_up_to_twelve_parse_longer_are_too_large() {
        // The length guard keeps `parse` from overflowing; leading zeros do not count.
        assert_eq!(
            parse_digits("000999999999999", u64::MAX),
            Ok(999_999_999_999)
        );
        assert_eq!(
            parse_digits("1000000000000", u64::MAX),
            Err(NumberError::TooLarge { max: u64::MAX })
        );
        assert_eq!(parse_digits("0000", 5), Ok(0));
        assert_eq!(parse_digits("6", 5), Err(NumberError::TooLarge { max: 5 }));
        assert_eq!(parse_digits("5", 5), Ok(5));
    }

    #[test]
    fn scaled_without_decimals_and_percent_or_dash() {
        assert_eq!(format_scaled(29, 0, Lang::Nl), "29");
        assert_eq!(format_scaled(2976, 2, Lang::Nl), "29,76");
        assert_eq!(format_scaled(5, 3, Lang::En), "0.005");
        assert_eq!(format_percent_or_dash(Some(184), Lang::Nl), "18,4%");
        assert_eq!(format_percent_or_dash(Some(184), Lang::En), "18.4%");
        assert_eq!(format_percent_or_dash(None, Lang::Nl), "–");
        // Zero has no sign.
        assert_eq!(format_signed_percent_tenths(0, Lang::Nl), "0,0%");
        assert_eq!(format_signed_percent_tenths(-32, Lang::Nl), "\u{2212}3,2%");
        assert_eq!(format_signed_percent_tenths(32, Lang::En), "3.2%");
    }

    #[test]
    fn negative_counts_are_named_only_when_they_are_numbers() {
        for lang in [Lang::Nl, Lang::En] {
            for text in ["-5", "-1.234", "-12,5", "\u{2212}7", "--3", "-0"] {
                assert_eq!(
                    parse_count(text, lang),
                    Err(NumberError::Negative),
                    "{text:?}"
                );
            }
            for text in ["-", "\u{2212}", "-abc", "-1x", "-1.2a"] {
                assert_eq!(
                    parse_count(text, lang),
                    Err(NumberError::NotANumber),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn counts_in_english() {
        assert_eq!(parse_count("81,000", Lang::En), Ok(81_000));
        assert_eq!(parse_count("81.000", Lang::En), Ok(81_000));
        assert_eq!(parse_count("81.5", Lang::En), Err(NumberError::NotWhole));
        assert_eq!(parse_count("12,34", Lang::En), Err(NumberError::NotWhole));
    }

    #[test]
    fn percents() {
        assert_eq!(parse_percent("15"), Ok(1500));
        assert_eq!(parse_percent("15,5"), Ok(1550));
        assert_eq!(parse_percent("15.5"), Ok(1550));
        assert_eq!(parse_percent("15,25 %"), Ok(1525));
        assert_eq!(parse_percent("0,5"), Ok(50));
        assert_eq!(parse_percent("100"), Ok(10_000));
        assert_eq!(
            parse_percent("100,01"),
            Err(NumberError::TooLarge { max: 100 })
        );
        assert_eq!(parse_percent("15,255"), Err(NumberError::TooManyDecimals));
        assert_eq!(parse_percent("-1"), Err(NumberError::Negative));
        assert_eq!(parse_percent("x"), Err(NumberError::NotANumber));
        assert_eq!(parse_percent(""), Err(NumberError::Empty));
        // Every part must be digits, and there must be some.
        for text in ["15,x", "15.5a", "a,5", ",", ".", "%", "1,2,3"] {
            let expected = if text == "%" {
                NumberError::Empty
            } else {
                NumberError::NotANumber
            };
            assert_eq!(parse_percent(text), Err(expected), "{text:?}");
        }
        assert_eq!(parse_percent(",5"), Ok(50));
        assert_eq!(parse_percent("20,"), Ok(2000));
    }

    #[test]
    fn formatting() {
        assert_eq!(format_count(81_045, Lang::Nl), "81.045");
        assert_eq!(format_count(81_045, Lang::En), "81,045");
        assert_eq!(format_count(800, Lang::Nl), "800");
        assert_eq!(format_count(1_234_567, Lang::Nl), "1.234.567");
        assert_eq!(format_percent_tenths(184, Lang::Nl), "18,4%");
        assert_eq!(format_percent_tenths(184, Lang::En), "18.4%");
        assert_eq!(format_percent_tenths(5, Lang::Nl), "0,5%");
        assert_eq!(format_scaled(2976, 2, Lang::Nl), "29,76");
        assert_eq!(format_bp(1500, Lang::Nl), "15%");
        assert_eq!(format_bp(1550, Lang::Nl), "15,5%");
        assert_eq!(format_bp(1525, Lang::En), "15.25%");
        assert_eq!(format_signed(-12, Lang::Nl), "\u{2212}12");
        assert_eq!(format_signed(3, Lang::Nl), "+3");
        assert_eq!(format_signed(0, Lang::Nl), "0");
    }

    #[test]
    fn formatted_counts_parse_back() {
        for n in [0, 7, 999, 1000, 81_045, 10_000_000] {
            for lang in [Lang::Nl, Lang::En] {
                assert_eq!(parse_count(&format_count(n, lang), lang), Ok(n));
            }
        }
    }
}
