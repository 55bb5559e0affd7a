//! Spreadsheet import and export (DESIGN "Spreadsheets"): pasted Excel blocks, Dutch and
//! English CSV, round trips, the exact export of the default Twente scenario, formula
//! injection, and a no-panic property test on arbitrary text.

use evt_core::codec::{
    apply, apply_with_new_rows, export_csv, export_inputs_csv, export_tsv, parse_table, Change,
    Delimiter, Note, Preview, RejectReason, Rejected, RowRef, MAX_ROWS,
};
use evt_core::compute;
use evt_core::data::{default_scenario, netherlands_scenario};
use evt_core::numbers::{Lang, NumberError};
use evt_core::scenario::{Municipality, Scenario, MAX_COUNT};
use evt_core::validate::Field;
use proptest::prelude::*;

fn change(id: &str, name: &str, field: Field, old: Option<u64>, new: u64) -> Change {
    Change {
        id: id.to_string(),
        name: name.to_string(),
        field,
        old,
        new,
    }
}

fn vacancies(id: &str, name: &str, new: u64) -> Change {
    change(id, name, Field::Vacancies, None, new)
}

fn reasons(p: &Preview) -> Vec<(usize, RejectReason)> {
    p.rejected
        .iter()
        .map(|r| (r.line, r.reason.clone()))
        .collect()
}

/// 14 rows as Excel copies them: tab-separated, Dutch thousands dots, CRLF, a header.
const EXCEL_BLOCK: &str = "Gemeente\tHuishoudens\tVrijkomende woningen\r\n\
Almelo\t33.370\t700\r\n\
Borne\t10.400\t140\r\n\
Dinkelland\t10.625\t80\r\n\
Enschede\t81.045\t1.650\r\n\
Haaksbergen\t10.440\t130\r\n\
Hellendoorn\t14.920\t185\r\n\
Hengelo\t39.355\t735\r\n\
Hof van Twente\t15.220\t175\r\n\
Losser\t9.760\t110\r\n\
Oldenzaal\t14.355\t250\r\n\
Rijssen-Holten\t14.570\t195\r\n\
Tubbergen\t8.355\t60\r\n\
Twenterand\t13.435\t210\r\n\
Wierden\t9.875\t100\r\n";

#[test]
fn excel_block_in_dutch_notation() {
    let s = default_scenario();
    let p = parse_table(EXCEL_BLOCK, &s, Lang::Nl);
    assert_eq!(p.delimiter, Delimiter::Tab);
    assert!(p.had_header);
    assert!(p.rejected.is_empty(), "{:?}", p.rejected);
    assert!(p.notes.is_empty(), "{:?}", p.notes);
    assert!(p.new_rows.is_empty());
    // Households equal to the data are no change; every vacancy figure replaces an estimate.
    let expected = vec![
        vacancies("GM0141", "Almelo", 700),
        change("GM0147", "Borne", Field::Households, Some(10_300), 10_400),
        vacancies("GM0147", "Borne", 140),
        vacancies("GM1774", "Dinkelland", 80),
        vacancies("GM0153", "Enschede", 1650),
        vacancies("GM0158", "Haaksbergen", 130),
        vacancies("GM0163", "Hellendoorn", 185),
        vacancies("GM0164", "Hengelo", 735),
        vacancies("GM1735", "Hof van Twente", 175),
        vacancies("GM0168", "Losser", 110),
        vacancies("GM0173", "Oldenzaal", 250),
        vacancies("GM1742", "Rijssen-Holten", 195),
        vacancies("GM0183", "Tubbergen", 60),
        vacancies("GM1700", "Twenterand", 210),
        vacancies("GM0189", "Wierden", 100),
    ];
    assert_eq!(p.changes, expected);

    let applied = apply(&p, &s);
    assert_eq!(applied.municipalities[1].households, 10_400);
    assert_eq!(applied.municipalities[3].vacancies, Some(1650));
    assert_eq!(applied.municipalities.len(), 14);
    // Applying again changes nothing more: the same paste is now a no-op.
    assert!(parse_table(EXCEL_BLOCK, &applied, Lang::Nl)
        .changes
        .is_empty());
    // A typed figure equal to the current typed figure is no change.
    let again = parse_table("Almelo\t33370\t700", &applied, Lang::Nl);
    assert!(again.changes.is_empty() && again.rejected.is_empty());
}

