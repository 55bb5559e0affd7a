//! "Hoe berekend?": how one municipality's figure came about, with the numbers.

use super::status_label;
use evt_core::numbers::{format_bp, format_count, format_percent_or_dash, Lang};
use evt_core::scenario::Method;

/// `bp × n / 10 000` in hundredths, rounded half up (for "15% × 83 = 12,45").
fn bp_times(bp: u32, n: u64) -> u128 {
    (u128::from(bp) * u128::from(n) * 2 + 100) / 200
}

/// How a target came about, with the actual numbers, e.g.
/// "800 × 10.625 / 285.625 = 29,76 → 30 (grootste restanten)".
pub fn explain_target(row: &crate::view::ResultRow, lang: Lang) -> String {
    use crate::view::Explain;
    use evt_core::numbers::format_scaled;
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
            let what = match (lang, method) {
                (Lang::Nl, Method::EqualPercentage) => "urgenten × vrijkomende woningen van de gemeente / vrijkomende woningen in de regio",
                (Lang::Nl, Method::HomeMunicipality) => "urgenten × instroom uit de gemeente / instroom in de regio",
                (Lang::Nl, _) => "urgenten × huishoudens van de gemeente / huishoudens in de regio",
                (Lang::En, Method::EqualPercentage) => "urgents × the municipality's vacated homes / the region's vacated homes",
                (Lang::En, Method::HomeMunicipality) => "urgents × inflow from the municipality / inflow in the region",
                (Lang::En, _) => "urgents × the municipality's households / the region's households",
            };
            let q = format_scaled(u128::from(*quota_hundredths), 2, lang);
            match lang {
                Lang::Nl => format!("{what}: {} × {} / {} = {q} → {target} (afgerond met de grootste restanten: iedereen eerst naar beneden, de resterende urgenten naar de grootste restanten).", c(*total), c(*weight), c(*sum)),
                Lang::En => format!("{what}: {} × {} / {} = {q} → {target} (largest remainders: everyone rounded down first, the remaining urgents go to the largest remainders).", c(*total), c(*weight), c(*sum)),
            }
        }
        Explain::Capped { capacity, cap_bp } => {
            let exact = format_scaled(bp_times(*cap_bp, row.vacancies), 2, lang);
            match lang {
                Lang::Nl => format!("Plafond: {} × {} vrijkomende woningen = {exact} → {} (naar beneden afgerond). Naar rato van huishoudens zou deze gemeente meer krijgen, dus krijgt zij precies het plafond: {target}.", format_bp(*cap_bp, lang), c(row.vacancies), c(*capacity)),
                Lang::En => format!("Cap: {} × {} vacated homes = {exact} → {} (rounded down). Pro rata to households this municipality would get more, so it gets exactly the cap: {target}.", format_bp(*cap_bp, lang), c(row.vacancies), c(*capacity)),
            }
        }
        Explain::CappedShare {
            shared,
            weight,
            sum,
            quota_hundredths,
            capacity,
        } => {
            let q = format_scaled(u128::from(*quota_hundredths), 2, lang);
            match lang {
                Lang::Nl => format!("Na de gemeenten die aan hun plafond zitten, blijven {} urgenten over voor de gemeenten eronder: {} × {} / {} huishoudens = {q} → {target} (grootste restanten; plafond {}).", c(*shared), c(*shared), c(*weight), c(*sum), c(*capacity)),
                Lang::En => format!("After the municipalities at their cap, {} urgents remain for those below it: {} × {} / {} households = {q} → {target} (largest remainders; cap {}).", c(*shared), c(*shared), c(*weight), c(*sum), c(*capacity)),
            }
        }
        Explain::Minimum { minimum_bp } => {
            let exact = format_scaled(bp_times(*minimum_bp, row.vacancies), 2, lang);
            match lang {
                Lang::Nl => format!("Wettelijk minimum: {} × {} vrijkomende woningen = {exact} → {target} (naar boven afgerond: minstens het minimum).", format_bp(*minimum_bp, lang), c(row.vacancies)),
                Lang::En => format!("Statutory minimum: {} × {} vacated homes = {exact} → {target} (rounded up: at least the minimum).", format_bp(*minimum_bp, lang), c(row.vacancies)),
            }
        }
    }
}

