//! Whether a state fits the format, decided without decoding its link: [`encode_checked`].

use super::encode::{encode, percent_encode};
use super::format::{LinkError, LinkState};
use super::limits;
use crate::monitoring::{Period, Record};
use crate::scenario::{Municipality, Scenario};
use std::collections::BTreeMap;

/// [`encode`], or the error [`decode`](super::decode) refuses that link with: `Ok` exactly
/// when `decode(&encode(state))` succeeds, and then the link is `encode(state)`.
///
/// Decides by checking the state against the limits the decoder enforces (the same
/// functions, in `limits.rs`), not by decoding: for the address bar after every edit and for
/// the links the app hands out. What it checks is what the encoder writes: the rows, the
/// parameters, the kept monitoring records (of a scenario row, the last one per period and
/// row), the font, "mijn gemeente", and the link's length, first as [`decode`] does, so
/// [`LinkError::TooLong`] comes exactly when decoding would give it. Other errors are of the
/// kind `decode` gives; when a state breaks several limits, or for a row (whose key depends
/// on the base the encoder picks), the key may differ.
///
/// [`decode`]: super::decode
pub fn encode_checked(state: &LinkState) -> Result<String, LinkError> {
    let link = encode(state);
    limits::link_len(link.strip_prefix('#').unwrap_or(&link))?;
    check_scenario(&state.scenario)?;
    if let Some(compare) = &state.compare {
        check_scenario(compare)?;
    }
    if let Some(font) = &state.theme.font {
        limits::font(font)?;
    }
    if let Some(mine) = &state.mine {
        let mut mg = String::new();
        percent_encode(&mut mg, mine);
        limits::mine(&mg, &state.scenario.municipalities)?;
    }
    Ok(link)
}

/// One scenario block. Fields equal to the embedded data are not written but are checked
/// all the same: the embedded rows are within the limits (tested), so checking them changes
/// nothing, and the check does not depend on which base the encoder picks.
pub(super) fn check_scenario(s: &Scenario) -> Result<(), LinkError> {
    limits::municipalities(s.municipalities.len())?;
    for m in &s.municipalities {
        check_row(m)?;
    }
    limits::unique_ids(&s.municipalities)?;
    limits::region_name(&s.region_name)?;
    let p = &s.params;
    limits::count("u", p.urgents)?;
    limits::basis_points("pm", p.minimum_bp.into())?;
    limits::basis_points("ps", p.signal_bp.into())?;
    if let Some(cap) = p.cap_bp {
        limits::basis_points("pc", cap.into())?;
    }
    limits::basis_points("pr", p.turnover_bp.into())?;
    limits::growth_years(p.growth_years.into())?;
    limits::count("gu", p.urgents_growth)?;
    check_monitoring(s)
}

/// A row as an added row (`a`): the embedded rows' ids pass the id check too (tested).
pub(super) fn check_row(m: &Municipality) -> Result<(), LinkError> {
    const KEY: &str = "a";
    limits::id(&m.id)?;
    limits::row_name(KEY, &m.name)?;
    limits::count(KEY, m.households)?;
    let optional = [
        m.corporation_homes,
        m.vacancies,
        m.origin,
        m.realised,
        m.status_holders,
        m.extra_vacancies,
    ];
    for value in optional.into_iter().flatten() {
        limits::count(KEY, value)?;
    }
    Ok(())
}

/// The records the encoder writes: of a municipality in the scenario, the last one for each
/// period and municipality.
fn check_monitoring(s: &Scenario) -> Result<(), LinkError> {
    if s.monitoring.is_empty() {
        return Ok(());
    }
    let position = crate::scenario::positions(&s.municipalities);
    let mut written: BTreeMap<(Period, usize), &Record> = BTreeMap::new();
    for r in &s.monitoring {
        if let Some(&i) = position.get(r.municipality.as_str()) {
            written.insert((r.period, i), r);
        }
    }
    for r in written.values() {
        limits::period(r.period)?;
        for figure in [
            r.applications,
            r.granted,
            r.housed,
            r.allocations,
            r.suitably,
        ] {
            limits::count("M", figure)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::format::{List, View};
    use super::*;
    use crate::numbers::Lang;
    use crate::scenario::{Method, Params};

    /// What [`encode_checked`] checks beyond what is written: the embedded rows (left out of
    /// a link where unchanged, and their ids written as base rows, never as `a`) are within
    /// every row limit, once each; the default parameters (left out) too.
    #[test]
    fn what_is_not_written_is_within_the_limits() {
        for list in List::ALL {
            let rows: Vec<Municipality> = list.rows().iter().map(|r| r.to_municipality()).collect();
            assert!(!rows.is_empty());
            for m in &rows {
                assert_eq!(check_row(m), Ok(()), "{}", m.id);
            }
            assert_eq!(limits::unique_ids(&rows), Ok(()));
            assert_eq!(limits::municipalities(rows.len()), Ok(()));
            assert_eq!(limits::region_name(list.default_name()), Ok(()));
        }
        let mut s = crate::data::default_scenario();
        s.params = Params::default();
        assert_eq!(check_scenario(&s), Ok(()));
    }

    /// The codes the encoder writes for the enums are ones the decoder reads.
    #[test]
    fn every_code_is_read_back() {
        for lang in [Lang::Nl, Lang::En] {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        for view in View::ALL {
            assert_eq!(View::from_code(view.code()), Some(view));
        }
        for method in Method::ALL {
            assert_eq!(Method::from_code(method.code()), Some(method));
        }
    }
}
