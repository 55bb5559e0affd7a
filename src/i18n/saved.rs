//! Texts of "Mijn scenario's" (local saving) and of storage problems. The words are in
//! `nl/saved.rs` and `en/saved.rs`.

use crate::storage::{
    Kept, Kind, NameError, OpError, Problem, SavedScenario, StorageError, AUTOSAVE_KEY,
    MAX_NAME_CHARS,
};
use chrono::NaiveDateTime;
use evt_core::numbers::Lang;

/// Static texts of the panel.
pub struct SavedTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    pub name_label: &'static str,
    pub name_help: &'static str,
    pub save: &'static str,
    pub list_heading: &'static str,
    pub empty: &'static str,
    pub unsaved_hint: &'static str,
    pub open: &'static str,
    pub rename: &'static str,
    pub duplicate: &'static str,
    pub delete: &'static str,
    pub rename_save: &'static str,
    pub cancel: &'static str,
    pub delete_yes: &'static str,
}

/// The words of the panel and of storage problems, implemented once per language. Times
/// and labels come formatted.
pub trait SavedWords {
    fn saved_texts(&self) -> &'static SavedTexts;
    /// A date and time in the language's order.
    fn format_datetime(&self, y: i32, mo: u32, d: u32, h: u32, mi: u32) -> String;
    /// "niet-opgeslagen werk (25-11-2026 14:03)".
    fn unsaved_label(&self, at: &str) -> String;
    /// "Opgeslagen op 25-11-2026 14:03".
    fn saved_on(&self, at: &str) -> String;
    /// The word in a copy's name: "kopie".
    fn copy_word(&self) -> &'static str;
    fn rename_label(&self, name: &str) -> String;
    fn confirm_delete(&self, name: &str) -> String;
    fn storage_error(&self, e: &StorageError) -> &'static str;
    /// What could not be read: the autosaved work or the saved scenarios.
    fn unreadable_what(&self, autosave: bool) -> &'static str;
    /// What happens now: set aside, or nothing kept.
    fn unreadable_then(&self, backed_up: bool) -> &'static str;
    fn name_error(&self, e: NameError) -> String;
    /// The scenario acted on no longer exists.
    fn scenario_gone(&self) -> &'static str;
    /// "Uw vorige werk staat in de lijst als niet-opgeslagen werk (…)."
    fn kept_sentence(&self, unsaved: &str) -> String;
    /// The status lines after an action, with the scenario's name.
    fn saved_as(&self, name: &str) -> String;
    fn opened(&self, name: &str) -> String;
    fn renamed(&self, name: &str) -> String;
    fn duplicated(&self, name: &str) -> String;
    fn deleted(&self, name: &str) -> String;
    /// At startup a link replaced the autosaved work, kept as `unsaved`.
    fn kept_at_startup(&self, unsaved: &str) -> String;
    /// The page's line on work kept when a link opened, or when another tab worked too.
    fn note_kept(&self, other_tab: bool, unsaved: &str) -> String;
}

pub fn saved_texts(lang: Lang) -> &'static SavedTexts {
    by_lang!(lang, saved_texts())
}

/// "25-11-2026 14:03" (nl) or "2026-11-25 14:03" (en), by hand (chrono's formatter is large).
pub fn format_datetime(t: NaiveDateTime, lang: Lang) -> String {
    use chrono::{Datelike, Timelike};
    let (y, mo, d, h, mi) = (t.year(), t.month(), t.day(), t.hour(), t.minute());
    by_lang!(lang, format_datetime(y, mo, d, h, mi))
}

/// The label of unsaved work: "niet-opgeslagen werk (25-11-2026 14:03)".
pub fn unsaved_label(at: NaiveDateTime, lang: Lang) -> String {
    by_lang!(lang, unsaved_label(&format_datetime(at, lang)))
}

/// The name shown for an entry: its name, or the unsaved-work label.
pub fn display_name(item: &SavedScenario, lang: Lang) -> String {
    match item.kind {
        Kind::Named => item.name.clone(),
        Kind::UnsavedWork => unsaved_label(item.saved_at, lang),
    }
}

/// The date line of an entry: "Opgeslagen op 25-11-2026 14:03".
pub fn saved_on(item: &SavedScenario, lang: Lang) -> String {
    let at = format_datetime(item.saved_at, lang);
    by_lang!(lang, saved_on(&at))
}

/// The `n`th candidate name of a copy: "Plan (kopie)", "Plan (kopie 2)", …, shortened with "…"
/// to fit [`MAX_NAME_CHARS`].
pub fn copy_name(base: &str, n: u32, lang: Lang) -> String {
    let word = by_lang!(lang, copy_word());
    let suffix = if n <= 1 {
        format!(" ({word})")
    } else {
        format!(" ({word} {n})")
    };
    let room = MAX_NAME_CHARS.saturating_sub(suffix.chars().count());
    let base = base.trim();
    if base.chars().count() <= room {
        format!("{base}{suffix}")
    } else {
        let cut: String = base.chars().take(room.saturating_sub(1)).collect();
        format!("{}…{suffix}", cut.trim_end())
    }
}

