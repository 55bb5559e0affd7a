//! Percentages as the screens show them: in tenths, rounded half up.

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