#[test]
fn typed_figure_equal_to_estimate_is_a_change() {
    // Almelo's estimate is 695: typing 695 makes it a real figure.
    let s = default_scenario();
    let p = parse_table("Almelo\t33370\t695", &s, Lang::Nl);
    assert_eq!(p.changes, vec![vacancies("GM0141", "Almelo", 695)]);
}

#[test]
fn the_estimate_flag_keeps_an_estimate_only_when_it_says_yes() {
    // Our own export marks estimated vacancies; importing it back keeps them estimates. A
    // flag that says no (or is empty) makes the figure a typed one.
    let s = default_scenario();
    let with_flag = |flag: &str| {
        parse_table(
            &format!("Gemeente;Vrijkomende woningen;Schatting\nAlmelo;695;{flag}"),
            &s,
            Lang::Nl,
        )
        .changes
    };
    assert!(with_flag("schatting").is_empty());
    assert!(with_flag("ja").is_empty());
    for no in ["nee", "no", "0", "-", ""] {
        assert_eq!(
            with_flag(no),
            vec![vacancies("GM0141", "Almelo", 695)],
            "{no:?}"
        );
    }
}

#[test]
fn semicolon_csv_with_bom_and_crlf() {
    let s = default_scenario();
    let text =
        "\u{feff}gemeente;code;huishoudens;vrijkomende woningen;instroom;vergunninghouders\r\n\
                Almelo;GM0141;33370;700;120;\r\n\
                ;;;;;\r\n\
                \r\n\
                Hengelo (O.);;39.355;730;;12,5\r\n\
                Losser;GM0168;;;0;4;;;\r\n";
    let p = parse_table(text, &s, Lang::Nl);
    assert_eq!(p.delimiter, Delimiter::Semicolon);
    assert!(p.had_header);
    assert_eq!(
        p.changes,
        vec![
            vacancies("GM0141", "Almelo", 700),
            change("GM0141", "Almelo", Field::Origin, None, 120),
            vacancies("GM0164", "Hengelo", 730),
            change("GM0168", "Losser", Field::Origin, None, 0),
            change("GM0168", "Losser", Field::StatusHolders, None, 4),
        ]
    );
    assert_eq!(
        p.rejected,
        vec![Rejected {
            line: 5,
            text: "12,5".to_string(),
            reason: RejectReason::BadNumber {
                field: Field::StatusHolders,
                error: NumberError::NotWhole
            },
        }]
    );
}

#[test]
fn comma_csv_in_english() {
    let s = default_scenario();
    let text = "Municipality,Households,Vacancies,Realised\n\
                Almelo,\"33,370\",700,81\n\
                \"Hof van Twente\",\"15,300\",\"1,181\",\n";
    let p = parse_table(text, &s, Lang::En);
    assert_eq!(p.delimiter, Delimiter::Comma);
    assert!(p.had_header);
    assert!(p.rejected.is_empty(), "{:?}", p.rejected);
    assert!(p.notes.is_empty(), "{:?}", p.notes);
    assert_eq!(
        p.changes,
        vec![
            vacancies("GM0141", "Almelo", 700),
            change("GM0141", "Almelo", Field::Realised, None, 81),
            change(
                "GM1735",
                "Hof van Twente",
                Field::Households,
                Some(15_220),
                15_300
            ),
            vacancies("GM1735", "Hof van Twente", 1181),
        ]
    );

    // The brief's example line: comma-separated, no header.
    let p = parse_table("Almelo,33370,695", &s, Lang::Nl);
    assert_eq!(p.delimiter, Delimiter::Comma);
    assert!(!p.had_header);
    assert_eq!(p.changes, vec![vacancies("GM0141", "Almelo", 695)]);
}

