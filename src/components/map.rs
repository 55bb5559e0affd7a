//! The region as a map of tiles coloured by status (issue item 3): for Twente a hexagon map
//! laid out like the real one (hand-placed, not real boundaries), for any other region a
//! generated grid in table order. Every tile shows the name, the percentage and the status
//! symbol; its fill tells the status by colour *and* pattern (DESIGN rule 6: never colour
//! alone), in the chart's colours and patterns.
//!
//! Accessibility follows the bar chart (`components/chart.rs`): the `<svg>` is a
//! `role="group"` named by its `<title>`, described by a visually hidden description of the
//! layout and by a `<desc>` saying who is above the signal value or below the minimum. Every
//! tile is a focusable `role="img"` labelled like a chart bar; the map is one Tab stop (a
//! roving tabindex) and the arrow keys move to the nearest tile in that direction, Home and
//! End to the first and last; a details line (`role="status"`) shows the focused tile's
//! figures in the chart's words; Enter, Space or a click emits `onselect`. The results table
//! is the text twin: it reads the same rows.
//!
//! No inline styles (the page's CSP forbids them): colours and fonts live in
//! `style/map.css`; geometry is SVG presentation attributes. Element ids start with `map-`,
//! so the map can share a page with the chart; there is one map per page.

use super::chart_kit::{
    details_line, focus_id, key, num, pattern_fill, stale_marker, status_class, status_legend_item,
    status_patterns, tab_index, title_and_desc, truncate, use_roving, with_id, ByPtr, Key,
    LegendStyle, Live, PatternStyle, ResultsProps, LEGEND_ORDER,
};
use crate::i18n::chart::{chart_bar_label, chart_details, ChartBar};
use crate::i18n::map::{grid_layout, map_summary, twente_layout, Area, MapTexts};
use crate::i18n::status_symbol;
use crate::view::map::MapModel;
use crate::view::ResultRow;
use evt_core::numbers::{format_percent_or_dash, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// The result rows with their thresholds; `onselect` gets the id of an activated tile.
pub type MapProps = ResultsProps;

/// The Twente hexagon map: CBS code, x in half tile widths from the west, row from the
/// north (odd rows sit half a tile further west, as in an offset hex grid), and the area the
/// layout description puts it in. Hand-placed after the real map:
///
/// ```text
///            Twenterand  Tubbergen
///   Hellendoorn  Wierden  Almelo  Dinkelland
///      Rijssen-H.  Hof v T.  Borne  Oldenzaal
///                  Hengelo  Enschede  Losser
///                      Haaksbergen
/// ```
const TWENTE: [(&str, u8, u8, Area); 14] = [
    ("GM1700", 3, 0, Area::North),  // Twenterand
    ("GM0183", 5, 0, Area::North),  // Tubbergen
    ("GM0163", 0, 1, Area::West),   // Hellendoorn
    ("GM0189", 2, 1, Area::Centre), // Wierden
    ("GM0141", 4, 1, Area::Centre), // Almelo
    ("GM1774", 6, 1, Area::East),   // Dinkelland
    ("GM1742", 1, 2, Area::West),   // Rijssen-Holten
    ("GM1735", 3, 2, Area::West),   // Hof van Twente
    ("GM0147", 5, 2, Area::Centre), // Borne
    ("GM0173", 7, 2, Area::East),   // Oldenzaal
    ("GM0164", 4, 3, Area::Centre), // Hengelo
    ("GM0153", 6, 3, Area::South),  // Enschede
    ("GM0168", 8, 3, Area::East),   // Losser
    ("GM0158", 5, 4, Area::South),  // Haaksbergen
];

// Geometry in viewBox units; the SVG's natural size is one pixel per unit and it shrinks
// with a narrow container (style/map.css), so the 14-unit names are 14 px at most.
const PAD: f64 = 8.0;
/// Width of a pointy-top hexagon (flat side to flat side).
const HEX_W: f64 = 100.0;
/// Its circumradius, `HEX_W / √3`.
const HEX_R: f64 = 57.735_026_918_962_58;
/// Vertical distance between hexagon rows, `1.5 × HEX_R`.
const HEX_PITCH: f64 = 1.5 * HEX_R;
/// Pitch of the generated grid.
const GRID_X: f64 = 112.0;
const GRID_Y: f64 = 88.0;
/// Gap between neighbouring tiles.
const GAP: f64 = 3.0;
/// Characters of a name per line: a hexagon is narrower than a grid tile.
const HEX_CHARS: usize = 11;
const GRID_CHARS: usize = 12;
/// Line pitch of the labels.
const LINE: f64 = 16.0;
const PLATE_W_HEX: f64 = 94.0;
const PLATE_W_GRID: f64 = 100.0;
/// A generated grid has at most this many columns: 912 px at natural size, 13 px names.
const MAX_COLUMNS: usize = 8;

/// The prefix of the pattern and title ids (one map per page).
const IDS: &str = "map";
/// The status modifiers: `map-tile--above-signal`, ….
const TILE: &str = "map-tile";

/// The chart's hatching and dots, a little coarser on the larger tiles.
const MAP_PATTERNS: PatternStyle = PatternStyle {
    class: "map-pattern",
    hatch: "8",
    hatch_x: "2",
    dots: "7",
    dot_centre: "3.5",
    dot_radius: "1.6",
};

/// Legend swatches are small tiles.
const MAP_LEGEND: LegendStyle = LegendStyle {
    list: "map-legend",
    status_base: TILE,
    swatch_view_box: "0 0 28 18",
    mark_class: "map-tile-shape",
    mark: ["1", "1", "26", "16"],
    mark_rx: Some("3"),
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Hex,
    Square,
}

/// One tile: which row it shows, where its centre is, and its column (in an offset hex grid
/// the column zigzags by half a tile from row to row).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Tile {
    row: usize,
    x: f64,
    y: f64,
    column: usize,
}

