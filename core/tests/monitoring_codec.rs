//! Import and export of the half-yearly monitoring figures (SPEC "Half-yearly monitoring",
//! DESIGN "Spreadsheets"): an Excel block with two half-years for the 14 Twente
//! municipalities, Dutch `;` CSV with a BOM, English CSV, rows without a header or a period,
//! rejected rows with the period and municipality they are about, the export and its round
//! trip, and a no-panic property test.

use evt_core::codec::monitoring::{
    apply_monitoring, export_monitoring_csv, parse_monitoring, period_like, MonChange, MonColumn,
    MonNote, MonRejectReason, MonRejected, MonitoringPreview, MAX_MONITORING_ROWS,
};
use evt_core::codec::Delimiter;
use evt_core::data::default_scenario;
use evt_core::monitoring::{MonitoringError, Period, PeriodError, Record};
use evt_core::numbers::{Lang, NumberError};
use evt_core::scenario::{Scenario, MAX_COUNT};
use proptest::prelude::*;

fn p(s: &str) -> Period {
    Period::parse(s).expect("valid period")
}

fn rec(period: &str, id: &str, figures: [u64; 5]) -> Record {
    let [applications, granted, housed, allocations, suitably] = figures;
    Record {
        period: p(period),
        municipality: id.into(),
        applications,
        granted,
        housed,
        allocations,
        suitably,
    }
}

/// A rejected row as the tests compare it: line, period, municipality, reason.
type Rejection = (usize, Option<String>, Option<String>, MonRejectReason);

fn reasons(preview: &MonitoringPreview) -> Vec<Rejection> {
    preview
        .rejected
        .iter()
        .map(|r| {
            (
                r.line,
                r.period.map(|p| p.to_string()),
                r.name.clone(),
                r.reason.clone(),
            )
        })
        .collect()
}

/// The expected rejection of `line`, about `name` (the period is the row's, if it has one).
fn rejected(
    line: usize,
    period: Option<&str>,
    name: Option<&str>,
    reason: MonRejectReason,
) -> Rejection {
    (
        line,
        period.map(str::to_string),
        name.map(str::to_string),
        reason,
    )
}

/// The 14 Twente municipalities with the figures of two half-years (made up for the tests;
/// the same block is pasted in `e2e/tests/monitoring.spec.ts`): code, name, then per
/// half-year applications, granted, housed, allocations, suitably.
#[rustfmt::skip]
pub const TWENTE: [(&str, &str, [u64; 5], [u64; 5]); 14] = [
    ("GM0141", "Almelo",         [ 110,   70,   49,  350,   40], [ 120,   75,   56,  350,   50]),
    ("GM0147", "Borne",          [  30,   20,   15,   70,   15], [  33,   21,   16,   70,   14]),
    ("GM1774", "Dinkelland",     [  20,   12,    9,   40,    9], [  18,   10,    7,   40,    7]),
    ("GM0153", "Enschede",       [1250,  160,  120,  850,  101], [1300,  170,  140,  850,  126]),
    ("GM0158", "Haaksbergen",    [  25,   15,   12,   65,   12], [  28,   17,   14,   65,   13]),
    ("GM0163", "Hellendoorn",    [  36,   22,   17,   95,   15], [  31,   19,   15,   95,   15]),
    ("GM0164", "Hengelo",        [ 130,   80,   60,  365,   52], [ 120,   72,   55,  365,   48]),
    ("GM1735", "Hof van Twente", [  40,   25,   19,   90,   17], [  41,   26,   20,   90,   19]),
    ("GM0168", "Losser",         [  24,   14,   11,   60,   10], [  20,   12,    9,   60,    9]),
    ("GM0173", "Oldenzaal",      [  43,   27,   20,  125,   18], [  39,   24,   18,  125,   16]),
    ("GM1742", "Rijssen-Holten", [  38,   23,   18,   95,   18], [  35,   21,   16,   95,   14]),
    ("GM0183", "Tubbergen",      [  15,    9,    7,   30,    6], [  17,   10,    8,   30,    8]),
    ("GM1700", "Twenterand",     [  36,   22,   17,  110,   15], [  38,   23,   18,  110,   17]),
    ("GM0189", "Wierden",        [  22,   13,   10,   50,   10], [  24,   14,   11,   50,    9]),
];

