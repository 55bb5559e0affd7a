//! The page's static labels ([`Texts`]): the table's shape here, its words in
//! `nl/texts.rs` and `en/texts.rs`.

use evt_core::numbers::Lang;

/// Static texts of one language.
pub struct Texts {
    pub lang_attr: &'static str,
    /// The calculator's name; the page title adds the region's (`page::page_title`).
    pub app_name: &'static str,
    pub subtitle: &'static str,
    pub skip_link: &'static str,
    pub switch_lang: &'static str,
    pub switch_lang_label: &'static str,
    pub summary_heading: &'static str,
    pub params_heading: &'static str,
    pub method_legend: &'static str,
    pub urgents_label: &'static str,
    pub urgents_help: &'static str,
    /// The same for the Twente region of the agreement, with its figure.
    pub urgents_help_twente: &'static str,
    pub minimum_label: &'static str,
    pub minimum_help: &'static str,
    pub signal_label: &'static str,
    pub signal_help: &'static str,
    pub cap_label: &'static str,
    pub cap_help: &'static str,
    pub turnover_label: &'static str,
    pub turnover_help: &'static str,
    pub results_heading: &'static str,
    pub stale_notice: &'static str,
    pub col_name: &'static str,
    pub col_households: &'static str,
    pub col_vacancies: &'static str,
    pub col_target: &'static str,
    pub col_percent: &'static str,
    pub col_status: &'static str,
    pub col_household_share: &'static str,
    pub col_urgent_share: &'static str,
    pub col_diff: &'static str,
    pub col_room: &'static str,
    pub col_origin: &'static str,
    pub col_realised: &'static str,
    pub col_status_holders: &'static str,
    pub col_extra_vacancies: &'static str,
    pub col_actions: &'static str,
    pub totals_row: &'static str,
    pub sort_by: &'static str,
    pub sorted_ascending: &'static str,
    pub sorted_descending: &'static str,
    pub estimate: &'static str,
    pub estimate_title: &'static str,
    pub inputs_heading: &'static str,
    pub inputs_caption: &'static str,
    pub show_optional: &'static str,
    pub hide_optional: &'static str,
    pub add_municipality: &'static str,
    pub remove: &'static str,
    pub reset: &'static str,
    pub undo: &'static str,
    pub redo: &'static str,
    pub chart_heading: &'static str,
    pub show_table: &'static str,
    pub show_chart: &'static str,
    pub minimum_line: &'static str,
    pub signal_line: &'static str,
    pub explain_summary: &'static str,
    pub explain_heading: &'static str,
    pub tools_heading: &'static str,
    pub export_csv: &'static str,
    pub import_csv: &'static str,
    pub copy_table: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub paste_heading: &'static str,
    pub paste_label: &'static str,
    pub paste_help: &'static str,
    pub paste_preview: &'static str,
    pub paste_apply: &'static str,
    pub paste_cancel: &'static str,
    pub paste_changes: &'static str,
    pub paste_rejected: &'static str,
    pub paste_nothing: &'static str,
    pub paste_line: &'static str,
    pub print: &'static str,
    pub printed_at: &'static str,
    pub sources_heading: &'static str,
    pub sources_text: &'static str,
    pub privacy: &'static str,
    pub unhoused: &'static str,
    pub crash: &'static str,
}

/// The page's static texts, implemented once per language.
pub trait PageTexts {
    fn texts(&self) -> &'static Texts;
}

impl Texts {
    pub fn get(lang: Lang) -> &'static Texts {
        by_lang!(lang, texts())
    }
}
