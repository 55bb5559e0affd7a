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