/// Where the keys move focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Left,
    Right,
    Up,
    Down,
    First,
    Last,
}

/// Everything the picture needs, derived once per change of rows or thresholds.
struct Layout {
    rows: Rc<Vec<ResultRow>>,
    /// In reading order: north to south, then west to east (the document order too).
    tiles: Vec<Tile>,
    shape: Shape,
    /// Columns of a generated grid; `None` for the Twente map.
    columns: Option<usize>,
    width: f64,
    height: f64,
    minimum_bp: u32,
    signal_bp: u32,
}

fn twente_slot(id: &str) -> Option<(u8, u8, Area)> {
    TWENTE
        .iter()
        .find(|(code, ..)| *code == id)
        .map(|&(_, x, row, area)| (x, row, area))
}

/// Columns of a generated grid: about square, at most [`MAX_COLUMNS`] (342 tiles make 43
/// rows of 8: long, like the chart, but every label stays readable).
fn grid_columns(n: usize) -> usize {
    if n <= 4 {
        return n.max(1);
    }
    let mut c = 1;
    while c * c < n {
        c += 1;
    }
    c.clamp(3, MAX_COLUMNS)
}

impl Layout {
    /// The Twente map when every row is a Twente municipality (also when some were removed:
    /// the others keep their places). Otherwise — another region, the 342 municipalities, or
    /// Twente plus added rows — a generated grid of all rows in table order: appending the
    /// extra tiles beside the hexagons would suggest a place they do not have, would not
    /// scale (the national set contains Twente), and table order lets a reader find a tile
    /// where its table row is.
    fn new(rows: Rc<Vec<ResultRow>>, minimum_bp: u32, signal_bp: u32) -> Layout {
        let twente = !rows.is_empty() && rows.iter().all(|r| twente_slot(&r.id).is_some());
        let (mut tiles, shape, columns, width, height) = if twente {
            let tiles: Vec<Tile> = rows
                .iter()
                .enumerate()
                .filter_map(|(i, r)| {
                    let (x, row, _) = twente_slot(&r.id)?;
                    Some(Tile {
                        row: i,
                        x: PAD + HEX_W / 2.0 + f64::from(x) * HEX_W / 2.0,
                        y: PAD + HEX_R + f64::from(row) * HEX_PITCH,
                        column: usize::from(x / 2),
                    })
                })
                .collect();
            let max_x = TWENTE.iter().map(|t| t.1).max().unwrap_or(0);
            let max_row = TWENTE.iter().map(|t| t.2).max().unwrap_or(0);
            let width = 2.0 * PAD + HEX_W + f64::from(max_x) * HEX_W / 2.0;
            let height = 2.0 * PAD + 2.0 * HEX_R + f64::from(max_row) * HEX_PITCH;
            (tiles, Shape::Hex, None, width, height)
        } else {
            let cols = grid_columns(rows.len());
            let tiles: Vec<Tile> = (0..rows.len())
                .map(|i| Tile {
                    row: i,
                    x: PAD + GRID_X / 2.0 + (i % cols) as f64 * GRID_X,
                    y: PAD + GRID_Y / 2.0 + (i / cols) as f64 * GRID_Y,
                    column: i % cols,
                })
                .collect();
            let lines = rows.len().div_ceil(cols).max(1);
            let width = 2.0 * PAD + cols as f64 * GRID_X;
            let height = 2.0 * PAD + lines as f64 * GRID_Y;
            (tiles, Shape::Square, Some(cols), width, height)
        };
        tiles.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
        Layout {
            rows,
            tiles,
            shape,
            columns,
            width,
            height,
            minimum_bp,
            signal_bp,
        }
    }

