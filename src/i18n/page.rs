//! Texts of the page frame: the view navigation, the link bar, link errors and the
//! comparison view.

use crate::state::Notice;
use evt_core::codec::link::{LinkError, View};
use evt_core::numbers::Lang;

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

const NL: PageTexts = PageTexts {
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
    compare_caption: "Vergelijking per gemeente: taakstelling, percentage en status in A en B",
    compare_col_name: "Gemeente",
    compare_col_target: "Taakstelling",
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

const EN: PageTexts = PageTexts {
    views_label: "View",
    copy_link: "Copy link",
    share: "Share…",
    copy_embed: "Copy embed code",
    embed_copied: "Embed code copied: an iframe with this scenario in compact mode, to place on a website.",
    link_copied: "Link copied. Paste it into an e-mail or the minutes: whoever opens it sees exactly this scenario.",
    link_copy_failed: "Copying did not work in this browser. Select the link below and copy it yourself.",
    link_field_label: "Link to this scenario",
    share_failed: "Sharing did not work in this browser. Select the link below and copy it yourself.",
    link_too_large: "No link was made: this scenario is too large for a link (over 64 kB, usually because of many half-years of monitoring). Save it under My scenarios, or download the table as a CSV file under Data and send that file.",
    link_not_valid: "No link was made: the input holds something a link cannot carry (see the messages at the input, for example a name of more than 100 characters or more than 400 municipalities). Correct it and copy the link again.",
    shared: "Shared.",
    dismiss: "Close",
    saved_heading: "My scenarios",
    region_heading: "Build a region",
    map_heading: "Map of the region",
    link_default_opened: "The default scenario has been opened.",
    link_kept_current: "Your current scenario is unchanged.",
    compare_heading: "Compare scenarios",
    compare_intro: "Put two scenarios side by side. Municipalities whose status changes come first. Scenario A is the scenario in the calculator.",
    compare_a: "Scenario A",
    compare_b: "Scenario B",
    compare_current: "Current scenario",
    compare_default: "Default scenario (Twente, pro rata to households)",
    compare_from_link: "Scenario from a link",
    compare_link_label: "Link of scenario B",
    compare_link_open: "Compare with this link",
    compare_link_help: "Paste a link made with ‘Copy link’.",
    compare_pick_b: "Choose scenario B",
    compare_pick_a: "Choose scenario A",
    compare_a_help: "Another scenario as A opens in the calculator. Your current work stays in My scenarios.",
    compare_caption: "Comparison per municipality: target, percentage and status in A and B",
    compare_col_name: "Municipality",
    compare_col_target: "Target",
    compare_col_percent: "Percentage",
    compare_col_status: "Status",
    compare_col_diff: "Difference B − A (urgents)",
    compare_col_diff_points: "Difference B − A (percentage points)",
    compare_not_in: "not in this scenario",
    compare_changed: "changed",
    compare_status_changed: "status changes",
    compare_a_invalid: "Scenario A cannot be calculated:",
    compare_b_invalid: "Scenario B cannot be calculated:",
    on_demand_loading: "Loading this part of the calculator…",
    on_demand_failed: "This part of the calculator could not be loaded. Check the connection and try again; your scenario stays as it is.",
    on_demand_retry: "Try again",
};

pub fn page_texts(lang: Lang) -> &'static PageTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// The navigation label of a view.
pub fn view_name(view: View, lang: Lang) -> &'static str {
    match (lang, view) {
        (Lang::Nl, View::Calculator) => "Rekenhulp",
        (Lang::Nl, View::Growth) => "Ingroeipad",
        (Lang::Nl, View::Monitoring) => "Monitoring",
        (Lang::Nl, View::Compare) => "Vergelijken",
        (Lang::Nl, View::Explanation) => "Uitleg",
        (Lang::Nl, View::Map) => "Kaart",
        (Lang::En, View::Calculator) => "Calculator",
        (Lang::En, View::Growth) => "Growth path",
        (Lang::En, View::Monitoring) => "Monitoring",
        (Lang::En, View::Compare) => "Compare",
        (Lang::En, View::Explanation) => "Explanation",
        (Lang::En, View::Map) => "Map",
    }
}

