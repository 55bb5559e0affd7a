//! Texts of "Mijn scenario's" (local saving) and of storage problems, in both languages.

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

const NL: SavedTexts = SavedTexts {
    heading: "Mijn scenario's",
    intro: "Uw wijzigingen worden automatisch in deze browser bewaard. Sla een scenario op onder een naam om het later terug te vinden. Werk dat door een link of een ander tabblad werd vervangen, staat hier als niet-opgeslagen werk; daarvan blijven de laatste 10 bewaard. Er gaat niets naar een server.",
    name_label: "Naam voor het huidige scenario",
    name_help: "Hoogstens 80 tekens; elke naam komt één keer voor.",
    save: "Opslaan",
    list_heading: "Opgeslagen scenario's",
    empty: "Er zijn nog geen scenario's opgeslagen.",
    unsaved_hint: "Nog zonder naam: kies Hernoem om het een naam te geven en het te houden.",
    open: "Open",
    rename: "Hernoem",
    duplicate: "Dupliceer",
    delete: "Verwijder",
    rename_save: "Naam opslaan",
    cancel: "Annuleren",
    delete_yes: "Ja, verwijder",
};

const EN: SavedTexts = SavedTexts {
    heading: "My scenarios",
    intro: "Your changes are kept automatically in this browser. Save a scenario under a name to find it again later. Work that a link or another tab replaced is listed here as unsaved work; the last 10 of those are kept. Nothing is sent to a server.",
    name_label: "Name for the current scenario",
    name_help: "At most 80 characters; each name can be used once.",
    save: "Save",
    list_heading: "Saved scenarios",
    empty: "No scenarios have been saved yet.",
    unsaved_hint: "No name yet: choose Rename to give it one and keep it.",
    open: "Open",
    rename: "Rename",
    duplicate: "Duplicate",
    delete: "Delete",
    rename_save: "Save name",
    cancel: "Cancel",
    delete_yes: "Yes, delete",
};

pub fn saved_texts(lang: Lang) -> &'static SavedTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// "25-11-2026 14:03" (nl) or "2026-11-25 14:03" (en), by hand (chrono's formatter is large).
pub fn format_datetime(t: NaiveDateTime, lang: Lang) -> String {
    use chrono::{Datelike, Timelike};
    let (y, mo, d, h, mi) = (t.year(), t.month(), t.day(), t.hour(), t.minute());
    match lang {
        Lang::Nl => format!("{d:02}-{mo:02}-{y} {h:02}:{mi:02}"),
        Lang::En => format!("{y}-{mo:02}-{d:02} {h:02}:{mi:02}"),
    }
}

/// The label of unsaved work: "niet-opgeslagen werk (25-11-2026 14:03)".
pub fn unsaved_label(at: NaiveDateTime, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("niet-opgeslagen werk ({})", format_datetime(at, lang)),
        Lang::En => format!("unsaved work ({})", format_datetime(at, lang)),
    }
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
    match lang {
        Lang::Nl => format!("Opgeslagen op {at}"),
        Lang::En => format!("Saved on {at}"),
    }
}

/// The `n`th candidate name of a copy: "Plan (kopie)", "Plan (kopie 2)", …, shortened with "…"
/// to fit [`MAX_NAME_CHARS`].
pub fn copy_name(base: &str, n: u32, lang: Lang) -> String {
    let word = match lang {
        Lang::Nl => "kopie",
        Lang::En => "copy",
    };
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
    match lang {
        Lang::Nl => format!("Nieuwe naam voor {name}"),
        Lang::En => format!("New name for {name}"),
    }
}

/// The delete confirmation question.
pub fn confirm_delete(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{name} definitief verwijderen?"),
        Lang::En => format!("Delete {name} for good?"),
    }
}

/// The message for a storage problem, for the panel's status line and the page.
pub fn storage_message(p: &Problem, lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    match p {
        Problem::Storage(StorageError::Unavailable) => if nl {
            "Opslag is uitgeschakeld in deze browser; de rekenhulp werkt wel, maar bewaart niets."
        } else {
            "Storage is disabled in this browser; the calculator works, but keeps nothing."
        },
        Problem::Storage(StorageError::Full) => if nl {
            "Opslag is vol: uw laatste wijzigingen zijn niet in deze browser bewaard. Verwijder scenario's die u niet meer nodig heeft; de rekenhulp werkt gewoon door."
        } else {
            "Storage is full: your latest changes were not kept in this browser. Delete scenarios you no longer need; the calculator keeps working."
        },
        Problem::Storage(StorageError::Other(_)) => if nl {
            "Bewaren in deze browser is niet gelukt; de rekenhulp werkt gewoon door."
        } else {
            "Keeping your work in this browser did not succeed; the calculator keeps working."
        },
        Problem::Unreadable { key, backed_up } => {
            let what = match (*key == AUTOSAVE_KEY, nl) {
                (true, true) => "Uw automatisch bewaarde werk kon niet worden gelezen.",
                (false, true) => "Uw opgeslagen scenario's konden niet (allemaal) worden gelezen.",
                (true, false) => "Your automatically kept work could not be read.",
                (false, false) => "Your saved scenarios could not (all) be read.",
            };
            let then = match (*backed_up, nl) {
                (true, true) => "De onleesbare gegevens zijn apart bewaard in deze browser.",
                (false, true) => "Ze worden niet overschreven; daarom bewaart de rekenhulp nu niets. Maak ruimte vrij in de opslag van deze browser.",
                (true, false) => "The unreadable data has been set aside in this browser.",
                (false, false) => "It is not overwritten, so the calculator keeps nothing for now. Free some of this browser's storage.",
            };
            return format!("{what} {then}");
        }
    }
    .to_string()
}

