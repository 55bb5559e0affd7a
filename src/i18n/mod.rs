//! Every user-facing text, kept per language (DESIGN rule 7: no string literals in `html!`).
//!
//! - `i18n/<topic>.rs` holds a topic's contract and no language: the static label tables
//!   (structs such as [`Texts`]), a trait with one method per sentence with figures (for
//!   example `import::ImportWords`), and thin functions `f(.., lang)` that the components
//!   call, which pick the language with [`by_lang!`].
//! - `i18n/nl/<topic>.rs` and `i18n/en/<topic>.rs` hold the words: the tables' values and
//!   `impl <Topic>Words for Nl` / `for En`. A translator reviews one language in one folder.
//! - A third language is one new folder (`i18n/de/`, a `De` type implementing every topic
//!   trait), one `Lang` variant in `evt_core::numbers` and one arm in [`by_lang!`]: the
//!   compiler lists every table and sentence still missing.
//!
//! Numbers always go through the one formatter of `evt_core::numbers`. Dispatch is static
//! (a `match`, no trait objects), so text a page never shows is not linked into its module.

/// Calls a topic trait's method on the language's type: `by_lang!(lang, reject_reason(r))`
/// becomes `match lang { Lang::Nl => Nl.reject_reason(r), Lang::En => En.reject_reason(r) }`.
/// The one place that lists the languages for sentences.
macro_rules! by_lang {
    ($lang:expr, $method:ident ( $($arg:expr),* $(,)? )) => {
        match $lang {
            ::evt_core::numbers::Lang::Nl => $crate::i18n::nl::Nl.$method($($arg),*),
            ::evt_core::numbers::Lang::En => $crate::i18n::en::En.$method($($arg),*),
        }
    };
}

pub mod chart;
pub mod compare;
mod en;
pub mod explain;
pub mod explanation;
pub mod growth;
pub mod import;
pub mod layout;
pub mod map;
pub mod monitoring;
mod nl;
pub mod page;
pub mod region;
pub mod saved;
pub mod summary;
pub mod validation;

use evt_core::methods::Status;
use evt_core::numbers::Lang;
use evt_core::scenario::Method;

/// Static texts of one language.
pub struct Texts {
    pub lang_attr: &'static str,
    pub title: &'static str,
    pub subtitle: &'static str,
    pub skip_link: &'static str,
    pub switch_lang: &'static str,
    pub switch_lang_label: &'static str,
    pub summary_heading: &'static str,
    pub params_heading: &'static str,
    pub method_legend: &'static str,
    pub urgents_label: &'static str,
    pub urgents_help: &'static str,
    pub minimum_label: &'static str,
    pub minimum_help: &'static str,
    pub signal_label: &'static str,
    pub signal_help: &'static str,
    pub cap_label: &'static str,
    pub cap_help: &'static str,
    pub turnover_label: &'static str,
    pub turnover_help: &'static str,
    pub results_heading: &'static str,
    pub results_caption: &'static str,
    pub stale_notice: &'static str,
    pub col_name: &'static str,
    pub col_households: &'static str,
    pub col_vacancies: &'static str,
    pub col_target: &'static str,
    pub col_percent: &'static str,
    pub col_status: &'static str,
    pub col_household_share: &'static str,
    pub col_urgent_share: &'static str,
    pub col_diff: &'static str,
    pub col_room: &'static str,
    pub col_origin: &'static str,
    pub col_realised: &'static str,
    pub col_status_holders: &'static str,
    pub col_extra_vacancies: &'static str,
    pub col_actions: &'static str,
    pub totals_row: &'static str,
    pub sort_by: &'static str,
    pub sorted_ascending: &'static str,
    pub sorted_descending: &'static str,
    pub estimate: &'static str,
    pub estimate_title: &'static str,
    pub inputs_heading: &'static str,
    pub inputs_caption: &'static str,
    pub show_optional: &'static str,
    pub hide_optional: &'static str,
    pub add_municipality: &'static str,
    pub remove: &'static str,
    pub reset: &'static str,
    pub undo: &'static str,
    pub redo: &'static str,
    pub chart_heading: &'static str,
    pub show_table: &'static str,
    pub show_chart: &'static str,
    pub minimum_line: &'static str,
    pub signal_line: &'static str,
    pub explain_summary: &'static str,
    pub explain_heading: &'static str,
    pub tools_heading: &'static str,
    pub export_csv: &'static str,
    pub import_csv: &'static str,
    pub copy_table: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub paste_heading: &'static str,
    pub paste_label: &'static str,
    pub paste_help: &'static str,
    pub paste_preview: &'static str,
    pub paste_apply: &'static str,
    pub paste_cancel: &'static str,
    pub paste_changes: &'static str,
    pub paste_rejected: &'static str,
    pub paste_nothing: &'static str,
    pub paste_line: &'static str,
    pub print: &'static str,
    pub printed_at: &'static str,
    pub sources_heading: &'static str,
    pub sources_text: &'static str,
    pub privacy: &'static str,
    pub unhoused: &'static str,
    pub unplaced: &'static str,
    pub crash: &'static str,
}

