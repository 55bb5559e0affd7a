//! Reading a link: every item checked, a typed error for anything else, never a panic, work
//! linear in the input.

use super::format::{checksum, LinkError, LinkState, List, View, VERSION};
use super::limits::{self, bad_value, out_of_range, short};
use super::values::{
    added_row, number, param, parse_monitoring, parse_selection, row_from_fields, text,
};
use crate::data::{DataRow, DATA_VERSION};
use crate::growth::{Horizon, Start};
use crate::numbers::Lang;
use crate::scenario::{GrowthSettings, Method, Municipality, Params, Scenario, MAX_MUNICIPALITIES};
use std::collections::BTreeMap;

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
    limits::link_len(link)?;
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
            limits::font(&font)?;
            state.theme.font = Some(font);
        }
        if let Some(mg) = self.mg {
            limits::mine(mg, &state.scenario.municipalities)?;
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
                limits::municipalities(self.added.len())?;
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
        limits::municipalities(municipalities.len() + self.added.len())?;
        for item in &self.added {
            municipalities.push(added_row(item)?);
        }
        limits::unique_ids(&municipalities)?;

        // Region and parameters.
        let region_name = match self.n {
            None => default_name.to_string(),
            Some(n) => {
                let name = text("n", n, bad_value)?;
                limits::region_name(&name)?;
                name
            }
        };
        let method = match self.m {
            None => Method::default(),
            Some(m) => Method::from_code(m).ok_or_else(|| bad_value("m"))?,
        };
        let mut params = Params::default();
        let count = |key: &str, v: &str| limits::count(key, param(key, v, u64::MAX)?);
        let bp = |key: &str, v: &str| limits::basis_points(key, param(key, v, u64::MAX)?);
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
            params.growth_years = limits::growth_years(param("gy", v, u64::MAX)?)?;
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
