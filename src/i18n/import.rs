//! Texts of pasting and importing: why a line was not taken, what changed, remarks on a
//! whole import, and why a file was not read. The words are in `nl/import.rs` and
//! `en/import.rs`.

use evt_core::codec::bytes::FileProblem;
use evt_core::codec::{Change, Note, RejectReason};
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
