//! Texts of pasting and importing: why a line was not taken, what changed, remarks on a
//! whole import, and why a file was not read.

use super::validation::{field_label, number_error};
use super::Texts;
use evt_core::numbers::{format_count, Lang};

/// Why a pasted line was not taken over.
pub fn reject_reason(r: &evt_core::codec::RejectReason, lang: Lang) -> String {
    use evt_core::codec::RejectReason as R;
    match (lang, r) {
        (Lang::Nl, R::Empty) => "niets om in te lezen".into(),
        (Lang::En, R::Empty) => "nothing to import".into(),
        (Lang::Nl, R::UnknownMunicipality) => "onbekende gemeente in deze regio".into(),
        (Lang::En, R::UnknownMunicipality) => "municipality not in this region".into(),
        (Lang::Nl, R::AmbiguousName) => "naam past bij meer dan één gemeente".into(),
        (Lang::En, R::AmbiguousName) => "name matches more than one municipality".into(),
        (Lang::Nl, R::DuplicateRow { first_line }) => {
            format!("dezelfde gemeente staat al op regel {first_line}")
        }
        (Lang::En, R::DuplicateRow { first_line }) => {
            format!("the same municipality is already on line {first_line}")
        }
        (_, R::BadNumber { field, error }) => format!(
            "{}: {}",
            field_label(*field, lang),
            number_error(error, lang)
        ),
        (Lang::Nl, R::NoData) => "geen gegevens gevonden".into(),
        (Lang::En, R::NoData) => "no data found".into(),
        (Lang::Nl, R::TotalsRow) => "totaalregel overgeslagen".into(),
        (Lang::En, R::TotalsRow) => "totals row skipped".into(),
        (Lang::Nl, R::TooManyRows { limit }) => format!("te veel regels (maximaal {limit})"),
        (Lang::En, R::TooManyRows { limit }) => format!("too many lines (at most {limit})"),
    }
}

/// "Almelo, vrijkomende woningen: 695 (schatting) → 700".
pub fn change_line(c: &evt_core::codec::Change, lang: Lang) -> String {
    let old = c
        .old
        .map(|v| format_count(v, lang))
        .unwrap_or_else(|| Texts::get(lang).estimate.to_string());
    format!(
        "{}, {}: {old} → {}",
        c.name,
        evt_core::text::lower(field_label(c.field, lang)),
        format_count(c.new, lang)
    )
}

/// A remark about a whole import (ignored columns, notation used, …).
pub fn import_note(n: &evt_core::codec::Note, lang: Lang) -> String {
    use evt_core::codec::Note as N;
    match (lang, n) {
        (Lang::Nl, N::IgnoredColumns(cols)) => format!("Niet gebruikte kolommen: {}.", cols.join(", ")),
        (Lang::En, N::IgnoredColumns(cols)) => format!("Columns not used: {}.", cols.join(", ")),
        (Lang::Nl, N::ExtraColumns { read }) => format!("Zonder kopregel zijn alleen de eerste {read} kolommen gelezen."),
        (Lang::En, N::ExtraColumns { read }) => format!("Without a header row only the first {read} columns were read."),
        (Lang::Nl, N::Notation(Lang::En)) => "De getallen zijn in Engelse notatie gelezen (81,045 = eenentachtigduizend vijfenveertig).".into(),
        (Lang::Nl, N::Notation(Lang::Nl)) => "De getallen zijn in Nederlandse notatie gelezen.".into(),
        (Lang::En, N::Notation(Lang::Nl)) => "The numbers were read in Dutch notation (81.045 = eighty-one thousand and forty-five).".into(),
        (Lang::En, N::Notation(Lang::En)) => "The numbers were read in English notation.".into(),
        (Lang::Nl, N::EstimatesKept { rows }) => format!("Bij {rows} regels gemarkeerd als schatting blijft de schatting staan."),
        (Lang::En, N::EstimatesKept { rows }) => format!("{rows} rows marked as estimate keep their estimate."),
        (Lang::Nl, N::NoKeyColumn) => "Er is geen kolom met de gemeentenaam of -code gevonden.".into(),
        (Lang::En, N::NoKeyColumn) => "No column with the municipality name or code was found.".into(),
        (Lang::Nl, N::TooManyNewRows { offered }) => format!("De regio heeft nog maar ruimte voor {offered} gemeenten."),
        (Lang::En, N::TooManyNewRows { offered }) => format!("The region has room for only {offered} more municipalities."),
    }
}

/// Why a chosen file was not read, and what to do.
pub fn file_problem(p: evt_core::codec::bytes::FileProblem, lang: Lang) -> String {
    use evt_core::codec::bytes::FileProblem;
    match (lang, p) {
        (Lang::Nl, FileProblem::TooLarge { bytes }) => format!(
            "Dit bestand is te groot ({} MB); de rekenhulp leest bestanden tot 5 MB. Kies een tabel met alleen de gemeenten en kolommen die u nodig heeft.",
            bytes.div_ceil(1024 * 1024)
        ),
        (Lang::En, FileProblem::TooLarge { bytes }) => format!(
            "This file is too large ({} MB); the calculator reads files up to 5 MB. Choose a table with only the municipalities and columns you need.",
            bytes.div_ceil(1024 * 1024)
        ),
        (Lang::Nl, FileProblem::Unreadable) => {
            "Dit bestand kon niet worden gelezen. Kies het opnieuw, of kopieer de tabel en plak hem hieronder.".into()
        }
        (Lang::En, FileProblem::Unreadable) => {
            "This file could not be read. Choose it again, or copy the table and paste it below.".into()
        }
    }
}
