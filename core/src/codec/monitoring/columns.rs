//! The columns of the monitoring spreadsheet: their labels in both languages, the header
//! labels we accept, and the figure each count column holds.

use crate::codec::column::{normalise_label, Column};
use crate::field::Field;
use crate::monitoring::Record;
use crate::numbers::Lang;

/// A column of the monitoring spreadsheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MonColumn {
    Period,
    Name,
    /// CBS code (`GM0141`) or the municipality's id.
    Code,
    /// Urgency applications.
    Applications,
    /// Urgency decisions granted.
    Granted,
    /// Statutory urgents housed.
    Housed,
    /// All allocations of social-rental homes.
    Allocations,
    /// Of the housed, how many suitably (afspraak 1a/1b).
    Suitably,
}

impl MonColumn {
    /// Every column, in the order of [`super::export_monitoring_csv`].
    pub const ALL: [MonColumn; 8] = [
        MonColumn::Period,
        MonColumn::Name,
        MonColumn::Code,
        MonColumn::Applications,
        MonColumn::Granted,
        MonColumn::Housed,
        MonColumn::Allocations,
        MonColumn::Suitably,
    ];

    /// The count columns, in order (also the order without a header).
    pub const COUNTS: [MonColumn; 5] = [
        MonColumn::Applications,
        MonColumn::Granted,
        MonColumn::Housed,
        MonColumn::Allocations,
        MonColumn::Suitably,
    ];

    /// The header label we write (and read back).
    pub fn label(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.synonyms()[0],
            Lang::En => match self {
                MonColumn::Period => "period",
                MonColumn::Name => "municipality",
                MonColumn::Code => "code",
                MonColumn::Applications => "applications",
                MonColumn::Granted => "granted",
                MonColumn::Housed => "housed",
                MonColumn::Allocations => "allocations",
                MonColumn::Suitably => "suitably",
            },
        }
    }

    /// Accepted header labels, normalised; the first is the Dutch label we write.
    fn synonyms(self) -> &'static [&'static str] {
        match self {
            MonColumn::Period => &[
                "periode",
                "halfjaar",
                "half jaar",
                "period",
                "half year",
                "halfyear",
            ],
            // The municipality columns are read exactly as in the main table's import.
            MonColumn::Name => Column::Field(Field::Name).synonyms(),
            MonColumn::Code => Column::Code.synonyms(),
            MonColumn::Applications => &[
                "aanvragen",
                "urgentieaanvragen",
                "urgentie aanvragen",
                "aantal urgentieaanvragen",
                "aantal urgentie aanvragen",
                "applications",
                "urgency applications",
            ],
            MonColumn::Granted => &[
                "toegekend",
                "toegekende urgenties",
                "urgentiebeschikkingen",
                "aantal urgentiebeschikkingen",
                "beschikkingen",
                "granted",
                "decisions granted",
                "urgency decisions granted",
                "urgency decisions",
            ],
            MonColumn::Housed => &[
                "gehuisvest",
                "gehuisveste urgenten",
                "gehuisveste wettelijk urgenten",
                "aantal gehuisveste wettelijk urgenten",
                "housed",
                "urgents housed",
                "statutory urgents housed",
                "urgent home seekers housed",
            ],
            MonColumn::Allocations => &[
                "toewijzingen",
                "alle toewijzingen",
                "toewijzingen sociale huur",
                "totaal toewijzingen",
                "allocations",
                "all allocations",
                "social rental allocations",
            ],
            MonColumn::Suitably => &[
                "passend",
                "passend gehuisvest",
                "waarvan passend",
                "waarvan passend gehuisvest",
                "suitably",
                "suitably housed",
                "housed suitably",
                "suitable",
            ],
        }
    }

    /// The column a header label names (case-insensitive, trimmed; a parenthesised remark
    /// and a trailing year are ignored).
    pub fn from_label(label: &str) -> Option<MonColumn> {
        let norm = normalise_label(label);
        if norm.is_empty() {
            return None;
        }
        MonColumn::ALL
            .into_iter()
            .find(|c| c.synonyms().iter().any(|s| *s == norm))
    }

    /// The figure of a count column.
    pub fn get(self, r: &Record) -> Option<u64> {
        match self {
            MonColumn::Applications => Some(r.applications),
            MonColumn::Granted => Some(r.granted),
            MonColumn::Housed => Some(r.housed),
            MonColumn::Allocations => Some(r.allocations),
            MonColumn::Suitably => Some(r.suitably),
            MonColumn::Period | MonColumn::Name | MonColumn::Code => None,
        }
    }

    /// Set the figure of a count column (the other columns are left alone).
    pub fn set(self, r: &mut Record, value: u64) {
        match self {
            MonColumn::Applications => r.applications = value,
            MonColumn::Granted => r.granted = value,
            MonColumn::Housed => r.housed = value,
            MonColumn::Allocations => r.allocations = value,
            MonColumn::Suitably => r.suitably = value,
            MonColumn::Period | MonColumn::Name | MonColumn::Code => {}
        }
    }

    pub(super) fn is_count(self) -> bool {
        MonColumn::COUNTS.contains(&self)
    }
}
