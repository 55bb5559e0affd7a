//! Unit tests of the link codec's private parts (the public format is tested in
//! `core/tests/link.rs`).

use super::encode::{encode_block, layouts, percent_encode, percent_len, selection_text, Layout};
use super::limits::{bad_value, out_of_range, short};
use super::values::{number, parse_selection, text, NumberError};
use super::*;
use crate::data::DATA_VERSION;
use crate::scenario::MAX_MUNICIPALITIES;

/// The link is the shortest of the ways to write the rows: for regions cut from Twente
/// (every subset shape: a few rows removed, a short selection, reordered) under names
/// that are and are not a list's default, the written block is as short as the
/// shortest layout with its name item.
#[test]
fn the_shortest_layout_is_written() {
    let mut next = crate::test_support::xorshift(7);
    let names = [
        "Twente",
        "Nederland",
        "",
        "Regio Noord-Oost Twente en omstreken",
    ];
    let mut cases = 0;
    for round in 0..300 {
        let mut s = crate::data::default_scenario();
        s.region_name = names[round % names.len()].to_string();
        let keep = 1 + (next() % 14) as usize;
        while s.municipalities.len() > keep {
            let i = (next() % s.municipalities.len() as u128) as usize;
            s.municipalities.remove(i);
        }
        if next() % 3 == 0 {
            s.municipalities.reverse();
        }
        let full = |l: &Layout| {
            let name = if s.region_name == l.default_name {
                0
            } else {
                "n=;".len() + percent_len(&s.region_name)
            };
            l.head.len() + name + l.rows.len()
        };
        let all = layouts(&s);
        let Some(best) = all.iter().map(full).min() else {
            continue;
        };
        let mut out = String::new();
        encode_block(&mut out, &s, "");
        let written = all
            .iter()
            .filter(|l| out.starts_with(&l.head) && out.contains(&l.rows))
            .map(full)
            .min();
        assert_eq!(written, Some(best), "{out}");
        // And it opens as the same region, rows and order, whichever layout is written.
        let state = LinkState::new(s.clone());
        assert_eq!(
            decode(&encode(&state)).map(|d| d.scenario),
            Ok(s.clone()),
            "{out}"
        );
        for l in &all {
            let mut body = format!("evt{VERSION};{}", l.head);
            if s.region_name != l.default_name {
                body.push_str("n=");
                percent_encode(&mut body, &s.region_name);
                body.push(';');
            }
            body.push_str(&l.rows);
            let link = with_checksum(&body);
            assert_eq!(decode(&link).map(|d| d.scenario), Ok(s.clone()), "{link}");
        }
        cases += 1;
    }
    assert!(cases > 250, "{cases}");
}

#[test]
fn checksum_is_fnv1a_upper_half() {
    // FNV-1a 32 of "" is the offset basis; of "a" it is 0xe40c292c.
    assert_eq!(checksum(b""), 0x811c);
    assert_eq!(checksum(b"a"), 0xe40c);
}

#[test]
fn numbers_are_canonical_and_bounded() {
    assert!(matches!(number("0", 5), Ok(0)));
    assert!(matches!(number("5", 5), Ok(5)));
    assert!(matches!(number("6", 5), Err(NumberError::Range)));
    assert!(matches!(number("05", 5), Err(NumberError::Bad)));
    assert!(matches!(number("", 5), Err(NumberError::Bad)));
    assert!(matches!(number("+5", 5), Err(NumberError::Bad)));
    assert!(matches!(
        number("99999999999999999999999", u64::MAX),
        Err(NumberError::Range)
    ));
}

#[test]
fn text_escapes() {
    let mut s = String::new();
    percent_encode(&mut s, "a b;é");
    assert_eq!(s, "a%20b%3B%C3%A9");
    assert_eq!(percent_len("a b;é"), s.len());
    assert_eq!(text("n", &s, bad_value), Ok("a b;é".to_string()));
    assert_eq!(text("n", "%c3%a9", bad_value), Ok("é".to_string()));
    assert_eq!(text("n", "%C3%28", bad_value), Err(LinkError::BadEscape));
    assert_eq!(text("n", "%G1", bad_value), Err(LinkError::BadEscape));
    assert_eq!(text("n", "%", bad_value), Err(LinkError::BadEscape));
    assert_eq!(text("n", "a b", bad_value), Err(bad_value("n")));
}

#[test]
fn selections_use_runs() {
    assert_eq!(selection_text(&[5, 6, 7, 8, 9, 120, 3]), "5-9.120.3");
    assert_eq!(selection_text(&[1, 2, 4]), "1.2.4");
    assert_eq!(
        parse_selection("5-9.120.3", 342),
        Ok(vec![5, 6, 7, 8, 9, 120, 3])
    );
    assert_eq!(parse_selection("1.1", 14), Err(bad_value("b")));
    assert_eq!(parse_selection("3-3", 14), Err(bad_value("b")));
    assert_eq!(parse_selection("0-14", 14), Err(out_of_range("b")));
}

#[test]
fn short_cuts_at_forty_bytes_on_a_character_boundary() {
    // "a" + "é"…: byte 40 falls inside an "é" (2 bytes), so the cut goes back one byte.
    let key = format!("a{}", "é".repeat(30));
    assert_eq!(short(&key), format!("a{}", "é".repeat(19)));
    assert_eq!(short(&"é".repeat(30)), "é".repeat(20));
    assert_eq!(short("abc"), "abc");
}

