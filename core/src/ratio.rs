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

    use crate::test_support::{wide_reference as reference, xorshift};

    /// Deterministic xorshift values spread over all magnitudes.
    fn spread(n: usize) -> Vec<u128> {
        let mut next = xorshift(0x2545_F491_4F6C_DD1D_9E37_79B9_7F4A_7C15);
        (0..n)
            .map(|_| {
                let s = next();
                s >> (s % 128) as u32
            })
            .collect()
    }

    #[test]
    fn wide_mul_is_the_full_product() {
        let edges = [
            0,
            1,
            2,
            u128::from(u64::MAX),
            1 << 64,
            (1 << 64) + 1,
            u128::MAX,
        ];
        for &a in &edges {
            for &b in &edges {
                assert_eq!(wide_mul(a, b), reference(a, b), "{a}·{b}");
            }
        }
        let v = spread(400);
        for w in v.windows(2) {
            assert_eq!(
                wide_mul(w[0], w[1]),
                reference(w[0], w[1]),
                "{}·{}",
                w[0],
                w[1]
            );
        }
    }

    #[test]
    fn widening_cmp_agrees_with_the_full_products() {
        let v = spread(600);
        for w in v.windows(4) {
            let (a, b, c, d) = (w[0], w[1], w[2], w[3]);
            assert_eq!(
                widening_cmp(a, b, c, d),
                reference(a, b).cmp(&reference(c, d))
            );
            // Equal products written differently, and neighbours of them, also overflowing.
            assert_eq!(widening_cmp(a, b, b, a), Ordering::Equal);
            let d1 = b.saturating_add(1);
            assert_eq!(
                widening_cmp(a, b, a, d1),
                reference(a, b).cmp(&reference(a, d1))
            );
            assert_eq!(
                widening_cmp(a, d1, a, b),
                reference(a, d1).cmp(&reference(a, b))
            );
        }
        // Same high half, different low half (and the other way round).
        let big = 1u128 << 100;
        assert_eq!(widening_cmp(big, big, big, big + 1), Ordering::Less);
        assert_eq!(widening_cmp(big, big + 1, big, big), Ordering::Greater);
        assert_eq!(widening_cmp(u128::MAX, 2, 2, u128::MAX), Ordering::Equal);
        assert_eq!(widening_cmp(u128::MAX, 2, 3, 1), Ordering::Greater);
        assert_eq!(widening_cmp(3, 1, u128::MAX, 2), Ordering::Less);
    }

    #[test]
    fn accessors_whole_and_ordering() {
        let r = Ratio::new(7, 3).unwrap();
        assert_eq!((r.num(), r.den()), (7, 3));
        let w = Ratio::whole(5);
        assert_eq!((w.num(), w.den()), (5, 1));
        assert_eq!((w.floor(), w.ceil()), (5, 5));
        assert_eq!(Ratio::new(6, 3).unwrap().ceil(), 2);
        assert_eq!(Ratio::new(0, 3).unwrap().ceil(), 0);
        assert!(w > r);
        assert!(r < w);
        assert_ne!(r, w);
        assert_eq!(r.partial_cmp(&w), Some(Ordering::Less));
        assert_eq!(w.cmp(&r), Ordering::Greater);
        assert_eq!(Ratio::new(10, 2).unwrap(), w);
        assert_eq!(Ratio::new(u128::MAX, u128::MAX).unwrap(), Ratio::whole(1));
        assert!(Ratio::new(u128::MAX, u128::MAX - 1).unwrap() > Ratio::whole(1));
    }

    #[test]
    fn rounding_half_up_at_the_boundary_and_saturating() {
        // 0.145 → 0.15 (half up); 0.14499.. → 0.14; 0.14 exactly stays.
        assert_eq!(Ratio::new(145, 1000).unwrap().round_half_up_scaled(2), 15);
        assert_eq!(
            Ratio::new(14_499, 100_000).unwrap().round_half_up_scaled(2),
            14
        );
        assert_eq!(Ratio::new(14, 100).unwrap().round_half_up_scaled(2), 14);
        assert_eq!(Ratio::new(1, 3).unwrap().round_half_up_scaled(0), 0);
        assert_eq!(Ratio::new(2, 3).unwrap().round_half_up_scaled(0), 1);
        assert_eq!(Ratio::new(5, 1).unwrap().round_half_up_scaled(3), 5000);
        // 13.45 % and 13.4499 % with one decimal.
        assert_eq!(Ratio::new(1345, 10_000).unwrap().percent_scaled(1), 135);
        assert_eq!(
            Ratio::new(134_499, 1_000_000).unwrap().percent_scaled(1),
            134
        );
        assert_eq!(Ratio::new(1, 8).unwrap().percent_scaled(0), 13);
        assert_eq!(Ratio::new(1, 8).unwrap().percent_scaled(2), 1250);
        // Absurd scales saturate instead of overflowing (and never panic).
        let huge = Ratio::new(u128::MAX, 1).unwrap();
        assert_eq!(huge.round_half_up_scaled(40), u128::MAX / 2);
        assert_eq!(huge.percent_scaled(0), u128::MAX / 2);
        assert_eq!(
            Ratio::new(1, 1).unwrap().round_half_up_scaled(39),
            u128::MAX / 2
        );
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
