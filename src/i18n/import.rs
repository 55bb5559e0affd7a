//! Texts of pasting and importing: why a line was not taken, what changed, remarks on a
//! whole import, and why a file was not read. The words are in `nl/import.rs` and
//! `en/import.rs`.

use evt_core::codec::bytes::FileProblem;
use evt_core::codec::{Change, NewRow, Note, RejectReason};
use evt_core::numbers::Lang;

/// The sentences of pasting and importing, implemented once per language.
pub trait ImportWords {
    /// Why a pasted line was not taken over.
    fn reject_reason(&self, r: &RejectReason) -> String;
    /// "Almelo, vrijkomende woningen: 695 (schatting) → 700".
    fn change_line(&self, c: &Change) -> String;
    /// A remark about a whole import (ignored columns, notation used, …).
    fn import_note(&self, n: &Note) -> String;
    /// Why a chosen file was not read, and what to do.
    fn file_problem(&self, p: FileProblem) -> String;
    /// A row the region does not have yet, as the preview lists it: its name, whether it is
    /// a recognised municipality (with CBS data) or a row of the user's own, and its figures.
    fn new_row_line(&self, r: &NewRow) -> String;
    /// What "make this my region" does with `rows` rows; `fits` when some pasted rows are
    /// municipalities of the region (then it is the second choice, not the only one).
    fn region_offer(&self, rows: usize, fits: bool) -> String;
    /// The short texts of the preview's new rows and region offer.
    fn import_texts(&self) -> ImportTexts;
}

/// The short texts of the import preview.
pub struct ImportTexts {
    /// The mark of a new row ("nieuw").
    pub new_badge: &'static str,
    /// Heading of the new rows.
    pub new_heading: &'static str,
    /// The button that makes the pasted rows the region.
    pub region_apply: &'static str,
    /// The name a region made from a table that fits no row of the current region gets.
    pub own_region_name: &'static str,
}

/// A row the region does not have yet, as the preview lists it.
pub fn new_row_line(r: &NewRow, lang: Lang) -> String {
    by_lang!(lang, new_row_line(r))
}

/// What "make this my region" does.
pub fn region_offer(rows: usize, fits: bool, lang: Lang) -> String {
    by_lang!(lang, region_offer(rows, fits))
}

/// The short texts of the import preview.
pub fn import_texts(lang: Lang) -> ImportTexts {
    by_lang!(lang, import_texts())
}

/// Why a pasted line was not taken over.
pub fn reject_reason(r: &RejectReason, lang: Lang) -> String {
    by_lang!(lang, reject_reason(r))
}

/// "Almelo, vrijkomende woningen: 695 (schatting) → 700".
pub fn change_line(c: &Change, lang: Lang) -> String {
    by_lang!(lang, change_line(c))
}

/// A remark about a whole import (ignored columns, notation used, …).
pub fn import_note(n: &Note, lang: Lang) -> String {
    by_lang!(lang, import_note(n))
}

/// Why a chosen file was not read, and what to do.
pub fn file_problem(p: FileProblem, lang: Lang) -> String {
    by_lang!(lang, file_problem(p))
}