#[test]
fn notation_follows_the_table_when_it_is_clear() {
    let s = default_scenario();
    // English thousands in a Dutch interface: read as English, with a note.
    let p = parse_table("Almelo\t33,470\t1,700", &s, Lang::Nl);
    assert_eq!(p.notes, vec![Note::Notation(Lang::En)]);
    assert_eq!(
        p.changes,
        vec![
            change("GM0141", "Almelo", Field::Households, Some(33_370), 33_470),
            vacancies("GM0141", "Almelo", 1700),
        ]
    );
    // A Dutch decimal elsewhere in the table: Dutch notation, so "1,700" is a decimal too.
    let p = parse_table("Almelo\t33.370\t1,700\nBorne\t10.300\t12,5", &s, Lang::Nl);
    assert!(p.notes.is_empty());
    assert!(p.changes.is_empty());
    assert_eq!(p.rejected.len(), 2);
    // Dutch "1.234,5" is a decimal in any language: rejected.
    let p = parse_table("Almelo\t1.234,5\t700", &s, Lang::En);
    assert_eq!(
        reasons(&p),
        vec![(
            1,
            RejectReason::BadNumber {
                field: Field::Households,
                error: NumberError::NotWhole
            }
        )]
    );
    assert_eq!(p.changes, vec![vacancies("GM0141", "Almelo", 700)]);
}

#[test]
fn without_header() {
    let s = default_scenario();
    // Name or CBS code first, then households, vacancies, origin, realised, status holders,
    // extra vacancies. Empty cells leave values unchanged.
    let text = "Almelo\t33370\t700\ngm0147\t10400\t\t12\t\t\t3\n";
    let p = parse_table(text, &s, Lang::Nl);
    assert!(!p.had_header);
    assert!(p.rejected.is_empty(), "{:?}", p.rejected);
    assert_eq!(
        p.changes,
        vec![
            vacancies("GM0141", "Almelo", 700),
            change("GM0147", "Borne", Field::Households, Some(10_300), 10_400),
            change("GM0147", "Borne", Field::Origin, None, 12),
            change("GM0147", "Borne", Field::ExtraVacancies, None, 3),
        ]
    );
    // Code and name first, in either order.
    let p = parse_table("GM0141\tAlmelo\t33370\t700\n", &s, Lang::Nl);
    assert_eq!(p.changes, vec![vacancies("GM0141", "Almelo", 700)]);
    let p = parse_table("Almelo\tGM0141\t33370\t700\n", &s, Lang::Nl);
    assert_eq!(p.changes, vec![vacancies("GM0141", "Almelo", 700)]);
    // A bad households cell in the first row does not shift the columns.
    let p = parse_table("Almelo\tabc\t700\n", &s, Lang::Nl);
    assert_eq!(p.changes, vec![vacancies("GM0141", "Almelo", 700)]);
    assert_eq!(
        reasons(&p),
        vec![(
            1,
            RejectReason::BadNumber {
                field: Field::Households,
                error: NumberError::NotANumber
            }
        )]
    );
    // More columns than the layout: read the first seven, note the rest.
    let p = parse_table("Almelo\t33370\t700\t1\t2\t3\t4\t5\t6", &s, Lang::Nl);
    assert_eq!(p.changes.len(), 5);
    assert_eq!(p.notes, vec![Note::ExtraColumns { read: 7 }]);
    // Exactly seven columns: all read, no note.
    let p = parse_table("Almelo\t33370\t700\t1\t2\t3\t4", &s, Lang::Nl);
    assert!(
        !p.notes
            .iter()
            .any(|n| matches!(n, Note::ExtraColumns { .. })),
        "{:?}",
        p.notes
    );
    // A single column of names: nothing to change, but the rows are the region's order.
    let p = parse_table("Borne\nAlmelo", &s, Lang::Nl);
    assert!(p.rejected.is_empty() && p.changes.is_empty() && !p.had_figures);
    // A row of codes copied from Excel (tab-separated) is a list too, not a row with figures.
    let codes = parse_table("GM0141\tGM0147\tGM1774", &s, Lang::Nl);
    assert!(!codes.had_figures && !codes.had_header);
    assert_eq!(
        p.order,
        vec![
            RowRef::Region("GM0147".into()),
            RowRef::Region("GM0141".into())
        ]
    );
}

