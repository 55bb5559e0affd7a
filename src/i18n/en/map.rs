//! English texts of the map.

use super::En;
use crate::i18n::map::{Area, MapTexts, MapWords};

const MAP: MapTexts = MapTexts {
    title: "Map: allocation percentage per municipality",
    hint: "Choose a municipality with Tab and the arrow keys, or click it, to see its figures here.",
    legend_label: "Map legend",
    stale_marker: "⚠ Out of date: shows the last valid input",
    keys: "The map is one stop for the Tab key. The arrow keys move to the municipality to the left, to the right, above or below; Home and End to the first and the last. Enter or Space opens that municipality's explanation.",
};

impl MapWords for En {
    fn map_texts(&self) -> &'static MapTexts {
        &MAP
    }

    fn area(&self, area: Area) -> &'static str {
        match area {
            Area::North => "in the north",
            Area::East => "in the east",
            Area::South => "in the south",
            Area::West => "in the west",
            Area::Centre => "in the centre",
        }
    }

    fn municipalities(&self, count: usize, n: &str) -> String {
        match count {
            1 => "1 municipality".into(),
            _ => format!("{n} municipalities"),
        }
    }

    fn tile_contents(&self) -> &'static str {
        "Every tile shows the name, the percentage and a status symbol; colour and pattern show the status too (hatched: above the signal value, solid: within range, dotted: below the minimum, dashed border: no vacated homes)."
    }

    fn twente_head(&self, municipalities: &str) -> String {
        format!("Map of {municipalities} as hexagons, each roughly in its place in Twente")
    }

    fn grid_head(&self, columns: usize, cols: &str, municipalities: &str) -> String {
        match columns {
            1 => format!("Tile map of {municipalities} in 1 column, in the order of the table."),
            _ => format!(
                "Tile map of {municipalities} in {cols} columns, in the order of the table: from left to right and from top to bottom."
            ),
        }
    }

    fn grid_why(&self) -> &'static str {
        "The tiles are not in their places in the country: this region has no map layout."
    }

    fn map_no_vacancies(&self, count: usize, n: &str, names: &str) -> String {
        match count {
            1 => format!("1 municipality has no vacated homes: {names}."),
            _ => format!("{n} municipalities have no vacated homes: {names}."),
        }
    }
}
