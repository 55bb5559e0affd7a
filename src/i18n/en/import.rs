//! English texts of pasting and importing.

use super::En;
use crate::i18n::import::ImportWords;
use crate::i18n::texts::Texts;
use crate::i18n::validation::{field_label, number_error};
use evt_core::codec::bytes::FileProblem;
use evt_core::codec::{Change, Note, RejectReason as R};
use evt_core::numbers::{format_count, Lang};

const LANG: Lang = Lang::En;

impl ImportWords for En {
    fn reject_reason(&self, r: &R) -> String {
        match r {
            R::Empty => "nothing to import".into(),
            R::UnknownMunicipality => "municipality not in this region".into(),
            R::AmbiguousName => "name matches more than one municipality".into(),
            R::DuplicateRow { first_line } => {
                format!("the same municipality is already on line {first_line}")
            }
            R::BadNumber { field, error } => format!(
                "{}: {}",
                field_label(*field, LANG),
                number_error(error, LANG)
            ),
            R::NoData => "no data found".into(),
            R::TotalsRow => "totals row skipped".into(),
            R::TooManyRows { limit } => format!("too many lines (at most {limit})"),
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
            Note::IgnoredColumns(cols) => format!("Columns not used: {}.", cols.join(", ")),
            Note::ExtraColumns { read } => format!("Without a header row only the first {read} columns were read."),
            Note::Notation(Lang::Nl) => "The numbers were read in Dutch notation (81.045 = eighty-one thousand and forty-five).".into(),
            Note::Notation(Lang::En) => "The numbers were read in English notation.".into(),
            Note::EstimatesKept { rows } => format!("{rows} rows marked as estimate keep their estimate."),
            Note::NoKeyColumn => "No column with the municipality name or code was found.".into(),
            Note::TooManyNewRows { offered } => format!("The region has room for only {offered} more municipalities."),
        }
    }

    fn file_problem(&self, p: FileProblem) -> String {
        match p {
            FileProblem::TooLarge { bytes } => format!(
                "This file is too large ({} MB); the calculator reads files up to 5 MB. Choose a table with only the municipalities and columns you need.",
                bytes.div_ceil(1024 * 1024)
            ),
            FileProblem::Unreadable => {
                "This file could not be read. Choose it again, or copy the table and paste it below.".into()
            }
        }
    }
}
