//! Dutch texts of the map.

use super::Nl;
use crate::i18n::map::{Area, MapTexts, MapWords};

const MAP: MapTexts = MapTexts {
    title: "Kaart: percentage toewijzingen per gemeente",
    hint: "Kies een gemeente met Tab en de pijltjestoetsen, of klik erop, om de cijfers hier te zien.",
    legend_label: "Legenda van de kaart",
    stale_marker: "⚠ Verouderd: hoort bij de laatste geldige invoer",
    keys: "De kaart is één stop voor de Tab-toets. De pijltjestoetsen gaan naar de gemeente links, rechts, erboven of eronder; Home en End naar de eerste en de laatste. Enter of spatie opent de uitleg van die gemeente.",
};

impl MapWords for Nl {
    fn map_texts(&self) -> &'static MapTexts {
        &MAP
    }

    fn area(&self, area: Area) -> &'static str {
        match area {
            Area::North => "in het noorden",
            Area::East => "in het oosten",
            Area::South => "in het zuiden",
            Area::West => "in het westen",
            Area::Centre => "in het midden",
        }
    }

    fn municipalities(&self, count: usize, n: &str) -> String {
        match count {
            1 => "1 gemeente".into(),
            _ => format!("{n} gemeenten"),
        }
    }

    fn tile_contents(&self) -> &'static str {
        "Elke tegel toont de naam, het percentage en een statussymbool; kleur en patroon tonen de status ook (gearceerd: boven de signaalwaarde, effen: binnen de bandbreedte, gestippeld: onder het minimum, gestreepte rand: geen vrijkomende woningen)."
    }

    fn twente_head(&self, municipalities: &str) -> String {
        format!("Kaart van {municipalities} als zeshoeken, elk ongeveer op zijn plaats in Twente")
    }

    fn grid_head(&self, columns: usize, cols: &str, municipalities: &str) -> String {
        match columns {
            1 => format!("Tegelkaart van {municipalities} in 1 kolom, in de volgorde van de tabel."),
            _ => format!(
                "Tegelkaart van {municipalities} in {cols} kolommen, in de volgorde van de tabel: van links naar rechts en van boven naar beneden."
            ),
        }
    }

    fn grid_why(&self) -> &'static str {
        "De tegels staan niet op hun plaats in het land: voor deze regio is er geen kaartindeling."
    }

    fn map_no_vacancies(&self, count: usize, n: &str, names: &str) -> String {
        match count {
            1 => format!("1 gemeente heeft geen vrijkomende woningen: {names}."),
            _ => format!("{n} gemeenten hebben geen vrijkomende woningen: {names}."),
        }
    }
}
