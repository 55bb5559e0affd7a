//! Any region (`evt_core::region`): codes, search, pasted lists, building the scenario, and
//! that a built region survives its link unchanged.

use evt_core::codec::link::{decode, encode, LinkState};
use evt_core::data::{default_scenario, netherlands, twente};
use evt_core::region::{
    build_region, code_of, fold, national_indices, parse_list, search, twente_indices, ListParse,
};
use evt_core::validate::validate;
use evt_core::{compute, Method, Params};
use std::collections::HashSet;

/// The index of the national row with this exact name.
fn idx(name: &str) -> usize {
    netherlands()
        .iter()
        .position(|r| r.name == name)
        .unwrap_or_else(|| panic!("{name} is in the national data"))
}

fn names(indices: &[usize]) -> Vec<&'static str> {
    indices
        .iter()
        .map(|&i| netherlands()[i].name.as_str())
        .collect()
}

// --- codes --------------------------------------------------------------------------------

#[test]
fn every_known_code_is_unique_and_twente_codes_equal_the_twente_data() {
    let rows = netherlands();
    assert_eq!(rows.len(), 342);
    let coded: Vec<(&str, &str)> = rows
        .iter()
        .filter_map(|r| code_of(r).map(|c| (r.name.as_str(), c)))
        .collect();
    // Only the codes the embedded data has: no code is made up.
    assert_eq!(coded.len(), twente().len());
    let unique: HashSet<&str> = coded.iter().map(|(_, c)| *c).collect();
    assert_eq!(
        unique.len(),
        coded.len(),
        "each code names one municipality"
    );
    for t in twente() {
        let row = rows
            .iter()
            .find(|r| r.id == t.id)
            .expect("every Twente row is a national row");
        assert_eq!(code_of(row), Some(t.id.as_str()), "{}", t.name);
        // The embedded Twente data is the only source of codes: each one is GM + 4 digits.
        let digits = t.id.strip_prefix("GM").unwrap_or("");
        assert!(
            digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()),
            "{}",
            t.id
        );
    }
    assert_eq!(code_of(&rows[idx("Enschede")]), Some("GM0153"));
    assert_eq!(code_of(&rows[idx("Amsterdam")]), None);
}

#[test]
fn national_ids_stay_as_the_links_know_them() {
    // Links key national rows by position and id: building a region must not change them.
    assert_eq!(netherlands()[idx("Enschede")].id, "GM0153");
    assert_eq!(netherlands()[idx("Amsterdam")].id, "NL-amsterdam");
    assert_eq!(
        netherlands()[idx("'s-Gravenhage (gemeente)")].id,
        "NL-s-gravenhage-gemeente"
    );
}

// --- search -------------------------------------------------------------------------------

#[test]
fn fold_ignores_case_accents_and_punctuation() {
    assert_eq!(fold("Súdwest-Fryslân"), "sudwest fryslan");
    assert_eq!(fold("'s-Gravenhage (gemeente)"), "s gravenhage gemeente");
    assert_eq!(fold("  Hengelo (O.) "), "hengelo o");
    assert_eq!(fold("ÉÉN"), "een");
}

#[test]
fn search_finds_by_name_prefix_first() {
    assert_eq!(names(&search("ensch", 5)), ["Enschede"]);
    assert_eq!(names(&search("ENSCHEDE", 5)), ["Enschede"]);
    // Names starting with the query before names that merely contain it.
    let berg = names(&search("berg", 50));
    let first_infix = berg
        .iter()
        .position(|n| !fold(n).starts_with("berg"))
        .expect("some name contains 'berg' later on");
    assert!(berg[..first_infix]
        .iter()
        .all(|n| fold(n).starts_with("berg")));
    assert!(berg.contains(&"Haaksbergen") && berg.contains(&"Bergen (NH.)"));
    assert!(
        berg.iter().position(|n| *n == "Bergen (L.)")
            < berg.iter().position(|n| *n == "Haaksbergen")
    );
    // A word inside the name counts before a bare substring.
    let cuijk = names(&search("cuijk", 10));
    assert_eq!(cuijk.first(), Some(&"Land van Cuijk"));
    // The exact name first, even when others start with it.
    assert_eq!(names(&search("Bergen op Zoom", 3))[0], "Bergen op Zoom");
    assert_eq!(names(&search("hengelo", 3))[0], "Hengelo (O.)");
    // A name starting with the query before names that only contain it, even when those
    // come first in the alphabet (Ameland, Barneveld).
    assert_eq!(names(&search("land", 2)), ["Land van Cuijk", "Landgraaf"]);
    assert_eq!(names(&search("vel", 1)), ["Veldhoven"]);
}