#[test]
fn unknown_municipality_is_offered_as_a_new_row() {
    let s = default_scenario();
    let text = "Gemeente\tHuishoudens\tVrijkomende woningen\tInstroom\n\
                Enschede-Zuid (wijk)\t45.000\t900\tx\n\
                Almelo\t33370\t700\n\
                Atlantis\tabc\t5\n\
                Totaal\t1\t2\n\
                12345\t1\t1\n";
    let p = parse_table(text, &s, Lang::Nl);
    assert_eq!(p.changes, vec![vacancies("GM0141", "Almelo", 700)]);
    // The new row is offered, not rejected; only its bad cell is.
    assert_eq!(
        reasons(&p),
        vec![
            (
                2,
                RejectReason::BadNumber {
                    field: Field::Origin,
                    error: NumberError::NotANumber
                }
            ),
            (4, RejectReason::UnknownMunicipality),
            (5, RejectReason::TotalsRow),
            (6, RejectReason::UnknownMunicipality),
        ]
    );
    assert_eq!(p.rejected[1].text, "Atlantis\tabc\t5");
    assert_eq!(p.new_rows.len(), 1);
    let row = &p.new_rows[0];
    assert_eq!(row.line, 2);
    assert!(!row.national);
    assert_eq!(row.municipality.name, "Enschede-Zuid (wijk)");
    assert_eq!(row.municipality.id, "");
    assert_eq!(row.municipality.households, 45_000);
    assert_eq!(row.municipality.vacancies, Some(900));
    assert_eq!(row.municipality.origin, None);
    assert_eq!(
        p.order,
        vec![RowRef::New(0), RowRef::Region("GM0141".into())]
    );
    assert!(p.fits_region() && p.had_figures);

    let plain = apply(&p, &s);
    assert_eq!(plain.municipalities.len(), 14);
    let added = apply_with_new_rows(&p, &s);
    assert_eq!(added.municipalities.len(), 15);
    let zuid = &added.municipalities[14];
    assert_eq!(
        (zuid.id.as_str(), zuid.name.as_str()),
        ("X1", "Enschede-Zuid (wijk)")
    );
    assert_eq!(added.municipalities[0].vacancies, Some(700));
    assert!(compute(&added).is_ok());
}

#[test]
fn suffixes_match_only_when_unique() {
    let nl = netherlands_scenario();
    let p = parse_table("Hengelo\t39355\t730\nBergen\t100\t10\n", &nl, Lang::Nl);
    let hengelo = nl
        .municipalities
        .iter()
        .find(|m| m.name == "Hengelo (O.)")
        .expect("national data has Hengelo (O.)");
    assert_eq!(p.changes, vec![vacancies(&hengelo.id, "Hengelo (O.)", 730)]);
    assert_eq!(reasons(&p), vec![(2, RejectReason::AmbiguousName)]);
    assert!(p.new_rows.is_empty());
    // The other way round: "Hengelo (Overijssel)" against Twente's "Hengelo".
    let s = default_scenario();
    let p = parse_table("HENGELO (Overijssel)\t39355\t730", &s, Lang::Nl);
    assert_eq!(p.changes, vec![vacancies("GM0164", "Hengelo", 730)]);
}

#[test]
fn bad_number_cell_rejects_only_that_cell() {
    let s = default_scenario();
    let text = "Almelo\t33.370,5\t700\n\
                Borne\t-5\t140\n\
                Losser\t20.000.000\t110\n\
                Wierden\t9875\t1e3\n";
    let p = parse_table(text, &s, Lang::Nl);
    assert_eq!(
        p.changes,
        vec![
            vacancies("GM0141", "Almelo", 700),
            vacancies("GM0147", "Borne", 140),
            vacancies("GM0168", "Losser", 110),
        ]
    );
    let bad = |line, text: &str, field, error| Rejected {
        line,
        text: text.to_string(),
        reason: RejectReason::BadNumber { field, error },
    };
    assert_eq!(
        p.rejected,
        vec![
            bad(1, "33.370,5", Field::Households, NumberError::NotWhole),
            bad(2, "-5", Field::Households, NumberError::Negative),
            bad(
                3,
                "20.000.000",
                Field::Households,
                NumberError::TooLarge { max: MAX_COUNT }
            ),
            bad(4, "1e3", Field::Vacancies, NumberError::NotANumber),
        ]
    );
}

#[test]
fn duplicate_rows_keep_the_first() {
    let s = default_scenario();
    let text = "Almelo\t33370\t700\n almelo \t33370\t710\nGM0141\t1\t1\n";
    let p = parse_table(text, &s, Lang::Nl);
    assert_eq!(p.changes, vec![vacancies("GM0141", "Almelo", 700)]);
    assert_eq!(
        reasons(&p),
        vec![
            (2, RejectReason::DuplicateRow { first_line: 1 }),
            (3, RejectReason::DuplicateRow { first_line: 1 }),
        ]
    );
    // Duplicate new rows too: by name for a row of the user's own, by municipality for a
    // recognised one ("Den Haag" is "'s-Gravenhage (gemeente)").
    let p = parse_table(
        "Wijk A\t1\t1\nwijk a\t2\t2\nDen Haag\t1\t1\n's-Gravenhage\t1\t1\n",
        &s,
        Lang::Nl,
    );
    assert_eq!(p.new_rows.len(), 2);
    assert_eq!(
        reasons(&p),
        vec![
            (2, RejectReason::DuplicateRow { first_line: 1 }),
            (4, RejectReason::DuplicateRow { first_line: 3 }),
        ]
    );
}

