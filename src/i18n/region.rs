//! Texts of the region builder ("Regio samenstellen", `components::region_builder`), in both
//! languages. Sentences with figures are functions, so numbers go through `format_count`.

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
}

const NL: RegionTexts = RegionTexts {
    intro: "Stel een eigen regio samen uit de 342 gemeenten van Nederland (CBS, 1 januari 2023): zoek op naam of CBS-code, of plak een lijst. Met ‘Maak deze regio’ begint een nieuw scenario met de standaardparameters; ongedaan maken kan.",
    name_label: "Naam van de regio",
    name_help: "Verplicht, hoogstens 100 tekens. De naam komt in de link.",
    name_empty: "Geef de regio een naam.",
    name_too_long: "De naam is te lang: hoogstens 100 tekens.",
    quick_label: "Snel beginnen",
    quick_twente: "Twente",
    quick_netherlands: "Heel Nederland",
    clear: "Lijst leegmaken",
    search_label: "Zoek een gemeente",
    search_help: "Typ een naam of een CBS-code (GM0153; codes zijn bekend voor de Twentse gemeenten). Kies met de pijltjestoetsen en Enter, of klik.",
    results_label: "Gevonden gemeenten",
    nothing_found: "Geen gemeente gevonden.",
    selected_empty: "Nog geen gemeenten gekozen.",
    paste_label: "Plak een lijst met namen of CBS-codes",
    paste_help: "Eén per regel, of gescheiden door tabs, komma's of puntkomma's: een kolom of rij uit Excel kan zo.",
    paste_unknown_hint: "Controleer de spelling. Bij namen die vaker voorkomen, zoals Bergen, schrijft u de naam zoals het CBS: Bergen (L.) of Bergen (NH.).",
    paste_add: "Toevoegen",
    apply: "Maak deze regio",
    apply_help: "Vervangt de gemeenten van het huidige scenario door deze lijst.",
    need_municipality: "Kies ten minste één gemeente.",
    cleared: "De lijst is leeggemaakt.",
    twente_name: "Twente",
    netherlands_name: "Nederland",
};

const EN: RegionTexts = RegionTexts {
    intro: "Build your own region from the 342 municipalities of the Netherlands (CBS, 1 January 2023): search by name or CBS code, or paste a list. ‘Make this region’ starts a new scenario with the default parameters; you can undo it.",
    name_label: "Name of the region",
    name_help: "Required, at most 100 characters. The name goes into the link.",
    name_empty: "Give the region a name.",
    name_too_long: "The name is too long: at most 100 characters.",
    quick_label: "Quick start",
    quick_twente: "Twente",
    quick_netherlands: "All of the Netherlands",
    clear: "Clear the list",
    search_label: "Search a municipality",
    search_help: "Type a name or a CBS code (GM0153; codes are known for the Twente municipalities). Choose with the arrow keys and Enter, or click.",
    results_label: "Municipalities found",
    nothing_found: "No municipality found.",
    selected_empty: "No municipalities chosen yet.",
    paste_label: "Paste a list of names or CBS codes",
    paste_help: "One per line, or separated by tabs, commas or semicolons: a column or row from Excel works as it is.",
    paste_unknown_hint: "Check the spelling. For names that occur more than once, such as Bergen, write the name as CBS does: Bergen (L.) or Bergen (NH.).",
    paste_add: "Add",
    apply: "Make this region",
    apply_help: "Replaces the municipalities of the current scenario with this list.",
    need_municipality: "Choose at least one municipality.",
    cleared: "The list has been cleared.",
    twente_name: "Twente",
    netherlands_name: "Nederland",
};

pub fn region_texts(lang: Lang) -> &'static RegionTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

fn count(n: usize, lang: Lang) -> String {
    format_count(u64::try_from(n).unwrap_or(u64::MAX), lang)
}

/// "1 gemeente" / "40 gemeenten".
pub fn municipalities(n: usize, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Nl, 1) => "1 gemeente".to_string(),
        (Lang::Nl, _) => format!("{} gemeenten", count(n, lang)),
        (Lang::En, 1) => "1 municipality".to_string(),
        (Lang::En, _) => format!("{} municipalities", count(n, lang)),
    }
}

/// "Huidige regio: Twente (14 gemeenten)".
pub fn current_region(name: &str, n: usize, lang: Lang) -> String {
    let name = if name.trim().is_empty() {
        match lang {
            Lang::Nl => "(zonder naam)",
            Lang::En => "(no name)",
        }
    } else {
        name
    };
    match lang {
        Lang::Nl => format!("Huidige regio: {name} ({})", municipalities(n, lang)),
        Lang::En => format!("Current region: {name} ({})", municipalities(n, lang)),
    }
}

/// "Gekozen gemeenten (40)".
pub fn selected_heading(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Gekozen gemeenten ({})", count(n, lang)),
        Lang::En => format!("Chosen municipalities ({})", count(n, lang)),
    }
}