/// As Excel copies it: tab-separated, CRLF, a Dutch header, Dutch thousands dots.
fn excel_block() -> String {
    let nl = |n: u64| {
        if n >= 1000 {
            format!("{}.{:03}", n / 1000, n % 1000)
        } else {
            n.to_string()
        }
    };
    let mut out = String::from(
        "Periode\tGemeente\tAanvragen\tToegekend\tGehuisvest\tToewijzingen\tPassend\r\n",
    );
    for (period, _, name, f) in twente_rows() {
        let cells: Vec<String> = f.iter().map(|&n| nl(n)).collect();
        out.push_str(&format!("{period}\t{name}\t{}\r\n", cells.join("\t")));
    }
    out
}

/// [`TWENTE`] as rows: period, code, name, figures; 2026-H1 first, then 2026-H2.
fn twente_rows() -> impl Iterator<Item = (&'static str, &'static str, &'static str, [u64; 5])> {
    let h1 = TWENTE.map(|(code, name, f, _)| ("2026-H1", code, name, f));
    let h2 = TWENTE.map(|(code, name, _, f)| ("2026-H2", code, name, f));
    h1.into_iter().chain(h2)
}

fn twente_records() -> Vec<Record> {
    twente_rows()
        .map(|(period, code, _, f)| rec(period, code, f))
        .collect()
}

/// The default scenario with these monitoring records (normalised, as the editor keeps them).
fn with_records(records: Vec<Record>) -> Scenario {
    with_records_in(default_scenario(), records)
}

fn with_records_in(mut s: Scenario, records: Vec<Record>) -> Scenario {
    s.monitoring = records;
    s.normalize_monitoring();
    s
}

#[test]
fn excel_block_with_two_half_years_for_the_14_municipalities() {
    let s = default_scenario();
    let preview = parse_monitoring(&excel_block(), &s, Lang::Nl, None);
    assert_eq!(preview.delimiter, Delimiter::Tab);
    assert!(preview.had_header);
    assert!(preview.rejected.is_empty(), "{:?}", preview.rejected);
    assert!(preview.notes.is_empty(), "{:?}", preview.notes);
    assert_eq!(preview.changes.len(), 28);
    assert_eq!(preview.periods(), vec![p("2026-H1"), p("2026-H2")]);
    // Every change is a new record, named, with its line (header on line 1).
    assert_eq!(
        preview.changes[3],
        MonChange {
            line: 5,
            name: "Enschede".into(),
            old: None,
            new: rec("2026-H1", "GM0153", [1250, 160, 120, 850, 101]),
        }
    );
    assert_eq!(preview.changes[27].name, "Wierden");
    assert_eq!(preview.changes[27].line, 29);

    let applied = apply_monitoring(&preview, &s);
    assert_eq!(with_records(applied.clone()).monitoring, twente_records());

    // Pasting the same block again changes nothing.
    let again = parse_monitoring(&excel_block(), &with_records(applied), Lang::Nl, None);
    assert!(again.is_empty());
    assert_eq!(again.unchanged, 28);
    assert!(again.rejected.is_empty());
}

