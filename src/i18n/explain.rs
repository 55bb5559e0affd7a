//! "Hoe berekend?": how one municipality's figure came about, with the numbers. The words
//! are in `nl/explain.rs` and `en/explain.rs`.

use super::status_label;
use crate::view::{Explain, ResultRow};
use evt_core::numbers::{format_bp, format_count, format_percent_or_dash, Lang};
use evt_core::numbers::{format_percent_tenths, format_scaled, format_signed};
use evt_core::scenario::Method;

/// The figures of a status comparison, formatted: `target / vacancies = percent`, then the
/// minimum and the signal value as percentages and as numbers of homes.
pub struct StatusFigures<'a> {
    pub target: &'a str,
    pub vacancies: &'a str,
    pub percent: &'a str,
    pub minimum_bp: &'a str,
    pub minimum: &'a str,
    pub signal_bp: &'a str,
    pub signal: &'a str,
    pub verdict: &'a str,
}

/// The remaining figures of a row, formatted; `diff` is the horizon sentence or empty.
pub struct OtherFigures<'a> {
    pub household_share: &'a str,
    pub urgent_share: &'a str,
    pub diff: &'a str,
    pub vacancies: &'a str,
    pub target: &'a str,
    pub status_holders: &'a str,
    pub room: &'a str,
}

/// The explanations' sentences, implemented once per language; figures come formatted.
pub trait ExplainWords {
    /// What is multiplied and divided: "urgenten × huishoudens van de gemeente / …".
    fn apportion_what(&self, method: Method) -> &'static str;
    /// `what: total × weight / sum = quota → target (largest remainders …)`.
    fn apportioned(
        &self,
        what: &str,
        total: &str,
        weight: &str,
        sum: &str,
        quota: &str,
        target: &str,
    ) -> String;
    /// Held at the cap.
    fn capped(
        &self,
        cap: &str,
        vacancies: &str,
        exact: &str,
        capacity: &str,
        target: &str,
    ) -> String;
    /// Below the cap: a share of what the full ones leave.
    fn capped_share(
        &self,
        shared: &str,
        weight: &str,
        sum: &str,
        quota: &str,
        target: &str,
        capacity: &str,
    ) -> String;
    /// The fallback: the minimum, rounded up.
    fn minimum(&self, minimum: &str, vacancies: &str, exact: &str, target: &str) -> String;
    /// Without vacated homes there is no percentage.
    fn no_percentage(&self) -> &'static str;
    fn status(&self, f: &StatusFigures) -> String;
    /// " Verschil met de horizon (…): target − horizon = diff."
    fn horizon(&self, target: &str, horizon: i64, diff: &str) -> String;
    fn other(&self, f: &OtherFigures) -> String;
}

/// `bp × n / 10 000` in hundredths, rounded half up (for "15% × 83 = 12,45").
fn bp_times(bp: u32, n: u64) -> u128 {
    (u128::from(bp) * u128::from(n) * 2 + 100) / 200
}

/// How a target came about, with the actual numbers, e.g.
/// "800 × 10.625 / 285.625 = 29,76 → 30 (grootste restanten)".
pub fn explain_target(row: &ResultRow, lang: Lang) -> String {
    let c = |n: u64| format_count(n, lang);
    let target = c(row.target);
    match &row.explain {
        Explain::Apportioned {
            method,
            total,
            weight,
            sum,
            quota_hundredths,
        } => {
            let what = by_lang!(lang, apportion_what(*method));
            let q = format_scaled(u128::from(*quota_hundredths), 2, lang);
            by_lang!(
                lang,
                apportioned(what, &c(*total), &c(*weight), &c(*sum), &q, &target)
            )
        }
        Explain::Capped { capacity, cap_bp } => {
            let exact = format_scaled(bp_times(*cap_bp, row.vacancies), 2, lang);
            let cap = format_bp(*cap_bp, lang);
            by_lang!(
                lang,
                capped(&cap, &c(row.vacancies), &exact, &c(*capacity), &target)
            )
        }
        Explain::CappedShare {
            shared,
            weight,
            sum,
            quota_hundredths,
            capacity,
        } => {
            let q = format_scaled(u128::from(*quota_hundredths), 2, lang);
            by_lang!(
                lang,
                capped_share(
                    &c(*shared),
                    &c(*weight),
                    &c(*sum),
                    &q,
                    &target,
                    &c(*capacity)
                )
            )
        }
        Explain::Minimum { minimum_bp } => {
            let exact = format_scaled(bp_times(*minimum_bp, row.vacancies), 2, lang);
            let minimum = format_bp(*minimum_bp, lang);
            by_lang!(lang, minimum(&minimum, &c(row.vacancies), &exact, &target))
        }
    }
}

/// The status comparison with the minimum and the signal value, with numbers.
pub fn explain_status(row: &ResultRow, minimum_bp: u32, signal_bp: u32, lang: Lang) -> String {
    let c = |n: u64| format_count(n, lang);
    let Some(pct) = row.percent_tenths else {
        return by_lang!(lang, no_percentage()).into();
    };
    let min = format_scaled(bp_times(minimum_bp, row.vacancies), 2, lang);
    let sig = format_scaled(bp_times(signal_bp, row.vacancies), 2, lang);
    let (target, vacancies) = (c(row.target), c(row.vacancies));
    let (percent, minimum_pct, signal_pct) = (
        format_percent_tenths(pct, lang),
        format_bp(minimum_bp, lang),
        format_bp(signal_bp, lang),
    );
    let figures = StatusFigures {
        target: &target,
        vacancies: &vacancies,
        percent: &percent,
        minimum_bp: &minimum_pct,
        minimum: &min,
        signal_bp: &signal_pct,
        signal: &sig,
        verdict: status_label(row.status, lang),
    };
    by_lang!(lang, status(&figures))
}

/// The remaining figures of a row with their arithmetic: shares, difference to the horizon
/// and room for regular home seekers.
pub fn explain_other(row: &ResultRow, lang: Lang) -> String {
    let c = |n: u64| format_count(n, lang);
    let pct = |v: Option<u64>| format_percent_or_dash(v, lang);
    let status_holders = i64::try_from(row.vacancies).unwrap_or(i64::MAX)
        - i64::try_from(row.target).unwrap_or(i64::MAX)
        - row.room;
    let target = c(row.target);
    let diff = row.diff_to_horizon.map(|d| {
        let horizon = i64::try_from(row.target).unwrap_or(i64::MAX) - d;
        by_lang!(lang, horizon(&target, horizon, &format_signed(d, lang)))
    });
    let (household_share, urgent_share) = (
        pct(row.household_share_tenths),
        pct(row.urgent_share_tenths),
    );
    let (vacancies, status_holders, room) = (
        c(row.vacancies),
        format_signed(status_holders, lang),
        format_signed(row.room, lang),
    );
    let figures = OtherFigures {
        household_share: &household_share,
        urgent_share: &urgent_share,
        diff: &diff.unwrap_or_default(),
        vacancies: &vacancies,
        target: &target,
        status_holders: &status_holders,
        room: &room,
    };
    by_lang!(lang, other(&figures))
}
