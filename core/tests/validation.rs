//! Validation and method availability (SPEC "Inputs", "Numbers and text", "Methods" and
//! "Derived figures"): one test per bad input and per `ValidationError` variant, the
//! "given" semantics of optional columns, status edge cases, room for regular home seekers,
//! the difference to the horizon and the statutory fallback per municipality.
//!
//! Every expected value is worked out by hand in the comments.

use evt_core::methods::{
    compute, compute_with, fallback, targets, ComputeError, Status, Unavailable,
};
use evt_core::numbers::{format_percent_tenths, format_signed_percent_tenths, Lang};
use evt_core::scenario::{
    Method, Municipality, Params, Scenario, VacancySource, MAX_COUNT, MAX_MUNICIPALITIES,
};
use evt_core::validate::{validate, Field, Param, ValidationError};

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

fn muni(id: &str, name: &str, households: u64, vacancies: u64) -> Municipality {
    let mut m = Municipality::new(id, name, households);
    m.vacancies = Some(vacancies);
    m
}

fn scenario(params: Params, municipalities: Vec<Municipality>) -> Scenario {
    Scenario::new("Testregio", params, Method::Households, municipalities)
}

/// A small valid region, U = 20, m = 15 %, s = 20 %:
///
/// | id     | name   | H   | V   |
/// |--------|--------|-----|-----|
/// | GM0001 | Almelo | 500 | 100 |
/// | GM0002 | Borne  | 300 |  30 |
/// | GM0003 | Losser | 200 |  25 (estimated from 417 corporation homes × 6 % = 25.02 → 25) |
fn base() -> Scenario {
    let mut c = Municipality::new("GM0003", "Losser", 200);
    c.corporation_homes = Some(417);
    scenario(
        Params {
            urgents: 20,
            ..Params::default()
        },
        vec![
            muni("GM0001", "Almelo", 500, 100),
            muni("GM0002", "Borne", 300, 30),
            c,
        ],
    )
}

fn errors(s: &Scenario) -> Vec<ValidationError> {
    validate(s)
}

/// `compute` (and every method through `compute_with`) refuses the scenario with exactly
/// the errors of `validate`.
fn assert_invalid(s: &Scenario, expected: &[ValidationError]) {
    assert_eq!(validate(s), expected);
    assert_eq!(compute(s), Err(ComputeError::Invalid(expected.to_vec())));
    for method in Method::ALL {
        assert_eq!(
            compute_with(s, method),
            Err(ComputeError::Invalid(expected.to_vec())),
            "{method:?}"
        );
    }
}

