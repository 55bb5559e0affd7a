//! English texts of "My scenarios" and of storage problems.

use super::En;
use crate::i18n::saved::{SavedTexts, SavedWords};
use crate::storage::{NameError, StorageError, MAX_NAME_CHARS};

const SAVED: SavedTexts = SavedTexts {
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

impl SavedWords for En {
    fn saved_texts(&self) -> &'static SavedTexts {
        &SAVED
    }

    fn format_datetime(&self, y: i32, mo: u32, d: u32, h: u32, mi: u32) -> String {
        format!("{y}-{mo:02}-{d:02} {h:02}:{mi:02}")
    }

    fn unsaved_label(&self, at: &str) -> String {
        format!("unsaved work ({at})")
    }

    fn saved_on(&self, at: &str) -> String {
        format!("Saved on {at}")
    }

    fn copy_word(&self) -> &'static str {
        "copy"
    }

    fn rename_label(&self, name: &str) -> String {
        format!("New name for {name}")
    }

    fn confirm_delete(&self, name: &str) -> String {
        format!("Delete {name} for good?")
    }

    fn storage_error(&self, e: &StorageError) -> &'static str {
        match e {
            StorageError::Unavailable => "Storage is disabled in this browser; the calculator works, but keeps nothing.",
            StorageError::Full => "Storage is full: your latest changes were not kept in this browser. Delete scenarios you no longer need; the calculator keeps working.",
            StorageError::Other(_) => "Keeping your work in this browser did not succeed; the calculator keeps working.",
        }
    }

    fn unreadable_what(&self, autosave: bool) -> &'static str {
        match autosave {
            true => "Your automatically kept work could not be read.",
            false => "Your saved scenarios could not (all) be read.",
        }
    }

    fn unreadable_then(&self, backed_up: bool) -> &'static str {
        match backed_up {
            true => "The unreadable data has been set aside in this browser.",
            false => "It is not overwritten, so the calculator keeps nothing for now. Free some of this browser's storage.",
        }
    }

    fn name_error(&self, e: NameError) -> String {
        match e {
            NameError::Empty => "Enter a name.".into(),
            NameError::TooLong => {
                format!("A name can be at most {MAX_NAME_CHARS} characters long.")
            }
            NameError::Taken => {
                "A scenario with this name already exists. Choose another name.".into()
            }
        }
    }

    fn scenario_gone(&self) -> &'static str {
        "This scenario no longer exists (it may have been deleted in another tab)."
    }

    fn kept_sentence(&self, unsaved: &str) -> String {
        format!("Your previous work is in the list as {unsaved}.")
    }

    fn saved_as(&self, name: &str) -> String {
        format!("Saved as {name}.")
    }

    fn opened(&self, name: &str) -> String {
        format!("{name} has been opened.")
    }

    fn renamed(&self, name: &str) -> String {
        format!("The name is now {name}.")
    }

    fn duplicated(&self, name: &str) -> String {
        format!("Copy made: {name}.")
    }

    fn deleted(&self, name: &str) -> String {
        format!("{name} has been deleted.")
    }

    fn kept_at_startup(&self, unsaved: &str) -> String {
        format!(
            "The shared link has been opened. Your own work is not lost: it is listed below as {unsaved}."
        )
    }

    fn note_kept(&self, other_tab: bool, unsaved: &str) -> String {
        match other_tab {
            false => format!(
                "The shared link has been opened. Your own work is not lost: it is under My scenarios as {unsaved}."
            ),
            true => format!(
                "Another tab is also working on a scenario. Each tab keeps its own work; the other tab's work is under My scenarios as {unsaved}."
            ),
        }
    }
}
