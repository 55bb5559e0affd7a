//! The map's view model: what the tiles show and which ones stand out. The tiles are the
//! result rows in the picture's reading order (north to south, west to east; the order of
//! the layout in `components/map.rs`, which keeps the geometry and its own tests); each
//! shows its row's name, percentage and status, "Mijn gemeente" is ringed, one tile is the
//! map's Tab stop, and the details line shows the chosen tile's figures. A tapped tile opens
//! a card with its figures (`components/map_card.rs`).

use super::results::ResultRow;

/// From this many columns on, a generated grid is drawn smaller (`map-svg--dense`), so a
/// national set stays on a screen.
pub const DENSE_COLUMNS: usize = 6;

/// Which picture the map draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picture {
    /// The hand-placed hexagon map of Twente.
    Twente,
    /// A generated grid of all rows in table order.
    Grid { columns: usize },
}

impl Picture {
    /// A grid with `columns`, or the Twente map without.
    pub fn of(columns: Option<usize>) -> Picture {
        columns.map_or(Picture::Twente, |columns| Picture::Grid { columns })
    }

    /// Its code in the markup (`data-layout`, `map-svg--{code}`).
    pub fn code(self) -> &'static str {
        match self {
            Picture::Twente => "twente",
            Picture::Grid { .. } => "grid",
        }
    }

    /// Drawn smaller: a grid of [`DENSE_COLUMNS`] or more columns.
    pub fn dense(self) -> bool {
        matches!(self, Picture::Grid { columns } if columns >= DENSE_COLUMNS)
    }

    pub fn columns(self) -> Option<usize> {
        match self {
            Picture::Twente => None,
            Picture::Grid { columns } => Some(columns),
        }
    }
}

/// One tile: its row, and how it stands out.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapTile<'a> {
    pub row: &'a ResultRow,
    /// "Mijn gemeente": drawn with a ring.
    pub mine: bool,
    /// The map's one Tab stop: the chosen tile, else the first.
    pub tab_stop: bool,
}

/// The map as it shows now.
#[derive(Debug, Clone, PartialEq)]
pub struct MapModel<'a> {
    pub picture: Picture,
    /// In reading order.
    pub tiles: Vec<MapTile<'a>>,
    /// The position of the chosen (focused or activated) tile, if it is on the map.
    pub chosen: Option<usize>,
}

impl<'a> MapModel<'a> {
    /// The tiles of `in_order` (rows in reading order), with `selected` the id of the chosen
    /// tile and `mine` the id of "Mijn gemeente"; ids that are not on the map mark nothing.
    pub fn new(
        in_order: Vec<&'a ResultRow>,
        columns: Option<usize>,
        selected: Option<&str>,
        mine: Option<&str>,
    ) -> MapModel<'a> {
        let chosen = selected.and_then(|id| in_order.iter().position(|r| r.id == id));
        let tab_stop = chosen.unwrap_or(0);
        let tiles = in_order
            .into_iter()
            .enumerate()
            .map(|(pos, row)| MapTile {
                row,
                mine: mine == Some(row.id.as_str()),
                tab_stop: pos == tab_stop,
            })
            .collect();
        MapModel {
            picture: Picture::of(columns),
            tiles,
            chosen,
        }
    }

    /// The row the details line shows: the chosen tile's; `None` shows the hint.
    pub fn details(&self) -> Option<&'a ResultRow> {
        self.chosen.and_then(|p| self.tiles.get(p)).map(|t| t.row)
    }
}

