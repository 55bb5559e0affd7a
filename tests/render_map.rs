//! Rendered markup of the map (native SSR): the Twente hexagon map has a tile per
//! municipality with the rows' names and percentages; other regions (342 municipalities,
//! rows with generated ids) get a generated grid; status as pattern plus text; accessible
//! structure, one Tab stop, both languages, and no inline styles (the CSP forbids them).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{attr, figures, find_with_class, rows_of};
use evt_app::components::map::{Map, MapProps};
use evt_app::i18n::chart::{chart_bar_label, ChartBar};
use evt_app::i18n::map::{grid_layout, map_summary, twente_layout, Area, MapTexts};
use evt_app::i18n::{status_label, status_symbol};
use evt_app::view::ResultRow;
use evt_core::methods::Status;
use evt_core::numbers::{format_percent_tenths, Lang};
use std::rc::Rc;
use yew::{Callback, LocalServerRenderer};

fn twente_rows() -> Rc<Vec<ResultRow>> {
    rows_of(evt_core::data::default_scenario())
}

fn props(rows: Rc<Vec<ResultRow>>, lang: Lang) -> MapProps {
    MapProps {
        rows,
        lang,
        minimum_bp: 1500,
        signal_bp: 2000,
        stale: false,
        onselect: Callback::noop(),
        mine: None,
        tappable: true,
    }
}

async fn render(props: MapProps) -> String {
    LocalServerRenderer::<Map>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

/// The text of an element starting at `from`, tags removed (as `textContent`).
fn text_of(html: &str, from: usize, tag: &str) -> String {
    let start = from + html[from..].find('>').expect("tag ends") + 1;
    let end = start
        + html[start..]
            .find(&format!("</{tag}>"))
            .expect("closing tag");
    let mut out = String::new();
    let mut in_tag = false;
    for c in html[start..end].chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&#39;", "'").replace("&amp;", "&")
}

/// One rendered tile.
#[derive(Debug)]
struct TileView {
    id: String,
    class: String,
    status: String,
    label: String,
    tabindex: String,
    name: String,
    pct: String,
    symbol: String,
}

/// Every tile, in document order.
fn tiles_of(html: &str) -> Vec<TileView> {
    html.match_indices("<g ")
        .filter_map(|(i, _)| {
            let class = attr(html, i, "class")?;
            if !class.split(' ').any(|c| c == "map-tile") {
                return None;
            }
            let id = attr(html, i, "data-id")?.to_string();
            assert_eq!(attr(html, i, "id"), Some(format!("map-tile-{id}").as_str()));
            assert_eq!(attr(html, i, "role"), Some("img"));
            let end = i + html[i..].find("</g>").expect("tile ends");
            let inner = &html[..end];
            let name = find_with_class(inner, i, "text", "map-tile-name").expect("name");
            let pct = find_with_class(inner, i, "tspan", "map-tile-pct").expect("pct");
            let symbol = find_with_class(inner, i, "tspan", "map-tile-symbol").expect("symbol");
            Some(TileView {
                id,
                class: class.to_string(),
                status: attr(html, i, "data-status")?.to_string(),
                label: attr(html, i, "aria-label")?.to_string(),
                tabindex: attr(html, i, "tabindex")?.to_string(),
                name: text_of(inner, name, "text"),
                pct: text_of(inner, pct, "tspan"),
                symbol: text_of(inner, symbol, "tspan"),
            })
        })
        .collect()
}

/// The Twente map's tiles in document order (north to south), with their status in the
/// default scenario and where they lie.
const MAP_ORDER: [(&str, Status, Area); 14] = [
    ("Twenterand", Status::WithinRange, Area::North),
    ("Tubbergen", Status::AboveSignal, Area::North),
    ("Hellendoorn", Status::AboveSignal, Area::West),
    ("Wierden", Status::AboveSignal, Area::Centre),
    ("Almelo", Status::BelowMinimum, Area::Centre),
    ("Dinkelland", Status::AboveSignal, Area::East),
    ("Rijssen-Holten", Status::AboveSignal, Area::West),
    ("Hof van Twente", Status::AboveSignal, Area::West),
    ("Borne", Status::AboveSignal, Area::Centre),
    ("Oldenzaal", Status::WithinRange, Area::East),
    ("Hengelo", Status::WithinRange, Area::Centre),
    ("Enschede", Status::BelowMinimum, Area::South),
    ("Losser", Status::AboveSignal, Area::East),
    ("Haaksbergen", Status::AboveSignal, Area::South),
];

/// A tile as the map's texts read it (urgents and percentage do not enter its sentences).
fn tile(
    name: &'static str,
    target: u64,
    percent: Option<u64>,
    status: Status,
) -> ChartBar<'static> {
    ChartBar {
        name,
        target,
        vacancies: 1,
        estimated: false,
        percent_tenths: percent,
        status,
    }
}

