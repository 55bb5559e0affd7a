//! Dutch texts of the region builder.

use super::Nl;
use crate::i18n::region::{RegionTexts, RegionWords};

const REGION: RegionTexts = RegionTexts {
    intro: "Stel een eigen regio samen uit de 342 gemeenten van Nederland (CBS, 1 januari 2023): zoek op naam of CBS-code, of plak een lijst of een hele tabel. Met ‘Maak deze regio’ worden dit de gemeenten van het scenario, in de volgorde van de lijst; urgenten per jaar, minimum, signaalwaarde, plafond en mutatiegraad blijven staan. Ongedaan maken kan.",
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
    paste_help: "Eén per regel, of gescheiden door tabs, komma's of puntkomma's: een kolom of rij uit Excel kan zo. Een tabel met kopregel of cijfers (zoals bij ‘Plakken uit Excel’) mag ook: rijen die geen CBS-gemeente zijn, zoals een wijk of een toekomstige fusiegemeente, komen er met hun huishoudens als eigen rij bij.",
    paste_unknown_hint: "Controleer de spelling. Bij namen die vaker voorkomen, zoals Bergen, schrijft u de naam zoals het CBS: Bergen (L.) of Bergen (NH.).",
    paste_add: "Toevoegen",
    apply: "Maak deze regio",
    apply_help: "Vervangt de gemeenten van het huidige scenario door deze lijst, in deze volgorde; de parameters blijven staan.",
    need_municipality: "Kies ten minste één gemeente.",
    cleared: "De lijst is leeggemaakt.",
    twente_name: "Twente",
    own_row: "eigen rij",
    netherlands_name: "Nederland",
};

impl RegionWords for Nl {
    fn region_texts(&self) -> &'static RegionTexts {
        &REGION
    }

    fn municipalities(&self, count: usize, n: &str) -> String {
        match count {
            1 => "1 gemeente".to_string(),
            _ => format!("{n} gemeenten"),
        }
    }

    fn no_name(&self) -> &'static str {
        "(zonder naam)"
    }

    fn current_region(&self, name: &str, municipalities: &str) -> String {
        format!("Huidige regio: {name} ({municipalities})")
    }

    fn selected_heading(&self, n: &str) -> String {
        format!("Gekozen gemeenten ({n})")
    }

    fn households(&self, households: &str) -> String {
        format!("{households} huishoudens")
    }

    fn chosen(&self) -> &'static str {
        "gekozen"
    }

    fn results_some(&self, shown: &str, total: &str) -> String {
        format!("{shown} van {total} gevonden; typ verder om te verfijnen.")
    }

    fn results_all(&self, municipalities: &str) -> String {
        format!("{municipalities} gevonden.")
    }

    fn remove_label(&self, name: &str) -> String {
        format!("Verwijder {name} uit de lijst")
    }

    fn added(&self, name: &str, municipalities: &str) -> String {
        format!("{name} toegevoegd; {municipalities} gekozen.")
    }

    fn removed(&self, name: &str, municipalities: &str) -> String {
        format!("{name} verwijderd; {municipalities} gekozen.")
    }

    fn quick_started(&self, label: &str, municipalities: &str) -> String {
        format!("{label} gekozen: {municipalities}.")
    }

    fn paste_found_all(&self, municipalities: &str) -> String {
        format!("Herkend: {municipalities}.")
    }

    fn paste_found_some(&self, municipalities: &str, new: &str) -> String {
        format!("Herkend: {municipalities}, waarvan {new} nieuw in de lijst.")
    }

    fn paste_unknown(&self, n: &str, list: &str) -> String {
        format!("Niet herkend ({n}): {list}.")
    }

    fn paste_duplicates(&self, n: &str, list: &str) -> String {
        format!("Meer dan eens genoemd ({n}): {list}; telt één keer.")
    }

    fn paste_added(&self, municipalities: &str, total: &str) -> String {
        format!("{municipalities} toegevoegd; {total} gekozen.")
    }

    fn applied(&self, name: &str, municipalities: &str) -> String {
        format!(
            "Regio ‘{name}’ gemaakt met {municipalities}. ‘Ongedaan maken’ brengt het vorige scenario terug."
        )
    }

    fn too_many(&self, municipalities: &str) -> String {
        format!("Hoogstens {municipalities} in één regio.")
    }
}
