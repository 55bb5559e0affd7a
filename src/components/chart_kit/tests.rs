//! Unit tests of `chart_kit.rs`.

use super::*;

#[test]
fn scale_is_nice_and_covers_signal_and_largest() {
    // Twente: largest 37,1 %, signal 20 % → 0–40 % in steps of 10 %.
    assert_eq!(
        NiceScale::new(371, 2000),
        NiceScale {
            max: 400,
            step: 100
        }
    );
    // Small values: signal + 5 % headroom → 25 % in steps of 5 %.
    assert_eq!(NiceScale::new(180, 2000), NiceScale { max: 250, step: 50 });
    assert_eq!(NiceScale::new(0, 0), NiceScale { max: 50, step: 50 });
    assert_eq!(NiceScale::new(267, 2000).max, 300);
    assert_eq!(
        NiceScale::new(1000, 2000),
        NiceScale {
            max: 1000,
            step: 200
        }
    );
    // Above 100 % (targets beyond the vacancies).
    assert_eq!(
        NiceScale::new(1234, 2000),
        NiceScale {
            max: 1250,
            step: 250
        }
    );
    let s = NiceScale::new(u64::MAX / 2, 2000);
    assert!(s.max >= u64::MAX / 2);
    assert_eq!(
        NiceScale::new(371, 2000).ticks().collect::<Vec<_>>(),
        [0, 100, 200, 300, 400]
    );
}

#[test]
fn numbers_and_names() {
    assert_eq!(num(12.34).as_str(), "12.3");
    assert_eq!(num(-0.06).as_str(), "-0.1");
    assert_eq!(truncate("Hof van Twente", 16), "Hof van Twente");
    assert_eq!(truncate("Capelle aan den IJssel", 16), "Capelle aan den…");
}

#[test]
fn ids_count_per_prefix() {
    let a = next_uid("kit-test-a");
    let b = next_uid("kit-test-b");
    assert_eq!(a.as_str(), "kit-test-a-1");
    assert_eq!(b.as_str(), "kit-test-b-1");
    assert_eq!(next_uid("kit-test-a").as_str(), "kit-test-a-2");
}

#[test]
fn status_classes_and_fills() {
    assert_eq!(
        status_class("bar", Status::AboveSignal),
        "bar--above-signal"
    );
    assert_eq!(
        status_class("map-tile", Status::NotApplicable),
        "map-tile--not-applicable"
    );
    assert_eq!(
        pattern_fill(Status::BelowMinimum, "map").as_deref(),
        Some("url(#map-dots)")
    );
    assert_eq!(pattern_fill(Status::WithinRange, "map"), None);
}
