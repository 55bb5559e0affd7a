//! One term per concept: the spreadsheet export (in the core) uses the page's words.
#![cfg(not(target_arch = "wasm32"))]

use evt_app::i18n::{status_label, Texts};
use evt_core::codec::{export_csv, status_label as export_status};
use evt_core::data::default_scenario;
use evt_core::methods::{compute, Status};
use evt_core::numbers::Lang;

const STATUSES: [Status; 5] = [
    Status::BelowMinimum,
    Status::WithinRange,
    Status::AboveSignal,
    Status::NoVacancies,
    Status::NotApplicable,
];

#[test]
fn the_export_names_each_status_as_the_page_does() {
    for lang in [Lang::Nl, Lang::En] {
        for s in STATUSES {
            assert_eq!(
                export_status(s, lang),
                status_label(s, lang),
                "{s:?} {lang:?}"
            );
        }
    }
}

#[test]
fn the_export_header_uses_the_page_column_names() {
    let scenario = default_scenario();
    let outcome = compute(&scenario).expect("default computes");
    for lang in [Lang::Nl, Lang::En] {
        let csv = export_csv(&scenario, &outcome, lang);
        let header: Vec<&str> = csv
            .trim_start_matches('\u{feff}')
            .lines()
            .next()
            .unwrap_or("")
            .split(';')
            .collect();
        let t = Texts::get(lang);
        for label in [
            t.col_target,
            t.col_percent,
            t.col_status,
            t.col_household_share,
            t.col_urgent_share,
            t.col_diff,
            t.col_room,
        ] {
            let lower = evt_core::text::lower(label);
            assert!(
                header.contains(&lower.as_str()),
                "{lang:?}: {lower} not in {header:?}"
            );
        }
    }
}
