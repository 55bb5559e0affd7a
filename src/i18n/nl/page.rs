//! Dutch texts of the page frame: views, the link bar, link errors, the comparison view.

use super::Nl;
use crate::i18n::page::{PageTexts, PageWords};
use crate::state::Notice;
use evt_core::codec::link::{LinkError, View};

const PAGE: PageTexts = PageTexts {
    views_label: "Weergave",
    copy_link: "Kopieer link",
    share: "Delen…",
    copy_embed: "Kopieer insluitcode",
    embed_copied: "Insluitcode gekopieerd: een iframe met dit scenario in compacte weergave, om op een website te plaatsen.",
    link_copied: "Link gekopieerd. Plak hem in een e-mail of verslag: wie hem opent, ziet precies dit scenario.",
    link_copy_failed: "Kopiëren lukte niet in deze browser. Selecteer de link hieronder en kopieer hem zelf.",
    link_field_label: "Link naar dit scenario",
    share_failed: "Delen lukte niet in deze browser. Selecteer de link hieronder en kopieer hem zelf.",
    link_too_large: "Er is geen link gemaakt: dit scenario is te groot voor een link (meer dan 64 kB, meestal door veel halfjaren monitoring). Bewaar het onder Mijn scenario's, of download de tabel als CSV-bestand onder Gegevens en stuur dat bestand.",
    link_not_valid: "Er is geen link gemaakt: de invoer bevat iets wat een link niet kan bevatten (zie de foutmeldingen bij de invoer, bijvoorbeeld een naam van meer dan 100 tekens of meer dan 400 gemeenten). Herstel dat en kopieer de link opnieuw.",
    shared: "Gedeeld.",
    dismiss: "Sluiten",
    saved_heading: "Mijn scenario's",
    region_heading: "Regio samenstellen",
    map_heading: "Kaart van de regio",
    link_default_opened: "Het standaardscenario is geopend.",
    link_kept_current: "Uw huidige scenario is ongewijzigd.",
    compare_heading: "Scenario's vergelijken",
    compare_intro: "Zet twee scenario's naast elkaar. Gemeenten waarvan de status verandert, staan bovenaan. Scenario A is het scenario in de rekenhulp.",
    compare_a: "Scenario A",
    compare_b: "Scenario B",
    compare_current: "Huidig scenario",
    compare_default: "Standaardscenario (Twente, naar rato van huishoudens)",
    compare_from_link: "Scenario uit een link",
    compare_link_label: "Link van scenario B",
    compare_link_open: "Vergelijk met deze link",
    compare_link_help: "Plak een link die met ‘Kopieer link’ is gemaakt.",
    compare_pick_b: "Kies scenario B",
    compare_pick_a: "Kies scenario A",
    compare_a_help: "Een ander scenario als A wordt geopend in de rekenhulp. Uw huidige werk blijft bewaard in Mijn scenario's.",
    compare_caption: "Vergelijking per gemeente: urgenten per jaar, percentage en status in A en B",
    compare_col_name: "Gemeente",
    compare_col_target: "Urgenten per jaar",
    compare_col_percent: "Percentage",
    compare_col_status: "Status",
    compare_col_diff: "Verschil B − A (urgenten)",
    compare_col_diff_points: "Verschil B − A (procentpunt)",
    compare_not_in: "niet in dit scenario",
    compare_changed: "gewijzigd",
    compare_status_changed: "status verandert",
    compare_a_invalid: "Scenario A kan niet worden berekend:",
    compare_b_invalid: "Scenario B kan niet worden berekend:",
    on_demand_loading: "Dit deel van de rekenhulp wordt geladen…",
    on_demand_failed: "Dit deel van de rekenhulp kon niet worden geladen. Controleer de verbinding en probeer het opnieuw; uw scenario blijft staan.",
    on_demand_retry: "Opnieuw proberen",
};

