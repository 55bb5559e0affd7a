//! Dutch texts of pasting and importing.

use super::Nl;
use crate::i18n::import::{ImportTexts, ImportWords};
use crate::i18n::texts::Texts;
use crate::i18n::validation::{field_label, number_error};
use evt_core::codec::bytes::FileProblem;
use evt_core::codec::{Change, NewRow, Note, RejectReason as R};
use evt_core::numbers::{format_count, Lang};

const LANG: Lang = Lang::Nl;

impl ImportWords for Nl {
    fn reject_reason(&self, r: &R) -> String {
        match r {
            R::Empty => "niets om in te lezen".into(),
            R::UnknownMunicipality => "geen gemeente van deze regio of van Nederland, en zonder huishoudens om als nieuwe rij toe te voegen".into(),
            R::AmbiguousName => "naam past bij meer dan één gemeente".into(),
            R::DuplicateRow { first_line } => {
                format!("dezelfde gemeente staat al op regel {first_line}")
            }
            R::BadNumber { field, error } => format!(
                "{}: {}",
                field_label(*field, LANG),
                number_error(error, LANG)
            ),
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

    fn new_row_line(&self, r: &NewRow) -> String {
        let kind = if r.national {
            "gemeente met CBS-gegevens"
        } else {
            "eigen rij, geen CBS-gemeente"
        };
        format!("{} ({kind}): {}", r.municipality.name, figures(r))
    }

    fn region_offer(&self, rows: usize, fits: bool) -> String {
        let what = format!(
            "de regio wordt precies deze {rows} rijen, in deze volgorde; urgenten per jaar, minimum, signaalwaarde, plafond en mutatiegraad blijven zoals u ze heeft ingevuld."
        );
        if fits {
            format!("Of maak dit uw regio: {what}")
        } else {
            format!("Geen van deze rijen is een gemeente van de huidige regio. Maak dit uw regio: {what} De regio heet dan ‘Eigen regio’; een andere naam geeft u bij ‘Regio samenstellen’.")
        }
    }

    fn import_texts(&self) -> ImportTexts {
        ImportTexts {
            new_badge: "nieuw",
            new_heading: "Nieuwe rijen",
            region_apply: "Maak dit mijn regio",
            own_region_name: "Eigen regio",
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