#[test]
fn empty_input() {
    let s = default_scenario();
    for text in [
        "",
        "\u{feff}",
        "\r\n\r\n",
        "\t\t\n\t\n",
        ";;\r\n;;;\r\n",
        "   \n",
        "Gemeente\tHuishoudens\r\n",
    ] {
        let p = parse_table(text, &s, Lang::Nl);
        assert!(p.changes.is_empty() && p.new_rows.is_empty(), "{text:?}");
        assert_eq!(reasons(&p), vec![(0, RejectReason::Empty)], "{text:?}");
        assert!(p.is_empty());
        assert_eq!(apply(&p, &s), s);
    }
}

#[test]
fn header_notes() {
    let s = default_scenario();
    let p = parse_table(
        "Gemeente\tHuishoudens\tOpmerking\tHuishoudens\nAlmelo\t33370\tx\t1",
        &s,
        Lang::Nl,
    );
    assert!(p.had_header);
    assert_eq!(
        p.notes,
        vec![Note::IgnoredColumns(vec![
            "Opmerking".to_string(),
            "Huishoudens".to_string()
        ])]
    );
    assert!(p.changes.is_empty() && p.rejected.is_empty());
    let p = parse_table(
        "Huishoudens\tVrijkomende woningen\n33370\t700",
        &s,
        Lang::Nl,
    );
    assert_eq!(p.notes, vec![Note::NoKeyColumn]);
    assert_eq!(reasons(&p), vec![(2, RejectReason::UnknownMunicipality)]);
}

#[test]
fn too_many_rows_are_capped() {
    let s = default_scenario();
    let mut text = String::from("Gemeente\tHuishoudens\n");
    for _ in 0..MAX_ROWS + 5 {
        text.push_str("Almelo\t33370\n");
    }
    let p = parse_table(&text, &s, Lang::Nl);
    let last = p.rejected.last().expect("rows were rejected");
    assert_eq!(last.line, MAX_ROWS + 2);
    assert_eq!(last.reason, RejectReason::TooManyRows { limit: MAX_ROWS });
    // Header, the first Almelo (no change), 999 duplicates, then the cap.
    assert_eq!(p.rejected.len(), MAX_ROWS);
}

#[test]
fn reimporting_the_result_export_changes_nothing() {
    let s = default_scenario();
    let outcome = compute(&s).expect("default scenario computes");
    for lang in [Lang::Nl, Lang::En] {
        let p = parse_table(&export_csv(&s, &outcome, lang), &s, lang);
        assert!(p.changes.is_empty(), "{:?}", p.changes);
        assert_eq!(reasons(&p), vec![(16, RejectReason::TotalsRow)]);
        assert!(p.notes.contains(&Note::EstimatesKept { rows: 14 }));
        let p = parse_table(&export_tsv(&s, &outcome, lang), &s, lang);
        assert!(p.changes.is_empty(), "{:?}", p.changes);
    }
    // A figure edited in the export is imported although the row still says "schatting".
    let edited = export_csv(&s, &outcome, Lang::Nl).replace(";695;schatting;", ";700;schatting;");
    let p = parse_table(&edited, &s, Lang::Nl);
    assert_eq!(p.changes, vec![vacancies("GM0141", "Almelo", 700)]);
    assert!(p.notes.contains(&Note::EstimatesKept { rows: 13 }));
}

/// The default scenario with typed figures, optional columns and an added row.
fn edited_base() -> Scenario {
    let mut s = default_scenario();
    let mut x = Municipality::new("X1", "=Nieuw; \"gemeente\"", 1234);
    x.vacancies = Some(50);
    s.municipalities.push(x);
    s
}

