//! Small hand-worked regions for the view models' tests: every municipality has 100 vacated
//! homes a year, and `urgents` statutory urgents are divided with `method`.

use crate::state::Computed;
use crate::view::{result_rows, ResultRow};
use evt_core::scenario::{Method, Municipality, Params};
use evt_core::{compute, Scenario};

/// A region of `(id, name, households)` rows, each with 100 vacated homes.
pub fn region(method: Method, urgents: u64, rows: &[(&str, &str, u64)]) -> Scenario {
    let params = Params {
        urgents,
        ..Params::default()
    };
    let municipalities = rows
        .iter()
        .map(|&(id, name, households)| Municipality {
            vacancies: Some(100),
            ..Municipality::new(id, name, households)
        })
        .collect();
    Scenario::new(String::from("t"), params, method, municipalities)
}

/// 40 urgents pro rata to households over `(id, households)` rows named by their id.
pub fn households40(rows: &[(&str, u64)]) -> Scenario {
    let named: Vec<(&str, &str, u64)> = rows.iter().map(|&(id, h)| (id, id, h)).collect();
    region(Method::Households, 40, &named)
}

/// The result rows of a scenario that computes.
pub fn rows_of(scenario: Scenario) -> Vec<ResultRow> {
    let outcome = compute(&scenario).expect("the test region computes");
    result_rows(&Computed {
        scenario: scenario.into(),
        outcome,
    })
}