impl Texts {
    pub fn get(lang: Lang) -> &'static Texts {
        match lang {
            Lang::Nl => &nl::TEXTS,
            Lang::En => &en::TEXTS,
        }
    }
}

pub fn method_name(method: Method, lang: Lang) -> &'static str {
    match (lang, method) {
        (Lang::Nl, Method::Households) => "Naar rato van huishoudens (stip op de horizon)",
        (Lang::Nl, Method::EqualPercentage) => "Gelijk percentage van de vrijkomende woningen",
        (Lang::Nl, Method::HomeMunicipality) => "Woonplaatsbeginsel (instroom = uitstroom)",
        (Lang::Nl, Method::HouseholdsCapped) => "Huishoudens, met een plafond per gemeente",
        (Lang::Nl, Method::Fallback) => "Wettelijk terugvalscenario (alleen het minimum)",
        (Lang::En, Method::Households) => "Pro rata to households (the horizon)",
        (Lang::En, Method::EqualPercentage) => "Equal percentage of vacated homes",
        (Lang::En, Method::HomeMunicipality) => "Home municipality (inflow = outflow)",
        (Lang::En, Method::HouseholdsCapped) => "Households, with a cap per municipality",
        (Lang::En, Method::Fallback) => "Statutory fallback (the minimum only)",
    }
}

pub fn method_help(method: Method, lang: Lang) -> &'static str {
    match (lang, method) {
        (Lang::Nl, Method::Households) => "Elke gemeente huisvest urgenten naar haar aandeel in de huishoudens van de regio: het einddoel van de afspraken.",
        (Lang::Nl, Method::EqualPercentage) => "Elke gemeente wijst hetzelfde percentage van haar vrijkomende sociale huurwoningen toe (ingroeipad b).",
        (Lang::Nl, Method::HomeMunicipality) => "Urgenten worden gehuisvest in de gemeente waar ze vandaan komen. Vul daarvoor de kolom instroom in.",
        (Lang::Nl, Method::HouseholdsCapped) => "Naar rato van huishoudens, maar geen gemeente boven het plafond; wat overblijft gaat naar de anderen.",
        (Lang::Nl, Method::Fallback) => "Wat de wet voorschrijft als er geen afspraken zijn: elke gemeente wijst precies het minimum toe.",
        (Lang::En, Method::Households) => "Each municipality houses urgents in proportion to its share of the region's households: the agreement's end goal.",
        (Lang::En, Method::EqualPercentage) => "Each municipality allocates the same percentage of its vacated social-rental homes (growth path b).",
        (Lang::En, Method::HomeMunicipality) => "Urgents are housed in the municipality they came from. Fill in the inflow column for this.",
        (Lang::En, Method::HouseholdsCapped) => "Pro rata to households, but no municipality above the cap; what is left goes to the others.",
        (Lang::En, Method::Fallback) => "What the law prescribes without an agreement: every municipality allocates exactly the minimum.",
    }
}

pub fn status_label(status: Status, lang: Lang) -> &'static str {
    match (lang, status) {
        (Lang::Nl, Status::BelowMinimum) => "onder het minimum",
        (Lang::Nl, Status::WithinRange) => "binnen de bandbreedte",
        (Lang::Nl, Status::AboveSignal) => "boven de signaalwaarde",
        (Lang::Nl, Status::NoVacancies) => "geen vrijkomende woningen",
        (Lang::Nl, Status::NotApplicable) => "n.v.t.",
        (Lang::En, Status::BelowMinimum) => "below the minimum",
        (Lang::En, Status::WithinRange) => "within range",
        (Lang::En, Status::AboveSignal) => "above the signal value",
        (Lang::En, Status::NoVacancies) => "no vacated homes",
        (Lang::En, Status::NotApplicable) => "n/a",
    }
}