/// What was wrong with a link, for the message shown instead of its scenario.
pub fn link_error(e: &LinkError, lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    match e {
        LinkError::NewerVersion(v) => {
            if nl {
                format!("Deze link is gemaakt met een nieuwere versie van de rekenhulp (linkversie {v}). Werk de rekenhulp bij (laad de pagina opnieuw of leeg de cache) om hem te openen.")
            } else {
                format!("This link was made by a newer version of the calculator (link version {v}). Update the calculator (reload the page or clear the cache) to open it.")
            }
        }
        LinkError::UnknownDataVersion(d) => {
            if nl {
                format!("Deze link gebruikt gegevensversie ‘{d}’, die deze versie van de rekenhulp niet kent. Werk de rekenhulp bij om hem te openen.")
            } else {
                format!("This link uses data version ‘{d}’, which this version of the calculator does not have. Update the calculator to open it.")
            }
        }
        LinkError::Checksum => if nl {
            "Deze link is onvolledig of beschadigd (de controlecode klopt niet). Vraag de afzender om de link opnieuw te kopiëren, of kopieer hem in zijn geheel."
        } else {
            "This link is incomplete or damaged (its check code does not match). Ask the sender to copy the link again, or copy it in full."
        }
        .to_string(),
        LinkError::Empty | LinkError::NotALink => if nl {
            "Het deel na # in het adres is geen scenariolink van deze rekenhulp."
        } else {
            "The part after # in the address is not a scenario link of this calculator."
        }
        .to_string(),
        LinkError::UnsupportedVersion(v) => {
            if nl {
                format!("Deze link heeft een onbekende versie ({v}) en kan niet worden geopend.")
            } else {
                format!("This link has an unknown version ({v}) and cannot be opened.")
            }
        }
        LinkError::TooLong => if nl {
            "Deze link is te lang om te openen; hij is waarschijnlijk beschadigd."
        } else {
            "This link is too long to open; it is probably damaged."
        }
        .to_string(),
        LinkError::TooManyMunicipalities => if nl {
            "Deze link bevat meer gemeenten dan de rekenhulp aankan."
        } else {
            "This link contains more municipalities than the calculator can handle."
        }
        .to_string(),
        LinkError::UnknownKey(k)
        | LinkError::DuplicateKey(k)
        | LinkError::BadValue { key: k }
        | LinkError::OutOfRange { key: k }
        | LinkError::BadRow { key: k } => {
            if nl {
                format!("Deze link is beschadigd of met de hand aangepast: het onderdeel ‘{k}’ is ongeldig.")
            } else {
                format!("This link is damaged or was edited by hand: its part ‘{k}’ is invalid.")
            }
        }
        LinkError::DuplicateId(id) => {
            if nl {
                format!("Deze link is beschadigd: gemeente ‘{id}’ komt twee keer voor.")
            } else {
                format!("This link is damaged: municipality ‘{id}’ occurs twice.")
            }
        }
        LinkError::BadEscape => if nl {
            "Deze link is beschadigd: er staan ongeldige tekens in."
        } else {
            "This link is damaged: it contains invalid characters."
        }
        .to_string(),
    }
}

/// The page subtitle for a region other than the default Twente one.
pub fn region_subtitle(region: &str, municipalities: usize, lang: Lang) -> String {
    let region = if region.trim().is_empty() {
        match lang {
            Lang::Nl => "een eigen regio",
            Lang::En => "a region of your own",
        }
    } else {
        region
    };
    match lang {
        Lang::Nl => format!(
            "Rekenhulp voor de verdeling van woningzoekenden met een wettelijke urgentie over de {municipalities} gemeenten van {region}"
        ),
        Lang::En => format!(
            "Calculator for distributing home seekers with a statutory urgency over the {municipalities} municipalities of {region}"
        ),
    }
}

/// The status line after a scenario was opened as A in the compare view.
pub fn compare_opened_a(name: &str, kept: bool, lang: Lang) -> String {
    match (lang, kept) {
        (Lang::Nl, false) => format!("‘{name}’ is nu scenario A en geopend in de rekenhulp."),
        (Lang::Nl, true) => format!(
            "‘{name}’ is nu scenario A en geopend in de rekenhulp. Uw vorige werk staat in Mijn scenario's."
        ),
        (Lang::En, false) => format!("‘{name}’ is now scenario A and open in the calculator."),
        (Lang::En, true) => format!(
            "‘{name}’ is now scenario A and open in the calculator. Your previous work is in My scenarios."
        ),
    }
}

/// The line that announces an edit's effect ("Almelo is verwijderd. …").
pub fn notice_text(n: &Notice, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Nl, Notice::Removed(name)) => {
            format!("{name} is verwijderd. Ongedaan maken kan met Ctrl+Z.")
        }
        (Lang::En, Notice::Removed(name)) => format!("{name} was removed. Undo with Ctrl+Z."),
        (Lang::Nl, Notice::Added(name)) => format!("{name} is toegevoegd onderaan de tabel."),
        (Lang::En, Notice::Added(name)) => format!("{name} was added at the bottom of the table."),
        (Lang::Nl, Notice::Reset) => "De standaardgegevens zijn teruggezet.".into(),
        (Lang::En, Notice::Reset) => "The default data has been restored.".into(),
        (Lang::Nl, Notice::Undone) => "Ongedaan gemaakt.".into(),
        (Lang::En, Notice::Undone) => "Undone.".into(),
        (Lang::Nl, Notice::Redone) => "Opnieuw uitgevoerd.".into(),
        (Lang::En, Notice::Redone) => "Redone.".into(),
        (Lang::Nl, Notice::Applied(n)) => format!("{n} wijzigingen toegepast."),
        (Lang::En, Notice::Applied(n)) => format!("{n} changes applied."),
    }
}