#[test]
fn a_row_updates_its_record_and_empty_cells_keep_the_figures() {
    let s = with_records(twente_records());
    // Almelo 2026-H1: only housed and suitably given (the other cells are empty).
    let text = "periode;gemeente;aanvragen;toegekend;gehuisvest;toewijzingen;passend\n\
                2026-H1;Almelo;;;52;;45\n\
                2027-H1;Borne;;;3;10;\n";
    let preview = parse_monitoring(text, &s, Lang::Nl, None);
    assert_eq!(preview.delimiter, Delimiter::Semicolon);
    assert!(preview.rejected.is_empty(), "{:?}", preview.rejected);
    assert_eq!(
        preview.changes,
        vec![
            MonChange {
                line: 2,
                name: "Almelo".into(),
                old: Some(rec("2026-H1", "GM0141", [110, 70, 49, 350, 40])),
                new: rec("2026-H1", "GM0141", [110, 70, 52, 350, 45]),
            },
            // A new record: the missing figures are 0.
            MonChange {
                line: 3,
                name: "Borne".into(),
                old: None,
                new: rec("2027-H1", "GM0147", [0, 0, 3, 10, 0]),
            },
        ]
    );
    let applied = with_records(apply_monitoring(&preview, &s));
    assert_eq!(applied.monitoring.len(), 29);
    assert_eq!(
        applied.monitoring[0],
        rec("2026-H1", "GM0141", [110, 70, 52, 350, 45])
    );
}

#[test]
fn dutch_csv_with_bom_codes_and_quotes() {
    let s = default_scenario();
    let text =
        "\u{feff}periode;gemeente;code;aanvragen;toegekend;gehuisvest;toewijzingen;passend\r\n\
                2026-H2;\"Hof van Twente\";GM1735;1.041;26;20;90;19\r\n\
                \r\n\
                2026-h2;;gm0168;20;12;9;60;9\r\n\
                2026-H2;Hengelo (O.);;120;72;55;365;48\r\n";
    let preview = parse_monitoring(text, &s, Lang::Nl, None);
    assert!(preview.rejected.is_empty(), "{:?}", preview.rejected);
    let got: Vec<(usize, &str, &Record)> = preview
        .changes
        .iter()
        .map(|c| (c.line, c.name.as_str(), &c.new))
        .collect();
    assert_eq!(
        got,
        vec![
            (
                2,
                "Hof van Twente",
                &rec("2026-H2", "GM1735", [1041, 26, 20, 90, 19])
            ),
            // By code only, lower case; the period in lower case too.
            (4, "Losser", &rec("2026-H2", "GM0168", [20, 12, 9, 60, 9])),
            // "Hengelo (O.)" finds Hengelo.
            (
                5,
                "Hengelo",
                &rec("2026-H2", "GM0164", [120, 72, 55, 365, 48])
            ),
        ]
    );
}

#[test]
fn english_csv_in_an_english_interface() {
    let s = default_scenario();
    let text = "Period,Municipality,Applications,Granted,Housed,Allocations,Suitably\n\
                2026-H1,Enschede,\"1,250\",160,120,850,101\n";
    let preview = parse_monitoring(text, &s, Lang::En, None);
    assert_eq!(preview.delimiter, Delimiter::Comma);
    assert!(preview.rejected.is_empty(), "{:?}", preview.rejected);
    assert_eq!(
        preview.changes[0].new,
        rec("2026-H1", "GM0153", [1250, 160, 120, 850, 101])
    );
    // English thousands in a Dutch interface: read as English, with a note.
    let preview = parse_monitoring(
        "2026-H1\tEnschede\t1,250\t160\t120\t850\t101",
        &s,
        Lang::Nl,
        None,
    );
    assert_eq!(preview.notes, vec![MonNote::Notation(Lang::En)]);
    assert_eq!(preview.changes[0].new.applications, 1250);
}

#[test]
fn without_a_header_period_and_municipality_in_either_order() {
    let s = default_scenario();
    let text = "2026-H1\tAlmelo\t110\t70\t49\t350\t40\n\
                Borne\t2026-H1\t30\t20\t15\t70\t15\n\
                GM1774\t2026-H1\t20\t12\t9\t40\t9\n";
    let preview = parse_monitoring(text, &s, Lang::Nl, None);
    assert!(!preview.had_header);
    assert!(preview.rejected.is_empty(), "{:?}", preview.rejected);
    let news: Vec<Record> = preview.changes.iter().map(|c| c.new.clone()).collect();
    assert_eq!(
        news,
        vec![
            rec("2026-H1", "GM0141", [110, 70, 49, 350, 40]),
            rec("2026-H1", "GM0147", [30, 20, 15, 70, 15]),
            rec("2026-H1", "GM1774", [20, 12, 9, 40, 9]),
        ]
    );
}

