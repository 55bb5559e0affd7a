//! Texts of the map (`components/map.rs`): static labels in [`MapTexts`], sentences with
//! names and figures as functions; the words are in `nl/map.rs` and `en/map.rs`. A tile's
//! accessible name and the details line are the chart's ([`super::chart::chart_bar_label`],
//! [`super::chart::chart_details`]), so map, chart and table describe a municipality in the
//! same words.

use super::chart::ChartBar;
use super::chart::{chart_group, chart_names, threshold_phrases};
use crate::view::chart::chart_facts;
use evt_core::numbers::{format_count, Lang};

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

impl MapTexts {
    pub fn get(lang: Lang) -> &'static MapTexts {
        by_lang!(lang, map_texts())
    }
}

/// The map's sentences, implemented once per language. `n` is a count as formatted, `count`
/// the same number to choose singular or plural.
pub trait MapWords {
    fn map_texts(&self) -> &'static MapTexts;
    /// "in het noorden".
    fn area(&self, area: Area) -> &'static str;
    /// "1 gemeente" / "14 gemeenten".
    fn municipalities(&self, count: usize, n: &str) -> String;
    /// What a tile shows, said once for the whole map.
    fn tile_contents(&self) -> &'static str;
    /// "Kaart van 14 gemeenten als zeshoeken, …" (no full stop).
    fn twente_head(&self, municipalities: &str) -> String;
    /// "Tegelkaart van 342 gemeenten in 8 kolommen, …".
    fn grid_head(&self, columns: usize, cols: &str, municipalities: &str) -> String;
    /// Why a generated grid's tiles are not in their places.
    fn grid_why(&self) -> &'static str;
    /// Who has no vacated homes.
    fn map_no_vacancies(&self, count: usize, n: &str, names: &str) -> String;
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
        by_lang!(lang, area(self))
    }
}

fn municipalities(n: usize, lang: Lang) -> String {
    let count = format_count(n as u64, lang);
    by_lang!(lang, municipalities(n, &count))
}

/// What a tile shows, said once for the whole map.
fn tile_contents(lang: Lang) -> &'static str {
    by_lang!(lang, tile_contents())
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
    let head = by_lang!(lang, twente_head(&municipalities(n, lang)));
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
    let head = by_lang!(lang, grid_head(columns, &cols, &municipalities(n, lang)));
    let why = by_lang!(lang, grid_why());
    format!(
        "{head} {why} {} {}",
        tile_contents(lang),
        MapTexts::get(lang).keys
    )
}

/// The map's `<desc>`: who is above the signal value, below the minimum or without vacated
/// homes, in the chart's sentences. `tiles` in map order.
pub fn map_summary(tiles: &[ChartBar], minimum_bp: u32, signal_bp: u32, lang: Lang) -> String {
    let facts = chart_facts(tiles);
    let (signal, minimum) = threshold_phrases(minimum_bp, signal_bp, lang);
    let mut out = format!(
        "{} {}",
        chart_group(&facts.above_signal, &signal, lang),
        chart_group(&facts.below_minimum, &minimum, lang)
    );
    let none = &facts.no_vacancies;
    if !none.is_empty() {
        let n = format_count(none.len() as u64, lang);
        let names = chart_names(none, lang);
        out.push(' ');
        out.push_str(&by_lang!(lang, map_no_vacancies(none.len(), &n, &names)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use evt_core::methods::Status;

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