    fn row(&self, pos: usize) -> Option<&ResultRow> {
        self.tiles.get(pos).and_then(|t| self.rows.get(t.row))
    }

    /// The rows in reading order: position `p` is the tile at `tiles[p]`.
    fn in_order(&self) -> Vec<&ResultRow> {
        (0..self.tiles.len()).filter_map(|p| self.row(p)).collect()
    }

    /// The tile a key moves to from `from`: the nearest one in that direction, by distance
    /// weighted by how far off the straight line it lies. In a generated grid only along the
    /// row or column (a grid behaves like a grid); on the hexagon map also to the diagonal
    /// neighbours (60° off for left and right, 30° for up and down). Of two equally near,
    /// the one in the same column of the offset grid, so up then down returns.
    fn step(&self, from: usize, step: Step) -> Option<usize> {
        let (dx, dy) = match step {
            Step::First => return (!self.tiles.is_empty()).then_some(0),
            Step::Last => return self.tiles.len().checked_sub(1),
            Step::Left => (-1.0, 0.0),
            Step::Right => (1.0, 0.0),
            Step::Up => (0.0, -1.0),
            Step::Down => (0.0, 1.0),
        };
        let here = self.tiles.get(from)?;
        // Largest |across| / along accepted.
        let cone = match (self.shape, step) {
            (Shape::Square, _) => 0.01,
            (Shape::Hex, Step::Left | Step::Right) => 1.8,
            (Shape::Hex, _) => 1.0,
        };
        let mut best: Option<(f64, usize, usize)> = None;
        for (i, t) in self.tiles.iter().enumerate() {
            let (vx, vy) = (t.x - here.x, t.y - here.y);
            let along = vx * dx + vy * dy;
            let across = (vx * dy - vy * dx).abs();
            if i == from || along < 1.0 || across > cone * along {
                continue;
            }
            let score = (vx * vx + vy * vy).sqrt() * (1.0 + 0.9 * across / along);
            let column_shift = t.column.abs_diff(here.column);
            let better = match best {
                None => true,
                Some((s, c, _)) => score < s - 1e-6 || (score <= s + 1e-6 && column_shift < c),
            };
            if better {
                best = Some((score, column_shift, i));
            }
        }
        best.map(|(_, _, i)| i)
    }
}

/// A layout shared by the tiles, compared by identity.
type Shared = ByPtr<Layout>;

