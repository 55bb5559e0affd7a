//! Texts of the answer-first layout: the assumptions panel, the column toggle, the results
//! beside the inputs, "Wat als", "Mijn gemeente", the map's figures card, the public
//! (embedded) page and the print report. The words are in `nl/layout.rs` and `en/layout.rs`.

use crate::i18n::page::PageWords;
use evt_core::methods::Status;
use evt_core::numbers::Lang;

pub struct LayoutTexts {
    /// The assumptions panel's button when closed / open.
    pub params_open: &'static str,
    pub params_close: &'static str,
    /// Before the one-line description of what is set.
    pub params_now: &'static str,
    pub all_columns: &'static str,
    pub fewer_columns: &'static str,
    pub scroll_hint: &'static str,
    /// The input table's column with each row's new result.
    pub col_result: &'static str,
    /// Column labels of a narrow results table (the full label stays for screen readers).
    pub col_target_short: &'static str,
    pub col_percent_short: &'static str,
    pub whatif_legend: &'static str,
    pub whatif_percent: &'static str,
    pub whatif_scope: &'static str,
    pub whatif_all: &'static str,
    pub whatif_apply: &'static str,
    pub whatif_help: &'static str,
    pub whatif_bad: &'static str,
    pub whatif_direction: &'static str,
    pub whatif_fix_first: &'static str,
    pub whatif_nothing: &'static str,
    pub mine_label: &'static str,
    pub mine_none: &'static str,
    pub mine_help: &'static str,
    pub mine_badge: &'static str,
    pub map_card_close: &'static str,
    pub public_open_full: &'static str,
    pub public_table_heading: &'static str,
    pub print_link: &'static str,
    pub print_qr: &'static str,
    pub print_qr_too_long: &'static str,
    pub print_source: &'static str,
    pub print_button: &'static str,
    pub embed_field_label: &'static str,
}

/// The layout's words, implemented once per language.
pub trait LayoutWords {
    fn layout_texts(&self) -> &'static LayoutTexts;
    /// A status in one word, beside an input row.
    fn status_short(&self, status: Status) -> &'static str;
    /// The print report's region line: "Regio: Twente (14 gemeenten)".
    fn print_region(&self, region: &str, municipalities: usize) -> String;
}

pub fn layout_texts(lang: Lang) -> &'static LayoutTexts {
    by_lang!(lang, layout_texts())
}

/// The print report's region line, with the region's own name (or the words for a region
/// without one).
pub fn print_region(region: &str, municipalities: usize, lang: Lang) -> String {
    let region = match region.trim() {
        "" => by_lang!(lang, unnamed_region()),
        region => region,
    };
    by_lang!(lang, print_region(region, municipalities))
}

/// A status in one word, beside an input row (the full label stays for screen readers).
pub fn status_short(status: Status, lang: Lang) -> &'static str {
    by_lang!(lang, status_short(status))
}
