//! Unit tests of the monitoring columns and the period shape (the format as a whole is
//! tested in `core/tests/monitoring_codec.rs`).

use super::*;
use crate::numbers::Lang;

#[test]
fn labels_round_trip() {
    for c in MonColumn::ALL {
        for lang in [Lang::Nl, Lang::En] {
            assert_eq!(MonColumn::from_label(c.label(lang)), Some(c), "{c:?}");
        }
    }
    assert_eq!(
        MonColumn::from_label("Gehuisveste wettelijk urgenten (aantal)"),
        Some(MonColumn::Housed)
    );
    assert_eq!(MonColumn::from_label("Half-year"), Some(MonColumn::Period));
}

#[test]
fn period_shapes() {
    for s in ["2026-H1", "2026-h2", "2026-H3", "26-H1", " 2026-H12 "] {
        assert!(period_like(s), "{s}");
    }
    for s in [
        "Almelo",
        "2026",
        "GM0141",
        "2026-X1",
        "-H1",
        "2026-H",
        "Rijssen-Holten",
    ] {
        assert!(!period_like(s), "{s}");
    }
}
