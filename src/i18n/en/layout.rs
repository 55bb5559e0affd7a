//! English texts of the answer-first layout.

use super::En;
use crate::i18n::layout::{LayoutTexts, LayoutWords};
use evt_core::methods::Status;

const LAYOUT: LayoutTexts = LayoutTexts {
    params_open: "Change assumptions",
    params_close: "Close assumptions",
    params_now: "Now",
    all_columns: "Show all columns",
    fewer_columns: "Fewer columns",
    scroll_hint: "Scroll the table sideways for the other columns.",
    col_result: "Result",
    col_target_short: "Urgent home seekers",
    col_percent_short: "%",
    whatif_legend: "What if the vacated homes change?",
    whatif_percent: "Change",
    whatif_scope: "For",
    whatif_all: "all municipalities",
    whatif_apply: "Apply",
    whatif_help: "For example 10 % fewer for ten per cent fewer vacated homes. Estimated numbers then become fixed numbers. Undo takes one step.",
    whatif_bad: "Enter a percentage from 0 to 100, for example 10 or 5.5.",
    whatif_direction: "Fewer or more",
    whatif_fix_first: "First correct the marked input in the table: it would be lost otherwise.",
    whatif_nothing: "Nothing changed: this municipality has no vacated homes, or the change is 0 %.",
    mine_label: "My municipality",
    mine_none: "No municipality chosen",
    mine_help: "Your municipality comes first in the summary and stands out in the table, chart and map. It goes into the link.",
    mine_badge: "my municipality",
    map_card_close: "Close",
    public_open_full: "Open the full calculator",
    public_table_heading: "All municipalities",
    print_link: "This scenario online",
    print_qr: "Scan the code to open this scenario.",
    print_qr_too_long: "This link is too long for a QR code; use the link above.",
    print_source: "Source: CBS (households and corporation homes, 2023) and this scenario's own input. Calculated with the Evenwichtige Verdeling calculator.",
    print_button: "Print",
    embed_field_label: "Embed code (iframe with height script): select and copy",
};

impl LayoutWords for En {
    fn layout_texts(&self) -> &'static LayoutTexts {
        &LAYOUT
    }

    fn status_short(&self, status: Status) -> &'static str {
        match status {
            Status::BelowMinimum => "below",
            Status::WithinRange => "within",
            Status::AboveSignal => "above",
            Status::NoVacancies => "no homes",
            Status::NotApplicable => "n/a",
        }
    }

    fn print_region(&self, region: &str, municipalities: usize) -> String {
        match municipalities {
            1 => format!("Region: {region} (1 municipality)"),
            n => format!("Region: {region} ({n} municipalities)"),
        }
    }
}
