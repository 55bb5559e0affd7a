//! Texts of the region builder ("Regio samenstellen", `components::region_builder`). Sentences with figures are functions, so numbers go through `format_count`;
//! the words are in `nl/region.rs` and `en/region.rs`.

use evt_core::numbers::{format_count, Lang};

/// Static texts of the builder.
pub struct RegionTexts {
    pub intro: &'static str,
    pub name_label: &'static str,
    pub name_help: &'static str,
    pub name_empty: &'static str,
    pub name_too_long: &'static str,
    pub quick_label: &'static str,
    pub quick_twente: &'static str,
    pub quick_netherlands: &'static str,
    pub clear: &'static str,
    pub search_label: &'static str,
    pub search_help: &'static str,
    pub results_label: &'static str,
    pub nothing_found: &'static str,
    pub selected_empty: &'static str,
    pub paste_label: &'static str,
    pub paste_help: &'static str,
    pub paste_unknown_hint: &'static str,
    pub paste_add: &'static str,
    pub apply: &'static str,
    pub apply_help: &'static str,
    pub need_municipality: &'static str,
    pub cleared: &'static str,
    /// The region name of the "Twente" quick start.
    pub twente_name: &'static str,
    /// The region name of the "Heel Nederland" quick start.
    pub netherlands_name: &'static str,
    /// The mark of a chosen row that is no CBS municipality (a district, a test case).
    pub own_row: &'static str,
}

/// The builder's sentences, implemented once per language. Counts come formatted (`n`,
/// `total`, …); `municipalities` is a count with its noun ("40 gemeenten").
pub trait RegionWords {
    fn region_texts(&self) -> &'static RegionTexts;
    /// "1 gemeente" / "40 gemeenten"; `count` picks singular or plural.
    fn municipalities(&self, count: usize, n: &str) -> String;
    /// The region's name when it has none.
    fn no_name(&self) -> &'static str;
    fn current_region(&self, name: &str, municipalities: &str) -> String;
    fn selected_heading(&self, n: &str) -> String;
    /// "81.045 huishoudens".
    fn households(&self, households: &str) -> String;
    fn chosen(&self) -> &'static str;
    /// Only the first `shown` of `total` found are listed.
    fn results_some(&self, shown: &str, total: &str) -> String;
    fn results_all(&self, municipalities: &str) -> String;
    fn remove_label(&self, name: &str) -> String;
    fn added(&self, name: &str, municipalities: &str) -> String;
    fn removed(&self, name: &str, municipalities: &str) -> String;
    fn quick_started(&self, label: &str, municipalities: &str) -> String;
    /// All recognised ones are new to the list.
    fn paste_found_all(&self, municipalities: &str) -> String;
    fn paste_found_some(&self, municipalities: &str, new: &str) -> String;
    fn paste_unknown(&self, n: &str, list: &str) -> String;
    fn paste_duplicates(&self, n: &str, list: &str) -> String;
    fn paste_added(&self, municipalities: &str, total: &str) -> String;
    fn applied(&self, name: &str, municipalities: &str) -> String;
    fn too_many(&self, municipalities: &str) -> String;
}

pub fn region_texts(lang: Lang) -> &'static RegionTexts {
    by_lang!(lang, region_texts())
}

fn count(n: usize, lang: Lang) -> String {
    format_count(u64::try_from(n).unwrap_or(u64::MAX), lang)
}

/// "1 gemeente" / "40 gemeenten".
pub fn municipalities(n: usize, lang: Lang) -> String {
    by_lang!(lang, municipalities(n, &count(n, lang)))
}

/// "Huidige regio: Twente (14 gemeenten)".
pub fn current_region(name: &str, n: usize, lang: Lang) -> String {
    let name = if name.trim().is_empty() {
        by_lang!(lang, no_name())
    } else {
        name
    };
    by_lang!(lang, current_region(name, &municipalities(n, lang)))
}

/// "Gekozen gemeenten (40)".
pub fn selected_heading(n: usize, lang: Lang) -> String {
    by_lang!(lang, selected_heading(&count(n, lang)))
}

/// "GM0153 · 81.045 huishoudens".
pub fn option_meta(code: Option<&str>, households: u64, lang: Lang) -> String {
    let hh = by_lang!(lang, households(&format_count(households, lang)));
    match code {
        Some(c) => format!("{c} · {hh}"),
        None => hh,
    }
}

/// The state of an option for screen readers: "gekozen" / "chosen".
pub fn chosen(lang: Lang) -> &'static str {
    by_lang!(lang, chosen())
}

/// "12 gemeenten gevonden" or "12 van 30 gevonden; typ verder om te verfijnen".
pub fn results_status(shown: usize, total: usize, lang: Lang) -> String {
    if total == 0 {
        return region_texts(lang).nothing_found.to_string();
    }
    if shown < total {
        by_lang!(lang, results_some(&count(shown, lang), &count(total, lang)))
    } else {
        by_lang!(lang, results_all(&municipalities(total, lang)))
    }
}

/// "Verwijder Almelo uit de lijst".
pub fn remove_label(name: &str, lang: Lang) -> String {
    by_lang!(lang, remove_label(name))
}

/// "Enschede toegevoegd; 15 gemeenten gekozen."
pub fn added(name: &str, total: usize, lang: Lang) -> String {
    by_lang!(lang, added(name, &municipalities(total, lang)))
}

/// "Enschede verwijderd; 14 gemeenten gekozen."
pub fn removed(name: &str, total: usize, lang: Lang) -> String {
    by_lang!(lang, removed(name, &municipalities(total, lang)))
}

/// "Twente gekozen: 14 gemeenten."
pub fn quick_started(label: &str, total: usize, lang: Lang) -> String {
    by_lang!(lang, quick_started(label, &municipalities(total, lang)))
}

/// "40 herkend, waarvan 26 nieuw in de lijst."
pub fn paste_found(found: usize, new: usize, lang: Lang) -> String {
    let all = municipalities(found, lang);
    if found == new {
        by_lang!(lang, paste_found_all(&all))
    } else {
        by_lang!(lang, paste_found_some(&all, &count(new, lang)))
    }
}

/// "Niet herkend (2): ‘Atlantis’, ‘Bergen’."
pub fn paste_unknown(entries: &[String], lang: Lang) -> String {
    let list = quoted(entries);
    by_lang!(lang, paste_unknown(&count(entries.len(), lang), &list))
}

/// "Meer dan eens genoemd (1): ‘Almelo’ (één keer toegevoegd)."
pub fn paste_duplicates(names: &[String], lang: Lang) -> String {
    let list = quoted(names);
    by_lang!(lang, paste_duplicates(&count(names.len(), lang), &list))
}

fn quoted(items: &[String]) -> String {
    items
        .iter()
        .map(|s| format!("‘{s}’"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "26 gemeenten toegevoegd; 40 gekozen."
pub fn paste_added(new: usize, total: usize, lang: Lang) -> String {
    by_lang!(
        lang,
        paste_added(&municipalities(new, lang), &count(total, lang))
    )
}

/// "Regio ‘Oost’ gemaakt met 40 gemeenten. ‘Ongedaan maken’ brengt het vorige scenario terug."
pub fn applied(name: &str, n: usize, lang: Lang) -> String {
    by_lang!(lang, applied(name, &municipalities(n, lang)))
}

/// "Hoogstens 400 gemeenten in één regio."
pub fn too_many(max: usize, lang: Lang) -> String {
    by_lang!(lang, too_many(&municipalities(max, lang)))
}
