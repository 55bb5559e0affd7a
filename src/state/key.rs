//! Where a draft belongs ([`Key`]) and how its text parses: the cells of the input table,
//! the parameters and the monitoring figures.

use evt_core::codec::monitoring::MonColumn;
use evt_core::monitoring::{Period, Record};
use evt_core::numbers::{parse_count, parse_percent, Lang, NumberError};
use evt_core::validate::{Field, Param};

/// Where a draft belongs.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Key {
    Cell(String, Field),
    Param(Param),
    /// A cell of the monitoring entry table: one figure of a municipality in a half-year.
    Monitoring {
        period: Period,
        id: String,
        figure: Figure,
    },
}

/// A count of a monitoring record: the cells of the entry table, in its column order (the
/// count columns of the spreadsheet, [`MonColumn::COUNTS`]). Its own type, so a draft key
/// can only name a count, and keys sort and travel in a session.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Figure {
    Applications,
    Granted,
    Housed,
    Allocations,
    Suitably,
}

impl Figure {
    /// Every figure, in the order of the entry table.
    pub const ALL: [Figure; 5] = [
        Figure::Applications,
        Figure::Granted,
        Figure::Housed,
        Figure::Allocations,
        Figure::Suitably,
    ];

    /// The spreadsheet column of this figure.
    pub fn column(self) -> MonColumn {
        match self {
            Figure::Applications => MonColumn::Applications,
            Figure::Granted => MonColumn::Granted,
            Figure::Housed => MonColumn::Housed,
            Figure::Allocations => MonColumn::Allocations,
            Figure::Suitably => MonColumn::Suitably,
        }
    }

    /// This figure of a record.
    pub fn get(self, r: &Record) -> u64 {
        match self {
            Figure::Applications => r.applications,
            Figure::Granted => r.granted,
            Figure::Housed => r.housed,
            Figure::Allocations => r.allocations,
            Figure::Suitably => r.suitably,
        }
    }
}

/// A parsed cell value: `None` means blank (allowed for optional columns and vacancies).
pub(super) fn parse_cell(field: Field, text: &str, lang: Lang) -> Result<Option<u64>, NumberError> {
    match parse_count(text, lang) {
        Ok(v) => Ok(Some(v)),
        Err(NumberError::Empty) if field != Field::Households => Ok(None),
        Err(e) => Err(e),
    }
}

pub(super) fn parse_param(
    param: Param,
    text: &str,
    lang: Lang,
) -> Result<Option<u64>, NumberError> {
    if param.is_percent() {
        match parse_percent(text) {
            Ok(bp) => Ok(Some(u64::from(bp))),
            Err(NumberError::Empty) if param == Param::Cap => Ok(None),
            Err(e) => Err(e),
        }
    } else {
        parse_count(text, lang).map(Some)
    }
}

/// A parsed monitoring figure: `None` means blank (the figure is cleared).
pub(super) fn parse_figure(text: &str, lang: Lang) -> Result<Option<u64>, NumberError> {
    match parse_count(text, lang) {
        Ok(v) => Ok(Some(v)),
        Err(NumberError::Empty) => Ok(None),
        Err(e) => Err(e),
    }
}

pub(super) fn parse_key(key: &Key, text: &str, lang: Lang) -> Result<(), NumberError> {
    match key {
        Key::Cell(_, Field::Name) => Ok(()),
        Key::Cell(_, f) => parse_cell(*f, text, lang).map(|_| ()),
        Key::Param(p) => parse_param(*p, text, lang).map(|_| ()),
        Key::Monitoring { .. } => parse_figure(text, lang).map(|_| ()),
    }
}
