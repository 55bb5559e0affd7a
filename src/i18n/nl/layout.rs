//! Dutch texts of the answer-first layout.

use super::Nl;
use crate::i18n::layout::{LayoutTexts, LayoutWords};
use evt_core::methods::Status;

const LAYOUT: LayoutTexts = LayoutTexts {
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

impl LayoutWords for Nl {
    fn layout_texts(&self) -> &'static LayoutTexts {
        &LAYOUT
    }

    fn status_short(&self, status: Status) -> &'static str {
        match status {
            Status::BelowMinimum => "onder",
            Status::WithinRange => "binnen",
            Status::AboveSignal => "boven",
            Status::NoVacancies => "geen woningen",
            Status::NotApplicable => "n.v.t.",
        }
    }

    fn print_region(&self, region: &str, municipalities: usize) -> String {
        match municipalities {
            1 => format!("Regio: {region} (1 gemeente)"),
            n => format!("Regio: {region} ({n} gemeenten)"),
        }
    }
}