#[test]
fn search_ignores_accents_and_knows_common_names() {
    assert_eq!(names(&search("sudwest", 3)), ["Súdwest-Fryslân"]);
    assert_eq!(names(&search("Súdwest-Fryslân", 3)), ["Súdwest-Fryslân"]);
    assert_eq!(
        names(&search("fryslan", 5)),
        ["Noardeast-Fryslân", "Súdwest-Fryslân"]
    );
    assert_eq!(names(&search("Den Haag", 3))[0], "'s-Gravenhage (gemeente)");
    assert_eq!(names(&search("den bosch", 3))[0], "'s-Hertogenbosch");
    // "den" is the start of an alias, but "Den Helder" is a real name starting with it.
    let den = names(&search("den", 10));
    assert!(den.contains(&"Den Helder"));
}

#[test]
fn search_matches_codes_in_every_notation() {
    for q in ["GM0153", "gm0153", "GM 0153", "0153", "153"] {
        assert_eq!(names(&search(q, 5)).first(), Some(&"Enschede"), "{q}");
    }
    assert_eq!(names(&search("GM1774", 5)), ["Dinkelland"]);
}

#[test]
fn search_respects_the_limit_and_finds_nothing_for_nothing() {
    assert!(search("", 10).is_empty());
    assert!(search("  -- ", 10).is_empty());
    assert!(search("zzzz", 10).is_empty());
    assert_eq!(search("a", 7).len(), 7);
    assert!(search("a", 0).is_empty());
    assert!(search("a", 1000).len() > 100);
}

// --- pasted lists -------------------------------------------------------------------------

#[test]
fn a_list_of_names_one_per_line() {
    let p = parse_list("Almelo\r\nBorne\n\nZwolle\n");
    assert_eq!(names(&p.found), ["Almelo", "Borne", "Zwolle"]);
    assert!(p.unknown.is_empty() && p.duplicates.is_empty());
}

#[test]
fn separators_tabs_commas_semicolons_and_an_excel_row() {
    let p = parse_list("Almelo\tBorne;Zwolle, Deventer\n\"Ede\";Emmen");
    assert_eq!(
        names(&p.found),
        ["Almelo", "Borne", "Zwolle", "Deventer", "Ede", "Emmen"]
    );
}

#[test]
fn codes_are_read_where_known() {
    let p = parse_list("GM0153\n0141\t147\ngm1774");
    assert_eq!(
        names(&p.found),
        ["Enschede", "Almelo", "Borne", "Dinkelland"]
    );
    // A well-formed code the data has no municipality for is unknown, named as typed.
    let p = parse_list("GM0363\n9999");
    assert!(p.found.is_empty());
    assert_eq!(p.unknown, ["GM0363", "9999"]);
}

#[test]
fn a_name_with_a_comma_stays_whole() {
    let p = parse_list("Almelo, Nuenen, Gerwen en Nederwetten, Borne");
    assert_eq!(
        names(&p.found),
        ["Almelo", "Nuenen, Gerwen en Nederwetten", "Borne"]
    );
    let p = parse_list("\"Nuenen, Gerwen en Nederwetten\"\nNuenen");
    assert_eq!(names(&p.found), ["Nuenen, Gerwen en Nederwetten"]);
    assert_eq!(p.duplicates, ["Nuenen, Gerwen en Nederwetten"]);
}

#[test]
fn unknown_ambiguous_and_duplicate_entries_are_reported() {
    let p = parse_list("Almelo\nAtlantis\nBergen\nalmelo\nALMELO\nBorne\nBorne");
    assert_eq!(names(&p.found), ["Almelo", "Borne"]);
    assert_eq!(p.unknown, ["Atlantis", "Bergen"]);
    assert_eq!(p.duplicates, ["Almelo", "Borne"]);
}

#[test]
fn unique_starts_common_names_accents_headings_and_figures() {
    let p = parse_list(
        "Gemeente\tHuishoudens\nHengelo\t39.355\nGroningen\nDen Haag\t281170\nsudwest fryslan\nBergen (NH.)",
    );
    assert_eq!(
        names(&p.found),
        [
            "Hengelo (O.)",
            "Groningen (gemeente)",
            "'s-Gravenhage (gemeente)",
            "Súdwest-Fryslân",
            "Bergen (NH.)"
        ]
    );
    // "Huishoudens" is a heading of another column: unknown, but said so.
    assert_eq!(p.unknown, ["Huishoudens"]);
}

#[test]
fn cells_without_a_letter_or_digit_are_skipped_not_unknown() {
    let p = parse_list("Almelo\n-\n…\n\"\"\n – \nBorne");
    assert_eq!(names(&p.found), ["Almelo", "Borne"]);
    assert!(p.unknown.is_empty(), "{:?}", p.unknown);
    // A figure is skipped too, a code is not.
    let p = parse_list("Almelo\t1.234\n0153");
    assert_eq!(names(&p.found), ["Almelo", "Enschede"]);
    assert!(p.unknown.is_empty(), "{:?}", p.unknown);
}

#[test]
fn a_line_naming_one_municipality_by_name_and_code_counts_once() {
    let p = parse_list("Enschede\tGM0153\nAlmelo\tGM0141\nEnschede");
    assert_eq!(names(&p.found), ["Enschede", "Almelo"]);
    assert_eq!(p.duplicates, ["Enschede"]);
    // The same name twice on one line is a duplicate all the same.
    let p = parse_list("Almelo\tAlmelo");
    assert_eq!(p.duplicates, ["Almelo"]);
}