/// The message at a name field.
pub fn name_error(e: NameError, lang: Lang) -> String {
    match (lang, e) {
        (Lang::Nl, NameError::Empty) => "Vul een naam in.".into(),
        (Lang::En, NameError::Empty) => "Enter a name.".into(),
        (Lang::Nl, NameError::TooLong) => {
            format!("Een naam mag hoogstens {MAX_NAME_CHARS} tekens lang zijn.")
        }
        (Lang::En, NameError::TooLong) => {
            format!("A name can be at most {MAX_NAME_CHARS} characters long.")
        }
        (Lang::Nl, NameError::Taken) => {
            "Er is al een scenario met deze naam. Kies een andere naam.".into()
        }
        (Lang::En, NameError::Taken) => {
            "A scenario with this name already exists. Choose another name.".into()
        }
    }
}

/// The message for a failed operation.
pub fn op_error(e: &OpError, lang: Lang) -> String {
    match e {
        OpError::Name(n) => name_error(*n, lang),
        OpError::Problem(p) => storage_message(p, lang),
        OpError::NotFound => match lang {
            Lang::Nl => {
                "Dit scenario bestaat niet meer (misschien is het in een ander tabblad verwijderd)."
                    .into()
            }
            Lang::En => {
                "This scenario no longer exists (it may have been deleted in another tab).".into()
            }
        },
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
    match lang {
        Lang::Nl => format!(
            "Uw vorige werk staat in de lijst als {}.",
            unsaved_label(at, lang)
        ),
        Lang::En => format!(
            "Your previous work is in the list as {}.",
            unsaved_label(at, lang)
        ),
    }
}

pub fn status_text(s: &Status, lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    match s {
        Status::Saved(n) if nl => format!("Opgeslagen als {n}."),
        Status::Saved(n) => format!("Saved as {n}."),
        Status::Opened { name, kept } => {
            let opened = if nl {
                format!("{name} is geopend.")
            } else {
                format!("{name} has been opened.")
            };
            match kept {
                Some(at) => format!("{opened} {}", kept_sentence(*at, lang)),
                None => opened,
            }
        }
        Status::Renamed(n) if nl => format!("De naam is nu {n}."),
        Status::Renamed(n) => format!("The name is now {n}."),
        Status::Duplicated(n) if nl => format!("Kopie gemaakt: {n}."),
        Status::Duplicated(n) => format!("Copy made: {n}."),
        Status::Deleted(n) if nl => format!("{n} is verwijderd."),
        Status::Deleted(n) => format!("{n} has been deleted."),
        Status::KeptAtStartup(at) if nl => format!(
            "De gedeelde link is geopend. Uw eigen werk is niet weg: het staat hieronder als {}.",
            unsaved_label(*at, lang)
        ),
        Status::KeptAtStartup(at) => format!(
            "The shared link has been opened. Your own work is not lost: it is listed below as {}.",
            unsaved_label(*at, lang)
        ),
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
    let kept = kept.map(|k| match (lang, other_tab) {
        (Lang::Nl, false) => format!(
            "De gedeelde link is geopend. Uw eigen werk is niet weg: het staat onder Mijn scenario's als {}.",
            unsaved_label(k.saved_at, lang)
        ),
        (Lang::En, false) => format!(
            "The shared link has been opened. Your own work is not lost: it is under My scenarios as {}.",
            unsaved_label(k.saved_at, lang)
        ),
        (Lang::Nl, true) => format!(
            "In een ander tabblad wordt ook aan een scenario gewerkt. Elk tabblad bewaart zijn eigen werk; het werk van het andere tabblad staat onder Mijn scenario's als {}.",
            unsaved_label(k.saved_at, lang)
        ),
        (Lang::En, true) => format!(
            "Another tab is also working on a scenario. Each tab keeps its own work; the other tab's work is under My scenarios as {}.",
            unsaved_label(k.saved_at, lang)
        ),
    });
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
