//! Dutch texts of "Mijn scenario's" and of storage problems.

use super::Nl;
use crate::i18n::saved::{SavedTexts, SavedWords};
use crate::storage::{NameError, StorageError, MAX_NAME_CHARS};

const SAVED: SavedTexts = SavedTexts {
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

impl SavedWords for Nl {
    fn saved_texts(&self) -> &'static SavedTexts {
        &SAVED
    }

    fn format_datetime(&self, y: i32, mo: u32, d: u32, h: u32, mi: u32) -> String {
        format!("{d:02}-{mo:02}-{y} {h:02}:{mi:02}")
    }

    fn unsaved_label(&self, at: &str) -> String {
        format!("niet-opgeslagen werk ({at})")
    }

    fn saved_on(&self, at: &str) -> String {
        format!("Opgeslagen op {at}")
    }

    fn copy_word(&self) -> &'static str {
        "kopie"
    }

    fn rename_label(&self, name: &str) -> String {
        format!("Nieuwe naam voor {name}")
    }

    fn confirm_delete(&self, name: &str) -> String {
        format!("{name} definitief verwijderen?")
    }

    fn storage_error(&self, e: &StorageError) -> &'static str {
        match e {
            StorageError::Unavailable => "Opslag is uitgeschakeld in deze browser; de rekenhulp werkt wel, maar bewaart niets.",
            StorageError::Full => "Opslag is vol: uw laatste wijzigingen zijn niet in deze browser bewaard. Verwijder scenario's die u niet meer nodig heeft; de rekenhulp werkt gewoon door.",
            StorageError::Other(_) => "Bewaren in deze browser is niet gelukt; de rekenhulp werkt gewoon door.",
        }
    }

    fn unreadable_what(&self, autosave: bool) -> &'static str {
        match autosave {
            true => "Uw automatisch bewaarde werk kon niet worden gelezen.",
            false => "Uw opgeslagen scenario's konden niet (allemaal) worden gelezen.",
        }
    }

    fn unreadable_then(&self, backed_up: bool) -> &'static str {
        match backed_up {
            true => "De onleesbare gegevens zijn apart bewaard in deze browser.",
            false => "Ze worden niet overschreven; daarom bewaart de rekenhulp nu niets. Maak ruimte vrij in de opslag van deze browser.",
        }
    }

    fn name_error(&self, e: NameError) -> String {
        match e {
            NameError::Empty => "Vul een naam in.".into(),
            NameError::TooLong => {
                format!("Een naam mag hoogstens {MAX_NAME_CHARS} tekens lang zijn.")
            }
            NameError::Taken => "Er is al een scenario met deze naam. Kies een andere naam.".into(),
        }
    }

    fn scenario_gone(&self) -> &'static str {
        "Dit scenario bestaat niet meer (misschien is het in een ander tabblad verwijderd)."
    }

    fn kept_sentence(&self, unsaved: &str) -> String {
        format!("Uw vorige werk staat in de lijst als {unsaved}.")
    }

    fn saved_as(&self, name: &str) -> String {
        format!("Opgeslagen als {name}.")
    }

    fn opened(&self, name: &str) -> String {
        format!("{name} is geopend.")
    }

    fn renamed(&self, name: &str) -> String {
        format!("De naam is nu {name}.")
    }

    fn duplicated(&self, name: &str) -> String {
        format!("Kopie gemaakt: {name}.")
    }

    fn deleted(&self, name: &str) -> String {
        format!("{name} is verwijderd.")
    }

    fn kept_at_startup(&self, unsaved: &str) -> String {
        format!(
            "De gedeelde link is geopend. Uw eigen werk is niet weg: het staat hieronder als {unsaved}."
        )
    }

    fn note_kept(&self, other_tab: bool, unsaved: &str) -> String {
        match other_tab {
            false => format!(
                "De gedeelde link is geopend. Uw eigen werk is niet weg: het staat onder Mijn scenario's als {unsaved}."
            ),
            true => format!(
                "In een ander tabblad wordt ook aan een scenario gewerkt. Elk tabblad bewaart zijn eigen werk; het werk van het andere tabblad staat onder Mijn scenario's als {unsaved}."
            ),
        }
    }
}