#[test]
fn rows_without_a_period_belong_to_the_chosen_half_year() {
    let s = default_scenario();
    let text = "Almelo\t110\t70\t49\t350\t40\nBorne\t30\t20\t15\t70\t15\n";
    // No half-year chosen: rejected, naming the municipality.
    let preview = parse_monitoring(text, &s, Lang::Nl, None);
    assert!(preview.changes.is_empty());
    assert_eq!(
        reasons(&preview),
        vec![
            rejected(1, None, Some("Almelo"), MonRejectReason::MissingPeriod),
            rejected(2, None, Some("Borne"), MonRejectReason::MissingPeriod),
        ]
    );
    // With the selected half-year: read as that one, with a note.
    let preview = parse_monitoring(text, &s, Lang::Nl, Some(p("2026-H2")));
    assert!(preview.rejected.is_empty());
    assert_eq!(
        preview.changes[1].new,
        rec("2026-H2", "GM0147", [30, 20, 15, 70, 15])
    );
    assert_eq!(
        preview.notes,
        vec![MonNote::DefaultPeriod {
            period: p("2026-H2"),
            rows: 2
        }]
    );
    // A header without a period column works the same way.
    let text = "gemeente\tgehuisvest\ttoewijzingen\nWierden\t11\t50\n";
    let preview = parse_monitoring(text, &s, Lang::Nl, Some(p("2027-H1")));
    assert_eq!(
        preview.changes[0].new,
        rec("2027-H1", "GM0189", [0, 0, 11, 50, 0])
    );
}

#[test]
fn wrong_periods_are_rejected_with_the_reason() {
    let s = default_scenario();
    let text = "periode;gemeente;gehuisvest;toewijzingen\n\
                2026-H3;Almelo;49;350\n\
                26-H1;Borne;15;70\n\
                1999-H2;Losser;1;10\n\
                voorjaar;Wierden;1;10\n\
                2026-H1;Hengelo;60;365\n";
    let preview = parse_monitoring(text, &s, Lang::Nl, None);
    let bad = |t: &str, error| MonRejectReason::BadPeriod {
        text: t.into(),
        error,
    };
    assert_eq!(
        reasons(&preview),
        vec![
            rejected(2, None, Some("Almelo"), bad("2026-H3", PeriodError::Half)),
            rejected(3, None, Some("Borne"), bad("26-H1", PeriodError::Format)),
            rejected(4, None, Some("Losser"), bad("1999-H2", PeriodError::Year)),
            rejected(
                5,
                None,
                Some("Wierden"),
                bad("voorjaar", PeriodError::Format)
            ),
        ]
    );
    assert_eq!(preview.rejected[0].text, "2026-H3;Almelo;49;350");
    // The good row still applies.
    assert_eq!(preview.changes.len(), 1);
    assert_eq!(preview.changes[0].name, "Hengelo");

    // Without a header, `2026-H3` and `26-H1` are still recognised as (wrong) periods.
    let preview = parse_monitoring(
        "2026-H3\tAlmelo\t1\t1\t1\t10\t1\n26-H1\tBorne\t1\t1\t1\t10\t1",
        &s,
        Lang::Nl,
        None,
    );
    assert_eq!(
        reasons(&preview),
        vec![
            rejected(1, None, Some("Almelo"), bad("2026-H3", PeriodError::Half)),
            rejected(2, None, Some("Borne"), bad("26-H1", PeriodError::Format)),
        ]
    );
    assert!(period_like("2026-H3") && period_like("26-H1"));
}