/// "GM0153 · 81.045 huishoudens".
pub fn option_meta(code: Option<&str>, households: u64, lang: Lang) -> String {
    let hh = match lang {
        Lang::Nl => format!("{} huishoudens", format_count(households, lang)),
        Lang::En => format!("{} households", format_count(households, lang)),
    };
    match code {
        Some(c) => format!("{c} · {hh}"),
        None => hh,
    }
}

/// The state of an option for screen readers: "gekozen" / "chosen".
pub fn chosen(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "gekozen",
        Lang::En => "chosen",
    }
}

/// "12 gemeenten gevonden" or "12 van 30 gevonden; typ verder om te verfijnen".
pub fn results_status(shown: usize, total: usize, lang: Lang) -> String {
    if total == 0 {
        return region_texts(lang).nothing_found.to_string();
    }
    match lang {
        Lang::Nl if shown < total => format!(
            "{} van {} gevonden; typ verder om te verfijnen.",
            count(shown, lang),
            count(total, lang)
        ),
        Lang::Nl => format!("{} gevonden.", municipalities(total, lang)),
        Lang::En if shown < total => format!(
            "{} of {} found; keep typing to narrow down.",
            count(shown, lang),
            count(total, lang)
        ),
        Lang::En => format!("{} found.", municipalities(total, lang)),
    }
}

/// "Verwijder Almelo uit de lijst".
pub fn remove_label(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Verwijder {name} uit de lijst"),
        Lang::En => format!("Remove {name} from the list"),
    }
}

/// "Enschede toegevoegd; 15 gemeenten gekozen."
pub fn added(name: &str, total: usize, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            "{name} toegevoegd; {} gekozen.",
            municipalities(total, lang)
        ),
        Lang::En => format!("{name} added; {} chosen.", municipalities(total, lang)),
    }
}

/// "Enschede verwijderd; 14 gemeenten gekozen."
pub fn removed(name: &str, total: usize, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            "{name} verwijderd; {} gekozen.",
            municipalities(total, lang)
        ),
        Lang::En => format!("{name} removed; {} chosen.", municipalities(total, lang)),
    }
}

/// "Twente gekozen: 14 gemeenten."
pub fn quick_started(label: &str, total: usize, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{label} gekozen: {}.", municipalities(total, lang)),
        Lang::En => format!("{label} chosen: {}.", municipalities(total, lang)),
    }
}

/// "40 herkend, waarvan 26 nieuw in de lijst."
pub fn paste_found(found: usize, new: usize, lang: Lang) -> String {
    match lang {
        Lang::Nl if found == new => format!("Herkend: {}.", municipalities(found, lang)),
        Lang::Nl => format!(
            "Herkend: {}, waarvan {} nieuw in de lijst.",
            municipalities(found, lang),
            count(new, lang)
        ),
        Lang::En if found == new => format!("Recognised: {}.", municipalities(found, lang)),
        Lang::En => format!(
            "Recognised: {}, of which {} new to the list.",
            municipalities(found, lang),
            count(new, lang)
        ),
    }
}

/// "Niet herkend (2): ‘Atlantis’, ‘Bergen’."
pub fn paste_unknown(entries: &[String], lang: Lang) -> String {
    let list = quoted(entries);
    match lang {
        Lang::Nl => format!("Niet herkend ({}): {list}.", count(entries.len(), lang)),
        Lang::En => format!("Not recognised ({}): {list}.", count(entries.len(), lang)),
    }
}

/// "Meer dan eens genoemd (1): ‘Almelo’ (één keer toegevoegd)."
pub fn paste_duplicates(names: &[String], lang: Lang) -> String {
    let list = quoted(names);
    match lang {
        Lang::Nl => format!(
            "Meer dan eens genoemd ({}): {list}; telt één keer.",
            count(names.len(), lang)
        ),
        Lang::En => format!(
            "Named more than once ({}): {list}; counted once.",
            count(names.len(), lang)
        ),
    }
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
    match lang {
        Lang::Nl => format!(
            "{} toegevoegd; {} gekozen.",
            municipalities(new, lang),
            count(total, lang)
        ),
        Lang::En => format!(
            "{} added; {} chosen.",
            municipalities(new, lang),
            count(total, lang)
        ),
    }
}

/// "Regio ‘Oost’ gemaakt met 40 gemeenten. ‘Ongedaan maken’ brengt het vorige scenario terug."
pub fn applied(name: &str, n: usize, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            "Regio ‘{name}’ gemaakt met {}. ‘Ongedaan maken’ brengt het vorige scenario terug.",
            municipalities(n, lang)
        ),
        Lang::En => format!(
            "Region ‘{name}’ made with {}. ‘Undo’ brings back the previous scenario.",
            municipalities(n, lang)
        ),
    }
}

/// "Hoogstens 400 gemeenten in één regio."
pub fn too_many(max: usize, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Hoogstens {} in één regio.", municipalities(max, lang)),
        Lang::En => format!("At most {} in one region.", municipalities(max, lang)),
    }
}
