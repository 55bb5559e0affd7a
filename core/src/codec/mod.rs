//! Spreadsheet formats (DESIGN "Spreadsheets"): importing a block pasted from Excel or
//! LibreOffice (tab-separated) or a CSV file (Dutch Excel writes `;` and decimal commas), and
//! exporting results and inputs as `;`-separated UTF-8 with a BOM.
//!
//! Pure: no browser types. The import never changes a scenario by itself; it returns a
//! [`Preview`] that the user confirms, and [`apply`] turns it into a new scenario.

pub mod bytes;
pub mod column;
mod common;
pub mod export;
pub mod link;
pub mod monitoring;
pub mod table;

pub use column::{neutralise, Column, Delimiter};
pub use export::{export_csv, export_inputs_csv, export_tsv, status_label};
pub use table::{
    apply, apply_as_region, apply_with_new_rows, parse_table, Change, NewRow, Note, Preview,
    RejectReason, Rejected, RowRef, MAX_ROWS,
};