/// A pointy-top hexagon around (x, y) with circumradius r.
fn hex_path(x: f64, y: f64, r: f64) -> String {
    let half_w = r * HEX_W / (2.0 * HEX_R);
    let points = [
        (x, y - r),
        (x + half_w, y - r / 2.0),
        (x + half_w, y + r / 2.0),
        (x, y + r),
        (x - half_w, y + r / 2.0),
        (x - half_w, y - r / 2.0),
    ];
    let mut d = String::new();
    for (k, (px, py)) in points.iter().enumerate() {
        d.push(if k == 0 { 'M' } else { 'L' });
        d.push_str(&num(*px));
        d.push(' ');
        d.push_str(&num(*py));
    }
    d.push('Z');
    d
}

/// A name as one or two lines of at most `max` characters: split after a space or hyphen
/// where the longer half is shortest ("Hof van " / "Twente"), else shortened with "…". A
/// trailing " (gemeente)" is left out of the picture. The lines joined give the name back
/// when it fits, so the tile's text is the table's name; the accessible label and the
/// details line always have it in full.
fn label_lines(name: &str, max: usize) -> Vec<String> {
    let name = match name.rfind(" (") {
        Some(i) if name.ends_with(')') && i > 0 => &name[..i],
        _ => name,
    };
    let len = |s: &str| s.trim_end().chars().count();
    if len(name) <= max {
        return vec![name.to_string()];
    }
    let best = name
        .char_indices()
        .filter(|&(_, c)| c == ' ' || c == '-')
        .map(|(i, c)| i + c.len_utf8())
        .filter(|&i| i < name.len())
        .min_by_key(|&i| len(&name[..i]).max(len(&name[i..])));
    match best {
        Some(i) if len(&name[..i]) <= max => {
            vec![name[..i].to_string(), truncate(&name[i..], max)]
        }
        _ => vec![truncate(name, max)],
    }
}