impl PageWords for Nl {
    fn page_texts(&self) -> &'static PageTexts {
        &PAGE
    }

    fn view_name(&self, view: View) -> &'static str {
        match view {
            View::Calculator => "Rekenhulp",
            View::Growth => "Ingroeipad",
            View::Monitoring => "Monitoring",
            View::Compare => "Vergelijken",
            View::Explanation => "Uitleg",
            View::Map => "Kaart",
        }
    }

    fn link_error(&self, e: &LinkError) -> String {
        match e {
        LinkError::NewerVersion(v) => {
            format!("Deze link is gemaakt met een nieuwere versie van de rekenhulp (linkversie {v}). Werk de rekenhulp bij (laad de pagina opnieuw of leeg de cache) om hem te openen.")
        }
        LinkError::UnknownDataVersion(d) => {
            format!("Deze link gebruikt gegevensversie ‘{d}’, die deze versie van de rekenhulp niet kent. Werk de rekenhulp bij om hem te openen.")
        }
        LinkError::Checksum => "Deze link is onvolledig of beschadigd (de controlecode klopt niet). Vraag de afzender om de link opnieuw te kopiëren, of kopieer hem in zijn geheel."
        .to_string(),
        LinkError::Empty | LinkError::NotALink => "Het deel na # in het adres is geen scenariolink van deze rekenhulp."
        .to_string(),
        LinkError::UnsupportedVersion(v) => {
            format!("Deze link heeft een onbekende versie ({v}) en kan niet worden geopend.")
        }
        LinkError::TooLong => "Deze link is te lang om te openen; hij is waarschijnlijk beschadigd."
        .to_string(),
        LinkError::TooManyMunicipalities => "Deze link bevat meer gemeenten dan de rekenhulp aankan."
        .to_string(),
        LinkError::UnknownKey(k)
        | LinkError::DuplicateKey(k)
        | LinkError::BadValue { key: k }
        | LinkError::OutOfRange { key: k }
        | LinkError::BadRow { key: k } => {
            format!("Deze link is beschadigd of met de hand aangepast: het onderdeel ‘{k}’ is ongeldig.")
        }
        LinkError::DuplicateId(id) => {
            format!("Deze link is beschadigd: gemeente ‘{id}’ komt twee keer voor.")
        }
        LinkError::BadEscape => "Deze link is beschadigd: er staan ongeldige tekens in."
        .to_string(),
    }
    }

    fn unnamed_region(&self) -> &'static str {
        "een eigen regio"
    }

    fn region_subtitle(&self, region: &str, municipalities: usize) -> String {
        format!(
            "Rekenhulp voor de verdeling van woningzoekenden met een wettelijke urgentie over de {municipalities} gemeenten van {region}"
        )
    }

    fn results_caption(&self, region: &str) -> String {
        match region {
            "" => "Wettelijk urgenten per jaar per gemeente, met het percentage van de vrijkomende sociale huurwoningen".to_string(),
            region => format!("Wettelijk urgenten per jaar per gemeente in {region}, met het percentage van de vrijkomende sociale huurwoningen"),
        }
    }

    fn compare_opened_a(&self, name: &str, kept: bool) -> String {
        match kept {
        false => format!("‘{name}’ is nu scenario A en geopend in de rekenhulp."),
        true => format!(
            "‘{name}’ is nu scenario A en geopend in de rekenhulp. Uw vorige werk staat in Mijn scenario's."
        ),
        }
    }

    fn notice_text(&self, n: &Notice) -> String {
        match n {
            Notice::Removed(name) => {
                format!("{name} is verwijderd. Ongedaan maken kan met Ctrl+Z.")
            }
            Notice::Added(name) => format!("{name} is toegevoegd onderaan de tabel."),
            Notice::Reset => "De standaardgegevens zijn teruggezet.".into(),
            Notice::Undone => "Ongedaan gemaakt.".into(),
            Notice::Redone => "Opnieuw uitgevoerd.".into(),
            Notice::Applied(n) => format!("{n} wijzigingen toegepast."),
            Notice::RegionMade(n) => format!("De geplakte tabel is nu de regio: {n} gemeenten, in uw volgorde. Ongedaan maken kan met Ctrl+Z."),
        }
    }
}