#[test]
fn rejected_rows_name_period_and_municipality() {
    let s = with_records(twente_records());
    let text = "periode\tgemeente\taanvragen\ttoegekend\tgehuisvest\ttoewijzingen\tpassend\n\
                2026-H1\tAmsterdam\t1\t1\t1\t10\t1\n\
                2026-H1\tAlmelo\t1\t1\t11\t10\t1\n\
                2026-H1\tBorne\t1\t1\t5\t10\t6\n\
                2026-H1\tDinkelland\t1\t1\t4,5\t10\tveel\n\
                2026-H1\tEnschede\t\t\t\t\t\n\
                2026-H1\tTotaal Twente\t1\t1\t1\t10\t1\n\
                2026-H1\tHengelo\t1\t1\t1\t10\t1\n\
                2026-H1\tGM0164\t2\t2\t2\t10\t2\n\
                2026-H1\t\t1\t1\t1\t10\t1\n\
                2026-H1\tLosser\t1\t1\t1\t10.000.001\t1\n";
    let preview = parse_monitoring(text, &s, Lang::Nl, None);
    let h1 = Some("2026-H1");
    assert_eq!(
        reasons(&preview),
        vec![
            rejected(
                2,
                h1,
                Some("Amsterdam"),
                MonRejectReason::UnknownMunicipality
            ),
            rejected(
                3,
                h1,
                Some("Almelo"),
                MonRejectReason::Invalid(MonitoringError::HousedAboveAllocations {
                    municipality: "GM0141".into(),
                    period: p("2026-H1"),
                })
            ),
            rejected(
                4,
                h1,
                Some("Borne"),
                MonRejectReason::Invalid(MonitoringError::SuitablyAboveHoused {
                    municipality: "GM0147".into(),
                    period: p("2026-H1"),
                })
            ),
            rejected(
                5,
                h1,
                Some("Dinkelland"),
                MonRejectReason::BadNumber {
                    column: MonColumn::Housed,
                    text: "4,5".into(),
                    error: NumberError::NotWhole
                }
            ),
            rejected(
                5,
                h1,
                Some("Dinkelland"),
                MonRejectReason::BadNumber {
                    column: MonColumn::Suitably,
                    text: "veel".into(),
                    error: NumberError::NotANumber
                }
            ),
            rejected(6, h1, Some("Enschede"), MonRejectReason::NoData),
            rejected(7, h1, Some("Totaal Twente"), MonRejectReason::TotalsRow),
            rejected(
                9,
                h1,
                Some("Hengelo"),
                MonRejectReason::DuplicateRow { first_line: 8 }
            ),
            rejected(10, h1, None, MonRejectReason::MissingMunicipality),
            rejected(
                11,
                h1,
                Some("Losser"),
                MonRejectReason::BadNumber {
                    column: MonColumn::Allocations,
                    text: "10.000.001".into(),
                    error: NumberError::TooLarge { max: MAX_COUNT }
                }
            ),
        ]
    );
    // Only Hengelo's first row applies; rejected rows change nothing.
    assert_eq!(preview.changes.len(), 1);
    assert_eq!(
        preview.changes[0].new,
        rec("2026-H1", "GM0164", [1, 1, 1, 10, 1])
    );
    let applied = with_records(apply_monitoring(&preview, &s));
    assert_eq!(
        applied.monitoring[0],
        rec("2026-H1", "GM0141", [110, 70, 49, 350, 40])
    );
}