fn edited() -> Scenario {
    let mut s = edited_base();
    for (i, m) in s.municipalities.iter_mut().enumerate() {
        let i = i as u64;
        if i % 3 == 0 {
            m.vacancies = Some(100 + i);
        }
        m.origin = Some(10 * i);
        if i % 2 == 0 {
            m.realised = Some(i);
        }
        if i == 4 {
            m.status_holders = Some(0);
            m.extra_vacancies = Some(7);
            m.households = 10_500;
        }
    }
    s
}

#[test]
fn inputs_round_trip() {
    let base = edited_base();
    let target = edited();
    for lang in [Lang::Nl, Lang::En] {
        let csv = export_inputs_csv(&target, lang);
        let p = parse_table(&csv, &base, lang);
        assert!(p.rejected.is_empty(), "{:?}", p.rejected);
        assert!(p.notes.is_empty(), "{:?}", p.notes);
        assert_eq!(apply(&p, &base), target, "{lang:?}");
        // Against itself: nothing to do.
        let same = parse_table(&csv, &target, lang);
        assert!(same.changes.is_empty() && same.rejected.is_empty());
    }
    let csv = export_inputs_csv(&default_scenario(), Lang::Nl);
    assert!(csv.starts_with(
        "\u{feff}gemeente;code;huishoudens;corporatiewoningen;vrijkomende woningen;instroom;\
         gerealiseerd;vergunninghouders;extra vrijkomende woningen\r\n\
         Almelo;GM0141;33370;11583;;;;;\r\n"
    ));
    let csv = export_inputs_csv(&target, Lang::En);
    assert!(csv.starts_with(
        "\u{feff}municipality;code;households;corporation homes;vacancies;origin;realised;\
         status holders;extra vacancies\r\n"
    ));
    assert!(csv.ends_with("\"'=Nieuw; \"\"gemeente\"\"\";X1;1234;;50;140;14;;\r\n"));
}

#[test]
fn export_csv_of_the_default_scenario() {
    let s = default_scenario();
    let outcome = compute(&s).expect("default scenario computes");
    let csv = export_csv(&s, &outcome, Lang::Nl);
    assert!(csv.starts_with('\u{feff}'));
    let body = &csv['\u{feff}'.len_utf8()..];
    assert!(body.ends_with("\r\n"));
    assert!(!body.replace("\r\n", "").contains('\n'));
    let lines: Vec<&str> = body.split("\r\n").collect();
    assert_eq!(lines.len(), 17); // header, 14 municipalities, totals, "" after the last CRLF
    assert_eq!(
        lines[0],
        "gemeente;code;huishoudens;vrijkomende woningen;schatting;urgenten per jaar;percentage;\
         status;aandeel huishoudens;aandeel urgenten;verschil met horizon;\
         ruimte voor regulier woningzoekenden"
    );
    assert_eq!(
        lines[1],
        "Almelo;GM0141;33370;695;schatting;93;13,4;onder het minimum;11,7;11,6;0;602"
    );
    assert_eq!(
        lines[2],
        "Borne;GM0147;10300;135;schatting;29;21,5;boven de signaalwaarde;3,6;3,6;0;106"
    );
    assert_eq!(
        lines[4],
        "Enschede;GM0153;81045;1689;schatting;227;13,4;onder het minimum;28,4;28,4;0;1462"
    );
    assert_eq!(
        lines[7],
        "Hengelo;GM0164;39355;730;schatting;110;15,1;binnen de bandbreedte;13,8;13,8;0;620"
    );
    assert_eq!(
        lines[15],
        "Totaal Twente;;285625;4774;schatting;800;16,8;;100,0;100,0;0;3974"
    );
    assert_eq!(lines[16], "");

    let en = export_csv(&s, &outcome, Lang::En);
    assert!(en.contains(
        "\r\nAlmelo;GM0141;33370;695;estimate;93;13.4;below the minimum;11.7;11.6;0;602\r\n"
    ));
    assert!(en.ends_with("\r\nTotal Twente;;285625;4774;estimate;800;16.8;;100.0;100.0;0;3974\r\n"));

    let tsv = export_tsv(&s, &outcome, Lang::Nl);
    assert!(tsv.starts_with("gemeente\tcode\t"));
    assert!(tsv.contains(
        "\r\nAlmelo\tGM0141\t33370\t695\tschatting\t93\t13,4\tonder het minimum\t11,7\t11,6\t0\t602\r\n"
    ));
}