#[test]
fn every_national_name_and_code_reads_back_as_itself() {
    let all: String = netherlands()
        .iter()
        .map(|r| r.name.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let p = parse_list(&all);
    assert_eq!(p.found, (0..342).collect::<Vec<_>>());
    assert_eq!(
        p,
        ListParse {
            found: (0..342).collect(),
            ..ListParse::default()
        }
    );
    // As one Excel row too (names with commas stay whole).
    let row: String = netherlands()
        .iter()
        .map(|r| r.name.as_str())
        .collect::<Vec<_>>()
        .join("\t");
    assert_eq!(parse_list(&row).found.len(), 342);
    // Each name searched on its own comes first.
    for (i, r) in netherlands().iter().enumerate() {
        assert_eq!(search(&r.name, 1), [i], "{}", r.name);
    }
}

#[test]
fn nothing_in_nothing_out() {
    assert_eq!(parse_list(""), ListParse::default());
    assert_eq!(parse_list(" \n\t;,\n"), ListParse::default());
}

// --- building the region ------------------------------------------------------------------

/// 40 municipalities: the 14 of Twente and 26 others, in a mixed order.
fn forty() -> Vec<usize> {
    let mut v: Vec<usize> = twente_indices();
    v.extend(
        [
            "Zwolle",
            "Deventer",
            "Apeldoorn",
            "Amsterdam",
            "Groningen (gemeente)",
            "Land van Cuijk",
            "Maashorst",
            "Dijk en Waard",
            "Voorne aan Zee",
            "Súdwest-Fryslân",
            "'s-Gravenhage (gemeente)",
            "'s-Hertogenbosch",
            "Nuenen, Gerwen en Nederwetten",
            "Bergen (L.)",
            "Bergen (NH.)",
            "Utrecht (gemeente)",
            "Ede",
            "Emmen",
            "Kampen",
            "Raalte",
            "Ommen",
            "Dalfsen",
            "Staphorst",
            "Hardenberg",
            "Berkelland",
            "Winterswijk",
        ]
        .map(idx),
    );
    v
}

#[test]
fn build_region_takes_the_national_rows_in_the_given_order() {
    let indices = forty();
    assert_eq!(indices.len(), 40);
    let s = build_region("  Regio Oost  ", &indices);
    assert_eq!(s.region_name, "Regio Oost");
    assert_eq!(s.params, Params::default());
    assert_eq!(s.method, Method::Households);
    assert!(s.monitoring.is_empty());
    assert_eq!(s.municipalities.len(), 40);
    for (m, &i) in s.municipalities.iter().zip(&indices) {
        assert_eq!(*m, netherlands()[i].to_municipality());
    }
    assert_eq!(national_indices(&s), indices);
    assert_eq!(validate(&s), []);
    let outcome = compute(&s).expect("a built region computes");
    assert_eq!(outcome.rows.len(), 40);
}

#[test]
fn build_region_drops_repeats_and_indices_outside_the_data() {
    let s = build_region("X", &[3, 3, 1000, 1]);
    assert_eq!(s.municipalities.len(), 2);
    assert_eq!(s.municipalities[0].id, netherlands()[3].id);
    assert_eq!(s.municipalities[1].id, netherlands()[1].id);
}

#[test]
fn twente_built_from_the_national_rows_is_the_default_region() {
    let t = twente_indices();
    assert_eq!(t.len(), 14);
    let s = build_region("Twente", &t);
    let d = default_scenario();
    assert_eq!(s.region_name, d.region_name);
    for (a, b) in s.municipalities.iter().zip(&d.municipalities) {
        assert_eq!(a.id, b.id);
        assert_eq!(a.households, b.households);
        assert_eq!(a.corporation_homes, b.corporation_homes);
    }
    assert_eq!(compute(&s).map(|o| o.rows), compute(&d).map(|o| o.rows));
}

#[test]
fn a_built_region_survives_its_link() {
    for (name, indices) in [
        ("Regio Oost", forty()),
        ("Één & ander; 100%", forty().into_iter().rev().collect()),
        ("Nederland", (0..342).collect()),
        ("Zuid", vec![idx("Maastricht")]),
    ] {
        let s = build_region(name, &indices);
        let link = encode(&LinkState::new(s.clone()));
        let back = decode(&link).expect("the link opens");
        assert_eq!(back.scenario, s, "{name}");
        if indices.len() == 40 {
            assert!(link.contains(";b=nl:"), "{link}");
            assert!(link.contains(";n="), "{link}");
        }
    }
}

#[test]
fn the_current_scenario_prefills_with_its_national_rows() {
    let mut s = default_scenario();
    assert_eq!(national_indices(&s), twente_indices());
    // Added rows are not national rows; edited figures keep the row's id.
    s.municipalities[0].households = 1;
    let id = s.next_added_id();
    s.municipalities
        .push(evt_core::Municipality::new(id, "Nieuw", 5));
    assert_eq!(national_indices(&s), twente_indices());
}
