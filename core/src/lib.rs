//! Pure calculation core of the Twente balanced-distribution calculator ("Evenwichtige
//! Verdeling" of statutory urgent home seekers). No browser dependencies: the app, the link
//! codec, the tests and the benchmarks all use this one implementation of `SPEC.md`.

// No unwrap/expect outside tests: every failure is a typed error the page can show.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod apportion;
pub mod codec;
pub mod compare;
pub mod data;
pub mod field;
pub mod growth;
pub mod methods;
pub mod monitoring;
pub mod numbers;
pub mod period;
pub mod ratio;
pub mod region;
pub mod scenario;
pub mod sort;
pub mod text;
pub mod theme;
pub mod validate;

pub use methods::{compute, compute_with, ComputeError, Outcome, Row, Status, Totals};
pub use numbers::Lang;
pub use scenario::{Method, Municipality, Params, Scenario};

#[cfg(test)]
mod test_support;