/// [`MAP_ORDER`] without `leave_out`, as tiles and as the layout's areas.
fn expected_map(leave_out: &str) -> (Vec<ChartBar<'static>>, Vec<(Area, Vec<&'static str>)>) {
    let kept = MAP_ORDER.iter().filter(|t| t.0 != leave_out);
    let tiles = kept
        .clone()
        .map(|&(n, s, _)| tile(n, 0, Some(0), s))
        .collect();
    let areas = kept.map(|&(n, _, a)| (a, vec![n])).collect();
    (tiles, areas)
}

fn pct(row: &ResultRow, lang: Lang) -> String {
    row.percent_tenths
        .map(|p| format_percent_tenths(p, lang))
        .unwrap_or_else(|| "–".into())
}

#[tokio::test(flavor = "current_thread")]
async fn twente_map_has_a_tile_per_row_agreeing_with_the_rows() {
    let rows = twente_rows();
    for lang in [Lang::Nl, Lang::En] {
        let html = render(props(rows.clone(), lang)).await;
        let svg = find_with_class(&html, 0, "svg", "map-svg").expect("the map svg");
        assert_eq!(attr(&html, svg, "data-layout"), Some("twente"));
        assert_eq!(attr(&html, svg, "id"), Some("map-svg"));
        let tiles = tiles_of(&html);
        assert_eq!(tiles.len(), 14);
        for row in rows.iter() {
            let tile = tiles
                .iter()
                .find(|t| t.id == row.id)
                .expect("a tile per row");
            assert_eq!(tile.name, row.name, "name of {}", row.id);
            assert_eq!(tile.pct, pct(row, lang), "percentage of {}", row.name);
            assert_eq!(tile.symbol, status_symbol(row.status));
            assert_eq!(tile.status, row.status.code());
            assert!(tile
                .class
                .contains(&format!("map-tile--{}", row.status.code())));
            assert!(tile
                .label
                .starts_with(&format!("{}: {}", row.name, pct(row, lang))));
        }
        // Geographic order in the document: north to south.
        assert_eq!(tiles[0].name, "Twenterand");
        assert_eq!(tiles[1].name, "Tubbergen");
        assert_eq!(tiles[13].name, "Haaksbergen");
    }
    let html = render(props(rows, Lang::Nl)).await;
    let tiles = tiles_of(&html);
    let dinkelland = tiles.iter().find(|t| t.id == "GM1774").expect("Dinkelland");
    assert_eq!(dinkelland.pct, "36,1%");
    assert_eq!(dinkelland.symbol, "▲");
    assert_eq!(
        dinkelland.label,
        chart_bar_label(
            &tile("Dinkelland", 30, Some(361), Status::AboveSignal),
            Lang::Nl
        )
    );
    assert!(dinkelland.label.starts_with("Dinkelland: 36,1%, 30 "));
    let almelo = tiles.iter().find(|t| t.id == "GM0141").expect("Almelo");
    assert_eq!(
        (almelo.pct.as_str(), almelo.symbol.as_str()),
        ("13,4%", "▼")
    );
    // Two-line names still read as the name.
    assert!(html.contains("<tspan x=\"") && html.contains(">Hof van </tspan>"));
}

