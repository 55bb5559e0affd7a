//! Half-yearly monitoring (SPEC "Half-yearly monitoring", afspraak 4): periods, the realised
//! percentage and its status, consecutive half-years above the signal value, cumulative
//! housed against the households horizon, the share housed suitably, the evaluation date and
//! the validation of monitoring records.
//!
//! Every expected value is worked out by hand in the comments.

use chrono::NaiveDate;
use evt_core::methods::Status;
use evt_core::monitoring::{
    monitoring, validate_monitoring, Cumulative, Monitoring, MonitoringError, Period, PeriodError,
    Record,
};

// ---------------------------------------------------------------------------------------------
// Periods
// ---------------------------------------------------------------------------------------------

fn p(s: &str) -> Period {
    Period::parse(s).expect("valid period")
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn period_parse_accepts_upper_lower_case_and_spaces() {
    assert_eq!(
        Period::parse("2026-H1"),
        Ok(Period {
            year: 2026,
            half: 1
        })
    );
    assert_eq!(
        Period::parse("2026-h2"),
        Ok(Period {
            year: 2026,
            half: 2
        })
    );
    assert_eq!(
        Period::parse(" 2027-H1 "),
        Ok(Period {
            year: 2027,
            half: 1
        })
    );
    // The limits of the accepted years.
    assert_eq!(p("2000-H1").year, 2000);
    assert_eq!(p("2100-H2").year, 2100);
}

#[test]
fn period_parse_rejects_a_third_half() {
    assert_eq!(Period::parse("2026-H3"), Err(PeriodError::Half));
    assert_eq!(Period::parse("2026-H0"), Err(PeriodError::Half));
}

#[test]
fn period_parse_rejects_malformed_text() {
    for bad in [
        "26-H1",
        "2026H1",
        "2026-1",
        "",
        "   ",
        "abcd-H1",
        "2026-H",
        "2026-H12",
        "2026-H1x",
        "2026--H1",
        "02026-H1",
        "2026-X1",
        "２０２６-H1",
    ] {
        assert_eq!(Period::parse(bad), Err(PeriodError::Format), "{bad:?}");
    }
}

#[test]
fn period_parse_rejects_years_outside_2000_to_2100() {
    assert_eq!(Period::parse("1999-H1"), Err(PeriodError::Year));
    assert_eq!(Period::parse("2101-H1"), Err(PeriodError::Year));
    assert_eq!(Period::parse("2101-H2"), Err(PeriodError::Year));
}

#[test]
fn period_display_round_trips() {
    assert_eq!(p("2026-h2").to_string(), "2026-H2");
    assert_eq!(p(" 2027-H1 ").to_string(), "2027-H1");
    for s in ["2000-H1", "2026-H1", "2026-H2", "2100-H2"] {
        assert_eq!(p(s).to_string(), s);
        assert_eq!(p(&p(s).to_string()), p(s));
    }
}

#[test]
fn parsed_periods_are_valid_and_constructed_ones_are_checked() {
    for s in ["2000-H1", "2026-H2", "2100-H2"] {
        assert!(p(s).is_valid(), "{s}");
    }
    for (year, half) in [(2026, 0), (2026, 3), (1999, 1), (2101, 2), (i32::MIN, 1)] {
        assert!(!Period { year, half }.is_valid(), "{year}-{half}");
    }
}

#[test]
fn periods_order_by_year_then_half() {
    let mut v = vec![p("2027-H1"), p("2026-H2"), p("2028-H1"), p("2026-H1")];
    v.sort();
    assert_eq!(
        v,
        vec![p("2026-H1"), p("2026-H2"), p("2027-H1"), p("2028-H1")]
    );
    assert!(p("2026-H2") < p("2027-H1"));
    assert!(p("2026-H1") < p("2026-H2"));
}

#[test]
fn period_start_and_end_dates() {
    assert_eq!(p("2026-H1").start(), Some(date(2026, 1, 1)));
    assert_eq!(p("2026-H1").end(), Some(date(2026, 6, 30)));
    assert_eq!(p("2026-H2").start(), Some(date(2026, 7, 1)));
    assert_eq!(p("2026-H2").end(), Some(date(2026, 12, 31)));
}

#[test]
fn period_next() {
    assert_eq!(p("2026-H1").next(), p("2026-H2"));
    assert_eq!(p("2026-H2").next(), p("2027-H1"));
    // next() and start(): the next period starts the day after this one ends.
    for s in ["2026-H1", "2026-H2", "2099-H2"] {
        let q = p(s);
        assert_eq!(q.end().unwrap().succ_opt(), q.next().start());
    }
}

#[test]
fn period_previous_undoes_next_within_the_valid_years() {
    assert_eq!(p("2026-H2").previous(), Some(p("2026-H1")));
    assert_eq!(p("2026-H1").previous(), Some(p("2025-H2")));
    for s in ["2000-H2", "2026-H1", "2026-H2", "2099-H2"] {
        assert_eq!(p(s).previous().map(|q| q.next()), Some(p(s)));
    }
    // Nothing before the first valid year.
    assert_eq!(p("2000-H1").previous(), None);
}

#[test]
fn evaluation_date_is_three_years_after_the_start() {
    assert_eq!(p("2026-H1").evaluation_date(), Some(date(2029, 1, 1)));
    assert_eq!(p("2026-H2").evaluation_date(), Some(date(2029, 7, 1)));
}

// ---------------------------------------------------------------------------------------------
// Fixture: three municipalities over three half-years with gaps
// ---------------------------------------------------------------------------------------------

fn ids() -> Vec<String> {
    vec!["A".into(), "B".into(), "C".into()]
}

/// Households 50 : 30 : 20 (ΣH = 100).
const HOUSEHOLDS: [u64; 3] = [50, 30, 20];
const MIN_BP: u32 = 1500;
const SIGNAL_BP: u32 = 2000;

fn rec(period: &str, municipality: &str, housed: u64, allocations: u64, suitably: u64) -> Record {
    Record {
        period: p(period),
        municipality: municipality.into(),
        applications: housed * 2,
        granted: housed + 1,
        housed,
        allocations,
        suitably,
    }
}

/// | period  | A housed/alloc/suitably | B          | C         |
/// |---------|-------------------------|------------|-----------|
/// | 2026-H1 | 10 / 100 / 8            | 9 / 40 / 9 | 2 / 10 / 1|
/// | 2026-H2 | 16 / 100 / 16           | 7 / 30 / 5 | —  (gap)  |
/// | 2027-H1 | —                       | —          | —  (no records at all) |
/// | 2027-H2 | 15 / 100 / 12           | 10 / 40 / 10 | 3 / 12 / 3 |
///
/// Given deliberately out of order.
fn records() -> Vec<Record> {
    vec![
        rec("2027-H2", "C", 3, 12, 3),
        rec("2026-H1", "B", 9, 40, 9),
        rec("2026-H2", "B", 7, 30, 5),
        rec("2026-H1", "A", 10, 100, 8),
        rec("2027-H2", "A", 15, 100, 12),
        rec("2026-H1", "C", 2, 10, 1),
        rec("2026-H2", "A", 16, 100, 16),
        rec("2027-H2", "B", 10, 40, 10),
    ]
}

fn run(records: &[Record]) -> Monitoring {
    monitoring(records, &ids(), &HOUSEHOLDS, MIN_BP, SIGNAL_BP).expect("valid records")
}

#[test]
fn periods_are_distinct_and_ordered_with_gaps_kept() {
    let m = run(&records());
    assert_eq!(
        m.periods,
        vec![p("2026-H1"), p("2026-H2"), p("2027-H2")],
        "2027-H1 has no records and is not invented"
    );
}

#[test]
fn results_come_in_period_then_region_order() {
    let m = run(&records());
    let order: Vec<(String, &str)> = m
        .records
        .iter()
        .map(|r| (r.period.to_string(), r.municipality.as_str()))
        .collect();
    let expected = [
        ("2026-H1", "A"),
        ("2026-H1", "B"),
        ("2026-H1", "C"),
        ("2026-H2", "A"),
        ("2026-H2", "B"),
        ("2027-H2", "A"),
        ("2027-H2", "B"),
        ("2027-H2", "C"),
    ];
    assert_eq!(
        order,
        expected
            .iter()
            .map(|(a, b)| (a.to_string(), *b))
            .collect::<Vec<_>>()
    );
}

#[test]
fn realised_percentage_and_status_per_record() {
    // 2026-H1: A 10/100 = 10.0 % below minimum; B 9/40 = 22.5 % above the signal value;
    //          C 2/10 = 20.0 %, exactly the signal value, so within range.
    // 2026-H2: A 16/100 = 16.0 % within; B 7/30 = 23.33… % → 23.3 % above.
    // 2027-H2: A 15/100 = 15.0 %, exactly the minimum, within; B 10/40 = 25.0 % above;
    //          C 3/12 = 25.0 % above.
    let m = run(&records());
    let got: Vec<(u128, Status)> = m
        .records
        .iter()
        .map(|r| (r.percent.unwrap().percent_scaled(1), r.status))
        .collect();
    assert_eq!(
        got,
        vec![
            (100, Status::BelowMinimum),
            (225, Status::AboveSignal),
            (200, Status::WithinRange),
            (160, Status::WithinRange),
            (233, Status::AboveSignal),
            (150, Status::WithinRange),
            (250, Status::AboveSignal),
            (250, Status::AboveSignal),
        ]
    );
}

#[test]
fn consecutive_above_needs_the_directly_preceding_half_year() {
    // B is above in 2026-H1 and 2026-H2 → consecutive in 2026-H2.
    // B is above again in 2027-H2, but 2027-H1 (directly before) has no record → not
    // consecutive. C is above in 2027-H2 with no 2027-H1 record either → not consecutive.
    let m = run(&records());
    let flags: Vec<bool> = m.records.iter().map(|r| r.consecutive_above).collect();
    assert_eq!(
        flags,
        vec![false, false, false, false, true, false, false, false]
    );
}

#[test]
fn consecutive_above_across_a_year_boundary_and_broken_by_a_half_within_range() {
    // A: 2026-H2 25 % above, 2027-H1 30 % above (adjacent across the new year) → true;
    //    2027-H2 20 % within (the signal value itself); 2028-H1 21 % above → false.
    let recs = vec![
        rec("2026-H2", "A", 25, 100, 0),
        rec("2027-H1", "A", 30, 100, 0),
        rec("2027-H2", "A", 20, 100, 0),
        rec("2028-H1", "A", 21, 100, 0),
    ];
    let m = run(&recs);
    let got: Vec<(Status, bool)> = m
        .records
        .iter()
        .map(|r| (r.status, r.consecutive_above))
        .collect();
    assert_eq!(
        got,
        vec![
            (Status::AboveSignal, false),
            (Status::AboveSignal, true),
            (Status::WithinRange, false),
            (Status::AboveSignal, false),
        ]
    );
}

#[test]
fn consecutive_above_is_per_municipality() {
    // A above in 2026-H1, B above in 2026-H2: neither has two adjacent half-years above.
    let recs = vec![
        rec("2026-H1", "A", 30, 100, 0),
        rec("2026-H2", "B", 30, 100, 0),
        rec("2026-H2", "A", 10, 100, 0),
    ];
    let m = run(&recs);
    assert!(m.records.iter().all(|r| !r.consecutive_above));
}

fn cumulative(m: &Monitoring, through: &str) -> Vec<(u64, u64, i64)> {
    m.cumulative
        .iter()
        .filter(|c| c.through == p(through))
        .map(|c| (c.housed, c.horizon, c.ahead))
        .collect()
}

#[test]
fn cumulative_housed_against_the_households_horizon() {
    let m = run(&records());
    // One entry per period and municipality, including C in 2026-H2 (no record).
    assert_eq!(m.cumulative.len(), 3 * 3);

    // Through 2026-H1: housed (10, 9, 2), region 21.
    // apportion(21, 50:30:20): quotas 10.5, 6.3, 4.2 → floors (10, 6, 4) = 20; 1 left to the
    // largest remainder .5 (A) → horizon (11, 6, 4); ahead (−1, +3, −2).
    assert_eq!(
        cumulative(&m, "2026-H1"),
        vec![(10, 11, -1), (9, 6, 3), (2, 4, -2)]
    );

    // Through 2026-H2: housed (26, 16, 2) — C had no record, so stays at 2 — region 44.
    // Quotas 22, 13.2, 8.8 → floors (22, 13, 8) = 43; 1 left to .8 (C) → (22, 13, 9);
    // ahead (+4, +3, −7).
    assert_eq!(
        cumulative(&m, "2026-H2"),
        vec![(26, 22, 4), (16, 13, 3), (2, 9, -7)]
    );

    // Through 2027-H2 (2027-H1 absent): housed (41, 26, 5), region 72.
    // Quotas 36, 21.6, 14.4 → floors (36, 21, 14) = 71; 1 left to .6 (B) → (36, 22, 14);
    // ahead (+5, +4, −9).
    assert_eq!(
        cumulative(&m, "2027-H2"),
        vec![(41, 36, 5), (26, 22, 4), (5, 14, -9)]
    );

    // Ahead and behind always balance: the horizon sums to what the region housed.
    for k in &m.periods {
        let sum: i64 = m
            .cumulative
            .iter()
            .filter(|c| c.through == *k)
            .map(|c| c.ahead)
            .sum();
        assert_eq!(sum, 0, "{k}");
    }
}

#[test]
fn cumulative_entries_name_their_municipality_and_period() {
    let m = run(&records());
    assert_eq!(
        m.cumulative[5],
        Cumulative {
            through: p("2026-H2"),
            municipality: "C".into(),
            housed: 2,
            horizon: 9,
            ahead: -7,
        }
    );
}

#[test]
fn share_housed_suitably() {
    // 2026-H1: A 8/10 = 80.0 %, B 9/9 = 100.0 %, C 1/2 = 50.0 %;
    // 2026-H2: A 16/16 = 100.0 %, B 5/7 = 71.428… % → 71.4 %;
    // 2027-H2: A 12/15 = 80.0 %, B 10/10 = 100.0 %, C 3/3 = 100.0 %.
    let m = run(&records());
    let got: Vec<u128> = m
        .records
        .iter()
        .map(|r| r.suitable_share.unwrap().percent_scaled(1))
        .collect();
    assert_eq!(got, vec![800, 1000, 500, 1000, 714, 800, 1000, 1000]);
}

#[test]
fn nothing_housed_and_nothing_allocated() {
    // 0 housed of 0 allocations: no percentage, status n/a, no suitable share.
    // 0 housed of 50 allocations: 0 % below minimum, no suitable share.
    let recs = vec![rec("2026-H1", "A", 0, 0, 0), rec("2026-H1", "B", 0, 50, 0)];
    let m = run(&recs);
    let a = &m.records[0];
    assert_eq!(
        (a.percent, a.status, a.suitable_share),
        (None, Status::NotApplicable, None)
    );
    let b = &m.records[1];
    assert_eq!(b.percent.unwrap().percent_scaled(1), 0);
    assert_eq!(b.status, Status::BelowMinimum);
    assert_eq!(b.suitable_share, None);
    // Nothing housed in the region: horizon 0 everywhere, nobody ahead or behind.
    assert_eq!(
        cumulative(&m, "2026-H1"),
        vec![(0, 0, 0), (0, 0, 0), (0, 0, 0)]
    );
}

#[test]
fn evaluation_date_follows_the_first_period() {
    assert_eq!(run(&records()).evaluation_date, Some(date(2029, 1, 1)));
    let later = vec![rec("2027-H1", "A", 1, 10, 1), rec("2026-H2", "B", 1, 10, 1)];
    // First period 2026-H2 (order of input does not matter) → 1 July 2029.
    assert_eq!(run(&later).evaluation_date, Some(date(2029, 7, 1)));
}

#[test]
fn empty_record_list_has_no_periods_and_no_evaluation_date() {
    assert_eq!(validate_monitoring(&[], &ids()), vec![]);
    let m = run(&[]);
    assert_eq!(m.periods, vec![]);
    assert_eq!(m.records, vec![]);
    assert_eq!(m.cumulative, vec![]);
    assert_eq!(m.evaluation_date, None);
}

// ---------------------------------------------------------------------------------------------
// Validation of monitoring records
// ---------------------------------------------------------------------------------------------

fn assert_rejected(records: &[Record], expected: Vec<MonitoringError>) {
    assert_eq!(validate_monitoring(records, &ids()), expected);
    assert_eq!(
        monitoring(records, &ids(), &HOUSEHOLDS, MIN_BP, SIGNAL_BP),
        Err(expected)
    );
}

#[test]
fn duplicate_period_for_one_municipality_is_invalid() {
    let mut recs = records();
    recs.push(rec("2026-H2", "B", 1, 10, 1));
    assert_rejected(
        &recs,
        vec![MonitoringError::DuplicatePeriod {
            municipality: "B".into(),
            period: p("2026-H2"),
        }],
    );
    // The same period for different municipalities is of course fine.
    assert_eq!(validate_monitoring(&records(), &ids()), vec![]);
}

#[test]
fn unknown_municipality_is_invalid() {
    let mut recs = records();
    recs.push(rec("2026-H1", "Z", 1, 10, 1));
    assert_rejected(
        &recs,
        vec![MonitoringError::UnknownMunicipality {
            municipality: "Z".into(),
            period: p("2026-H1"),
        }],
    );
}

#[test]
fn more_housed_suitably_than_housed_is_invalid() {
    assert_rejected(
        &[rec("2026-H1", "A", 5, 10, 6)],
        vec![MonitoringError::SuitablyAboveHoused {
            municipality: "A".into(),
            period: p("2026-H1"),
        }],
    );
    // Equal is fine.
    assert_eq!(
        validate_monitoring(&[rec("2026-H1", "A", 5, 10, 5)], &ids()),
        vec![]
    );
}

#[test]
fn more_housed_than_allocations_is_invalid() {
    assert_rejected(
        &[rec("2026-H1", "C", 11, 10, 0)],
        vec![MonitoringError::HousedAboveAllocations {
            municipality: "C".into(),
            period: p("2026-H1"),
        }],
    );
    // Equal is fine: 10/10 = 100 %, above the signal value.
    let m = run(&[rec("2026-H1", "C", 10, 10, 0)]);
    assert_eq!(m.records[0].status, Status::AboveSignal);
}

#[test]
fn count_above_10_million_is_invalid() {
    let mut r = rec("2026-H1", "A", 1, 10, 1);
    r.applications = 10_000_001;
    assert_rejected(
        &[r],
        vec![MonitoringError::CountTooLarge {
            municipality: "A".into(),
            period: p("2026-H1"),
        }],
    );
    let mut ok = rec("2026-H1", "A", 1, 10_000_000, 1);
    ok.granted = 10_000_000;
    assert_eq!(validate_monitoring(&[ok], &ids()), vec![]);
}

#[test]
fn every_bad_record_is_reported() {
    let recs = vec![
        rec("2026-H1", "A", 1, 10, 1),
        rec("2026-H1", "A", 1, 10, 1),
        rec("2026-H1", "Q", 1, 10, 1),
        rec("2026-H2", "B", 3, 10, 4),
        rec("2026-H2", "C", 11, 10, 0),
    ];
    assert_rejected(
        &recs,
        vec![
            MonitoringError::DuplicatePeriod {
                municipality: "A".into(),
                period: p("2026-H1"),
            },
            MonitoringError::UnknownMunicipality {
                municipality: "Q".into(),
                period: p("2026-H1"),
            },
            MonitoringError::SuitablyAboveHoused {
                municipality: "B".into(),
                period: p("2026-H2"),
            },
            MonitoringError::HousedAboveAllocations {
                municipality: "C".into(),
                period: p("2026-H2"),
            },
        ],
    );
}

#[test]
fn a_period_that_did_not_come_through_parse_is_invalid_not_a_panic() {
    // `Period` is public and deserializable, so stored or linked data can carry a half-year
    // that `Period::parse` would refuse. It must be a validation error, never a third half
    // shown as "2026-H3" nor an overflow in the previous-half-year lookup.
    let third: Period = serde_json::from_str(r#"{"year":2026,"half":3}"#).unwrap();
    let ancient = Period {
        year: i32::MIN,
        half: 1,
    };
    let mut a = rec("2026-H1", "A", 30, 100, 0);
    a.period = third;
    let mut b = rec("2026-H1", "B", 30, 100, 0);
    b.period = ancient;
    assert_rejected(
        &[a, b],
        vec![
            MonitoringError::InvalidPeriod {
                municipality: "A".into(),
                period: third,
            },
            MonitoringError::InvalidPeriod {
                municipality: "B".into(),
                period: ancient,
            },
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// Twente: two half-years for the 14 municipalities (the figures of the e2e journey and of
// `monitoring_codec.rs`), default thresholds 15 % / 20 %.
// ---------------------------------------------------------------------------------------------

/// Code, households (SPEC worked example), then housed / allocations / suitably in 2026-H1
/// and in 2026-H2.
const TWENTE: [(&str, u64, [u64; 3], [u64; 3]); 14] = [
    ("GM0141", 33370, [49, 350, 40], [56, 350, 50]),
    ("GM0147", 10300, [15, 70, 15], [16, 70, 14]),
    ("GM1774", 10625, [9, 40, 9], [7, 40, 7]),
    ("GM0153", 81045, [120, 850, 101], [140, 850, 126]),
    ("GM0158", 10440, [12, 65, 12], [14, 65, 13]),
    ("GM0163", 14920, [17, 95, 15], [15, 95, 15]),
    ("GM0164", 39355, [60, 365, 52], [55, 365, 48]),
    ("GM1735", 15220, [19, 90, 17], [20, 90, 19]),
    ("GM0168", 9760, [11, 60, 10], [9, 60, 9]),
    ("GM0173", 14355, [20, 125, 18], [18, 125, 16]),
    ("GM1742", 14570, [18, 95, 18], [16, 95, 14]),
    ("GM0183", 8355, [7, 30, 6], [8, 30, 8]),
    ("GM1700", 13435, [17, 110, 15], [18, 110, 17]),
    ("GM0189", 9875, [10, 50, 10], [11, 50, 9]),
];

fn twente() -> Monitoring {
    let ids: Vec<String> = TWENTE.iter().map(|t| t.0.to_string()).collect();
    let households: Vec<u64> = TWENTE.iter().map(|t| t.1).collect();
    let mut records = Vec::new();
    for (code, _, h1, h2) in TWENTE {
        for (period, [housed, allocations, suitably]) in [("2026-H1", h1), ("2026-H2", h2)] {
            records.push(Record {
                period: p(period),
                municipality: code.into(),
                applications: housed * 2,
                granted: housed + 3,
                housed,
                allocations,
                suitably,
            });
        }
    }
    monitoring(&records, &ids, &households, MIN_BP, SIGNAL_BP).expect("valid")
}

#[test]
fn twente_percentages_statuses_and_flags() {
    use Status::{AboveSignal as A, BelowMinimum as B, WithinRange as W};
    let m = twente();
    assert_eq!(m.periods, vec![p("2026-H1"), p("2026-H2")]);
    let got: Vec<(u128, Status, bool)> = m
        .records
        .iter()
        .map(|r| {
            (
                r.percent.unwrap().percent_scaled(1),
                r.status,
                r.consecutive_above,
            )
        })
        .collect();
    // housed / allocations, one decimal rounded half up; above = strictly more than 20 %.
    #[rustfmt::skip]
    let expected = vec![
        // 2026-H1
        (140, B, false), // Almelo 49/350 = 14,0 %
        (214, A, false), // Borne 15/70 = 21,43 %
        (225, A, false), // Dinkelland 9/40 = 22,5 %
        (141, B, false), // Enschede 120/850 = 14,12 %
        (185, W, false), // Haaksbergen 12/65 = 18,46 %
        (179, W, false), // Hellendoorn 17/95 = 17,89 %
        (164, W, false), // Hengelo 60/365 = 16,44 %
        (211, A, false), // Hof van Twente 19/90 = 21,11 %
        (183, W, false), // Losser 11/60 = 18,33 %
        (160, W, false), // Oldenzaal 20/125 = 16,0 %
        (189, W, false), // Rijssen-Holten 18/95 = 18,95 %
        (233, A, false), // Tubbergen 7/30 = 23,33 %
        (155, W, false), // Twenterand 17/110 = 15,45 %
        (200, W, false), // Wierden 10/50 = 20,0 %: the signal value itself is within
        // 2026-H2
        (160, W, false), // Almelo 56/350
        (229, A, true),  // Borne 16/70 = 22,86 %, above twice in a row
        (175, W, false), // Dinkelland 7/40
        (165, W, false), // Enschede 140/850 = 16,47 %
        (215, A, false), // Haaksbergen 14/65 = 21,54 %, first time above
        (158, W, false), // Hellendoorn 15/95 = 15,79 %
        (151, W, false), // Hengelo 55/365 = 15,07 %
        (222, A, true),  // Hof van Twente 20/90 = 22,22 %, twice
        (150, W, false), // Losser 9/60 = 15,0 %: the minimum itself is within
        (144, B, false), // Oldenzaal 18/125 = 14,4 %
        (168, W, false), // Rijssen-Holten 16/95 = 16,84 %
        (267, A, true),  // Tubbergen 8/30 = 26,67 %, twice
        (164, W, false), // Twenterand 18/110 = 16,36 %
        (220, A, false), // Wierden 11/50 = 22,0 %, after exactly 20,0 %: not twice
    ];
    assert_eq!(got, expected);
}

#[test]
fn twente_suitable_shares() {
    let m = twente();
    let got: Vec<u128> = m
        .records
        .iter()
        .map(|r| r.suitable_share.unwrap().percent_scaled(1))
        .collect();
    // suitably / housed: 40/49 = 81,63 %, 15/15, 9/9, 101/120 = 84,17 %, 12/12, 15/17 =
    // 88,24 %, 52/60 = 86,67 %, 17/19 = 89,47 %, 10/11 = 90,91 %, 18/20, 18/18, 6/7 =
    // 85,71 %, 15/17, 10/10; then 50/56 = 89,29 %, 14/16 = 87,5 %, 7/7, 126/140 = 90 %,
    // 13/14 = 92,86 %, 15/15, 48/55 = 87,27 %, 19/20, 9/9, 16/18 = 88,89 %, 14/16, 8/8,
    // 17/18 = 94,44 %, 9/11 = 81,82 %.
    assert_eq!(
        got,
        vec![
            816, 1000, 1000, 842, 1000, 882, 867, 895, 909, 900, 1000, 857, 882, 1000, //
            893, 875, 1000, 900, 929, 1000, 873, 950, 1000, 889, 875, 1000, 944, 818,
        ]
    );
}

#[test]
fn twente_cumulative_against_the_households_horizon() {
    let m = twente();
    let ahead = |through: &str| -> Vec<(u64, u64, i64)> { cumulative(&m, through) };
    // Through 2026-H1 the region housed 384. Quotas 384 × H / 285.625: Almelo 44,863,
    // Borne 13,848, Dinkelland 14,284, Enschede 108,959, Haaksbergen 14,036, Hellendoorn
    // 20,059, Hengelo 52,910, Hof van Twente 20,462, Losser 13,122, Oldenzaal 19,299,
    // Rijssen-Holten 19,588, Tubbergen 11,233, Twenterand 18,062, Wierden 13,276.
    // Floors sum to 378; the 6 left go to the largest remainders: Enschede ,959,
    // Hengelo ,910, Almelo ,863, Borne ,848, Rijssen-Holten ,588, Hof van Twente ,462.
    assert_eq!(
        ahead("2026-H1"),
        vec![
            (49, 45, 4),
            (15, 14, 1),
            (9, 14, -5),
            (120, 109, 11),
            (12, 14, -2),
            (17, 20, -3),
            (60, 53, 7),
            (19, 21, -2),
            (11, 13, -2),
            (20, 19, 1),
            (18, 20, -2),
            (7, 11, -4),
            (17, 18, -1),
            (10, 13, -3),
        ]
    );
    // Through 2026-H2: 787 housed. Quotas 91,946, 28,380, 29,276, 223,308, 28,766, 41,110,
    // 108,437, 41,937, 26,892, 39,553, 40,146, 23,021, 37,018, 27,209; floors sum to 781;
    // 6 left: Almelo ,946, Hof van Twente ,937, Losser ,892, Haaksbergen ,766,
    // Oldenzaal ,553, Hengelo ,437.
    assert_eq!(
        ahead("2026-H2"),
        vec![
            (105, 92, 13),
            (31, 28, 3),
            (16, 29, -13),
            (260, 223, 37),
            (26, 29, -3),
            (32, 41, -9),
            (115, 109, 6),
            (39, 42, -3),
            (20, 27, -7),
            (38, 40, -2),
            (34, 40, -6),
            (15, 23, -8),
            (35, 37, -2),
            (21, 27, -6),
        ]
    );
    assert_eq!(m.evaluation_date, Some(date(2029, 1, 1)));
}

#[test]
fn a_half_year_with_only_zeros_counts_as_a_period() {
    // An "empty" half-year: records for every municipality, all zero. The period exists,
    // nothing has a percentage (n/a), and nobody moves ahead or behind.
    let recs = vec![
        rec("2026-H1", "A", 0, 0, 0),
        rec("2026-H1", "B", 0, 0, 0),
        rec("2026-H1", "C", 0, 0, 0),
        rec("2026-H2", "A", 30, 100, 30),
    ];
    let m = run(&recs);
    assert_eq!(m.periods, vec![p("2026-H1"), p("2026-H2")]);
    assert!(m.records[..3]
        .iter()
        .all(|r| r.status == Status::NotApplicable && r.percent.is_none()));
    // A above in 2026-H2 after n/a: not twice in a row.
    assert_eq!(
        (m.records[3].status, m.records[3].consecutive_above),
        (Status::AboveSignal, false)
    );
    assert_eq!(
        cumulative(&m, "2026-H1"),
        vec![(0, 0, 0), (0, 0, 0), (0, 0, 0)]
    );
    // Through 2026-H2: 30 housed, horizon 15 : 9 : 6.
    assert_eq!(
        cumulative(&m, "2026-H2"),
        vec![(30, 15, 15), (0, 9, -9), (0, 6, -6)]
    );
    // The evaluation still follows the first (empty) half-year.
    assert_eq!(m.evaluation_date, Some(date(2029, 1, 1)));
}
