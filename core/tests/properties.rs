//! Property tests: the invariants SPEC states, on at least 10,000 random scenarios per method,
//! including zero weights, zero vacancies and extreme sizes.

use evt_core::apportion::apportion;
use evt_core::growth::{growth_path, Horizon, Start};
use evt_core::methods::{cap_capacity, compute_with, fallback_minimum, status, targets, Status};
use evt_core::numbers::{format_count, parse_count, parse_percent, Lang};
use evt_core::ratio::Ratio;
use evt_core::scenario::{estimate_vacancies, Method, Municipality, Params, Scenario, MAX_COUNT};
use proptest::prelude::*;

/// Cases per property; `PROPTEST_CASES` lowers it for long loops such as mutation testing
/// (scripts/mutants.sh), CI runs the full count.
const CASES: u32 = 10_000;

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(CASES)
}

/// A count biased towards the edges: 0, small, and up to the maximum (and a bit beyond).
fn count() -> impl Strategy<Value = u64> {
    prop_oneof![
        3 => Just(0u64),
        10 => 0u64..50,
        10 => 0u64..100_000,
        2 => 0u64..=MAX_COUNT,
        1 => Just(MAX_COUNT),
    ]
}

fn opt_count() -> impl Strategy<Value = Option<u64>> {
    prop_oneof![2 => Just(None), 3 => count().prop_map(Some)]
}

fn bp() -> impl Strategy<Value = u32> {
    prop_oneof![Just(0u32), Just(1500u32), Just(2000u32), 0u32..=10_000]
}

fn municipality(i: usize) -> impl Strategy<Value = Municipality> {
    (
        count(),
        opt_count(),
        opt_count(),
        opt_count(),
        opt_count(),
        opt_count(),
        opt_count(),
    )
        .prop_map(move |(h, corp, v, o, r, s, dv)| {
            let mut m = Municipality::new(format!("X{i}"), format!("Gemeente {i}"), h);
            // Always estimable: vacancies typed or corporation homes known.
            m.corporation_homes = Some(corp.unwrap_or(0));
            m.vacancies = v;
            m.origin = o;
            m.realised = r;
            m.status_holders = s;
            m.extra_vacancies = dv;
            m
        })
}

fn scenario() -> impl Strategy<Value = Scenario> {
    let n = prop_oneof![40 => 1usize..20, 4 => 20usize..120, 1 => 390usize..=400];
    let params = (
        count(),
        bp(),
        bp(),
        proptest::option::of(bp()),
        bp(),
        1u32..=30,
        0u64..1000,
    );
    (n, params, prop::sample::select(Method::ALL.to_vec())).prop_flat_map(
        |(n, (u, m, s, c, r, years, du), method)| {
            let munis: Vec<_> = (0..n).map(municipality).collect();
            munis.prop_map(move |municipalities| {
                let params = Params {
                    urgents: u,
                    minimum_bp: m.min(s),
                    signal_bp: m.max(s),
                    cap_bp: c,
                    turnover_bp: r,
                    growth_years: years,
                    urgents_growth: du,
                };
                Scenario::new("R", params, method, municipalities)
            })
        },
    )
}

