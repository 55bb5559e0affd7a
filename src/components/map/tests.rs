//! Unit tests of `map.rs`.

use super::*;
use evt_core::methods::Status;

fn row(id: &str, name: &str) -> ResultRow {
    ResultRow {
        id: id.into(),
        name: name.into(),
        households: 1,
        vacancies: 1,
        estimated: false,
        target: 0,
        percent_tenths: Some(0),
        status: Status::BelowMinimum,
        household_share_tenths: None,
        urgent_share_tenths: None,
        diff_to_horizon: None,
        room: 0,
        room_tenths: None,
        minimum: 0,
        explain: crate::view::Explain::Minimum { minimum_bp: 1500 },
    }
}

fn twente() -> Layout {
    let rows = evt_core::data::twente()
        .iter()
        .map(|r| row(&r.id, &r.name))
        .collect();
    Layout::new(Rc::new(rows), 1500, 2000)
}

fn name_at(layout: &Layout, pos: Option<usize>) -> &str {
    pos.and_then(|p| layout.row(p))
        .map_or("(none)", |r| r.name.as_str())
}

fn go<'a>(layout: &'a Layout, from: &str, step: Step) -> &'a str {
    let pos = (0..layout.tiles.len())
        .find(|&p| layout.row(p).is_some_and(|r| r.name == from))
        .expect("a tile");
    name_at(layout, layout.step(pos, step))
}

#[test]
fn twente_tiles_in_reading_order_without_overlap() {
    let l = twente();
    assert_eq!(l.shape, Shape::Hex);
    assert_eq!(l.tiles.len(), 14);
    assert_eq!(name_at(&l, Some(0)), "Twenterand");
    assert_eq!(name_at(&l, Some(13)), "Haaksbergen");
    for (i, a) in l.tiles.iter().enumerate() {
        for b in &l.tiles[i + 1..] {
            let d = ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt();
            assert!(d >= HEX_W - 1e-6, "tiles overlap");
        }
        assert!(a.x - HEX_W / 2.0 >= 0.0 && a.x + HEX_W / 2.0 <= l.width);
        assert!(a.y - HEX_R >= 0.0 && a.y + HEX_R <= l.height);
    }
}

#[test]
fn arrows_move_geographically_on_the_twente_map() {
    let l = twente();
    assert_eq!(go(&l, "Wierden", Step::Right), "Almelo");
    assert_eq!(go(&l, "Almelo", Step::Left), "Wierden");
    assert_eq!(go(&l, "Almelo", Step::Right), "Dinkelland");
    assert_eq!(go(&l, "Almelo", Step::Down), "Borne");
    assert_eq!(go(&l, "Borne", Step::Up), "Almelo");
    assert_eq!(go(&l, "Borne", Step::Down), "Hengelo");
    assert_eq!(go(&l, "Hengelo", Step::Right), "Enschede");
    assert_eq!(go(&l, "Enschede", Step::Right), "Losser");
    assert_eq!(go(&l, "Enschede", Step::Down), "Haaksbergen");
    assert_eq!(go(&l, "Haaksbergen", Step::Up), "Hengelo");
    assert_eq!(go(&l, "Tubbergen", Step::Left), "Twenterand");
    assert_eq!(go(&l, "Oldenzaal", Step::Down), "Enschede");
    assert_eq!(go(&l, "Twenterand", Step::Left), "Wierden");
    assert_eq!(go(&l, "Hellendoorn", Step::Right), "Wierden");
    assert_eq!(go(&l, "Twenterand", Step::Down), "Wierden");
    assert_eq!(go(&l, "Almelo", Step::Up), "Tubbergen");
    assert_eq!(go(&l, "Hengelo", Step::Up), "Borne");
    assert_eq!(go(&l, "Haaksbergen", Step::Right), "Enschede");
    assert_eq!(go(&l, "Tubbergen", Step::Right), "Dinkelland");
    assert_eq!(go(&l, "Hellendoorn", Step::Up), "(none)");
    assert_eq!(go(&l, "Losser", Step::Up), "Oldenzaal");
    assert_eq!(go(&l, "Losser", Step::Right), "(none)");
    assert_eq!(go(&l, "Twenterand", Step::Up), "(none)");
    assert_eq!(go(&l, "Haaksbergen", Step::Down), "(none)");
    assert_eq!(go(&l, "Enschede", Step::First), "Twenterand");
    assert_eq!(go(&l, "Enschede", Step::Last), "Haaksbergen");
}

#[test]
fn every_tile_is_reachable_with_the_arrows() {
    let l = twente();
    let mut seen = vec![false; l.tiles.len()];
    let mut todo = vec![0];
    while let Some(p) = todo.pop() {
        if std::mem::replace(&mut seen[p], true) {
            continue;
        }
        for s in [Step::Left, Step::Right, Step::Up, Step::Down] {
            todo.extend(l.step(p, s));
        }
    }
    assert!(seen.iter().all(|&s| s));
}

#[test]
fn other_regions_get_a_grid_in_table_order() {
    let mut rows: Vec<ResultRow> = evt_core::data::twente()
        .iter()
        .map(|r| row(&r.id, &r.name))
        .collect();
    rows.push(row("X1", "Nieuw"));
    let l = Layout::new(Rc::new(rows), 1500, 2000);
    assert_eq!(l.shape, Shape::Square);
    assert_eq!(l.columns, Some(4));
    assert_eq!(name_at(&l, Some(0)), "Almelo");
    assert_eq!(name_at(&l, Some(14)), "Nieuw");
    assert_eq!(go(&l, "Almelo", Step::Right), "Borne");
    assert_eq!(go(&l, "Almelo", Step::Down), "Haaksbergen");
    assert_eq!(go(&l, "Almelo", Step::Left), "(none)");
    // The last row holds 3 tiles: no diagonal moves in a grid.
    assert_eq!(go(&l, "Nieuw", Step::Right), "(none)");
    assert_eq!(go(&l, "Wierden", Step::Down), "(none)");
    assert_eq!(go(&l, "Wierden", Step::Up), "Oldenzaal");
}

#[test]
fn grid_columns_stay_readable() {
    assert_eq!(grid_columns(0), 1);
    assert_eq!(grid_columns(3), 3);
    assert_eq!(grid_columns(5), 3);
    assert_eq!(grid_columns(14), 4);
    assert_eq!(grid_columns(25), 5);
    assert_eq!(grid_columns(342), 8);
}

#[test]
fn names_fit_on_one_or_two_lines() {
    assert_eq!(label_lines("Almelo", 11), ["Almelo"]);
    assert_eq!(label_lines("Hellendoorn", 11), ["Hellendoorn"]);
    assert_eq!(label_lines("Hof van Twente", 11), ["Hof van ", "Twente"]);
    assert_eq!(label_lines("Rijssen-Holten", 11), ["Rijssen-", "Holten"]);
    assert_eq!(
        label_lines("Capelle aan den IJssel", 12),
        ["Capelle aan ", "den IJssel"]
    );
    assert_eq!(label_lines("Utrecht (gemeente)", 12), ["Utrecht"]);
    assert_eq!(label_lines("'s-Hertogenbosch", 12), ["'s-", "Hertogenbos…"]);
    assert_eq!(label_lines("Zuidwestgroningerland", 12), ["Zuidwestgro…"]);
}
