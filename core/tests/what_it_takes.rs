//! "What it takes" (growth path a, `core/src/growth.rs::what_it_takes`): the extra vacancies
//! per year `ΔV_i` that bring every municipality that ends above the signal value within it
//! in year `N`, the homes that give them, and that applying them leaves no municipality above
//! the signal value — on the Twente data and on random regions. The rule in SPEC terms is in
//! `docs/agreement.md` (afspraak 2a).

use evt_core::data::default_scenario;
use evt_core::growth::{apply_what_it_takes, growth_path, what_it_takes, Horizon, Start};
use evt_core::methods::Status;
use evt_core::scenario::{Method, Municipality, Params, Scenario};
use proptest::prelude::*;

fn path_of(s: &Scenario) -> evt_core::growth::GrowthPath {
    growth_path(s, s.growth_start(), s.growth.horizon).expect("the path computes")
}

/// Municipalities above the signal value (or without vacancies for a target) in year `N`.
fn above_at_the_end(s: &Scenario) -> Vec<String> {
    let path = path_of(s);
    let last = path.years.last().expect("years 0 … N");
    last.cells
        .iter()
        .zip(&s.municipalities)
        .filter(|(c, _)| matches!(c.status, Status::AboveSignal | Status::NoVacancies))
        .map(|(_, m)| m.name.clone())
        .collect()
}

#[test]
fn borne_by_hand() {
    // SPEC worked example, growth path from an equal percentage to the households horizon,
    // N = 5, s = 20 %, r = 6,0 %. Borne in year 5: T = 29 (SPEC table), V = 135 (2 254
    // corporation homes × 6,0 % = 135,24 → 135), 29/135 = 21,5 % > 20 %.
    //   least V(5) within the signal value: ⌈29 / 0,20⌉ = ⌈145⌉ = 145 (29/145 = 20,0 %,
    //     exactly the signal value, which is within);
    //   ΔV = ⌈(145 − 135) / 5⌉ = ⌈2⌉ = 2 extra vacancies per year, so V(5) = 135 + 5·2 = 145;
    //   homes per year at the turnover rate: ⌈2 / 0,06⌉ = ⌈33,33…⌉ = 34.
    let s = default_scenario();
    let needed = what_it_takes(&s, &path_of(&s));
    let borne = s.position("GM0147").expect("Borne");
    let b = needed
        .iter()
        .find(|n| n.index == borne)
        .expect("Borne ends above");
    assert_eq!((b.target, b.vacancies, b.extra_now), (29, 135, 0));
    assert_eq!(b.vacancies_needed, Some(145));
    assert_eq!(b.extra, Some(2));
    assert_eq!(b.homes, Some(34));
    let r = b.turnover.expect("a rate");
    assert_eq!(r.num() * 100, r.den() * 6, "the region's 6,0 %");
}

#[test]
fn twente_nine_above_then_none() {
    let s = default_scenario();
    let before = above_at_the_end(&s);
    assert_eq!(
        before,
        [
            "Borne",
            "Dinkelland",
            "Haaksbergen",
            "Hellendoorn",
            "Hof van Twente",
            "Losser",
            "Rijssen-Holten",
            "Tubbergen",
            "Wierden"
        ]
    );
    let path = path_of(&s);
    let needed = what_it_takes(&s, &path);
    assert_eq!(needed.len(), 9);
    // Dinkelland: T(5) = 30, V = 83 → ⌈150⌉ = 150, ΔV = ⌈67/5⌉ = 14, homes ⌈14/0,06⌉ = 234.
    let d = s.position("GM1774").expect("Dinkelland");
    let dk = needed.iter().find(|n| n.index == d).expect("Dinkelland");
    assert_eq!((dk.extra, dk.homes), (Some(14), Some(234)));
    let (applied, changed) = apply_what_it_takes(&s, &needed);
    assert_eq!(changed, 9);
    assert!(above_at_the_end(&applied).is_empty());
    // Path a leaves every year's targets alone; only the vacancies grow.
    let after = path_of(&applied);
    for (a, b) in path.years.iter().zip(&after.years) {
        let t = |y: &evt_core::growth::Year| y.cells.iter().map(|c| c.target).collect::<Vec<_>>();
        assert_eq!(t(a), t(b));
    }
    // The least that does it: one extra vacancy a year less leaves each of them above.
    for n in &needed {
        let mut less = applied.clone();
        less.municipalities[n.index].extra_vacancies = n.extra.map(|e| e - 1);
        let name = &s.municipalities[n.index].name;
        assert!(above_at_the_end(&less).contains(name), "{name}");
    }
    // Applying again changes nothing.
    let again = what_it_takes(&applied, &after);
    assert!(again.is_empty());
}

