//! Core timings for the benchmark command: every method plus a 10-year growth path, on the
//! Twente scenario and on all 342 Dutch municipalities. Prints figures beside the budget
//! (≤ 100 µs for the 342 case); it is a measurement, not a pass/fail test.

use evt_core::data::{default_scenario, netherlands_scenario};
use evt_core::growth::{growth_path, Horizon, Start};
use evt_core::methods::compute_with;
use evt_core::scenario::{Method, Scenario};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn all_methods_and_path(s: &Scenario) -> usize {
    let mut n = 0;
    for m in Method::ALL {
        if let Ok(out) = compute_with(s, m) {
            n += out.rows.len();
        }
    }
    if let Ok(p) = growth_path(s, Start::EqualPercentage, Horizon::Households) {
        n += p.years.len();
    }
    n
}

/// Median and 95th percentile of `samples` runs of `f`, each run repeated `inner` times.
fn measure(samples: usize, inner: usize, mut f: impl FnMut() -> usize) -> (Duration, Duration) {
    let mut times: Vec<Duration> = (0..samples)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..inner {
                black_box(f());
            }
            t.elapsed() / u32::try_from(inner).unwrap_or(1)
        })
        .collect();
    times.sort();
    let p = |q: f64| times[((times.len() as f64 - 1.0) * q).round() as usize];
    (p(0.5), p(0.95))
}

fn main() {
    let mut twente = default_scenario();
    twente.params.growth_years = 10;
    let mut nl = netherlands_scenario();
    nl.params.growth_years = 10;
    println!("core timings (release build; all five methods + a 10-year growth path)");
    println!(
        "{:<34} {:>12} {:>12} {:>12}",
        "case", "median", "p95", "budget"
    );
    for (name, s, budget) in [
        ("Twente (14 municipalities)", &twente, "-"),
        ("Netherlands (342 municipalities)", &nl, "≤ 100 µs"),
    ] {
        // Warm up.
        for _ in 0..50 {
            black_box(all_methods_and_path(s));
        }
        let (p50, p95) = measure(200, 20, || all_methods_and_path(black_box(s)));
        println!(
            "{:<34} {:>9.1} µs {:>9.1} µs {:>12}",
            name,
            p50.as_secs_f64() * 1e6,
            p95.as_secs_f64() * 1e6,
            budget
        );
    }
    let mut thirty = netherlands_scenario();
    thirty.params.growth_years = 30;
    let (p50, p95) = measure(100, 10, || {
        growth_path(
            black_box(&thirty),
            Start::EqualPercentage,
            Horizon::Households,
        )
        .map(|p| p.years.len())
        .unwrap_or(0)
    });
    println!(
        "{:<34} {:>9.1} µs {:>9.1} µs {:>12}",
        "growth path 342 × 30 years",
        p50.as_secs_f64() * 1e6,
        p95.as_secs_f64() * 1e6,
        "-"
    );
}