/// The status comparison with the minimum and the signal value, with numbers.
pub fn explain_status(
    row: &crate::view::ResultRow,
    minimum_bp: u32,
    signal_bp: u32,
    lang: Lang,
) -> String {
    use evt_core::numbers::{format_percent_tenths, format_scaled};
    let c = |n: u64| format_count(n, lang);
    let Some(pct) = row.percent_tenths else {
        return match lang {
            Lang::Nl => {
                "Deze gemeente heeft geen vrijkomende woningen ingevuld, dus er is geen percentage."
                    .into()
            }
            Lang::En => "This municipality has no vacated homes, so there is no percentage.".into(),
        };
    };
    let min = format_scaled(bp_times(minimum_bp, row.vacancies), 2, lang);
    let sig = format_scaled(bp_times(signal_bp, row.vacancies), 2, lang);
    let verdict = status_label(row.status, lang);
    match lang {
        Lang::Nl => format!(
            "{} / {} = {}. Minimum {} van {} = {min}; signaalwaarde {} = {sig}. {} ligt daarom {verdict}.",
            c(row.target), c(row.vacancies), format_percent_tenths(pct, lang),
            format_bp(minimum_bp, lang), c(row.vacancies), format_bp(signal_bp, lang), c(row.target)
        ),
        Lang::En => format!(
            "{} / {} = {}. Minimum {} of {} = {min}; signal value {} = {sig}. So {} is {verdict}.",
            c(row.target), c(row.vacancies), format_percent_tenths(pct, lang),
            format_bp(minimum_bp, lang), c(row.vacancies), format_bp(signal_bp, lang), c(row.target)
        ),
    }
}

/// The remaining figures of a row with their arithmetic: shares, difference to the horizon
/// and room for regular home seekers.
pub fn explain_other(row: &crate::view::ResultRow, lang: Lang) -> String {
    use evt_core::numbers::format_signed;
    let c = |n: u64| format_count(n, lang);
    let pct = |v: Option<u64>| format_percent_or_dash(v, lang);
    let status_holders = i64::try_from(row.vacancies).unwrap_or(i64::MAX)
        - i64::try_from(row.target).unwrap_or(i64::MAX)
        - row.room;
    let diff = row.diff_to_horizon.map(|d| {
        let horizon = i64::try_from(row.target).unwrap_or(i64::MAX) - d;
        match lang {
            Lang::Nl => format!(
                " Verschil met de horizon (naar rato van huishoudens): {} − {horizon} = {}.",
                c(row.target),
                format_signed(d, lang)
            ),
            Lang::En => format!(
                " Difference to the horizon (pro rata to households): {} − {horizon} = {}.",
                c(row.target),
                format_signed(d, lang)
            ),
        }
    });
    match lang {
        Lang::Nl => format!(
            "Aandeel in de huishoudens van de regio: {}; aandeel in de urgenten: {}.{} Ruimte voor regulier woningzoekenden: {} vrijkomend − {} urgenten − {} vergunninghouders = {}.",
            pct(row.household_share_tenths), pct(row.urgent_share_tenths), diff.unwrap_or_default(),
            c(row.vacancies), c(row.target), format_signed(status_holders, lang), format_signed(row.room, lang)
        ),
        Lang::En => format!(
            "Share of the region's households: {}; share of the urgents: {}.{} Room for regular home seekers: {} vacated − {} urgents − {} status holders = {}.",
            pct(row.household_share_tenths), pct(row.urgent_share_tenths), diff.unwrap_or_default(),
            c(row.vacancies), c(row.target), format_signed(status_holders, lang), format_signed(row.room, lang)
        ),
    }
}