/// `⌊U·w/Σw⌋ ≤ t ≤ ⌈U·w/Σw⌉`, exactly.
fn within_one_of_quota(t: u64, total: u64, w: u128, sum: u128) -> bool {
    let q = Ratio::new(u128::from(total) * w, sum).unwrap();
    u128::from(t) >= q.floor() && u128::from(t) <= q.ceil()
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn apportion_sums_and_stays_within_one_of_quota(
        total in count(),
        weights in prop::collection::vec(prop_oneof![Just(0u128), 0u128..10, 0u128..=u128::from(MAX_COUNT)], 1..60),
    ) {
        let sum: u128 = weights.iter().sum();
        match apportion(total, &weights) {
            Err(_) => prop_assert_eq!(sum, 0),
            Ok(t) => {
                prop_assert_eq!(t.iter().sum::<u64>(), total);
                for (&ti, &w) in t.iter().zip(&weights) {
                    prop_assert!(within_one_of_quota(ti, total, w, sum));
                }
                // Largest remainders got the extra people: every rounded-up entry has a
                // remainder at least as large as every rounded-down one.
                let rem = |i: usize| (u128::from(total) * weights[i]) % sum;
                let floor = |i: usize| (u128::from(total) * weights[i]) / sum;
                let up: Vec<usize> = (0..t.len()).filter(|&i| u128::from(t[i]) > floor(i)).collect();
                let down: Vec<usize> = (0..t.len()).filter(|&i| u128::from(t[i]) == floor(i) && rem(i) > 0).collect();
                for &i in &up { for &j in &down { prop_assert!(rem(i) >= rem(j)); } }
            }
        }
    }

    /// The rounding helpers take a 64-bit shortcut when the product fits; over the whole u64
    /// range (not only SPEC's limits) they must equal the 128-bit definitions.
    #[test]
    fn rounding_helpers_equal_their_128_bit_definitions(
        x in prop_oneof![0u64..=MAX_COUNT, any::<u64>(), (u64::MAX - 20_000)..=u64::MAX],
        bp in prop_oneof![0u32..=10_000, any::<u32>()],
    ) {
        let n = u128::from(x) * u128::from(bp);
        let narrow = |v: u128| u64::try_from(v).unwrap_or(u64::MAX);
        prop_assert_eq!(fallback_minimum(x, bp), narrow(n.div_ceil(10_000)));
        prop_assert_eq!(cap_capacity(x, bp), narrow(n / 10_000));
        prop_assert_eq!(estimate_vacancies(x, bp), narrow((2 * n + 10_000) / 20_000));
    }

    #[test]
    fn households_method(s in scenario()) { check_apportioned(&s, Method::Households)?; }

    #[test]
    fn equal_percentage_method(s in scenario()) { check_apportioned(&s, Method::EqualPercentage)?; }

    #[test]
    fn home_municipality_method(s in scenario()) { check_apportioned(&s, Method::HomeMunicipality)?; }

    #[test]
    fn capped_method(s in scenario()) {
        let Ok(t) = targets(&s, Method::HouseholdsCapped) else {
            prop_assert!(s.municipalities.iter().all(|m| m.households == 0));
            return Ok(());
        };
        let cap = s.params.cap();
        let v = s.vacancies();
        let k: Vec<u64> = v.iter().map(|&x| cap_capacity(x, cap)).collect();
        prop_assert_eq!(t.targets.iter().sum::<u64>(), s.params.urgents - t.unplaced);
        for i in 0..k.len() {
            prop_assert!(t.targets[i] <= k[i], "cap exceeded");
            // K = ⌊c·V⌋ exactly.
            prop_assert!(u128::from(k[i]) * 10_000 <= u128::from(cap) * u128::from(v[i]));
            prop_assert!(u128::from(k[i] + 1) * 10_000 > u128::from(cap) * u128::from(v[i]));
        }
        let sum_k: u64 = k.iter().sum();
        if sum_k <= s.params.urgents {
            prop_assert_eq!(&t.targets, &k);
        } else if t.unplaced > 0 {
            // Only possible when every municipality with households is full.
            for (i, m) in s.municipalities.iter().enumerate() {
                if m.households > 0 { prop_assert_eq!(t.targets[i], k[i]); }
            }
        }
        // Water level: the entries not filled by the water level share the rest pro rata,
        // each within one of its quota, and strictly below its capacity before rounding.
        let evt_core::methods::Basis::Capped { saturated, shared, shared_weight, .. } = &t.basis else {
            return Err(TestCaseError::fail("capped method without capped basis"));
        };
        if sum_k > s.params.urgents {
            let free: Vec<usize> = (0..k.len()).filter(|&i| !saturated[i] && s.municipalities[i].households > 0).collect();
            let wsum: u128 = free.iter().map(|&i| u128::from(s.municipalities[i].households)).sum();
            prop_assert_eq!(wsum, u128::from(*shared_weight));
            let full_sum: u64 = (0..k.len()).filter(|&i| saturated[i]).map(|i| t.targets[i]).sum();
            prop_assert_eq!(full_sum + shared + t.unplaced, s.params.urgents);
            for &i in &free {
                let h = u128::from(s.municipalities[i].households);
                prop_assert!(within_one_of_quota(t.targets[i], *shared, h, wsum));
                // λ·H_i < K_i for those not saturated.
                prop_assert!(u128::from(*shared) * h < u128::from(k[i]) * wsum);
            }
            for i in 0..k.len() {
                if saturated[i] {
                    prop_assert_eq!(t.targets[i], k[i]);
                    // λ·H_i ≥ K_i for the saturated.
                    if wsum > 0 {
                        prop_assert!(u128::from(*shared) * u128::from(s.municipalities[i].households) >= u128::from(k[i]) * wsum);
                    }
                }
            }
        }
    }

    #[test]
    fn fallback_method(s in scenario()) {
        let t = targets(&s, Method::Fallback).unwrap();
        let v = s.vacancies();
        for (ti, &vi) in t.targets.iter().zip(&v) {
            prop_assert_eq!(*ti, fallback_minimum(vi, s.params.minimum_bp));
            // ⌈m·V⌉: at least m·V, less than m·V + 1.
            prop_assert!(u128::from(*ti) * 10_000 >= u128::from(s.params.minimum_bp) * u128::from(vi));
            prop_assert!(u128::from(*ti) * 10_000 < u128::from(s.params.minimum_bp) * u128::from(vi) + 10_000);
        }
        let sum: u64 = t.targets.iter().sum();
        prop_assert_eq!(t.unplaced, s.params.urgents.saturating_sub(sum));
        if let Ok(out) = compute_with(&s, Method::Fallback) {
            prop_assert_eq!(out.fallback.pooled_housed, s.params.urgents.min(sum));
            prop_assert_eq!(out.fallback.pooled_housed + out.fallback.pooled_unhoused, s.params.urgents);
        }
    }

    #[test]
    fn status_agrees_with_exact_rational_comparison(t in count(), v in count(), m in bp(), s in bp()) {
        let (m, s) = (m.min(s), m.max(s));
        let st = status(t, v, m, s);
        if v == 0 {
            prop_assert_eq!(st, if t > 0 { Status::NoVacancies } else { Status::NotApplicable });
        } else {
            let p = Ratio::new(u128::from(t), u128::from(v)).unwrap();
            let min = Ratio::new(u128::from(m), 10_000).unwrap();
            let sig = Ratio::new(u128::from(s), 10_000).unwrap();
            let expected = if p < min { Status::BelowMinimum } else if p > sig { Status::AboveSignal } else { Status::WithinRange };
            prop_assert_eq!(st, expected);
        }
    }

    #[test]
    fn compute_never_panics_and_totals_add_up(s in scenario()) {
        for method in Method::ALL {
            if let Ok(out) = compute_with(&s, method) {
                prop_assert_eq!(out.rows.len(), s.municipalities.len());
                prop_assert_eq!(out.totals.targets, out.rows.iter().map(|r| r.target).sum::<u64>());
                prop_assert_eq!(out.totals.vacancies, out.rows.iter().map(|r| r.vacancies).sum::<u64>());
                let above = out.rows.iter().filter(|r| r.status == Status::AboveSignal).count();
                prop_assert_eq!(out.totals.above_signal, above);
                for r in &out.rows {
                    prop_assert_eq!(r.room, r.vacancies as i64 - r.target as i64 - r.status_holders as i64);
                    if let (Some(h), Some(d)) = (r.horizon_target, r.diff_to_horizon) {
                        prop_assert_eq!(d, r.target as i64 - h as i64);
                    }
                }
            }
        }
    }

    #[test]
    fn growth_path_sums_and_endpoints(s in scenario(), start in prop::sample::select(vec![Start::Origin, Start::Realised, Start::EqualPercentage]), capped in any::<bool>()) {
        let horizon = if capped { Horizon::HouseholdsCapped } else { Horizon::Households };
        if let Ok(path) = growth_path(&s, start, horizon) {
            let n = s.params.growth_years;
            prop_assert_eq!(path.years.len() as u32, n + 1);
            for y in &path.years {
                let u = s.params.urgents + u64::from(y.year) * s.params.urgents_growth;
                prop_assert_eq!(y.cells.iter().map(|c| c.target).sum::<u64>(), u);
            }
            // Year N is the horizon itself: apportion(U(N), horizon weights).
            if !capped {
                let h: Vec<u128> = s.municipalities.iter().map(|m| u128::from(m.households)).collect();
                let u_n = s.params.urgents + u64::from(n) * s.params.urgents_growth;
                let end = apportion(u_n, &h).unwrap();
                let last: Vec<u64> = path.years[n as usize].cells.iter().map(|c| c.target).collect();
                prop_assert_eq!(last, end);
            }
            // "Within the signal value from y": never above it from y on.
            for (i, from) in path.within_signal_from.iter().enumerate() {
                if let Some(f) = from {
                    for y in &path.years[*f as usize..] {
                        prop_assert!(!matches!(y.cells[i].status, Status::AboveSignal | Status::NoVacancies));
                    }
                }
            }
        }
    }

    #[test]
    fn counts_round_trip_through_formatting(n in 0u64..=MAX_COUNT, en in any::<bool>()) {
        let lang = if en { Lang::En } else { Lang::Nl };
        prop_assert_eq!(parse_count(&format_count(n, lang), lang), Ok(n));
    }

    #[test]
    fn parsers_never_panic(text in ".{0,24}") {
        let _ = parse_count(&text, Lang::Nl);
        let _ = parse_count(&text, Lang::En);
        let _ = parse_percent(&text);
    }
}

