//! Exact non-negative rationals over `u128`, for quotas, shares and percentages.
//!
//! Every decision in the calculator (rounding, remainders, status) is taken on integers or on
//! these exact fractions, never on floating point (SPEC "Apportionment" and "Derived figures").

use std::cmp::Ordering;

/// A non-negative fraction `num / den` with `den > 0`. Not reduced; comparison is exact.
#[derive(Debug, Clone, Copy)]
pub struct Ratio {
    num: u128,
    den: u128,
}

impl Ratio {
    /// `num / den`; a zero denominator yields `None`.
    pub fn new(num: u128, den: u128) -> Option<Ratio> {
        (den > 0).then_some(Ratio { num, den })
    }

    /// The whole number `n`.
    pub fn whole(n: u128) -> Ratio {
        Ratio { num: n, den: 1 }
    }

    pub fn num(&self) -> u128 {
        self.num
    }

    pub fn den(&self) -> u128 {
        self.den
    }

    /// `⌊num/den⌋`.
    pub fn floor(&self) -> u128 {
        self.num / self.den
    }

    /// `⌈num/den⌉`.
    pub fn ceil(&self) -> u128 {
        self.num.div_ceil(self.den)
    }

    /// The value scaled by `10^decimals` and rounded half up, e.g. 29.7603 with 2 → 2976.
    /// Saturates instead of overflowing for absurd scales (never reached with SPEC's limits).
    pub fn round_half_up_scaled(&self, decimals: u32) -> u128 {
        let scale = 10u128.saturating_pow(decimals);
        let n = self.num.saturating_mul(scale).saturating_mul(2);
        n.saturating_add(self.den) / self.den.saturating_mul(2)
    }

    /// `self × 100` as a percentage with `decimals` decimals, rounded half up and scaled,
    /// e.g. 0.18404 with 1 → 184 (18.4 %).
    pub fn percent_scaled(&self, decimals: u32) -> u128 {
        Ratio {
            num: self.num.saturating_mul(100),
            den: self.den,
        }
        .round_half_up_scaled(decimals)
    }
}

impl PartialEq for Ratio {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Ratio {}

impl PartialOrd for Ratio {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ratio {
    fn cmp(&self, other: &Self) -> Ordering {
        // a/b ? c/d  ⇔  a·d ? c·b. Operands stay far below 2^64 within SPEC's limits, so the
        // products fit in u128; `widening_cmp` guards the general case anyway.
        widening_cmp(self.num, other.den, other.num, self.den)
    }
}

/// Compare `a·b` with `c·d` exactly, without overflow, for any `u128` operands.
pub fn widening_cmp(a: u128, b: u128, c: u128, d: u128) -> Ordering {
    match (a.checked_mul(b), c.checked_mul(d)) {
        (Some(x), Some(y)) => x.cmp(&y),
        _ => {
            let (xh, xl) = wide_mul(a, b);
            let (yh, yl) = wide_mul(c, d);
            xh.cmp(&yh).then(xl.cmp(&yl))
        }
    }
}

/// Full 256-bit product of two u128 as (high, low).
fn wide_mul(a: u128, b: u128) -> (u128, u128) {
    const MASK: u128 = u64::MAX as u128;
    let (a1, a0) = (a >> 64, a & MASK);
    let (b1, b0) = (b >> 64, b & MASK);
    let p00 = a0 * b0;
    let p01 = a0 * b1;
    let p10 = a1 * b0;
    let p11 = a1 * b1;
    let mid = (p00 >> 64) + (p01 & MASK) + (p10 & MASK);
    let low = (p00 & MASK) | (mid << 64);
    let high = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
    (high, low)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floor_ceil_round() {
        let r = Ratio::new(29_76, 100).unwrap();
        assert_eq!(r.floor(), 29);
        assert_eq!(r.ceil(), 30);
        assert_eq!(r.round_half_up_scaled(1), 298);
        let half = Ratio::new(1, 2).unwrap();
        assert_eq!(half.round_half_up_scaled(0), 1);
        assert_eq!(Ratio::new(93, 695).unwrap().percent_scaled(1), 134);
    }

    #[test]
    fn zero_denominator_is_none() {
        assert!(Ratio::new(1, 0).is_none());
    }

    #[test]
    fn compare_exact_and_huge() {
        assert!(Ratio::new(1, 3).unwrap() < Ratio::new(34, 100).unwrap());
        assert_eq!(Ratio::new(2, 4).unwrap(), Ratio::new(1, 2).unwrap());
        let big = u128::MAX / 3;
        assert_eq!(
            widening_cmp(big, big - 1, big - 1, big),
            std::cmp::Ordering::Equal
        );
        assert_eq!(
            widening_cmp(big, big, big - 1, big),
            std::cmp::Ordering::Greater
        );
    }
}