#[test]
fn export_with_other_methods_and_typed_figures() {
    let mut s = default_scenario();
    s.method = evt_core::Method::EqualPercentage;
    s.municipalities[0].vacancies = Some(700);
    s.municipalities[1].status_holders = Some(200);
    s.municipalities[2].corporation_homes = Some(0); // Dinkelland: 0 vacancies
    let outcome = compute(&s).expect("computes");
    let csv = export_csv(&s, &outcome, Lang::Nl);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    let almelo: Vec<&str> = lines[1].split(';').collect();
    assert_eq!(&almelo[..5], ["Almelo", "GM0141", "33370", "700", ""]);
    let target: i64 = almelo[5].parse().expect("a plain count");
    let horizon = outcome.rows[0].horizon_target.expect("households work") as i64;
    assert_eq!(almelo[10], (target - horizon).to_string());
    // Negative room is written with an ASCII minus, so spreadsheets read a number.
    let borne: Vec<&str> = lines[2].split(';').collect();
    assert!(borne[11].starts_with('-'), "{}", lines[2]);
    let dinkelland: Vec<&str> = lines[3].split(';').collect();
    assert_eq!(&dinkelland[3..8], ["0", "schatting", "0", "", "n.v.t."]);
}

#[test]
fn formula_injection_is_neutralised() {
    let mut s = default_scenario();
    let names = [
        "=HYPERLINK(\"http://x\";\"klik\")",
        "+31",
        "-2+3",
        "@SUM(A1)",
        "\tTab",
        "\rCR",
    ];
    for (m, name) in s.municipalities.iter_mut().zip(names) {
        m.name = name.to_string();
    }
    let outcome = compute(&s).expect("computes");
    let csv = export_csv(&s, &outcome, Lang::Nl);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert!(lines[1].starts_with("\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\";GM0141;"));
    assert!(lines[2].starts_with("'+31;GM0147;"));
    assert!(lines[3].starts_with("'-2+3;GM1774;"));
    assert!(lines[4].starts_with("'@SUM(A1);GM0153;"));
    assert!(lines[5].starts_with("\"'\tTab\";GM0158;"));
    assert!(csv.contains("\r\n\"'\rCR\";GM0163;"));
    let tsv = export_tsv(&s, &outcome, Lang::Nl);
    assert!(tsv.contains("\r\n\"'\tTab\"\tGM0158\t"));
    // No cell of any line starts with a formula character unless it is a number.
    for line in csv.split("\r\n").skip(1) {
        for cell in line.split(';') {
            let starts = cell.starts_with(['=', '+', '-', '@']);
            assert!(!starts || cell[1..].parse::<u64>().is_ok(), "{cell:?}");
        }
    }
    // Names with formula characters survive the inputs round trip.
    let p = parse_table(&export_inputs_csv(&s, Lang::Nl), &s, Lang::Nl);
    assert!(p.changes.is_empty() && p.rejected.is_empty(), "{p:?}");
    let p = parse_table(
        "=HYPERLINK(\"http://x\";\"klik\")\t33370\t700",
        &s,
        Lang::Nl,
    );
    assert_eq!(p.changes.len(), 1);
}

#[test]
fn new_rows_respect_the_region_limit() {
    let mut s = default_scenario();
    for i in 0..(400 - 14 - 1) {
        s.municipalities
            .push(Municipality::new(format!("X{}", i + 1), format!("G{i}"), 1));
    }
    let p = parse_table("Nieuw1\t10\t1\nNieuw2\t10\t1\n", &s, Lang::Nl);
    assert_eq!(p.new_rows.len(), 1);
    assert_eq!(p.notes, vec![Note::TooManyNewRows { offered: 1 }]);
    let added = apply_with_new_rows(&p, &s);
    assert_eq!(added.municipalities.len(), 400);
    assert_eq!(added.municipalities[399].id, "X386");
}

fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[0-9]{0,9}",
        2 => "[0-9]{1,3}([.,][0-9]{1,3}){0,3}",
        2 => "(Almelo|Borne|GM0141|gm0153|Hengelo \\(O\\.\\)|Totaal|Deventer|=x|'=x)",
        1 => "[-+ .,;\t\"'a-z0-9]{0,8}",
        1 => any::<String>(),
        1 => Just(String::new()),
    ]
}