#[tokio::test(flavor = "current_thread")]
async fn one_tab_stop_named_described_group_and_live_details() {
    let html = render(props(twente_rows(), Lang::Nl)).await;
    let tiles = tiles_of(&html);
    assert_eq!(tiles.iter().filter(|t| t.tabindex == "0").count(), 1);
    assert_eq!(tiles[0].tabindex, "0");
    assert_eq!(tiles.iter().filter(|t| t.tabindex == "-1").count(), 13);
    assert_eq!(html.matches("tabindex=").count(), 14);

    let svg = find_with_class(&html, 0, "svg", "map-svg").expect("svg");
    assert_eq!(attr(&html, svg, "role"), Some("group"));
    assert_eq!(attr(&html, svg, "aria-labelledby"), Some("map-title"));
    assert_eq!(
        attr(&html, svg, "aria-describedby"),
        Some("map-layout map-desc")
    );
    let mt = MapTexts::get(Lang::Nl);
    assert!(html.contains(&format!("<title id=\"map-title\">{}</title>", mt.title)));
    // Who is above 20% (nine, in map order) and below 15% (Almelo and Enschede).
    let (tiles_nl, areas) = expected_map("");
    let desc = html.find("<desc id=\"map-desc\">").expect("desc");
    let desc = text_of(&html, desc, "desc");
    assert_eq!(desc, map_summary(&tiles_nl, 1500, 2000, Lang::Nl));
    assert_eq!(figures(&desc), ["9", "20%", "2", "15%"], "{desc}");
    // The layout, visually hidden, in words.
    let layout = find_with_class(&html, 0, "p", "visually-hidden").expect("layout text");
    assert_eq!(attr(&html, layout, "id"), Some("map-layout"));
    let layout = text_of(&html, layout, "p");
    // The 14 municipalities by area (Twenterand and Tubbergen in the north, …), then the keys.
    assert_eq!(layout, twente_layout(&areas, Lang::Nl));
    assert_eq!(figures(&layout), ["14"], "{layout}");
    assert!(layout.ends_with(mt.keys), "{layout}");

    let details = find_with_class(&html, 0, "p", "map-details").expect("details line");
    assert_eq!(attr(&html, details, "role"), Some("status"));
    assert_eq!(attr(&html, details, "id"), Some("map-details"));
    assert_eq!(text_of(&html, details, "p"), mt.hint);

    // Every id is the map's own.
    for (i, _) in html.match_indices(" id=\"") {
        let id = attr(&html, html[..=i].rfind('<').expect("tag"), "id").expect("id");
        assert!(id.starts_with("map-"), "id {id}");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn status_is_pattern_and_symbol_and_text() {
    let html = render(props(twente_rows(), Lang::Nl)).await;
    assert!(html.contains("<pattern id=\"map-hatch\""));
    assert!(html.contains("<pattern id=\"map-dots\""));
    let tiles = tiles_of(&html);
    let count = |status: Status| tiles.iter().filter(|t| t.status == status.code()).count();
    assert_eq!(count(Status::AboveSignal), 9);
    assert_eq!(count(Status::WithinRange), 3);
    assert_eq!(count(Status::BelowMinimum), 2);
    // 9 hatched + 2 dotted tiles, and one swatch each in the legend.
    assert_eq!(html.matches("fill=\"url(#map-hatch)\"").count(), 9 + 1);
    assert_eq!(html.matches("fill=\"url(#map-dots)\"").count(), 2 + 1);
    let legend = find_with_class(&html, 0, "ul", "map-legend").expect("legend");
    assert_eq!(
        attr(&html, legend, "aria-label"),
        Some(MapTexts::get(Lang::Nl).legend_label)
    );
    for status in [
        Status::AboveSignal,
        Status::WithinRange,
        Status::BelowMinimum,
        Status::NoVacancies,
    ] {
        let label = status_label(status, Lang::Nl);
        assert!(html.contains(&format!("<span>{label}</span>")), "{label}");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn rows_without_vacancies_show_a_dash_and_a_cross() {
    let mut rows = (*twente_rows()).clone();
    if let Some(r) = rows.iter_mut().find(|r| r.name == "Losser") {
        r.vacancies = 0;
        r.percent_tenths = None;
        r.status = Status::NoVacancies;
    }
    let html = render(props(Rc::new(rows), Lang::Nl)).await;
    let tiles = tiles_of(&html);
    let losser = tiles.iter().find(|t| t.name == "Losser").expect("Losser");
    assert_eq!((losser.pct.as_str(), losser.symbol.as_str()), ("–", "✕"));
    assert!(losser.class.contains("map-tile--no-vacancies"));
    let no_vacancies = tile("Losser", 27, None, Status::NoVacancies);
    assert_eq!(losser.label, chart_bar_label(&no_vacancies, Lang::Nl));
    assert!(losser.label.starts_with("Losser: 27 "), "{}", losser.label);
    // The description counts Losser apart: 8 above, 2 below, 1 without vacated homes.
    let (mut expected, _) = expected_map("");
    for t in expected.iter_mut().filter(|t| t.name == "Losser") {
        *t = no_vacancies;
    }
    let desc = html.find("<desc id=\"map-desc\">").expect("desc");
    let desc = text_of(&html, desc, "desc");
    assert_eq!(desc, map_summary(&expected, 1500, 2000, Lang::Nl));
    assert_eq!(figures(&desc), ["8", "20%", "2", "15%", "1"], "{desc}");
    assert!(desc.ends_with("Losser."), "{desc}");
}

#[tokio::test(flavor = "current_thread")]
async fn a_twente_subset_keeps_the_map() {
    let mut scenario = evt_core::data::default_scenario();
    scenario.municipalities.retain(|m| m.name != "Enschede");
    let html = render(props(rows_of(scenario), Lang::Nl)).await;
    let svg = find_with_class(&html, 0, "svg", "map-svg").expect("svg");
    assert_eq!(attr(&html, svg, "data-layout"), Some("twente"));
    assert_eq!(tiles_of(&html).len(), 13);
    let layout = find_with_class(&html, 0, "p", "visually-hidden").expect("layout text");
    let layout = text_of(&html, layout, "p");
    assert_eq!(layout, twente_layout(&expected_map("Enschede").1, Lang::Nl));
    assert_eq!(figures(&layout), ["13"], "{layout}");
}

#[tokio::test(flavor = "current_thread")]
async fn all_342_municipalities_get_a_readable_grid() {
    let rows = rows_of(evt_core::data::netherlands_scenario());
    assert_eq!(rows.len(), 342);
    let html = render(props(rows.clone(), Lang::Nl)).await;
    let svg = find_with_class(&html, 0, "svg", "map-svg").expect("svg");
    assert_eq!(attr(&html, svg, "data-layout"), Some("grid"));
    assert_eq!(attr(&html, svg, "data-columns"), Some("8"));
    assert!(attr(&html, svg, "class").is_some_and(|c| c.contains("map-svg--dense")));
    // 8 columns of 112 and 43 rows of 88, plus 8 padding on each side.
    assert_eq!(attr(&html, svg, "viewBox"), Some("0 0 912.0 3800.0"));
    let tiles = tiles_of(&html);
    assert_eq!(tiles.len(), 342);
    // Table order, every tile with its row's figures.
    for (tile, row) in tiles.iter().zip(rows.iter()) {
        assert_eq!(tile.id, row.id);
        assert_eq!(tile.pct, pct(row, Lang::Nl), "{}", row.name);
        assert_eq!(tile.symbol, status_symbol(row.status));
        assert!(tile.label.starts_with(&format!("{}: ", row.name)));
        // Long names are shortened in the picture only: at most 12 characters a line.
        assert!(tile.name.chars().count() <= 25, "{}", tile.name);
    }
    let gravenhage = tiles
        .iter()
        .find(|t| t.id == "NL-s-gravenhage-gemeente")
        .expect("'s-Gravenhage");
    assert_eq!(gravenhage.name, "'s-Gravenhage");
    assert!(gravenhage.label.starts_with("'s-Gravenhage (gemeente): "));
    assert_eq!(tiles.iter().filter(|t| t.tabindex == "0").count(), 1);
    let layout = find_with_class(&html, 0, "p", "visually-hidden").expect("layout text");
    let layout = text_of(&html, layout, "p");
    assert_eq!(layout, grid_layout(342, 8, Lang::Nl));
    assert_eq!(figures(&layout), ["342", "8"], "{layout}");
}

#[tokio::test(flavor = "current_thread")]
async fn a_region_with_generated_ids_gets_a_grid() {
    let mut scenario = evt_core::data::default_scenario();
    for (i, m) in scenario.municipalities.iter_mut().enumerate().take(5) {
        m.id = format!("X{}", i + 1);
        m.name = format!("Dorp {}", i + 1);
    }
    scenario.municipalities.truncate(5);
    let rows = rows_of(scenario);
    let html = render(props(rows.clone(), Lang::En)).await;
    let svg = find_with_class(&html, 0, "svg", "map-svg").expect("svg");
    assert_eq!(attr(&html, svg, "data-layout"), Some("grid"));
    assert_eq!(attr(&html, svg, "data-columns"), Some("3"));
    assert!(!attr(&html, svg, "class").is_some_and(|c| c.contains("map-svg--dense")));
    let tiles = tiles_of(&html);
    let ids: Vec<&str> = tiles.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["X1", "X2", "X3", "X4", "X5"]);
    for (tile, row) in tiles.iter().zip(rows.iter()) {
        assert_eq!(tile.name, row.name);
        assert_eq!(tile.pct, pct(row, Lang::En));
    }
    assert!(html.contains("id=\"map-tile-X1\""));
    let layout = find_with_class(&html, 0, "p", "visually-hidden").expect("layout text");
    let layout = text_of(&html, layout, "p");
    assert_eq!(layout, grid_layout(5, 3, Lang::En));
    assert_ne!(layout, grid_layout(5, 3, Lang::Nl));
    assert_eq!(figures(&layout), ["5", "3"], "{layout}");
    let (en, nl) = (MapTexts::get(Lang::En), MapTexts::get(Lang::Nl));
    assert_ne!(en.title, nl.title);
    assert!(html.contains(&format!("<title id=\"map-title\">{}</title>", en.title)));

    // Twente plus one added row: the grid too, in table order.
    let mut scenario = evt_core::data::default_scenario();
    let mut extra = scenario.municipalities[0].clone();
    extra.id = "X1".into();
    extra.name = "Nieuwe gemeente".into();
    scenario.municipalities.push(extra);
    let html = render(props(rows_of(scenario), Lang::Nl)).await;
    let svg = find_with_class(&html, 0, "svg", "map-svg").expect("svg");
    assert_eq!(attr(&html, svg, "data-layout"), Some("grid"));
    let tiles = tiles_of(&html);
    assert_eq!(tiles.len(), 15);
    assert_eq!(tiles[14].id, "X1");
    assert_eq!(tiles[14].name, "Nieuwe gemeente");
}

#[tokio::test(flavor = "current_thread")]
async fn stale_results_are_marked_and_no_inline_styles() {
    for lang in [Lang::Nl, Lang::En] {
        for stale in [false, true] {
            let mut p = props(twente_rows(), lang);
            p.stale = stale;
            let html = render(p).await;
            assert!(!html.contains("style="), "inline style in {html}");
            assert!(!html.contains("<style"), "style element in {html}");
            assert_eq!(html.contains("map--stale"), stale);
            if stale {
                let marker = find_with_class(&html, 0, "p", "map-stale-marker").expect("marker");
                assert_eq!(attr(&html, marker, "aria-hidden"), Some("true"));
            }
        }
    }
}
