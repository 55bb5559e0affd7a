//! SPEC's worked example (the default Twente scenario) reproduced exactly, from
//! `worked-example-twente.json` (a copy of `shared/data/worked-example-twente.json`).

use evt_core::data::default_scenario;
use evt_core::growth::{growth_path, Horizon, Start};
use evt_core::methods::{compute_with, targets};
use evt_core::numbers::{format_percent_tenths, Lang};
use evt_core::scenario::{Method, VacancySource};
use serde_json::Value;

fn fixture() -> Value {
    serde_json::from_str(include_str!("worked-example-twente.json")).expect("fixture is JSON")
}

fn ints(v: &Value, key: &str) -> Vec<u64> {
    v["municipalities"]
        .as_array()
        .expect("municipalities")
        .iter()
        .map(|m| m[key].as_u64().expect(key))
        .collect()
}

#[test]
fn default_scenario_matches_fixture_inputs() {
    let f = fixture();
    let s = default_scenario();
    let p = &f["parameters"];
    assert_eq!(s.params.urgents, p["urgents"].as_u64().unwrap());
    assert_eq!(
        u64::from(s.params.minimum_bp),
        p["minimum_bp"].as_u64().unwrap()
    );
    assert_eq!(
        u64::from(s.params.signal_bp),
        p["signal_bp"].as_u64().unwrap()
    );
    assert_eq!(u64::from(s.params.cap()), p["cap_bp"].as_u64().unwrap());
    assert_eq!(
        u64::from(s.params.turnover_bp),
        p["turnover_bp"].as_u64().unwrap()
    );
    assert_eq!(
        u64::from(s.params.growth_years),
        p["growth_years"].as_u64().unwrap()
    );
    let codes: Vec<&str> = f["municipalities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["code"].as_str().unwrap())
        .collect();
    let ids: Vec<&str> = s.municipalities.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, codes);
    let hh: Vec<u64> = s.municipalities.iter().map(|m| m.households).collect();
    assert_eq!(hh, ints(&f, "households"));
    assert_eq!(s.vacancies(), ints(&f, "vacancies_estimate"));
}

#[test]
fn households_method_targets_percentages_and_statuses() {
    let f = fixture();
    let out = compute_with(&default_scenario(), Method::Households).expect("valid");
    let t: Vec<u64> = out.rows.iter().map(|r| r.target).collect();
    assert_eq!(t, ints(&f, "households_target"));
    for (row, m) in out.rows.iter().zip(f["municipalities"].as_array().unwrap()) {
        let pct = format_percent_tenths(row.percent_tenths().unwrap(), Lang::En);
        assert_eq!(
            pct,
            format!("{}%", m["households_pct_1dp"].as_str().unwrap()),
            "{}",
            m["name"]
        );
        assert_eq!(
            row.status.code(),
            m["households_status"].as_str().unwrap(),
            "{}",
            m["name"]
        );
        assert_eq!(row.vacancy_source, VacancySource::Estimated);
        assert_eq!(row.minimum, m["fallback_minimum"].as_u64().unwrap());
    }
    assert_eq!(out.totals.households, 285_625);
    assert_eq!(out.totals.vacancies, 4_774);
    assert_eq!(out.totals.targets, 800);
    assert_eq!(out.totals.above_signal, 9);
    assert_eq!(out.totals.below_minimum, 2);
    assert_eq!(
        format_percent_tenths(out.totals.percent_tenths().unwrap(), Lang::Nl),
        "16,8%"
    );
}

#[test]
fn equal_percentage_and_capped_targets() {
    let f = fixture();
    let s = default_scenario();
    let eq = targets(&s, Method::EqualPercentage).unwrap();
    assert_eq!(eq.targets, ints(&f, "equal_pct_target"));
    let cap = targets(&s, Method::HouseholdsCapped).unwrap();
    assert_eq!(cap.targets, ints(&f, "capped_target"));
    assert_eq!(
        cap.unplaced,
        f["totals"]["capped_unplaced"].as_u64().unwrap()
    );
}

#[test]
fn statutory_fallback_724_housed_76_unhoused() {
    let f = fixture();
    let out = compute_with(&default_scenario(), Method::Fallback).unwrap();
    assert_eq!(out.fallback.minima_sum, 724);
    assert_eq!(
        out.fallback.pooled_housed,
        f["totals"]["fallback_pooled_housed"].as_u64().unwrap()
    );
    assert_eq!(
        out.fallback.pooled_unhoused,
        f["totals"]["fallback_pooled_unhoused"].as_u64().unwrap()
    );
    assert_eq!(out.fallback.per_municipality, None);
    let minima: Vec<u64> = out.rows.iter().map(|r| r.target).collect();
    assert_eq!(minima, ints(&f, "fallback_minimum"));
    assert_eq!(out.totals.unplaced, 76);
}

#[test]
fn growth_path_table() {
    let f = fixture();
    let s = default_scenario();
    let path = growth_path(&s, Start::EqualPercentage, Horizon::Households).unwrap();
    let expected = f["growth_path"].as_array().unwrap();
    assert_eq!(path.years.len(), expected.len());
    for (y, e) in path.years.iter().zip(expected) {
        assert_eq!(u64::from(y.year), e["year"].as_u64().unwrap());
        let got: Vec<u64> = y.cells.iter().map(|c| c.target).collect();
        let want: Vec<u64> = e["targets"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_u64().unwrap())
            .collect();
        assert_eq!(got, want, "year {}", y.year);
    }
    // Default start is equal percentage when neither origin nor realised is given.
    assert_eq!(Start::default_for(&s), Start::EqualPercentage);
}
