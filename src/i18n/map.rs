//! Texts of the map (`components/map.rs`): static labels in [`MapTexts`], sentences with
//! names and figures as functions, Dutch and English side by side. A tile's accessible name
//! and the details line are the chart's ([`super::chart::chart_bar_label`], [`super::chart::chart_details`]),
//! so map, chart and table describe a municipality in the same words.

use super::chart::ChartBar;
use super::chart::{chart_group, chart_names};
use evt_core::methods::Status;
use evt_core::numbers::{format_bp, format_count, Lang};

/// Static texts of the map, per language.
pub struct MapTexts {
    /// The map's accessible name (its `<title>`).
    pub title: &'static str,
    /// Under the map until a tile is chosen.
    pub hint: &'static str,
    /// Accessible name of the legend list.
    pub legend_label: &'static str,
    /// The visible (aria-hidden) marker on a map that shows the last valid results.
    pub stale_marker: &'static str,
    /// How the keyboard works, appended to the layout description.
    pub keys: &'static str,
}

const NL: MapTexts = MapTexts {
    title: "Kaart: percentage toewijzingen per gemeente",
    hint: "Kies een gemeente met Tab en de pijltjestoetsen, of klik erop, om de cijfers hier te zien.",
    legend_label: "Legenda van de kaart",
    stale_marker: "⚠ Verouderd: hoort bij de laatste geldige invoer",
    keys: "De kaart is één stop voor de Tab-toets. De pijltjestoetsen gaan naar de gemeente links, rechts, erboven of eronder; Home en End naar de eerste en de laatste. Enter of spatie opent de uitleg van die gemeente.",
};

const EN: MapTexts = MapTexts {
    title: "Map: allocation percentage per municipality",
    hint: "Choose a municipality with Tab and the arrow keys, or click it, to see its figures here.",
    legend_label: "Map legend",
    stale_marker: "⚠ Out of date: shows the last valid input",
    keys: "The map is one stop for the Tab key. The arrow keys move to the municipality to the left, to the right, above or below; Home and End to the first and the last. Enter or Space opens that municipality's explanation.",
};

impl MapTexts {
    pub fn get(lang: Lang) -> &'static MapTexts {
        match lang {
            Lang::Nl => &NL,
            Lang::En => &EN,
        }
    }
}

/// Where a tile of the Twente map lies, for the layout description.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    North,
    East,
    South,
    West,
    Centre,
}

impl Area {
    /// In the order the description names them.
    pub const ALL: [Area; 5] = [
        Area::North,
        Area::East,
        Area::South,
        Area::West,
        Area::Centre,
    ];

    fn phrase(self, lang: Lang) -> &'static str {
        match (lang, self) {
            (Lang::Nl, Area::North) => "in het noorden",
            (Lang::Nl, Area::East) => "in het oosten",
            (Lang::Nl, Area::South) => "in het zuiden",
            (Lang::Nl, Area::West) => "in het westen",
            (Lang::Nl, Area::Centre) => "in het midden",
            (Lang::En, Area::North) => "in the north",
            (Lang::En, Area::East) => "in the east",
            (Lang::En, Area::South) => "in the south",
            (Lang::En, Area::West) => "in the west",
            (Lang::En, Area::Centre) => "in the centre",
        }
    }
}

fn municipalities(n: usize, lang: Lang) -> String {
    let count = format_count(n as u64, lang);
    match (lang, n) {
        (Lang::Nl, 1) => "1 gemeente".into(),
        (Lang::Nl, _) => format!("{count} gemeenten"),
        (Lang::En, 1) => "1 municipality".into(),
        (Lang::En, _) => format!("{count} municipalities"),
    }
}

/// What a tile shows, said once for the whole map.
fn tile_contents(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "Elke tegel toont de naam, het percentage en een statussymbool; kleur en patroon tonen de status ook (gearceerd: boven de signaalwaarde, effen: binnen de bandbreedte, gestippeld: onder het minimum, gestreepte rand: geen vrijkomende woningen).",
        Lang::En => "Every tile shows the name, the percentage and a status symbol; colour and pattern show the status too (hatched: above the signal value, solid: within range, dotted: below the minimum, dashed border: no vacated homes).",
    }
}

/// The layout of the Twente map, in words: `areas` lists the names on the map per area.
/// "Kaart van 14 gemeenten als zeshoeken, elk ongeveer op zijn plaats in Twente: Twenterand
/// en Tubbergen in het noorden; …"
pub fn twente_layout(areas: &[(Area, Vec<&str>)], lang: Lang) -> String {
    let n: usize = areas.iter().map(|(_, names)| names.len()).sum();
    let parts: Vec<String> = Area::ALL
        .iter()
        .filter_map(|&area| {
            let names: Vec<&str> = areas
                .iter()
                .filter(|(a, _)| *a == area)
                .flat_map(|(_, names)| names.iter().copied())
                .collect();
            (!names.is_empty())
                .then(|| format!("{} {}", chart_names(&names, lang), area.phrase(lang)))
        })
        .collect();
    let head = match lang {
        Lang::Nl => format!(
            "Kaart van {} als zeshoeken, elk ongeveer op zijn plaats in Twente",
            municipalities(n, lang)
        ),
        Lang::En => format!(
            "Map of {} as hexagons, each roughly in its place in Twente",
            municipalities(n, lang)
        ),
    };
    let places = if parts.is_empty() {
        ".".to_string()
    } else {
        format!(": {}.", parts.join("; "))
    };
    format!(
        "{head}{places} {} {}",
        tile_contents(lang),
        MapTexts::get(lang).keys
    )
}

