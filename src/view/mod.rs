//! View models: what each screen shows, derived from the computed outcome by pure functions
//! with native tests. Components only render them and dispatch edits; texts (in `i18n`) read
//! them. One module per screen:
//!
//! | module | screen |
//! |---|---|
//! | [`results`] | results table, map tiles, summary |
//! | [`chart`] | bar chart: the bars in order, the facts its description tells |
//! | [`compare`] | two scenarios side by side |
//! | [`explanation`] | the figures woven into the public explanation |
//! | [`map`] | the map's tiles, "Mijn gemeente", the chosen tile, a tapped tile's card |
//! | [`growth`] | growth path (table for one year, small multiples) |
//! | [`monitoring`] | half-yearly monitoring (results per half-year, series, summary) |
//!
//! Dependencies point one way: `view` reads `state` and `evt_core`, never `i18n` or
//! `components`.

pub mod chart;
pub mod compare;
pub mod explanation;
pub mod growth;
pub mod map;
pub mod monitoring;
pub mod results;
pub mod tenths;
#[cfg(test)]
pub(crate) mod test_support;

pub use results::{
    fallback_outcome, region_outcome, result_rows, Explain, RegionOutcome, ResultRow,
};
pub use tenths::percent_tenths;
