//! Texts of the page frame: the view navigation, the link bar, link errors and the
//! comparison view. The words are in `nl/page.rs` and `en/page.rs`.

use crate::state::Notice;
use evt_core::codec::link::{LinkError, View};
use evt_core::numbers::Lang;
use evt_core::Scenario;

pub struct PageTexts {
    pub views_label: &'static str,
    pub copy_link: &'static str,
    pub share: &'static str,
    pub copy_embed: &'static str,
    pub embed_copied: &'static str,
    pub link_copied: &'static str,
    pub link_copy_failed: &'static str,
    pub link_field_label: &'static str,
    /// The share sheet was refused (the link field follows).
    pub share_failed: &'static str,
    /// No link was handed out: the scenario is over a link's size limit.
    pub link_too_large: &'static str,
    /// No link was handed out: the input holds something a link cannot carry.
    pub link_not_valid: &'static str,
    pub shared: &'static str,
    pub dismiss: &'static str,
    pub saved_heading: &'static str,
    pub region_heading: &'static str,
    pub map_heading: &'static str,
    pub link_default_opened: &'static str,
    pub link_kept_current: &'static str,
    pub compare_heading: &'static str,
    pub compare_intro: &'static str,
    pub compare_a: &'static str,
    pub compare_b: &'static str,
    pub compare_current: &'static str,
    pub compare_default: &'static str,
    pub compare_from_link: &'static str,
    pub compare_link_label: &'static str,
    pub compare_link_open: &'static str,
    pub compare_link_help: &'static str,
    pub compare_pick_b: &'static str,
    pub compare_pick_a: &'static str,
    pub compare_a_help: &'static str,
    pub compare_caption: &'static str,
    pub compare_col_name: &'static str,
    pub compare_col_target: &'static str,
    pub compare_col_percent: &'static str,
    pub compare_col_status: &'static str,
    pub compare_col_diff: &'static str,
    pub compare_col_diff_points: &'static str,
    pub compare_not_in: &'static str,
    pub compare_changed: &'static str,
    pub compare_status_changed: &'static str,
    pub compare_a_invalid: &'static str,
    pub compare_b_invalid: &'static str,
    /// A view or panel that is loaded on demand (the second module) is on its way.
    pub on_demand_loading: &'static str,
    /// It could not be loaded (offline before the first full visit, a server error).
    pub on_demand_failed: &'static str,
    pub on_demand_retry: &'static str,
}

/// The page frame's words, implemented once per language.
pub trait PageWords {
    fn page_texts(&self) -> &'static PageTexts;
    /// The navigation label of a view.
    fn view_name(&self, view: View) -> &'static str;
    /// What was wrong with a link.
    fn link_error(&self, e: &LinkError) -> String;
    /// The region's name in the subtitle when it has none.
    fn unnamed_region(&self) -> &'static str;
    /// The page subtitle for a region other than the default Twente one.
    fn region_subtitle(&self, region: &str, municipalities: usize) -> String;
    /// The results table's caption, naming the region (`region` may be empty).
    fn results_caption(&self, region: &str) -> String;
    /// The status line after a scenario was opened as A in the compare view.
    fn compare_opened_a(&self, name: &str, kept: bool) -> String;
    /// The line that announces an edit's effect.
    fn notice_text(&self, n: &Notice) -> String;
}

pub fn page_texts(lang: Lang) -> &'static PageTexts {
    by_lang!(lang, page_texts())
}

/// The navigation label of a view.
pub fn view_name(view: View, lang: Lang) -> &'static str {
    by_lang!(lang, view_name(view))
}

/// What was wrong with a link, for the message shown instead of its scenario.
pub fn link_error(e: &LinkError, lang: Lang) -> String {
    by_lang!(lang, link_error(e))
}

/// The page title and main heading: the calculator's name and the region's own
/// ("Evenwichtige Verdeling Twente", "Evenwichtige Verdeling Regio Voorbeeld"); the name
/// alone for a region without one.
pub fn page_title(region: &str, lang: Lang) -> String {
    let name = crate::i18n::Texts::get(lang).app_name;
    match region.trim() {
        "" => name.to_string(),
        region => format!("{name} {region}"),
    }
}

/// The page subtitle: the agreement's own words for Twente ([`evt_core::data::is_twente`]),
/// else the region's name and size.
pub fn page_subtitle(s: &Scenario, lang: Lang) -> String {
    if evt_core::data::is_twente(s) {
        crate::i18n::Texts::get(lang).subtitle.to_string()
    } else {
        region_subtitle(&s.region_name, s.municipalities.len(), lang)
    }
}

/// The urgents field's help: with the agreement's figure for Twente only.
pub fn urgents_help(s: &Scenario, lang: Lang) -> &'static str {
    let t = crate::i18n::Texts::get(lang);
    if evt_core::data::is_twente(s) {
        t.urgents_help_twente
    } else {
        t.urgents_help
    }
}

/// The results table's caption, naming the region.
pub fn results_caption(region: &str, lang: Lang) -> String {
    by_lang!(lang, results_caption(region.trim()))
}

/// The page subtitle for a region other than the default Twente one.
pub fn region_subtitle(region: &str, municipalities: usize, lang: Lang) -> String {
    let region = if region.trim().is_empty() {
        by_lang!(lang, unnamed_region())
    } else {
        region
    };
    by_lang!(lang, region_subtitle(region, municipalities))
}

/// The status line after a scenario was opened as A in the compare view.
pub fn compare_opened_a(name: &str, kept: bool, lang: Lang) -> String {
    by_lang!(lang, compare_opened_a(name, kept))
}

/// The line that announces an edit's effect ("Almelo is verwijderd. …").
pub fn notice_text(n: &Notice, lang: Lang) -> String {
    by_lang!(lang, notice_text(n))
}