#[test]
fn a_checksum_has_exactly_four_lower_case_hex_digits() {
    // Find a body whose checksum has a leading zero, then write it with three digits.
    let body = (0..10_000)
        .map(|i| format!("evt1;b=0;n=R{i};"))
        .find(|b| checksum(b.as_bytes()) < 0x1000)
        .expect("one in sixteen bodies has a leading zero");
    let sum = checksum(body.as_bytes());
    assert!(decode(&format!("{body}k={sum:04x}")).is_ok());
    assert_eq!(
        decode(&format!("{body}k={sum:03x}")),
        Err(LinkError::Checksum)
    );
    assert_eq!(
        decode(&format!("{body}k=+{sum:03x}")),
        Err(LinkError::Checksum)
    );
}

#[test]
fn a_theme_font_has_one_to_forty_characters() {
    let with_font = |font: &str| decode(&with_checksum(&format!("evt1;b=0;tf={font};")));
    assert_eq!(
        with_font(&"a".repeat(MAX_FONT_CHARS)).map(|s| s.theme.font.map(|f| f.len())),
        Ok(Some(40))
    );
    assert!(matches!(
        with_font(&"a".repeat(MAX_FONT_CHARS + 1)),
        Err(LinkError::BadValue { .. })
    ));
    assert!(matches!(with_font(""), Err(LinkError::BadValue { .. })));
    assert!(matches!(with_font("a_b"), Err(LinkError::BadValue { .. })));
}

#[test]
fn row_keys_are_r_and_a_canonical_number() {
    let rows = |k: &str| {
        decode(&with_checksum(&format!("evt1;d=cbs2023;b=tw;{k}=-;")))
            .map(|s| s.scenario.municipalities.len())
    };
    assert_eq!(rows("r1"), Ok(13));
    assert_eq!(rows("r0"), Ok(13));
    for k in ["r01", "r", "rx", "r1x"] {
        assert_eq!(rows(k), Err(LinkError::UnknownKey(k.into())), "{k}");
    }
}

#[test]
fn at_most_four_hundred_added_rows() {
    let link = |n: usize| {
        let rows: String = (1..=n).map(|i| format!("a=X{i}:NA,H1;")).collect();
        decode(&with_checksum(&format!("evt1;b=0;{rows}")))
    };
    assert_eq!(
        link(MAX_MUNICIPALITIES).map(|s| s.scenario.municipalities.len()),
        Ok(MAX_MUNICIPALITIES)
    );
    assert_eq!(
        link(MAX_MUNICIPALITIES + 1).map(|s| s.scenario.municipalities.len()),
        Err(LinkError::TooManyMunicipalities)
    );
}

#[test]
fn a_data_version_this_release_does_not_have_is_named() {
    let with = |d: &str| decode(&with_checksum(&format!("evt1;d={d};b=tw;")));
    assert!(with(DATA_VERSION).is_ok());
    assert_eq!(
        with("cbs2099"),
        Err(LinkError::UnknownDataVersion("cbs2099".into()))
    );
    assert!(matches!(with(""), Err(LinkError::BadValue { .. })));
    // Also without base rows: a link of a newer data release is named as such.
    assert_eq!(
        decode(&with_checksum("evt1;d=cbs2099;b=0;")),
        Err(LinkError::UnknownDataVersion("cbs2099".into()))
    );
}

#[test]
fn monitoring_items_name_a_real_half_year_and_every_row() {
    let with = |m: &str| {
        decode(&with_checksum(&format!(
            "evt1;b=0;a=A:NA,H1,V1;a=B:NB,H1,V1;a=C:NC,H1,V1;M={m};"
        )))
        .map(|s| s.scenario.monitoring.len())
    };
    assert_eq!(with("2026h1!1,1,1,1,1.2,2,2,2,2.3,3,3,3,3"), Ok(3));
    // A row may be empty, but the item names every municipality, and one at least.
    assert_eq!(with("2026h1!1,1,1,1,1.."), Ok(1));
    assert!(matches!(
        with("2026h1!1,1,1,1,1"),
        Err(LinkError::BadValue { .. })
    ));
    assert!(matches!(with("2026h1!.."), Err(LinkError::BadValue { .. })));
    // The year is four digits (not "+026", which Rust would read as 26).
    assert!(matches!(
        with("+026h1!1,1,1,1,1.."),
        Err(LinkError::BadValue { .. })
    ));
    assert!(matches!(
        with("1999h1!1,1,1,1,1.."),
        Err(LinkError::OutOfRange { .. })
    ));
}

#[test]
fn a_theme_colour_is_six_lower_case_hex_digits() {
    let with = |tc: &str| decode(&with_checksum(&format!("evt1;b=0;tc={tc};")));
    assert_eq!(
        with("00528a").map(|s| s.theme.primary),
        Ok(Some([0x00, 0x52, 0x8a]))
    );
    for bad in ["00528a12", "+0528a", "00528", "00528A", "zz528a"] {
        assert!(
            matches!(with(bad), Err(LinkError::BadValue { .. })),
            "{bad}"
        );
    }
}
