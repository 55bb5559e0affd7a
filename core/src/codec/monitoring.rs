//! Spreadsheet import and export of the half-yearly monitoring figures (SPEC "Half-yearly
//! monitoring", afspraak 4), with the habits of the main table ([`super::table`]).
//!
//! Rules:
//! - One row per half-year and municipality: `periode;gemeente;code;aanvragen;toegekend;
//!   gehuisvest;toewijzingen;passend` (English: `period;municipality;code;applications;
//!   granted;housed;allocations;suitably`). Columns may come in any order and some may be
//!   missing; a name or a code is enough to find the municipality.
//! - Delimiter, BOM, CRLF, quotes, blank lines and notation as in [`super::table`]: tab
//!   (pasted from Excel), `;` (Dutch Excel CSV) or `,`; counts in the interface language's
//!   notation unless the table clearly uses the other one.
//! - Header: optional. Without one, the leading text cells of a row are the period
//!   (anything shaped like `2026-H1`) and the municipality (name or CBS code, either
//!   order), followed by the five counts in the order above.
//! - A row without a period (or with an empty period cell) belongs to `default_period`, the
//!   half-year the user has selected; without one it is rejected.
//! - A row updates the record of its half-year and municipality: an empty cell leaves the
//!   current figure alone (0 for a new record). A row with a bad period, an unknown
//!   municipality, a bad number, or figures that contradict each other (more housed than
//!   allocations, more housed suitably than housed) is rejected as a whole, with the reason
//!   and the period and municipality it is about. The first row for a half-year and
//!   municipality counts.
//! - Export: `;`-separated UTF-8 with a BOM and CRLF, counts without thousands separators,
//!   text cells protected against formula injection; [`parse_monitoring`] reads it back to
//!   the same records.
//!
//! Files: `columns.rs` ([`MonColumn`]), `preview.rs` (what an import would do, and
//! [`apply_monitoring`]), `parse.rs` ([`parse_monitoring`]) and `export.rs`
//! ([`export_monitoring_csv`]).

mod columns;
mod export;
mod parse;
mod preview;

pub use columns::MonColumn;
pub use export::export_monitoring_csv;
pub use parse::{parse_monitoring, period_like, MAX_MONITORING_ROWS};
pub use preview::{
    apply_monitoring, MonChange, MonNote, MonRejectReason, MonRejected, MonitoringPreview,
};

#[cfg(test)]
mod tests;
