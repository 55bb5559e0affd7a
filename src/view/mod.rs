//! View models: what each screen shows, derived from the computed outcome by pure functions
//! with native tests. Components only render them and dispatch edits; texts (in `i18n`) read
//! them. One module per screen:
//!
//! | module | screen |
//! |---|---|
//! | [`results`] | results table, chart bars, map tiles, summary |
//! | [`growth`] | growth path (table for one year, small multiples) |
//! | [`monitoring`] | half-yearly monitoring (results per half-year, series, summary) |
//!
//! Dependencies point one way: `view` reads `state` and `evt_core`, never `i18n` or
//! `components`.

pub mod growth;
pub mod monitoring;
pub mod results;

pub use results::{result_rows, Explain, ResultRow};

use evt_core::ratio::Ratio;

/// A percentage in tenths (184 = 18,4 %), rounded half up as SPEC's display rule says; the
/// one place the view models turn a [`Ratio`] into what a cell shows.
pub fn percent_tenths(r: Ratio) -> u64 {
    u64::try_from(r.percent_scaled(1)).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenths_round_half_up() {
        assert_eq!(percent_tenths(Ratio::new(184, 1000).expect("ratio")), 184);
        // 1/3 = 33,33… % → 333; 2/3 = 66,66… % → 667.
        assert_eq!(percent_tenths(Ratio::new(1, 3).expect("ratio")), 333);
        assert_eq!(percent_tenths(Ratio::new(2, 3).expect("ratio")), 667);
        // 0,05 % exactly → 0,1 % (half up).
        assert_eq!(percent_tenths(Ratio::new(1, 2000).expect("ratio")), 1);
    }
}