fn grid() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["\t", ";", ",", " "]),
        prop::sample::select(vec!["\n", "\r\n", "\r"]),
        prop::bool::ANY,
        prop::collection::vec(prop::collection::vec(cell(), 0..9), 0..12),
    )
        .prop_map(|(d, nl, header, rows)| {
            let mut text = String::new();
            if header {
                text.push_str("Gemeente");
                text.push_str(d);
                text.push_str("Huishoudens");
                text.push_str(d);
                text.push_str("Vrijkomende woningen");
                text.push_str(nl);
            }
            for row in rows {
                text.push_str(&row.join(d));
                text.push_str(nl);
            }
            text
        })
}

fn check_invariants(text: &str, s: &Scenario, lang: Lang) {
    let p = parse_table(text, s, lang);
    let lines = text.split('\n').count();
    for c in &p.changes {
        let m = s.find(&c.id).expect("changes name existing municipalities");
        assert_eq!(m.name, c.name);
        assert!(c.new <= MAX_COUNT);
        assert_ne!(c.old, Some(c.new));
    }
    for r in &p.rejected {
        assert!(r.line <= lines, "{r:?}");
    }
    assert!(p
        .new_rows
        .iter()
        .all(|r| !r.municipality.name.trim().is_empty()));
    let applied = apply_with_new_rows(&p, s);
    assert_eq!(
        applied.municipalities.len(),
        s.municipalities.len() + p.new_rows.len()
    );
    // Applying twice is the same as once.
    let twice = apply(&p, &apply(&p, s));
    assert_eq!(twice, apply(&p, s));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn random_text_never_panics(text in any::<String>(), lang in prop::bool::ANY) {
        let lang = if lang { Lang::Nl } else { Lang::En };
        check_invariants(&text, &default_scenario(), lang);
    }

    #[test]
    fn random_grids_never_panic(text in grid(), lang in prop::bool::ANY) {
        let lang = if lang { Lang::Nl } else { Lang::En };
        check_invariants(&text, &default_scenario(), lang);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Any input values survive export_inputs_csv → parse_table → apply.
    #[test]
    fn inputs_round_trip_random(
        values in prop::collection::vec(
            (0u64..=MAX_COUNT, prop::collection::vec(prop::option::of(0u64..=MAX_COUNT), 6)),
            14,
        ),
        names in prop::collection::vec("[^\u{0}]{1,12}", 14),
        lang in prop::bool::ANY,
    ) {
        let lang = if lang { Lang::Nl } else { Lang::En };
        let base = default_scenario();
        let mut target = base.clone();
        for ((m, (h, opts)), name) in target.municipalities.iter_mut().zip(values).zip(names) {
            m.households = h;
            m.corporation_homes = opts[0].or(m.corporation_homes);
            m.vacancies = opts[1];
            m.origin = opts[2];
            m.realised = opts[3];
            m.status_holders = opts[4];
            m.extra_vacancies = opts[5];
            m.name = name;
        }
        // Names are not imported (rows match by code), so compare with the base names.
        let mut expected = target.clone();
        for (e, b) in expected.municipalities.iter_mut().zip(&base.municipalities) {
            e.name = b.name.clone();
        }
        let p = parse_table(&export_inputs_csv(&target, lang), &base, lang);
        prop_assert!(p.rejected.is_empty(), "{:?}", p.rejected);
        prop_assert_eq!(apply(&p, &base), expected);
    }
}

#[test]
fn a_preview_with_only_new_rows_is_not_empty() {
    let s = default_scenario();
    let only_new = parse_table("Gemeente\tHuishoudens\nDeventer\t45000\n", &s, Lang::Nl);
    assert!(only_new.changes.is_empty() && only_new.new_rows.len() == 1);
    assert!(!only_new.is_empty());
    let change = parse_table("Gemeente\tHuishoudens\nAlmelo\t30000\n", &s, Lang::Nl);
    assert!(!change.is_empty());
    let nothing = parse_table("Gemeente\tHuishoudens\nAlmelo\t33370\n", &s, Lang::Nl);
    assert!(nothing.is_empty(), "{:?}", nothing.changes);
}

#[test]
fn delimiters_as_characters() {
    assert_eq!(Delimiter::Tab.as_char(), '\t');
    assert_eq!(Delimiter::Semicolon.as_char(), ';');
    assert_eq!(Delimiter::Comma.as_char(), ',');
}
