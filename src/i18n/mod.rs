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
pub mod editor;
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
pub mod texts;
pub mod validation;

pub use texts::Texts;

use evt_core::methods::Status;
use evt_core::numbers::Lang;
use evt_core::scenario::Method;

/// The words every topic shares (method and status names, "en", the print date),
/// implemented once per language in `nl/common.rs` and `en/common.rs`.
pub trait CommonWords {
    /// The name of a distribution method.
    fn method_name(&self, method: Method) -> &'static str;
    /// One sentence on what a method does.
    fn method_help(&self, method: Method) -> &'static str;
    /// A status in words: "onder het minimum".
    fn status_label(&self, status: Status) -> &'static str;
    /// The word before the last of a list of names: "en".
    fn and(&self) -> &'static str;
    /// "Afgedrukt op 25-11-2026, 11:02": the date and time in the language's order.
    fn printed_at(&self, y: i32, mo: u32, d: u32, h: u32, mi: u32) -> String;
}

pub fn method_name(method: Method, lang: Lang) -> &'static str {
    by_lang!(lang, method_name(method))
}

pub fn method_help(method: Method, lang: Lang) -> &'static str {
    by_lang!(lang, method_help(method))
}

pub fn status_label(status: Status, lang: Lang) -> &'static str {
    by_lang!(lang, status_label(status))
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
    let and = by_lang!(lang, and());
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
    by_lang!(lang, printed_at(y, mo, d, h, mi))
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
        let rows = result_rows(&Computed {
            scenario: scenario.into(),
            outcome,
        });
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