/// The row a card shows for a tapped tile; `None` (no card) when the id is no longer in the
/// scenario, for example after the municipality was removed.
pub fn tapped<'a>(rows: &'a [ResultRow], id: &str) -> Option<&'a ResultRow> {
    rows.iter().find(|r| r.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::test_support::{region, rows_of};
    use evt_core::methods::Status;
    use evt_core::scenario::Method;

    /// Almelo (100 households), Borne (300) and Hengelo (100), 100 vacated homes each, 40
    /// urgents pro rata to households: 8, 24 and 8.
    fn rows() -> Vec<ResultRow> {
        rows_of(region(
            Method::Households,
            40,
            &[
                ("GM0141", "Almelo", 100),
                ("GM0147", "Borne", 300),
                ("GM0164", "Hengelo", 100),
            ],
        ))
    }

    #[test]
    fn tiles_show_their_rows_figures_in_reading_order() {
        let rows = rows();
        // The layout's reading order: Almelo, Borne, Hengelo from north to south.
        let model = MapModel::new(rows.iter().collect(), None, None, None);
        assert_eq!(model.picture, Picture::Twente);
        let shown: Vec<(&str, u64, Option<u64>, Status)> = model
            .tiles
            .iter()
            .map(|t| {
                let r = t.row;
                (r.name.as_str(), r.target, r.percent_tenths, r.status)
            })
            .collect();
        // 40 × 100/500 = 8 of 100 homes (8,0 %, below the 15 % minimum); 40 × 300/500 = 24
        // (24,0 %, above the 20 % signal value).
        assert_eq!(
            shown,
            [
                ("Almelo", 8, Some(80), Status::BelowMinimum),
                ("Borne", 24, Some(240), Status::AboveSignal),
                ("Hengelo", 8, Some(80), Status::BelowMinimum),
            ]
        );
    }

    #[test]
    fn my_municipality_is_ringed_and_the_first_tile_is_the_tab_stop() {
        let rows = rows();
        let model = MapModel::new(rows.iter().collect(), None, None, Some("GM0147"));
        let marks: Vec<(bool, bool)> = model.tiles.iter().map(|t| (t.mine, t.tab_stop)).collect();
        assert_eq!(marks, [(false, true), (true, false), (false, false)]);
        assert_eq!(model.chosen, None);
        assert_eq!(model.details(), None);
        // An id not on the map rings nothing.
        let model = MapModel::new(rows.iter().collect(), None, None, Some("GM9999"));
        assert!(model.tiles.iter().all(|t| !t.mine));
    }

    #[test]
    fn the_chosen_tile_is_the_tab_stop_and_shows_its_details() {
        let rows = rows();
        // Reading order differs from table order: Hengelo, Almelo, Borne.
        let in_order = vec![&rows[2], &rows[0], &rows[1]];
        let model = MapModel::new(in_order, Some(3), Some("GM0141"), None);
        assert_eq!(model.chosen, Some(1));
        let stops: Vec<bool> = model.tiles.iter().map(|t| t.tab_stop).collect();
        assert_eq!(stops, [false, true, false]);
        let details = model.details().expect("a chosen tile");
        assert_eq!((details.name.as_str(), details.target), ("Almelo", 8));
        // A chosen id that left the scenario: no details, the first tile is the stop again.
        let model = MapModel::new(rows.iter().collect(), Some(3), Some("GM0153"), None);
        assert_eq!((model.chosen, model.details()), (None, None));
        assert!(model.tiles.first().is_some_and(|t| t.tab_stop));
    }

    #[test]
    fn grids_of_six_columns_or_more_are_dense() {
        assert_eq!(Picture::of(None), Picture::Twente);
        assert_eq!(
            (Picture::Twente.code(), Picture::Twente.dense()),
            ("twente", false)
        );
        let grid = |columns| Picture::of(Some(columns));
        assert_eq!((grid(5).code(), grid(5).dense()), ("grid", false));
        assert!(grid(6).dense() && grid(8).dense());
        assert_eq!(grid(4).columns(), Some(4));
        assert_eq!(Picture::Twente.columns(), None);
    }

    #[test]
    fn a_tapped_tile_opens_its_rows_card() {
        let rows = rows();
        let card = tapped(&rows, "GM0147").expect("Borne");
        assert_eq!((card.name.as_str(), card.target), ("Borne", 24));
        assert_eq!(card.percent_tenths, Some(240));
        assert_eq!(tapped(&rows, "GM0153"), None);
        assert_eq!(tapped(&[], "GM0147"), None);
    }

    #[test]
    fn no_rows_no_tiles() {
        let model = MapModel::new(Vec::new(), Some(1), Some("GM0141"), Some("GM0141"));
        assert!(model.tiles.is_empty());
        assert_eq!((model.chosen, model.details()), (None, None));
    }
}