/// The region's tiles coloured by status, with names, percentages and status symbols.
#[component]
pub fn Map(props: &MapProps) -> Html {
    let roving = use_roving(props.onselect.clone());
    let layout = use_memo(
        (props.rows.clone(), props.minimum_bp, props.signal_bp),
        |(rows, minimum_bp, signal_bp)| {
            ByPtr(Rc::new(Layout::new(rows.clone(), *minimum_bp, *signal_bp)))
        },
    );
    let texts = use_memo(((*layout).clone(), props.lang), |(layout, lang)| {
        let layout = &layout.0;
        let lang = *lang;
        let in_order = layout.in_order();
        let described = match layout.columns {
            Some(cols) => grid_layout(in_order.len(), cols, lang),
            None => {
                let areas: Vec<(Area, Vec<&str>)> = in_order
                    .iter()
                    .filter_map(|r| Some((twente_slot(&r.id)?.2, vec![r.name.as_str()])))
                    .collect();
                twente_layout(&areas, lang)
            }
        };
        let bars: Vec<ChartBar> = in_order.iter().map(|r| ChartBar::from(*r)).collect();
        let summary = map_summary(&bars, layout.minimum_bp, layout.signal_bp, lang);
        (described, summary)
    });

    let lang = props.lang;
    let t = MapTexts::get(lang);
    let shared = (*layout).clone();
    let layout = &shared.0;
    // Roving tab stop: the map is one stop in the Tab order (the chosen tile, else the
    // first); the arrow keys move between tiles.
    let model = MapModel::new(
        layout.in_order(),
        layout.columns,
        roving.selected.as_deref(),
        props.mine.as_deref(),
    );
    let details = model
        .details()
        .map(|r| chart_details(&ChartBar::from(r), lang))
        .unwrap_or_else(|| t.hint.to_string());

    let tiles = model.tiles.iter().enumerate().map(|(pos, tile)| {
        html! {
            <MapTile
                key={tile.row.id.clone()}
                layout={shared.clone()}
                {pos}
                tab_stop={tile.tab_stop}
                {lang}
                onfocustile={roving.onfocus.clone()}
                onactivate={roving.onactivate.clone()}
                mine={tile.mine}
            />
        }
    });
    let (kind, dense) = (model.picture.code(), model.picture.dense());
    let svg_class = classes!(
        "map-svg",
        format!("map-svg--{kind}"),
        dense.then_some("map-svg--dense")
    );
    let class = classes!("map", props.stale.then_some("map--stale"));
    html! {
        <div {class}>
            if props.stale {
                { stale_marker("map-stale-marker", t.stale_marker) }
            }
            <p class="visually-hidden" id="map-layout">{ texts.0.clone() }</p>
            <div class={classes!("map-scroll", dense.then_some("map-scroll--dense"))}>
                <svg
                    class={svg_class}
                    id="map-svg"
                    data-layout={kind}
                    data-columns={model.picture.columns().map(|c| c.to_string())}
                    viewBox={format!("0 0 {} {}", num(layout.width), num(layout.height))}
                    width={num(layout.width)}
                    height={num(layout.height)}
                    role="group"
                    aria-labelledby="map-title"
                    aria-describedby="map-layout map-desc"
                >
                    { title_and_desc(IDS, t.title.to_string(), texts.1.clone()) }
                    { status_patterns(IDS, &MAP_PATTERNS) }
                    <Shapes layout={shared.clone()} />
                    <g class="map-tiles">{ for tiles }</g>
                </svg>
            </div>
            { details_line(classes!("map-details"), Some("map-details"), Live::Status, details) }
            <Legend {lang} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct MapTileProps {
    layout: Shared,
    /// Position in reading order.
    pos: usize,
    /// This tile is the map's one Tab stop.
    tab_stop: bool,
    lang: Lang,
    onfocustile: Callback<String>,
    onactivate: Callback<String>,
    #[prop_or_default]
    mine: bool,
}

/// One focusable tile. Its own component, so moving focus re-renders two tiles, not all.
#[component]
fn MapTile(props: &MapTileProps) -> Html {
    let layout = &props.layout.0;
    let (Some(tile), Some(row)) = (layout.tiles.get(props.pos), layout.row(props.pos)) else {
        return Html::default();
    };
    let lang = props.lang;
    let (x, y) = (tile.x, tile.y);
    let (chars, plate_w) = match layout.shape {
        Shape::Hex => (HEX_CHARS, PLATE_W_HEX),
        Shape::Square => (GRID_CHARS, PLATE_W_GRID),
    };
    let names = label_lines(&row.name, chars);
    // Name lines, then the value line, centred on the tile.
    let lines = names.len() + 1;
    let first = y - (lines - 1) as f64 * LINE / 2.0;
    let plate_h = lines as f64 * LINE + 8.0;
    let name_lines = names.into_iter().enumerate().map(|(k, line)| {
        html! { <tspan x={num(x)} y={num(first + k as f64 * LINE)}>{ line }</tspan> }
    });
    let value_y = first + (lines - 1) as f64 * LINE;

    let id = row.id.clone();
    let onfocusin = with_id::<FocusEvent>(&props.onfocustile, &id);
    let onclick = with_id::<MouseEvent>(&props.onactivate, &id);
    let onkeydown = {
        let cb = props.onactivate.clone();
        let shared = props.layout.clone();
        let (pos, id) = (props.pos, id.clone());
        Callback::from(move |e: KeyboardEvent| on_key(&e, &shared.0, pos, &id, &cb))
    };
    html! {
        <g
            class={classes!(TILE, status_class(TILE, row.status), props.mine.then_some("is-mine"))}
            id={format!("map-tile-{id}")}
            data-id={id.clone()}
            data-status={row.status.code()}
            tabindex={tab_index(props.tab_stop)}
            role="img"
            aria-label={chart_bar_label(&ChartBar::from(row), lang)}
            {onfocusin}
            {onclick}
            {onkeydown}
        >
            { tile_outline(layout.shape, x, y, "map-tile-hit", None) }
            <rect class="map-tile-plate" x={num(x - plate_w / 2.0)} y={num(y - plate_h / 2.0)}
                width={num(plate_w)} height={num(plate_h)} rx="4" />
            <text class="map-tile-name" text-anchor="middle" dominant-baseline="central">{ for name_lines }</text>
            <text class="map-tile-value" x={num(x)} y={num(value_y)} text-anchor="middle" dominant-baseline="central">
                <tspan class="map-tile-pct">{ format_percent_or_dash(row.percent_tenths, lang) }</tspan>
                <tspan class="map-tile-symbol" dx="4">{ status_symbol(row.status) }</tspan>
            </text>
            { tile_outline(layout.shape, x, y, "map-tile-ring-halo", None) }
            { tile_outline(layout.shape, x, y, "map-tile-ring", None) }
        </g>
    }
}

/// A tile's outline: a hexagon or a rounded square around (x, y).
fn tile_outline(shape: Shape, x: f64, y: f64, class: &'static str, fill: Option<String>) -> Html {
    match shape {
        Shape::Hex => html! {
            <path {class} d={hex_path(x, y, HEX_R - GAP / 2.0)} {fill} />
        },
        Shape::Square => {
            let (w, h) = (GRID_X - GAP, GRID_Y - GAP);
            html! {
                <rect {class} x={num(x - w / 2.0)} y={num(y - h / 2.0)} width={num(w)} height={num(h)} rx="8" {fill} />
            }
        }
    }
}

#[derive(Properties, PartialEq)]
struct ShapesProps {
    layout: Shared,
}

/// The coloured and patterned tiles, drawn under all labels and focus rings: in SVG later
/// siblings paint over earlier ones, so a focused tile's ring and outline would otherwise
/// be hidden under its neighbours. Its own component so moving focus does not redraw them.
#[component]
fn Shapes(props: &ShapesProps) -> Html {
    let layout = &props.layout.0;
    let shapes = (0..layout.tiles.len()).filter_map(|pos| {
        let (tile, row) = (layout.tiles.get(pos)?, layout.row(pos)?);
        Some(html! {
            <g key={row.id.clone()} class={status_class(TILE, row.status)}>
                { tile_outline(layout.shape, tile.x, tile.y, "map-tile-shape", pattern_fill(row.status, IDS)) }
            </g>
        })
    });
    html! { <g class="map-shapes" aria-hidden="true">{ for shapes }</g> }
}

#[derive(Properties, PartialEq)]
struct LegendProps {
    lang: Lang,
}

/// What the fills and symbols mean, in words.
#[component]
fn Legend(props: &LegendProps) -> Html {
    let lang = props.lang;
    let items = LEGEND_ORDER
        .iter()
        .map(|&status| status_legend_item(&MAP_LEGEND, status, IDS, true, lang));
    html! {
        <ul class="map-legend" id="map-legend" aria-label={MapTexts::get(lang).legend_label}>
            { for items }
        </ul>
    }
}

fn on_key(e: &KeyboardEvent, layout: &Layout, pos: usize, id: &str, onactivate: &Callback<String>) {
    if e.alt_key() || e.ctrl_key() || e.meta_key() {
        return;
    }
    let step = match key(e) {
        Some(Key::Activate) => {
            e.prevent_default();
            onactivate.emit(id.to_string());
            return;
        }
        Some(Key::Left) => Step::Left,
        Some(Key::Right) => Step::Right,
        Some(Key::Up) => Step::Up,
        Some(Key::Down) => Step::Down,
        Some(Key::Home) => Step::First,
        Some(Key::End) => Step::Last,
        None => return,
    };
    e.prevent_default();
    // The nearest tile in that direction is not always a sibling: focus it by id.
    if let Some(row) = layout.step(pos, step).and_then(|p| layout.row(p)) {
        focus_id(&format!("map-tile-{}", row.id));
    }
}

#[cfg(test)]
mod tests;