fn check_apportioned(s: &Scenario, method: Method) -> Result<(), TestCaseError> {
    let weights: Option<Vec<u64>> = match method {
        Method::Households => Some(s.municipalities.iter().map(|m| m.households).collect()),
        Method::EqualPercentage => Some(s.vacancies()),
        _ => s.column(evt_core::field::Field::Origin),
    };
    match (targets(s, method), weights) {
        (Ok(t), Some(w)) => {
            let sum: u128 = w.iter().map(|&x| u128::from(x)).sum();
            prop_assert_eq!(t.unplaced, 0);
            prop_assert_eq!(t.targets.iter().sum::<u64>(), s.params.urgents);
            for (&ti, &wi) in t.targets.iter().zip(&w) {
                prop_assert!(within_one_of_quota(
                    ti,
                    s.params.urgents,
                    u128::from(wi),
                    sum
                ));
            }
            // When ΣO = U the home-municipality method returns O itself.
            if method == Method::HomeMunicipality && sum == u128::from(s.params.urgents) {
                prop_assert_eq!(&t.targets, &w);
            }
        }
        (Err(_), Some(w)) => prop_assert!(w.iter().all(|&x| x == 0)),
        (Err(_), None) => prop_assert_eq!(method, Method::HomeMunicipality),
        (Ok(_), None) => prop_assert!(false, "method without its column succeeded"),
    }
    Ok(())
}

/// The properties above assert inside `if let Ok(..)`: they would pass if (almost) every
/// generated scenario were refused. The same generator yields mostly computable scenarios,
/// for every method and for the growth path.
#[test]
fn the_generated_scenarios_mostly_compute() {
    use proptest::strategy::{Strategy, ValueTree};
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let samples: Vec<_> = (0..400)
        .map(|_| {
            scenario()
                .new_tree(&mut runner)
                .expect("a scenario")
                .current()
        })
        .collect();
    let share = |ok: usize| ok * 100 / samples.len();
    for method in Method::ALL {
        let ok = samples
            .iter()
            .filter(|s| compute_with(s, method).is_ok())
            .count();
        println!("{}: {}% compute", method.code(), share(ok));
        assert!(
            share(ok) >= 90,
            "{}: only {}% of the generated scenarios compute",
            method.code(),
            share(ok)
        );
    }
    let ok = samples
        .iter()
        .filter(|s| growth_path(s, Start::EqualPercentage, Horizon::Households).is_ok())
        .count();
    println!("growth path: {}% compute", share(ok));
    assert!(share(ok) >= 90, "growth path: only {}%", share(ok));
}
