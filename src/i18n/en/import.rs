//! English texts of pasting and importing.

use super::En;
use crate::i18n::import::{ImportTexts, ImportWords};
use crate::i18n::texts::Texts;
use crate::i18n::validation::{field_label, number_error};
use evt_core::codec::bytes::FileProblem;
use evt_core::codec::{Change, NewRow, Note, RejectReason as R};
use evt_core::numbers::{format_count, Lang};

const LANG: Lang = Lang::En;

impl ImportWords for En {
    fn reject_reason(&self, r: &R) -> String {
        match r {
            R::Empty => "nothing to import".into(),
            R::UnknownMunicipality => "not a municipality of this region or of the Netherlands, and no households to add it as a new row".into(),
            R::AmbiguousName => "name matches more than one municipality".into(),
            R::DuplicateRow { first_line } => {
                format!("the same municipality is already on line {first_line}")
            }
            R::BadNumber { field, error } => format!(
                "{}: {}",
                field_label(*field, LANG),
                number_error(error, LANG)
            ),
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

    fn new_row_line(&self, r: &NewRow) -> String {
        let kind = if r.national {
            "municipality with CBS data"
        } else {
            "a row of your own, not a CBS municipality"
        };
        format!("{} ({kind}): {}", r.municipality.name, figures(r))
    }

    fn region_offer(&self, rows: usize, fits: bool) -> String {
        let what = format!(
            "the region becomes exactly these {rows} rows, in this order; urgent home seekers per year, minimum, signal value, cap and turnover rate stay as you set them."
        );
        if fits {
            format!("Or make this your region: {what}")
        } else {
            format!("None of these rows is a municipality of the current region. Make this your region: {what} The region is then called ‘Own region’; give it another name under ‘Build a region’.")
        }
    }

    fn import_texts(&self) -> ImportTexts {
        ImportTexts {
            new_badge: "new",
            new_heading: "New rows",
            region_apply: "Make this my region",
            own_region_name: "Own region",
        }
    }
}

/// The figures of a new row that were given or come from the data, in column order.
fn figures(r: &NewRow) -> String {
    use evt_core::validate::Field;
    let m = &r.municipality;
    [
        Field::Households,
        Field::CorporationHomes,
        Field::Vacancies,
        Field::Origin,
        Field::Realised,
        Field::StatusHolders,
        Field::ExtraVacancies,
    ]
    .into_iter()
    .filter_map(|f| {
        m.count(f).map(|v| {
            format!(
                "{} {}",
                format_count(v, LANG),
                evt_core::text::lower(field_label(f, LANG))
            )
        })
    })
    .collect::<Vec<_>>()
    .join(", ")
}