#[test]
fn empty_text_header_only_and_ignored_columns() {
    let s = default_scenario();
    for text in [
        "",
        "\u{feff}",
        "\r\n\r\n",
        "periode;gemeente;gehuisvest\r\n",
    ] {
        let preview = parse_monitoring(text, &s, Lang::Nl, None);
        assert_eq!(
            reasons(&preview),
            vec![rejected(0, None, None, MonRejectReason::Empty)],
            "{text:?}"
        );
    }
    let text = "periode;gemeente;gehuisvest;toewijzingen;opmerking;gehuisvest\n2026-H1;Almelo;49;350;prima;1\n";
    let preview = parse_monitoring(text, &s, Lang::Nl, None);
    assert_eq!(
        preview.notes,
        vec![MonNote::IgnoredColumns(vec![
            "opmerking".into(),
            "gehuisvest".into()
        ])]
    );
    assert_eq!(preview.changes[0].new.housed, 49);
    let preview = parse_monitoring("periode;gehuisvest\n2026-H1;4\n", &s, Lang::Nl, None);
    assert!(preview.notes.contains(&MonNote::NoKeyColumn));
    assert!(preview.changes.is_empty());
}

#[test]
fn too_many_rows_are_cut_off() {
    let s = default_scenario();
    let mut text = String::from("periode;code;gehuisvest;toewijzingen\n");
    for i in 0..=MAX_MONITORING_ROWS {
        // Years beyond 2100 are invalid, but the limit is counted on rows first.
        text.push_str(&format!("{}-H1;GM0141;1;10\n", 2000 + i % 101));
    }
    let preview = parse_monitoring(&text, &s, Lang::Nl, None);
    let last = preview.rejected.last().expect("rejected");
    assert_eq!(
        last.reason,
        MonRejectReason::TooManyRows {
            limit: MAX_MONITORING_ROWS
        }
    );
    assert_eq!(last.line, MAX_MONITORING_ROWS + 2);
}

// ---------------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------------

#[test]
fn export_is_dutch_semicolon_csv_with_bom() {
    let s = with_records(vec![
        rec("2026-H2", "GM0147", [33, 21, 16, 70, 14]),
        rec("2026-H1", "GM0153", [1250, 160, 120, 850, 101]),
    ]);
    assert_eq!(
        export_monitoring_csv(&s, Lang::Nl),
        "\u{feff}periode;gemeente;code;aanvragen;toegekend;gehuisvest;toewijzingen;passend\r\n\
         2026-H1;Enschede;GM0153;1250;160;120;850;101\r\n\
         2026-H2;Borne;GM0147;33;21;16;70;14\r\n"
    );
    assert!(export_monitoring_csv(&s, Lang::En).starts_with(
        "\u{feff}period;municipality;code;applications;granted;housed;allocations;suitably\r\n"
    ));
    // No records: only the header.
    assert_eq!(
        export_monitoring_csv(&default_scenario(), Lang::Nl)
            .lines()
            .count(),
        1
    );
}

#[test]
fn export_protects_names_and_round_trips() {
    let mut s = default_scenario();
    s.municipalities[0].name = "=HYPERLINK(\"x\")".into();
    s.municipalities[1].name = "Borne; Hertme".into();
    let s = with_records_in(s, twente_records());
    let csv = export_monitoring_csv(&s, Lang::Nl);
    assert!(
        csv.contains("2026-H1;\"'=HYPERLINK(\"\"x\"\")\";GM0141;"),
        "{csv}"
    );
    assert!(csv.contains(";\"Borne; Hertme\";GM0147;"));
    for lang in [Lang::Nl, Lang::En] {
        let csv = export_monitoring_csv(&s, lang);
        let mut empty = s.clone();
        empty.monitoring.clear();
        let preview = parse_monitoring(&csv, &empty, lang, None);
        assert!(preview.rejected.is_empty(), "{:?}", preview.rejected);
        assert_eq!(
            with_records_in(empty.clone(), apply_monitoring(&preview, &empty)).monitoring,
            s.monitoring
        );
        // Re-importing into the same data changes nothing.
        let again = parse_monitoring(&csv, &s, lang, None);
        assert!(again.is_empty() && again.unchanged == 28);
    }
}

// ---------------------------------------------------------------------------------------------
// Never a panic
// ---------------------------------------------------------------------------------------------