#[test]
fn own_turnover_rate_when_vacancies_and_corporation_homes_are_typed() {
    // Borne with 150 typed vacancies on 2 254 corporation homes (6,65…%) and 40 urgent home
    // seekers at the horizon of a one-municipality path: ⌈40 / 0,2⌉ = 200, ΔV = ⌈50/5⌉ = 10,
    // homes ⌈10 · 2 254 / 150⌉ = ⌈150,27⌉ = 151.
    let mut m = Municipality::new("GM0147", "Borne", 100);
    m.corporation_homes = Some(2254);
    m.vacancies = Some(150);
    let params = Params {
        urgents: 40,
        ..Params::default()
    };
    let s = Scenario::new("R", params, Method::Households, vec![m]);
    let needed = what_it_takes(&s, &path_of(&s));
    assert_eq!(needed.len(), 1);
    assert_eq!(
        (needed[0].vacancies_needed, needed[0].extra, needed[0].homes),
        (Some(200), Some(10), Some(151))
    );
}

#[test]
fn a_signal_value_of_zero_cannot_be_reached() {
    let mut s = default_scenario();
    s.params.minimum_bp = 0;
    s.params.signal_bp = 0;
    let needed = what_it_takes(&s, &path_of(&s));
    assert_eq!(needed.len(), 14);
    assert!(needed
        .iter()
        .all(|n| n.extra.is_none() && n.homes.is_none() && n.vacancies_needed.is_none()));
    let (_, changed) = apply_what_it_takes(&s, &needed);
    assert_eq!(changed, 0);
}

fn region() -> impl Strategy<Value = Scenario> {
    let municipality = (
        0u64..50_000,
        0u64..5_000,
        prop::option::of(0u64..300),
        prop::option::of(0u64..20),
    );
    (
        prop::collection::vec(municipality, 1..12),
        0u64..2_000,
        1u32..12,
        0u64..30,
        prop_oneof![Just(2000u32), 1u32..=10_000],
        any::<bool>(),
    )
        .prop_map(|(rows, urgents, years, growth, signal, capped)| {
            let municipalities = rows
                .into_iter()
                .enumerate()
                .map(|(i, (h, corp, v, dv))| {
                    let mut m = Municipality::new(format!("X{i}"), format!("G{i}"), h + 1);
                    m.corporation_homes = Some(corp);
                    m.vacancies = v;
                    m.extra_vacancies = dv;
                    m
                })
                .collect();
            let params = Params {
                urgents,
                minimum_bp: signal.min(1500),
                signal_bp: signal,
                growth_years: years,
                urgents_growth: growth,
                ..Params::default()
            };
            let mut s = Scenario::new("R", params, Method::Households, municipalities);
            s.growth.start = Some(Start::EqualPercentage);
            if capped {
                s.growth.horizon = Horizon::HouseholdsCapped;
            }
            s
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn after_applying_none_ends_above(s in region()) {
        let Ok(path) = growth_path(&s, s.growth_start(), s.growth.horizon) else {
            return Ok(());
        };
        let needed = what_it_takes(&s, &path);
        prop_assert!(needed.iter().all(|n| n.extra.is_some()), "s > 0, N ≥ 1: always reachable");
        let (applied, changed) = apply_what_it_takes(&s, &needed);
        prop_assert_eq!(changed, needed.len());
        prop_assert!(above_at_the_end(&applied).is_empty());
        for n in &needed {
            let (extra, need) = (n.extra.unwrap_or(0), n.vacancies_needed.unwrap_or(0));
            let v = applied.municipalities[n.index].effective_vacancies(s.params.turnover_bp).0;
            let years = u64::from(s.params.growth_years);
            prop_assert!(extra > n.extra_now);
            // Enough, and the least per-year figure that is enough.
            prop_assert!(v + years * extra >= need);
            prop_assert!(v + years * (extra - 1) < need);
        }
    }
}
