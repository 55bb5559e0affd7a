//! Texts of the answer-first layout: the assumptions panel, the column toggle, the results
//! beside the inputs, "Wat als", "Mijn gemeente", the map's figures card, the public
//! (embedded) page and the print report. One block per language.
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

const NL: LayoutTexts = LayoutTexts {
    params_open: "Uitgangspunten wijzigen",
    params_close: "Uitgangspunten sluiten",
    params_now: "Nu",
    all_columns: "Alle kolommen tonen",
    fewer_columns: "Minder kolommen",
    scroll_hint: "Schuif de tabel opzij voor de andere kolommen.",
    col_result: "Uitkomst",
    col_target_short: "Urgenten",
    col_percent_short: "%",
    whatif_legend: "Wat als de vrijkomende woningen veranderen?",
    whatif_percent: "Verandering",
    whatif_scope: "Voor",
    whatif_all: "alle gemeenten",
    whatif_apply: "Toepassen",
    whatif_help: "Bijvoorbeeld 10 % minder voor tien procent minder vrijkomende woningen. Geschatte aantallen worden dan vaste aantallen. Ongedaan maken kan in één stap.",
    whatif_bad: "Vul een percentage in van 0 tot en met 100, bijvoorbeeld 10 of 5,5.",
    whatif_direction: "Minder of meer",
    whatif_fix_first: "Herstel eerst de gemarkeerde invoer in de tabel: die zou anders verloren gaan.",
    whatif_nothing: "Er is niets veranderd: deze gemeente heeft geen vrijkomende woningen, of de verandering is 0 %.",
    mine_label: "Mijn gemeente",
    mine_none: "Geen gemeente gekozen",
    mine_help: "Uw gemeente komt voorop in de samenvatting en valt op in tabel, grafiek en kaart. Ze gaat mee in de link.",
    mine_badge: "mijn gemeente",
    map_card_close: "Sluiten",
    public_open_full: "Open de volledige rekenhulp",
    public_table_heading: "Alle gemeenten",
    print_link: "Dit scenario online",
    print_qr: "Scan de code om dit scenario te openen.",
    print_qr_too_long: "Deze link is te lang voor een QR-code; gebruik de link hierboven.",
    print_source: "Bron: CBS (huishoudens en corporatiewoningen, 2023) en de eigen invoer van dit scenario. Berekend met de rekenhulp Evenwichtige Verdeling.",
    print_button: "Afdrukken",
    embed_field_label: "Insluitcode (iframe met hoogte-script): selecteer en kopieer",
};

const EN: LayoutTexts = LayoutTexts {
    params_open: "Change assumptions",
    params_close: "Close assumptions",
    params_now: "Now",
    all_columns: "Show all columns",
    fewer_columns: "Fewer columns",
    scroll_hint: "Scroll the table sideways for the other columns.",
    col_result: "Result",
    col_target_short: "Urgents",
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

pub fn layout_texts(lang: Lang) -> &'static LayoutTexts {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// A status in one word, beside an input row (the full label stays for screen readers).
pub fn status_short(status: evt_core::methods::Status, lang: Lang) -> &'static str {
    use evt_core::methods::Status;
    match (lang, status) {
        (Lang::Nl, Status::BelowMinimum) => "onder",
        (Lang::Nl, Status::WithinRange) => "binnen",
        (Lang::Nl, Status::AboveSignal) => "boven",
        (Lang::Nl, Status::NoVacancies) => "geen woningen",
        (Lang::Nl, Status::NotApplicable) => "n.v.t.",
        (Lang::En, Status::BelowMinimum) => "below",
        (Lang::En, Status::WithinRange) => "within",
        (Lang::En, Status::AboveSignal) => "above",
        (Lang::En, Status::NoVacancies) => "no homes",
        (Lang::En, Status::NotApplicable) => "n/a",
    }
}