fn targets_of(s: &Scenario, method: Method) -> Vec<u64> {
    compute_with(s, method)
        .expect("computable")
        .rows
        .iter()
        .map(|r| r.target)
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The control: the fixture itself is valid
// ---------------------------------------------------------------------------------------------

#[test]
fn base_fixture_is_valid_and_computes() {
    let s = base();
    assert_eq!(errors(&s), vec![]);
    // Households: quotas 20·500/1000 = 10, 20·300/1000 = 6, 20·200/1000 = 4, all whole.
    assert_eq!(targets_of(&s, Method::Households), vec![10, 6, 4]);
    assert_eq!(s.vacancies(), vec![100, 30, 25]);
    let out = compute(&s).unwrap();
    assert_eq!(out.rows[2].vacancy_source, VacancySource::Estimated);
    assert_eq!(out.totals.estimated, 1);
}

// ---------------------------------------------------------------------------------------------
// Region size
// ---------------------------------------------------------------------------------------------

#[test]
fn empty_region_is_invalid() {
    let s = scenario(Params::default(), vec![]);
    let expected = [ValidationError::NoMunicipalities];
    assert_invalid(&s, &expected);
    assert_eq!(expected[0].municipality(), None);
    assert_eq!(expected[0].field(), None);
}

fn region_of(n: usize) -> Scenario {
    scenario(
        Params::default(),
        (1..=n)
            .map(|i| muni(&format!("X{i}"), &format!("Gemeente {i}"), 100, 10))
            .collect(),
    )
}

#[test]
fn four_hundred_municipalities_are_accepted() {
    assert_eq!(MAX_MUNICIPALITIES, 400);
    let s = region_of(400);
    assert_eq!(errors(&s), vec![]);
    // 800 over 400 equal weights: exactly 2 each.
    assert!(targets_of(&s, Method::Households).iter().all(|&t| t == 2));
}

#[test]
fn more_than_400_municipalities_is_invalid() {
    let s = region_of(401);
    let expected = [ValidationError::TooManyMunicipalities { count: 401 }];
    assert_invalid(&s, &expected);
    assert_eq!(expected[0].municipality(), None);
}

// ---------------------------------------------------------------------------------------------
// Names and ids
// ---------------------------------------------------------------------------------------------

#[test]
fn empty_name_is_invalid() {
    let mut s = base();
    s.municipalities[1].name = String::new();
    let expected = [ValidationError::EmptyName {
        id: "GM0002".into(),
    }];
    assert_invalid(&s, &expected);
    assert_eq!(expected[0].municipality(), Some("GM0002"));
    assert_eq!(expected[0].field(), Some(Field::Name));
}

#[test]
fn whitespace_only_name_is_invalid() {
    // Spaces, a tab, a newline and a no-break space all count as empty.
    for blank in ["   ", "\t", "\n ", "\u{a0}", " \u{2003} "] {
        let mut s = base();
        s.municipalities[2].name = blank.to_string();
        assert_invalid(
            &s,
            &[ValidationError::EmptyName {
                id: "GM0003".into(),
            }],
        );
    }
}

#[test]
fn any_unicode_name_is_accepted() {
    let mut s = base();
    s.municipalities[0].name = "'s-Hertogenbosch <b>&amp;</b>".into();
    s.municipalities[1].name = "Súdwest-Fryslân".into();
    s.municipalities[2].name = "Zwolle 🏠".into();
    assert_eq!(errors(&s), vec![]);
}

#[test]
fn duplicate_name_is_case_insensitive() {
    let mut s = base();
    s.municipalities[2].name = "ALMELO".into();
    let expected = [ValidationError::DuplicateName {
        id: "GM0003".into(),
        name: "ALMELO".into(),
    }];
    assert_invalid(&s, &expected);
    // The error is reported on the later municipality, by id, on the name field.
    assert_eq!(expected[0].municipality(), Some("GM0003"));
    assert_eq!(expected[0].field(), Some(Field::Name));
}

#[test]
fn duplicate_name_ignores_surrounding_spaces_and_folds_unicode_case() {
    let mut s = base();
    s.municipalities[1].name = "  almelo ".into();
    assert_eq!(
        errors(&s),
        vec![ValidationError::DuplicateName {
            id: "GM0002".into(),
            name: "almelo".into(),
        }]
    );

    let mut s = base();
    s.municipalities[0].name = "Súdwest-Fryslân".into();
    s.municipalities[1].name = "SÚDWEST-FRYSLÂN".into();
    assert_eq!(
        errors(&s),
        vec![ValidationError::DuplicateName {
            id: "GM0002".into(),
            name: "SÚDWEST-FRYSLÂN".into(),
        }]
    );
}

#[test]
fn every_later_duplicate_name_is_reported_in_region_order() {
    // Four rows named alike: the first keeps its name, each later one gets an error, in the
    // order of the region (not of any sorting). "\u{212A}" is the Kelvin sign, whose lower
    // case is the ASCII "k".
    let mut s = base();
    s.municipalities[0].name = "Kampen".into();
    s.municipalities[1].name = "\u{212A}AMPEN".into();
    s.municipalities[2].name = "Borne".into();
    s.municipalities.push(muni("GM0004", "kampen", 10, 10));
    s.municipalities.push(muni("GM0005", "borne ", 10, 10));
    s.municipalities.push(muni("GM0006", "KAMPEN", 10, 10));
    assert_eq!(
        errors(&s),
        vec![
            ValidationError::DuplicateName {
                id: "GM0002".into(),
                name: "\u{212A}AMPEN".into(),
            },
            ValidationError::DuplicateName {
                id: "GM0004".into(),
                name: "kampen".into(),
            },
            ValidationError::DuplicateName {
                id: "GM0005".into(),
                name: "borne".into(),
            },
            ValidationError::DuplicateName {
                id: "GM0006".into(),
                name: "KAMPEN".into(),
            },
        ]
    );
}

#[test]
fn duplicate_id_is_invalid() {
    let mut s = base();
    s.municipalities[2].id = "GM0001".into();
    let expected = [ValidationError::DuplicateId {
        id: "GM0001".into(),
    }];
    assert_invalid(&s, &expected);
    assert_eq!(expected[0].municipality(), Some("GM0001"));
    assert_eq!(expected[0].field(), None);
    // Three times the same id: the second and the third are reported.
    let mut s = base();
    s.municipalities[0].id = "X1".into();
    s.municipalities[1].id = "X1".into();
    s.municipalities[2].id = "X1".into();
    assert_eq!(
        errors(&s),
        vec![
            ValidationError::DuplicateId { id: "X1".into() },
            ValidationError::DuplicateId { id: "X1".into() },
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// Counts
// ---------------------------------------------------------------------------------------------

/// Set one count field of a municipality.
fn set(m: &mut Municipality, field: Field, value: u64) {
    match field {
        Field::Households => m.households = value,
        Field::CorporationHomes => m.corporation_homes = Some(value),
        Field::Vacancies => m.vacancies = Some(value),
        Field::Origin => m.origin = Some(value),
        Field::Realised => m.realised = Some(value),
        Field::StatusHolders => m.status_holders = Some(value),
        Field::ExtraVacancies => m.extra_vacancies = Some(value),
        Field::Name => unreachable!("not a count"),
    }
}

const COUNT_FIELDS: [Field; 7] = [
    Field::Households,
    Field::CorporationHomes,
    Field::Vacancies,
    Field::Origin,
    Field::Realised,
    Field::StatusHolders,
    Field::ExtraVacancies,
];

#[test]
fn count_of_exactly_10_million_is_accepted_in_every_field() {
    assert_eq!(MAX_COUNT, 10_000_000);
    for field in COUNT_FIELDS {
        let mut s = base();
        set(&mut s.municipalities[1], field, 10_000_000);
        assert_eq!(errors(&s), vec![], "{field:?}");
    }
}

#[test]
fn count_above_10_million_is_invalid_in_every_field() {
    for field in COUNT_FIELDS {
        let mut s = base();
        set(&mut s.municipalities[1], field, 10_000_001);
        let expected = [ValidationError::CountTooLarge {
            id: "GM0002".into(),
            field,
            value: 10_000_001,
        }];
        assert_invalid(&s, &expected);
        assert_eq!(expected[0].municipality(), Some("GM0002"), "{field:?}");
        assert_eq!(expected[0].field(), Some(field), "{field:?}");
    }
}

#[test]
fn huge_counts_are_errors_not_panics() {
    let mut s = base();
    s.municipalities[0].households = u64::MAX;
    s.municipalities[0].corporation_homes = Some(u64::MAX);
    s.municipalities[0].vacancies = None;
    let errs = errors(&s);
    assert_eq!(
        errs,
        vec![
            ValidationError::CountTooLarge {
                id: "GM0001".into(),
                field: Field::Households,
                value: u64::MAX,
            },
            ValidationError::CountTooLarge {
                id: "GM0001".into(),
                field: Field::CorporationHomes,
                value: u64::MAX,
            },
        ]
    );
    assert!(matches!(compute(&s), Err(ComputeError::Invalid(_))));
}

#[test]
fn missing_vacancies_is_invalid() {
    // Neither typed vacancies nor corporation homes to estimate them from.
    let mut s = base();
    s.municipalities[2].corporation_homes = None;
    s.municipalities[2].vacancies = None;
    let expected = [ValidationError::MissingVacancies {
        id: "GM0003".into(),
    }];
    assert_invalid(&s, &expected);
    assert_eq!(expected[0].municipality(), Some("GM0003"));
    assert_eq!(expected[0].field(), Some(Field::Vacancies));
}

#[test]
fn zero_vacancies_typed_or_estimated_is_not_missing() {
    let mut s = base();
    s.municipalities[0].vacancies = Some(0);
    s.municipalities[2].corporation_homes = Some(0);
    assert_eq!(errors(&s), vec![]);
    assert_eq!(s.vacancies(), vec![0, 30, 0]);
}

#[test]
fn all_errors_are_reported_together() {
    let mut s = base();
    s.params.growth_years = 0;
    s.municipalities[0].name = " ".into();
    s.municipalities[1].vacancies = None;
    s.municipalities[2].status_holders = Some(20_000_000);
    assert_invalid(
        &s,
        &[
            ValidationError::ParamOutOfRange {
                param: Param::GrowthYears,
                value: 0,
                min: 1,
                max: 30,
            },
            ValidationError::EmptyName {
                id: "GM0001".into(),
            },
            ValidationError::MissingVacancies {
                id: "GM0002".into(),
            },
            ValidationError::CountTooLarge {
                id: "GM0003".into(),
                field: Field::StatusHolders,
                value: 20_000_000,
            },
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------------------------

fn with_params(f: impl FnOnce(&mut Params)) -> Scenario {
    let mut s = base();
    f(&mut s.params);
    s
}

fn out_of_range(param: Param, value: u64, min: u64, max: u64) -> ValidationError {
    ValidationError::ParamOutOfRange {
        param,
        value,
        min,
        max,
    }
}

#[test]
fn parameters_at_their_limits_are_accepted() {
    for s in [
        with_params(|p| p.urgents = 10_000_000),
        with_params(|p| p.urgents = 0),
        with_params(|p| {
            p.minimum_bp = 10_000;
            p.signal_bp = 10_000;
        }),
        with_params(|p| {
            p.minimum_bp = 0;
            p.signal_bp = 0;
        }),
        with_params(|p| p.cap_bp = Some(10_000)),
        with_params(|p| p.cap_bp = Some(0)),
        with_params(|p| p.turnover_bp = 10_000),
        with_params(|p| p.turnover_bp = 0),
        with_params(|p| p.growth_years = 1),
        with_params(|p| p.growth_years = 30),
        with_params(|p| p.urgents_growth = 10_000_000),
    ] {
        assert_eq!(errors(&s), vec![], "{:?}", s.params);
    }
}

#[test]
fn urgents_above_10_million_is_invalid() {
    let s = with_params(|p| p.urgents = 10_000_001);
    let expected = [out_of_range(Param::Urgents, 10_000_001, 0, 10_000_000)];
    assert_invalid(&s, &expected);
    // A parameter error names no municipality and no municipality field.
    assert_eq!(expected[0].municipality(), None);
    assert_eq!(expected[0].field(), None);
}

#[test]
fn minimum_above_100_percent_is_invalid() {
    // 100.01 % is out of range; the signal value (20 %) is then also below it.
    let s = with_params(|p| p.minimum_bp = 10_001);
    assert_invalid(
        &s,
        &[
            out_of_range(Param::Minimum, 10_001, 0, 10_000),
            ValidationError::SignalBelowMinimum {
                minimum_bp: 10_001,
                signal_bp: 2000,
            },
        ],
    );
}

#[test]
fn signal_above_100_percent_is_invalid() {
    let s = with_params(|p| p.signal_bp = 10_001);
    assert_invalid(&s, &[out_of_range(Param::Signal, 10_001, 0, 10_000)]);
}

#[test]
fn cap_above_100_percent_is_invalid() {
    let s = with_params(|p| p.cap_bp = Some(10_001));
    assert_invalid(&s, &[out_of_range(Param::Cap, 10_001, 0, 10_000)]);
}

#[test]
fn turnover_above_100_percent_is_invalid() {
    let s = with_params(|p| p.turnover_bp = 10_001);
    assert_invalid(&s, &[out_of_range(Param::Turnover, 10_001, 0, 10_000)]);
}

#[test]
fn growth_years_0_is_invalid() {
    let s = with_params(|p| p.growth_years = 0);
    assert_invalid(&s, &[out_of_range(Param::GrowthYears, 0, 1, 30)]);
}

#[test]
fn growth_years_31_is_invalid() {
    let s = with_params(|p| p.growth_years = 31);
    assert_invalid(&s, &[out_of_range(Param::GrowthYears, 31, 1, 30)]);
}

#[test]
fn urgents_growth_above_10_million_is_invalid() {
    let s = with_params(|p| p.urgents_growth = 10_000_001);
    assert_invalid(
        &s,
        &[out_of_range(
            Param::UrgentsGrowth,
            10_000_001,
            0,
            10_000_000,
        )],
    );
}

#[test]
fn signal_below_minimum_is_invalid() {
    let s = with_params(|p| {
        p.minimum_bp = 2000;
        p.signal_bp = 1999;
    });
    let expected = [ValidationError::SignalBelowMinimum {
        minimum_bp: 2000,
        signal_bp: 1999,
    }];
    assert_invalid(&s, &expected);
    assert_eq!(expected[0].municipality(), None);
    assert_eq!(expected[0].field(), None);
    // Equal is fine.
    assert_eq!(
        errors(&with_params(|p| {
            p.minimum_bp = 2000;
            p.signal_bp = 2000;
        })),
        vec![]
    );
}

#[test]
fn cap_below_minimum_is_allowed_as_what_if() {
    // SPEC sets no relation between the cap and the minimum; a low cap is a what-if.
    let s = with_params(|p| p.cap_bp = Some(500));
    assert_eq!(errors(&s), vec![]);
    // K = ⌊5 % · (100, 30, 25)⌋ = (5, 1, 1); ΣK = 7 ≤ U = 20 → T = K, 13 unplaced.
    let out = compute_with(&s, Method::HouseholdsCapped).unwrap();
    assert_eq!(
        out.rows.iter().map(|r| r.target).collect::<Vec<_>>(),
        vec![5, 1, 1]
    );
    assert_eq!(out.totals.unplaced, 13);
}

// ---------------------------------------------------------------------------------------------
// Method availability (SPEC: "unavailable with a message … never silently zero")
// ---------------------------------------------------------------------------------------------

#[test]
fn home_municipality_without_origin_column_is_unavailable() {
    let s = base();
    assert!(!s.is_given(Field::Origin));
    assert_eq!(s.column(Field::Origin), None);
    assert_eq!(
        targets(&s, Method::HomeMunicipality).unwrap_err(),
        Unavailable::MissingColumn(Field::Origin)
    );
    assert_eq!(
        compute_with(&s, Method::HomeMunicipality).unwrap_err(),
        ComputeError::Unavailable(
            Method::HomeMunicipality,
            Unavailable::MissingColumn(Field::Origin)
        )
    );
    // The scenario itself is valid: the other methods still compute.
    for m in [
        Method::Households,
        Method::EqualPercentage,
        Method::HouseholdsCapped,
        Method::Fallback,
    ] {
        assert!(compute_with(&s, m).is_ok(), "{m:?}");
    }
}

#[test]
fn home_municipality_with_origin_all_zero_or_blank_is_no_origin() {
    // One zero, the rest blank: the column is given (blanks → 0) but sums to 0.
    let mut s = base();
    s.municipalities[1].origin = Some(0);
    assert!(s.is_given(Field::Origin));
    assert_eq!(s.column(Field::Origin), Some(vec![0, 0, 0]));
    assert_eq!(
        compute_with(&s, Method::HomeMunicipality).unwrap_err(),
        ComputeError::Unavailable(Method::HomeMunicipality, Unavailable::NoOrigin)
    );
    // All explicitly zero: the same.
    for m in &mut s.municipalities {
        m.origin = Some(0);
    }
    assert_eq!(
        compute_with(&s, Method::HomeMunicipality).unwrap_err(),
        ComputeError::Unavailable(Method::HomeMunicipality, Unavailable::NoOrigin)
    );
}

#[test]
fn all_households_zero_is_no_households_for_households_and_capped() {
    let mut s = base();
    for m in &mut s.municipalities {
        m.households = 0;
    }
    assert_eq!(errors(&s), vec![]);
    for method in [Method::Households, Method::HouseholdsCapped] {
        assert_eq!(
            compute_with(&s, method).unwrap_err(),
            ComputeError::Unavailable(method, Unavailable::NoHouseholds),
            "{method:?}"
        );
    }
    // Equal percentage does not weigh by households: it computes, without a horizon.
    let out = compute_with(&s, Method::EqualPercentage).unwrap();
    assert!(out.rows.iter().all(|r| r.horizon_target.is_none()));
    assert!(out.rows.iter().all(|r| r.diff_to_horizon.is_none()));
    assert!(out.rows.iter().all(|r| r.household_share.is_none()));
}

#[test]
fn all_vacancies_zero_is_no_vacancies_for_equal_percentage() {
    let mut s = base();
    s.municipalities[0].vacancies = Some(0);
    s.municipalities[1].vacancies = Some(0);
    s.municipalities[2].corporation_homes = Some(0);
    assert_eq!(
        compute_with(&s, Method::EqualPercentage).unwrap_err(),
        ComputeError::Unavailable(Method::EqualPercentage, Unavailable::NoVacancies)
    );
    // Households still computes: every target is impossible (status "no vacancies").
    let out = compute_with(&s, Method::Households).unwrap();
    assert!(out.rows.iter().all(|r| r.status == Status::NoVacancies));
    assert_eq!(out.totals.no_vacancies, 3);
    assert_eq!(out.totals.percent, None);
    // The fallback allocates ⌈15 % · 0⌉ = 0 everywhere: all 20 unhoused.
    let fb = fallback(&s);
    assert_eq!(
        (fb.minima_sum, fb.pooled_housed, fb.pooled_unhoused),
        (0, 0, 20)
    );
}

// ---------------------------------------------------------------------------------------------
// Optional columns: "given" once any municipality has a value; blanks then count as 0
// ---------------------------------------------------------------------------------------------

#[test]
fn optional_column_is_given_once_any_municipality_has_a_value() {
    let mut s = base();
    for c in Field::OPTIONAL {
        assert!(!s.is_given(c), "{c:?}");
        assert_eq!(s.column(c), None, "{c:?}");
    }
    s.municipalities[1].realised = Some(4);
    assert!(s.is_given(Field::Realised));
    assert_eq!(s.column(Field::Realised), Some(vec![0, 4, 0]));
    assert!(!s.is_given(Field::Origin));
}

#[test]
fn blank_origin_counts_as_zero_once_given() {
    // O = (3, blank, 1), U = 8: weights (3, 0, 1), ΣO = 4.
    // Quotas 8·3/4 = 6, 0, 8·1/4 = 2 → T = (6, 0, 2).
    let mut s = base();
    s.params.urgents = 8;
    s.municipalities[0].origin = Some(3);
    s.municipalities[2].origin = Some(1);
    assert_eq!(targets_of(&s, Method::HomeMunicipality), vec![6, 0, 2]);
}

#[test]
fn home_municipality_equals_origin_when_it_sums_to_urgents() {
    // ΣO = 11 + 7 + 2 = 20 = U → T = O exactly (SPEC method 3).
    let mut s = base();
    for (m, o) in s.municipalities.iter_mut().zip([11, 7, 2]) {
        m.origin = Some(o);
    }
    assert_eq!(targets_of(&s, Method::HomeMunicipality), vec![11, 7, 2]);
}

#[test]
fn blank_status_holders_count_as_zero_once_given() {
    let mut s = base();
    s.municipalities[0].status_holders = Some(5);
    let out = compute(&s).unwrap();
    // Borne: V − T − S = 30 − 6 − 0 = 24.
    assert_eq!(out.rows[1].status_holders, 0);
    assert_eq!(out.rows[1].room, 24);
}

// ---------------------------------------------------------------------------------------------
// Status edge cases and derived figures
// ---------------------------------------------------------------------------------------------

#[test]
fn statuses_of_the_base_fixture() {
    // Households T = (10, 6, 4) on V = (100, 30, 25):
    // Almelo 10/100 = 10 % < 15 % → below minimum;
    // Borne 6/30 = 20 % exactly (not strictly above) → within range;
    // Losser 4/25 = 16 % → within range.
    let out = compute(&base()).unwrap();
    let st: Vec<Status> = out.rows.iter().map(|r| r.status).collect();
    assert_eq!(
        st,
        vec![
            Status::BelowMinimum,
            Status::WithinRange,
            Status::WithinRange
        ]
    );
    let pct: Vec<String> = out
        .rows
        .iter()
        .map(|r| format_percent_tenths(r.percent_tenths().unwrap(), Lang::Nl))
        .collect();
    assert_eq!(pct, vec!["10,0%", "20,0%", "16,0%"]);
    // Region: 20/155 = 12.903 % → 12,9 %.
    assert_eq!(out.totals.percent_tenths(), Some(129));
    assert_eq!((out.totals.below_minimum, out.totals.above_signal), (1, 0));
    // Minimum F = ⌈15 % · V⌉ = (15, 4.5 → 5, 3.75 → 4).
    let minima: Vec<u64> = out.rows.iter().map(|r| r.minimum).collect();
    assert_eq!(minima, vec![15, 5, 4]);
}

#[test]
fn percentage_rounds_half_up_from_the_exact_fraction() {
    // T/V = 1/16 = 6.25 % → 6,3 % (half up); 1/8 = 12.5 % exactly → 12,5 %.
    let s = scenario(
        Params {
            urgents: 2,
            ..Params::default()
        },
        vec![muni("A", "A", 1, 16), muni("B", "B", 1, 8)],
    );
    let out = compute(&s).unwrap();
    assert_eq!(out.rows[0].percent_tenths(), Some(63));
    assert_eq!(out.rows[1].percent_tenths(), Some(125));
    assert_eq!(
        format_percent_tenths(out.rows[0].percent_tenths().unwrap(), Lang::En),
        "6.3%"
    );
}

#[test]
fn zero_vacancies_with_a_target_is_no_vacancies() {
    // Borne has households but 0 vacancies: its target 6 is impossible.
    let mut s = base();
    s.municipalities[1].vacancies = Some(0);
    let out = compute(&s).unwrap();
    let borne = &out.rows[1];
    assert_eq!(borne.target, 6);
    assert_eq!(borne.status, Status::NoVacancies);
    assert_eq!(borne.percent, None);
    assert_eq!(borne.percent_tenths(), None);
    assert_eq!(borne.minimum, 0);
    // Room: 0 − 6 − 0 = −6, and no share of 0 vacancies.
    assert_eq!(borne.room, -6);
    assert_eq!(borne.room_tenths(), None);
    assert_eq!(out.totals.no_vacancies, 1);
    assert_eq!(out.totals.negative_room, 1);
    // It is not counted as above the signal value nor below the minimum.
    assert_eq!((out.totals.above_signal, out.totals.below_minimum), (0, 1));
}

#[test]
fn zero_vacancies_without_a_target_is_not_applicable() {
    // Losser: 0 households and 0 vacancies → T = 0, V = 0 → n/a.
    let mut s = base();
    s.municipalities[2].households = 0;
    s.municipalities[2].corporation_homes = Some(0);
    let out = compute(&s).unwrap();
    let losser = &out.rows[2];
    assert_eq!(losser.target, 0);
    assert_eq!(losser.status, Status::NotApplicable);
    assert_eq!(losser.status.code(), "n-a");
    assert_eq!(losser.room, 0);
    assert_eq!(out.totals.no_vacancies, 0);
    // Households 500 : 300 of 20 → quotas 12.5 and 7.5, equal remainders → larger weight
    // (Almelo) first: (13, 7, 0).
    assert_eq!(targets_of(&s, Method::Households), vec![13, 7, 0]);
}

#[test]
fn room_for_regular_home_seekers_negative_with_status_holders() {
    // Households T = (10, 6, 4), V = (100, 30, 25), S = (5, blank → 0, 30):
    // Almelo 100 − 10 − 5 = 85  → 85/100 = 85,0 %
    // Borne   30 −  6 − 0 = 24  → 24/30  = 80,0 %
    // Losser  25 −  4 − 30 = −9 → −9/25  = −36,0 % (error-level warning)
    let mut s = base();
    s.municipalities[0].status_holders = Some(5);
    s.municipalities[2].status_holders = Some(30);
    let out = compute(&s).unwrap();
    let room: Vec<i64> = out.rows.iter().map(|r| r.room).collect();
    assert_eq!(room, vec![85, 24, -9]);
    let share: Vec<Option<i64>> = out.rows.iter().map(|r| r.room_tenths()).collect();
    assert_eq!(share, vec![Some(850), Some(800), Some(-360)]);
    assert_eq!(
        format_signed_percent_tenths(out.rows[2].room_tenths().unwrap(), Lang::Nl),
        "\u{2212}36,0%"
    );
    assert_eq!(out.totals.room, 85 + 24 - 9);
    assert_eq!(out.totals.negative_room, 1);
    // Status holders do not change the status: Losser stays within range (4/25 = 16 %).
    assert_eq!(out.rows[2].status, Status::WithinRange);
}

#[test]
fn difference_to_the_households_horizon() {
    // Equal percentage: apportion(20, V = (100, 30, 25)), ΣV = 155.
    // Quotas 2000/155 = 12.903, 600/155 = 3.871, 500/155 = 3.226 → floors (12, 3, 3) = 18;
    // 2 left to the largest remainders .903 (Almelo) and .871 (Borne) → (13, 4, 3).
    // Horizon (households) = (10, 6, 4) → differences (+3, −2, −1).
    let out = compute_with(&base(), Method::EqualPercentage).unwrap();
    let t: Vec<u64> = out.rows.iter().map(|r| r.target).collect();
    assert_eq!(t, vec![13, 4, 3]);
    let horizon: Vec<Option<u64>> = out.rows.iter().map(|r| r.horizon_target).collect();
    assert_eq!(horizon, vec![Some(10), Some(6), Some(4)]);
    let diff: Vec<Option<i64>> = out.rows.iter().map(|r| r.diff_to_horizon).collect();
    assert_eq!(diff, vec![Some(3), Some(-2), Some(-1)]);
    // Shares: households 500/1000 = 50 %, urgents 13/20 = 65 %.
    let almelo = &out.rows[0];
    assert_eq!(almelo.household_share.unwrap().percent_scaled(1), 500);
    assert_eq!(almelo.urgent_share.unwrap().percent_scaled(1), 650);
    // Under the households method itself the difference is 0 everywhere.
    let hh = compute(&base()).unwrap();
    assert!(hh.rows.iter().all(|r| r.diff_to_horizon == Some(0)));
}

// ---------------------------------------------------------------------------------------------
// Statutory fallback (wettelijk terugvalscenario)
// ---------------------------------------------------------------------------------------------

/// V = (41, 19, 100, 7), O = (10, 2, 5, blank), m = 15 %, U = 17.
/// Minima F = ⌈0.15·V⌉ = (⌈6.15⌉, ⌈2.85⌉, ⌈15⌉, ⌈1.05⌉) = (7, 3, 15, 2), ΣF = 27.
fn fallback_region(urgents: u64) -> Scenario {
    let mut ms = vec![
        muni("A", "A", 100, 41),
        muni("B", "B", 100, 19),
        muni("C", "C", 100, 100),
        muni("D", "D", 100, 7),
    ];
    for (m, o) in ms.iter_mut().zip([10, 2, 5]) {
        m.origin = Some(o);
    }
    scenario(
        Params {
            urgents,
            ..Params::default()
        },
        ms,
    )
}

#[test]
fn fallback_per_municipality_with_origin_data() {
    let s = fallback_region(17);
    let fb = fallback(&s);
    assert_eq!(fb.minima_sum, 27);
    // Pooled: min(U, ΣF) = min(17, 27) = 17 housed, 0 unhoused.
    assert_eq!((fb.pooled_housed, fb.pooled_unhoused), (17, 0));
    // Without pooling: housed_i = min(O_i, F_i) = (min(10,7), min(2,3), min(5,15), min(0,2))
    // = (7, 2, 5, 0) → 14; unhoused Σ max(0, O_i − F_i) = 3 + 0 + 0 + 0 = 3.
    assert_eq!(fb.per_municipality, Some((14, 3)));
    // The method's targets are the minima themselves; nobody unplaced when pooled.
    let out = compute_with(&s, Method::Fallback).unwrap();
    let t: Vec<u64> = out.rows.iter().map(|r| r.target).collect();
    assert_eq!(t, vec![7, 3, 15, 2]);
    assert_eq!(out.totals.unplaced, 0);
    assert_eq!(out.fallback, fb);
}

#[test]
fn fallback_pooled_leaves_people_unhoused_when_minima_fall_short() {
    // U = 30 > ΣF = 27: pooled 27 housed, 3 unhoused; per municipality unchanged (O-based).
    let s = fallback_region(30);
    let fb = fallback(&s);
    assert_eq!((fb.pooled_housed, fb.pooled_unhoused), (27, 3));
    assert_eq!(fb.per_municipality, Some((14, 3)));
    assert_eq!(
        compute_with(&s, Method::Fallback).unwrap().totals.unplaced,
        3
    );
}

#[test]
fn fallback_without_origin_has_no_per_municipality_figure() {
    let fb = fallback(&base());
    // F = (15, 5, 4) → ΣF = 24 ≥ U = 20: all housed when pooled.
    assert_eq!(fb.minima_sum, 24);
    assert_eq!((fb.pooled_housed, fb.pooled_unhoused), (20, 0));
    assert_eq!(fb.per_municipality, None);
}

#[test]
fn largest_valid_inputs_compute_without_panic() {
    // 400 municipalities with every count at 10,000,000 and every parameter at its limit.
    use evt_core::growth::{growth_path, Horizon, Start};
    let mut s = region_of(400);
    s.params = Params {
        urgents: 10_000_000,
        minimum_bp: 10_000,
        signal_bp: 10_000,
        cap_bp: Some(10_000),
        turnover_bp: 10_000,
        growth_years: 30,
        urgents_growth: 10_000_000,
    };
    for m in &mut s.municipalities {
        for field in COUNT_FIELDS {
            set(m, field, 10_000_000);
        }
    }
    assert_eq!(errors(&s), vec![]);
    for method in Method::ALL {
        let out = compute_with(&s, method).unwrap();
        // Equal weights: 10,000,000 / 400 = 25,000 each (the fallback: ⌈100 % · V⌉ = V).
        let expected = if method == Method::Fallback {
            10_000_000
        } else {
            25_000
        };
        assert!(out.rows.iter().all(|r| r.target == expected), "{method:?}");
    }
    for start in [Start::Origin, Start::Realised, Start::EqualPercentage] {
        for horizon in [Horizon::Households, Horizon::HouseholdsCapped] {
            let path = growth_path(&s, start, horizon).unwrap();
            // Year 30: U(30) = 10M + 30 · 10M = 310M over 400 equal weights = 775,000 each.
            let last = path.years.last().unwrap();
            assert_eq!(last.urgents, 310_000_000);
            assert!(last.cells.iter().all(|c| c.target == 775_000));
            // V(30) = 10M + 30 · 10M = 310M.
            assert!(last.cells.iter().all(|c| c.vacancies == 310_000_000));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Growth-path availability: the same "never silently zero" rule for its start columns
// ---------------------------------------------------------------------------------------------

#[test]
fn growth_path_start_columns_missing_or_all_zero() {
    use evt_core::growth::{growth_path, Horizon, Start};
    let s = base();
    // Not given: which column to fill in.
    assert_eq!(
        growth_path(&s, Start::Origin, Horizon::Households).unwrap_err(),
        Unavailable::MissingColumn(Field::Origin)
    );
    assert_eq!(
        growth_path(&s, Start::Realised, Horizon::Households).unwrap_err(),
        Unavailable::MissingColumn(Field::Realised)
    );
    // Given but all zero: not "missing", but nothing to weigh by.
    let mut z = base();
    z.municipalities[0].origin = Some(0);
    z.municipalities[0].realised = Some(0);
    assert_eq!(
        growth_path(&z, Start::Origin, Horizon::Households).unwrap_err(),
        Unavailable::NoOrigin
    );
    assert_eq!(
        growth_path(&z, Start::Realised, Horizon::Households).unwrap_err(),
        Unavailable::NoRealised
    );
    // Equal-percentage start with no vacancies anywhere; households horizon with none.
    let mut v = base();
    v.municipalities[0].vacancies = Some(0);
    v.municipalities[1].vacancies = Some(0);
    v.municipalities[2].corporation_homes = Some(0);
    assert_eq!(
        growth_path(&v, Start::EqualPercentage, Horizon::Households).unwrap_err(),
        Unavailable::NoVacancies
    );
    let mut h = base();
    for m in &mut h.municipalities {
        m.households = 0;
    }
    assert_eq!(
        growth_path(&h, Start::EqualPercentage, Horizon::Households).unwrap_err(),
        Unavailable::NoHouseholds
    );
}

#[test]
fn growth_path_with_extra_vacancies_and_urgents_growth() {
    // Ingroeipad a and b together on the base fixture, N = 2, ΔU = 10 a year,
    // ΔV = (blank → 0, 15, 5): the column is given, so Almelo's blank counts as 0.
    // Start = equal percentage (V = 100, 30, 25; Σ = 155), horizon = households (ΣH = 1000).
    use evt_core::growth::{growth_path, Horizon, Start};
    let mut s = base();
    s.params.growth_years = 2;
    s.params.urgents_growth = 10;
    s.municipalities[1].extra_vacancies = Some(15);
    s.municipalities[2].extra_vacancies = Some(5);
    assert_eq!(Start::default_for(&s), Start::EqualPercentage);
    let path = growth_path(&s, Start::EqualPercentage, Horizon::Households).unwrap();
    let urgents: Vec<u64> = path.years.iter().map(|y| y.urgents).collect();
    assert_eq!(urgents, vec![20, 30, 40]);
    let t = |y: usize| -> Vec<u64> { path.years[y].cells.iter().map(|c| c.target).collect() };
    let v = |y: usize| -> Vec<u64> { path.years[y].cells.iter().map(|c| c.vacancies).collect() };
    let st = |y: usize| -> Vec<Status> { path.years[y].cells.iter().map(|c| c.status).collect() };
    // y = 0: w = 2·V·1000 ∝ V → apportion(20, V) = (13, 4, 3) (see the equal-percentage test).
    // 13/100, 4/30, 3/25 are all below 15 %.
    assert_eq!(t(0), vec![13, 4, 3]);
    assert_eq!(v(0), vec![100, 30, 25]);
    assert_eq!(st(0), vec![Status::BelowMinimum; 3]);
    // y = 1: w_i = 1·V_i·1000 + 1·H_i·155 = (177 500, 76 500, 56 000), Σ = 310 000, U = 30.
    // Quotas 17.177, 7.403, 5.419 → floors (17, 7, 5) = 29; 1 left to .419 (Losser).
    // V(1) = (100, 45, 30): 17 %, 15.6 %, 20 % → all within range.
    assert_eq!(t(1), vec![17, 7, 6]);
    assert_eq!(v(1), vec![100, 45, 30]);
    assert_eq!(st(1), vec![Status::WithinRange; 3]);
    // y = 2: w = 2·H·155 ∝ H → apportion(40, 500:300:200) = (20, 12, 8).
    // V(2) = (100, 60, 35): 20 %, 20 %, 22.9 % → Losser above the signal value.
    assert_eq!(t(2), vec![20, 12, 8]);
    assert_eq!(v(2), vec![100, 60, 35]);
    assert_eq!(
        st(2),
        vec![
            Status::WithinRange,
            Status::WithinRange,
            Status::AboveSignal
        ]
    );
    // Never above again: Almelo and Borne from year 0; Losser ends above → none.
    assert_eq!(path.within_signal_from, vec![Some(0), Some(0), None]);
}