/// A symbol that tells the status apart without colour.
pub fn status_symbol(status: Status) -> &'static str {
    match status {
        Status::BelowMinimum => "▼",
        Status::WithinRange => "●",
        Status::AboveSignal => "▲",
        Status::NoVacancies => "✕",
        Status::NotApplicable => "–",
    }
}

/// "Almelo en Enschede" / "Almelo, Borne en Enschede".
pub fn join_names(names: &[String], lang: Lang) -> String {
    let and = match lang {
        Lang::Nl => "en",
        Lang::En => "and",
    };
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

/// "Afgedrukt op 25-11-2026 om 11:02" for the print report.
pub fn printed_at(now: chrono::NaiveDateTime, lang: Lang) -> String {
    // Plain integer formatting: chrono's format machinery costs ~8 KB of wasm.
    use chrono::{Datelike, Timelike};
    let (y, mo, d, h, mi) = (now.year(), now.month(), now.day(), now.hour(), now.minute());
    match lang {
        Lang::Nl => format!(
            "{} {d:02}-{mo:02}-{y}, {h:02}:{mi:02}",
            Texts::get(lang).printed_at
        ),
        Lang::En => format!(
            "{} {y}-{mo:02}-{d:02}, {h:02}:{mi:02}",
            Texts::get(lang).printed_at
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::explain::{explain_other, explain_status, explain_target};
    use super::import::import_note;
    use super::*;
    use crate::state::Computed;
    use crate::view::result_rows;

    fn dinkelland() -> crate::view::ResultRow {
        let scenario = evt_core::data::default_scenario();
        let outcome = evt_core::compute(&scenario).expect("valid");
        let rows = result_rows(&Computed { scenario, outcome });
        rows.into_iter()
            .find(|r| r.id == "GM1774")
            .expect("Dinkelland")
    }

    #[test]
    fn explanations_show_the_actual_numbers() {
        let r = dinkelland();
        let target = explain_target(&r, Lang::Nl);
        assert!(
            target.contains("800 × 10.625 / 285.625 = 29,76 → 30"),
            "{target}"
        );
        let status = explain_status(&r, 1500, 2000, Lang::Nl);
        assert!(status.contains("30 / 83 = 36,1%"), "{status}");
        assert!(status.contains("signaalwaarde 20% = 16,60"), "{status}");
        assert!(status.contains("boven de signaalwaarde"), "{status}");
        let other = explain_other(&r, Lang::Nl);
        assert!(
            other.contains("83 vrijkomend − 30 urgenten − 0 vergunninghouders = +53"),
            "{other}"
        );
        assert!(other.contains("30 − 30 = 0"), "{other}");
        assert!(explain_target(&r, Lang::En).contains("800 × 10,625 / 285,625 = 29.76 → 30"));
    }

    #[test]
    fn printed_at_formats_per_language() {
        let t = chrono::NaiveDate::from_ymd_opt(2026, 11, 5)
            .and_then(|d| d.and_hms_opt(9, 7, 0))
            .expect("valid date");
        assert_eq!(printed_at(t, Lang::Nl), "Afgedrukt op 05-11-2026, 09:07");
        assert_eq!(printed_at(t, Lang::En), "Printed on 2026-11-05, 09:07");
    }

    #[test]
    fn names_are_joined_naturally() {
        let v = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            join_names(&v(&["Almelo", "Enschede"]), Lang::Nl),
            "Almelo en Enschede"
        );
        assert_eq!(join_names(&v(&["A", "B", "C"]), Lang::En), "A, B and C");
        assert_eq!(join_names(&[], Lang::En), "");
    }

    #[test]
    fn import_notes_are_sentences() {
        let n = evt_core::codec::Note::IgnoredColumns(vec!["doel".into()]);
        assert_eq!(import_note(&n, Lang::Nl), "Niet gebruikte kolommen: doel.");
        let n = evt_core::codec::Note::Notation(Lang::En);
        assert!(import_note(&n, Lang::Nl).contains("Engelse notatie"));
    }
}