/// The layout of a generated grid, in words.
pub fn grid_layout(n: usize, columns: usize, lang: Lang) -> String {
    let cols = format_count(columns as u64, lang);
    let head = match (lang, columns) {
        (Lang::Nl, 1) => format!(
            "Tegelkaart van {} in 1 kolom, in de volgorde van de tabel.",
            municipalities(n, lang)
        ),
        (Lang::Nl, _) => format!(
            "Tegelkaart van {} in {cols} kolommen, in de volgorde van de tabel: van links naar rechts en van boven naar beneden.",
            municipalities(n, lang)
        ),
        (Lang::En, 1) => format!(
            "Tile map of {} in 1 column, in the order of the table.",
            municipalities(n, lang)
        ),
        (Lang::En, _) => format!(
            "Tile map of {} in {cols} columns, in the order of the table: from left to right and from top to bottom.",
            municipalities(n, lang)
        ),
    };
    let why = match lang {
        Lang::Nl => "De tegels staan niet op hun plaats in het land: voor deze regio is er geen kaartindeling.",
        Lang::En => "The tiles are not in their places in the country: this region has no map layout.",
    };
    format!(
        "{head} {why} {} {}",
        tile_contents(lang),
        MapTexts::get(lang).keys
    )
}

/// The map's `<desc>`: who is above the signal value, below the minimum or without vacated
/// homes, in the chart's sentences. `tiles` in map order.
pub fn map_summary(tiles: &[ChartBar], minimum_bp: u32, signal_bp: u32, lang: Lang) -> String {
    let names_with = |s: Status| -> Vec<&str> {
        tiles
            .iter()
            .filter(|b| b.status == s)
            .map(|b| b.name)
            .collect()
    };
    let signal = match lang {
        Lang::Nl => format!("boven de signaalwaarde van {}", format_bp(signal_bp, lang)),
        Lang::En => format!("above the signal value of {}", format_bp(signal_bp, lang)),
    };
    let minimum = match lang {
        Lang::Nl => format!("onder het minimum van {}", format_bp(minimum_bp, lang)),
        Lang::En => format!("below the minimum of {}", format_bp(minimum_bp, lang)),
    };
    let mut out = format!(
        "{} {}",
        chart_group(&names_with(Status::AboveSignal), &signal, lang),
        chart_group(&names_with(Status::BelowMinimum), &minimum, lang)
    );
    let none = names_with(Status::NoVacancies);
    if !none.is_empty() {
        let n = format_count(none.len() as u64, lang);
        let names = chart_names(&none, lang);
        out.push(' ');
        out.push_str(&match (lang, none.len()) {
            (Lang::Nl, 1) => format!("1 gemeente heeft geen vrijkomende woningen: {names}."),
            (Lang::Nl, _) => format!("{n} gemeenten hebben geen vrijkomende woningen: {names}."),
            (Lang::En, 1) => format!("1 municipality has no vacated homes: {names}."),
            (Lang::En, _) => format!("{n} municipalities have no vacated homes: {names}."),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twente_layout_names_the_areas_present() {
        let areas = vec![
            (Area::North, vec!["Tubbergen"]),
            (Area::Centre, vec!["Almelo", "Borne"]),
        ];
        assert_eq!(
            twente_layout(&areas, Lang::Nl).split(" Elke tegel").next(),
            Some("Kaart van 3 gemeenten als zeshoeken, elk ongeveer op zijn plaats in Twente: Tubbergen in het noorden; Almelo en Borne in het midden.")
        );
        assert!(twente_layout(&areas, Lang::En)
            .starts_with("Map of 3 municipalities as hexagons, each roughly in its place in Twente: Tubbergen in the north; Almelo and Borne in the centre."));
    }

    #[test]
    fn grid_layout_counts() {
        assert!(grid_layout(342, 8, Lang::Nl).starts_with(
            "Tegelkaart van 342 gemeenten in 8 kolommen, in de volgorde van de tabel"
        ));
        assert!(grid_layout(1, 1, Lang::En).starts_with("Tile map of 1 municipality in 1 column"));
    }

    #[test]
    fn summary_sentences() {
        let bar = |name, status| ChartBar {
            name,
            target: 1,
            vacancies: 1,
            estimated: false,
            percent_tenths: None,
            status,
        };
        let tiles = [bar("A", Status::AboveSignal), bar("B", Status::NoVacancies)];
        assert_eq!(
            map_summary(&tiles, 1500, 2000, Lang::Nl),
            "1 gemeente ligt boven de signaalwaarde van 20%: A. Geen gemeente ligt onder het minimum van 15%. 1 gemeente heeft geen vrijkomende woningen: B."
        );
    }
}