fn check(text: &str, lang: Lang) {
    let s = with_records(twente_records());
    let preview = parse_monitoring(text, &s, lang, Some(p("2027-H1")));
    // Everything that would be applied is valid for the region.
    let applied = apply_monitoring(&preview, &s);
    let ids: Vec<String> = s.municipalities.iter().map(|m| m.id.clone()).collect();
    assert_eq!(
        evt_core::monitoring::validate_monitoring(&applied, &ids),
        vec![]
    );
    for c in &preview.changes {
        assert!(c.new.period.is_valid());
    }
    let _: Vec<&MonRejected> = preview.rejected.iter().collect();
}

fn grid() -> impl Strategy<Value = String> {
    let cell = prop_oneof![
        Just(String::new()),
        Just("2026-H1".to_string()),
        Just("2026-H3".to_string()),
        Just("26-H1".to_string()),
        Just("Almelo".to_string()),
        Just("GM0153".to_string()),
        Just("gehuisvest".to_string()),
        Just("periode".to_string()),
        Just("\"".to_string()),
        "[0-9.,]{0,9}",
        "[^\n]{0,6}",
    ];
    prop::collection::vec(
        (
            prop::collection::vec(cell, 0..9),
            prop_oneof![Just('\t'), Just(';'), Just(',')],
        ),
        0..12,
    )
    .prop_map(|rows| {
        rows.into_iter()
            .map(|(cells, d)| cells.join(&d.to_string()))
            .collect::<Vec<_>>()
            .join("\n")
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn random_text_never_panics(text in any::<String>(), en in prop::bool::ANY) {
        check(&text, if en { Lang::En } else { Lang::Nl });
    }

    #[test]
    fn random_grids_never_panic(text in grid(), en in prop::bool::ANY) {
        check(&text, if en { Lang::En } else { Lang::Nl });
    }
}

#[test]
fn a_preview_is_empty_only_without_changes() {
    let s = default_scenario();
    let preview = parse_monitoring("2026-H1;Almelo;10;8;6;50;5", &s, Lang::Nl, None);
    assert!(!preview.changes.is_empty());
    assert!(!preview.is_empty());
    // The same figures again change nothing.
    let mut s = s.clone();
    s.monitoring = apply_monitoring(&preview, &s);
    let again = parse_monitoring("2026-H1;Almelo;10;8;6;50;5", &s, Lang::Nl, None);
    assert!(again.is_empty());
}

#[test]
fn extra_columns_are_noted_only_without_a_header() {
    let s = default_scenario();
    let extra = |text: &str| {
        parse_monitoring(text, &s, Lang::Nl, None)
            .notes
            .iter()
            .any(|n| matches!(n, MonNote::ExtraColumns { .. }))
    };
    // Without a header: period, name and the five counts are read; an eighth cell is not.
    assert!(extra("2026-H1;Almelo;10;8;6;50;5;99"));
    assert!(!extra("2026-H1;Almelo;10;8;6;50;5"));
    assert!(!extra("2026-H1;Almelo;10;8;6"));
    // With a header, its labels say which columns are read.
    assert!(!extra(
        "Halfjaar;Gemeente;Aanvragen;Toegekend;Gehuisvest;Toewijzingen;Passend;Opmerking\n2026-H1;Almelo;10;8;6;50;5;x"
    ));
}

#[test]
fn the_default_half_year_is_noted_only_when_a_row_needed_it() {
    let s = default_scenario();
    let default = |text: &str| {
        parse_monitoring(text, &s, Lang::Nl, Some(p("2026-H2")))
            .notes
            .into_iter()
            .find_map(|n| match n {
                MonNote::DefaultPeriod { period, rows } => Some((period, rows)),
                _ => None,
            })
    };
    assert_eq!(default("2026-H1;Almelo;10;8;6;50;5"), None);
    assert_eq!(
        default("Almelo;10;8;6;50;5\nBorne;1;1;1;9;1"),
        Some((p("2026-H2"), 2))
    );
}