/// The copy names [`crate::storage::duplicate`] tries, in `lang`: the entry's shown name
/// with "(kopie)", "(kopie 2)", … ("(copy)" in English).
pub fn copy_namer(lang: Lang) -> impl Fn(&SavedScenario, u32) -> String {
    move |source, n| copy_name(&display_name(source, lang), n, lang)
}

/// A button's accessible name with the scenario it acts on: "Verwijder Variant A".
pub fn action_label(verb: &str, name: &str) -> String {
    format!("{verb} {name}")
}

/// The label of the inline rename field.
pub fn rename_label(name: &str, lang: Lang) -> String {
    by_lang!(lang, rename_label(name))
}

/// The delete confirmation question.
pub fn confirm_delete(name: &str, lang: Lang) -> String {
    by_lang!(lang, confirm_delete(name))
}

/// The message for a storage problem, for the panel's status line and the page.
pub fn storage_message(p: &Problem, lang: Lang) -> String {
    match p {
        Problem::Storage(e) => by_lang!(lang, storage_error(e)).to_string(),
        Problem::Unreadable { key, backed_up } => {
            let what = by_lang!(lang, unreadable_what(*key == AUTOSAVE_KEY));
            let then = by_lang!(lang, unreadable_then(*backed_up));
            format!("{what} {then}")
        }
    }
}

/// The message at a name field.
pub fn name_error(e: NameError, lang: Lang) -> String {
    by_lang!(lang, name_error(e))
}

/// The message for a failed operation.
pub fn op_error(e: &OpError, lang: Lang) -> String {
    match e {
        OpError::Name(n) => name_error(*n, lang),
        OpError::Problem(p) => storage_message(p, lang),
        OpError::NotFound => by_lang!(lang, scenario_gone()).into(),
    }
}

/// What the panel's status line says.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    Saved(String),
    /// Opened; `kept` is the time of the previous work when it was kept as unsaved work.
    Opened {
        name: String,
        kept: Option<NaiveDateTime>,
    },
    Renamed(String),
    Duplicated(String),
    Deleted(String),
    /// At startup a link replaced the autosaved work, which was kept.
    KeptAtStartup(NaiveDateTime),
    Problem(Problem),
    Failed(OpError),
}

fn kept_sentence(at: NaiveDateTime, lang: Lang) -> String {
    by_lang!(lang, kept_sentence(&unsaved_label(at, lang)))
}

pub fn status_text(s: &Status, lang: Lang) -> String {
    match s {
        Status::Saved(n) => by_lang!(lang, saved_as(n)),
        Status::Opened { name, kept } => {
            let opened = by_lang!(lang, opened(name));
            match kept {
                Some(at) => format!("{opened} {}", kept_sentence(*at, lang)),
                None => opened,
            }
        }
        Status::Renamed(n) => by_lang!(lang, renamed(n)),
        Status::Duplicated(n) => by_lang!(lang, duplicated(n)),
        Status::Deleted(n) => by_lang!(lang, deleted(n)),
        Status::KeptAtStartup(at) => by_lang!(lang, kept_at_startup(&unsaved_label(*at, lang))),
        Status::Problem(p) => storage_message(p, lang),
        Status::Failed(e) => op_error(e, lang),
    }
}

/// The page-level message after startup: the kept work and/or a storage problem.
/// The storage line: work kept when a link opened (or another tab's work kept), and any
/// problem.
pub fn note_message(
    kept: Option<&Kept>,
    other_tab: bool,
    problem: Option<&Problem>,
    lang: Lang,
) -> Option<String> {
    let kept = kept.map(|k| by_lang!(lang, note_kept(other_tab, &unsaved_label(k.saved_at, lang))));
    let problem = problem.map(|p| storage_message(p, lang));
    match (kept, problem) {
        (Some(k), Some(p)) => Some(format!("{k} {p}")),
        (k, p) => k.or(p),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at() -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 25)
            .and_then(|d| d.and_hms_opt(14, 3, 0))
            .expect("valid")
    }

    #[test]
    fn storage_labels_per_language() {
        assert_eq!(
            unsaved_label(at(), Lang::Nl),
            "niet-opgeslagen werk (25-11-2026 14:03)"
        );
        assert_eq!(
            unsaved_label(at(), Lang::En),
            "unsaved work (2026-11-25 14:03)"
        );
        assert_eq!(copy_name("Plan", 1, Lang::Nl), "Plan (kopie)");
        assert_eq!(copy_name("Plan", 3, Lang::En), "Plan (copy 3)");
    }

    #[test]
    fn storage_messages() {
        assert_eq!(
            storage_message(&Problem::Storage(StorageError::Unavailable), Lang::Nl),
            "Opslag is uitgeschakeld in deze browser; de rekenhulp werkt wel, maar bewaart niets."
        );
        assert!(
            storage_message(&Problem::Storage(StorageError::Full), Lang::Nl)
                .starts_with("Opslag is vol: ")
        );
    }
}
