//! Dutch texts of pasting and importing.

use super::Nl;
use crate::i18n::import::ImportWords;
use crate::i18n::texts::Texts;
use crate::i18n::validation::{field_label, number_error};
use evt_core::codec::bytes::FileProblem;
use evt_core::codec::{Change, Note, RejectReason as R};
use evt_core::numbers::{format_count, Lang};

const LANG: Lang = Lang::Nl;

impl ImportWords for Nl {
    fn reject_reason(&self, r: &R) -> String {
        match r {
            R::Empty => "niets om in te lezen".into(),
            R::UnknownMunicipality => "onbekende gemeente in deze regio".into(),
            R::AmbiguousName => "naam past bij meer dan één gemeente".into(),
            R::DuplicateRow { first_line } => {
                format!("dezelfde gemeente staat al op regel {first_line}")
            }
            R::BadNumber { field, error } => format!(
                "{}: {}",
                field_label(*field, LANG),
                number_error(error, LANG)
            ),
            R::NoData => "geen gegevens gevonden".into(),
            R::TotalsRow => "totaalregel overgeslagen".into(),
            R::TooManyRows { limit } => format!("te veel regels (maximaal {limit})"),
        }
    }

    fn change_line(&self, c: &Change) -> String {
        let old = c
            .old
            .map(|v| format_count(v, LANG))
            .unwrap_or_else(|| Texts::get(LANG).estimate.to_string());
        format!(
            "{}, {}: {old} → {}",
            c.name,
            evt_core::text::lower(field_label(c.field, LANG)),
            format_count(c.new, LANG)
        )
    }

    fn import_note(&self, n: &Note) -> String {
        match n {
            Note::IgnoredColumns(cols) => format!("Niet gebruikte kolommen: {}.", cols.join(", ")),
            Note::ExtraColumns { read } => format!("Zonder kopregel zijn alleen de eerste {read} kolommen gelezen."),
            Note::Notation(Lang::En) => "De getallen zijn in Engelse notatie gelezen (81,045 = eenentachtigduizend vijfenveertig).".into(),
            Note::Notation(Lang::Nl) => "De getallen zijn in Nederlandse notatie gelezen.".into(),
            Note::EstimatesKept { rows } => format!("Bij {rows} regels gemarkeerd als schatting blijft de schatting staan."),
            Note::NoKeyColumn => "Er is geen kolom met de gemeentenaam of -code gevonden.".into(),
            Note::TooManyNewRows { offered } => format!("De regio heeft nog maar ruimte voor {offered} gemeenten."),
        }
    }

    fn file_problem(&self, p: FileProblem) -> String {
        match p {
            FileProblem::TooLarge { bytes } => format!(
                "Dit bestand is te groot ({} MB); de rekenhulp leest bestanden tot 5 MB. Kies een tabel met alleen de gemeenten en kolommen die u nodig heeft.",
                bytes.div_ceil(1024 * 1024)
            ),
            FileProblem::Unreadable => {
                "Dit bestand kon niet worden gelezen. Kies het opnieuw, of kopieer de tabel en plak hem hieronder.".into()
            }
        }
    }
}
