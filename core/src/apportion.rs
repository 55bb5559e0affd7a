//! Turning fractional shares into whole people (SPEC "Apportionment", method 4 "Households
//! with a cap").
//!
//! `apportion` is the largest-remainder (Hamilton) method in exact integer arithmetic:
//! quota `q_i = U·w_i/Σw`, everybody gets `⌊q_i⌋`, the rest go one each to the largest
//! remainders; ties go to the larger weight, then to the earlier municipality in the list.
//! `apportion_capped` is the water-filling variant in which nobody exceeds a capacity.

use crate::ratio::Ratio;
use std::cmp::Reverse;

/// Why an apportionment could not be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApportionError {
    /// All weights are zero (or there are none): there is nothing to weigh by.
    ZeroTotalWeight,
}

/// Largest-remainder apportionment of `total` over `weights`.
///
/// The result has the length of `weights`, sums to `total` exactly, and each entry is within
/// one of its exact quota (`⌊q_i⌋` or `⌊q_i⌋ + 1`; exactly `q_i` when that is whole).
pub fn apportion(total: u64, weights: &[u128]) -> Result<Vec<u64>, ApportionError> {
    let sum: u128 = weights.iter().fold(0u128, |acc, w| acc.saturating_add(*w));
    if sum == 0 {
        return Err(ApportionError::ZeroTotalWeight);
    }
    let total128 = u128::from(total);
    let max_w = weights.iter().copied().max().unwrap_or(0);
    let fits_u64 = u64::try_from(sum).is_ok()
        && max_w
            .checked_mul(total128)
            .is_some_and(|p| u64::try_from(p).is_ok());
    if fits_u64 {
        // Fast path: 64-bit arithmetic and 24-byte sort keys instead of 128-bit ones;
        // realistic regions (and growth paths of them) stay within it.
        let sum64 = sum as u64;
        let (mut result, mut keys) = (
            Vec::with_capacity(weights.len()),
            Vec::with_capacity(weights.len()),
        );
        let mut given: u64 = 0;
        for (i, &w) in weights.iter().enumerate() {
            let p = (w as u64) * total;
            let (floor, rem) = (p / sum64, p % sum64);
            given += floor;
            result.push(floor);
            keys.push(((Reverse(rem), Reverse(w as u64)), i));
        }
        add_to_largest_remainders(&mut result, &mut keys, total - given);
        Ok(result)
    } else {
        let (mut result, mut keys) = (
            Vec::with_capacity(weights.len()),
            Vec::with_capacity(weights.len()),
        );
        let mut given: u128 = 0;
        for (i, &w) in weights.iter().enumerate() {
            let (floor, rem) = mul_div_rem(total128, w, sum);
            given += floor;
            // floor ≤ total, so it fits in u64.
            result.push(u64::try_from(floor).unwrap_or(u64::MAX));
            keys.push(((Reverse(rem), Reverse(w)), i));
        }
        add_to_largest_remainders(
            &mut result,
            &mut keys,
            u64::try_from(total128 - given).unwrap_or(u64::MAX),
        );
        Ok(result)
    }
}

/// One more for each of the `left` entries first in the order of `keys`: `(key, index)`,
/// where the key puts the larger remainder first, then the larger weight, and the index
/// breaks the remaining ties in favour of the earlier position. Only the set of the first
/// `left` matters, so a selection (O(n)) replaces a full sort.
fn add_to_largest_remainders<K: Ord>(result: &mut [u64], keys: &mut [(K, usize)], left: u64) {
    let left = usize::try_from(left).unwrap_or(usize::MAX);
    if left > 0 && left <= keys.len() {
        keys.select_nth_unstable(left - 1);
        for (_, i) in &keys[..left] {
            result[*i] += 1;
        }
    }
}

/// The exact quota `total·w/sum` of one entry (for explanations: "800 × 10.625 / 285.625").
pub fn quota(total: u64, weight: u128, sum: u128) -> Option<Ratio> {
    Ratio::new(u128::from(total).checked_mul(weight)?, sum)
}

/// `(⌊a·b/c⌋, a·b mod c)` for `a ≤ 2^64`; exact even when `a·b` would overflow `u128`.
fn mul_div_rem(a: u128, b: u128, c: u128) -> (u128, u128) {
    match a.checked_mul(b) {
        Some(p) => (p / c, p % c),
        None => {
            // b = qb·c + rb, so a·b = a·qb·c + a·rb; a·rb < a·c. With a ≤ 2^64 and the
            // SPEC's limits (Σw < 2^70) a·rb fits; split once more to stay safe beyond.
            let (qb, rb) = (b / c, b % c);
            let hi = a * qb;
            match a.checked_mul(rb) {
                Some(p) => (hi + p / c, p % c),
                None => {
                    // Long multiplication by bits: (a·rb) mod c and ⌊a·rb/c⌋ without overflow.
                    let mut q: u128 = 0;
                    let mut r: u128 = 0;
                    for bit in (0..128).rev() {
                        // r = 2r (+ rb if bit set) mod c, tracking quotient.
                        q <<= 1;
                        let (r2, o) = r.overflowing_add(r);
                        r = r2;
                        if o || r >= c {
                            r = r.wrapping_sub(c);
                            q += 1;
                        }
                        if (a >> bit) & 1 == 1 {
                            let (r3, o) = r.overflowing_add(rb);
                            r = r3;
                            if o || r >= c {
                                r = r.wrapping_sub(c);
                                q += 1;
                            }
                        }
                    }
                    (hi + q, r)
                }
            }
        }
    }
}

/// The result of a capped apportionment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Capped {
    /// People per entry; never above its capacity.
    pub targets: Vec<u64>,
    /// Whether the entry is filled to its capacity by the water level.
    pub saturated: Vec<bool>,
    /// People that could not be placed within the capacities.
    pub unplaced: u64,
    /// People shared pro rata among the entries below their capacity (the water level is
    /// `shared / shared_weight` per unit of weight).
    pub shared: u64,
    /// Total weight of the entries below their capacity.
    pub shared_weight: u128,
}

/// Water-filling: distribute `total` pro rata to `weights`, but never above `capacity`.
///
/// If the capacities together hold no more than `total`, everybody gets exactly their
/// capacity and the rest is unplaced. Otherwise the water level λ with
/// `Σ min(K_i, λ·w_i) = total` is found exactly; entries with `λ·w_i ≥ K_i` get `K_i`, the
/// others share the remaining people by largest remainder in proportion to their weights.
/// Entries of weight 0 never receive more than 0 in that case; if only such entries have
/// room left, the rest is unplaced.
pub fn apportion_capped(total: u64, weights: &[u128], capacity: &[u64]) -> Capped {
    let n = weights.len().min(capacity.len());
    let cap_sum: u128 = capacity[..n].iter().map(|&k| u128::from(k)).sum();
    if cap_sum <= u128::from(total) {
        return Capped {
            targets: capacity[..n].to_vec(),
            saturated: vec![true; n],
            unplaced: total - u64::try_from(cap_sum).unwrap_or(total),
            shared: 0,
            shared_weight: 0,
        };
    }
    let mut saturated = vec![false; n];
    let mut active: Vec<usize> = (0..n).filter(|&i| weights[i] > 0).collect();
    let mut left = u128::from(total);
    loop {
        let wsum: u128 = active.iter().map(|&i| weights[i]).sum();
        if wsum == 0 {
            break;
        }
        // λ = left / wsum; saturated when λ·w_i ≥ K_i ⇔ left·w_i ≥ K_i·wsum.
        let (full, rest): (Vec<usize>, Vec<usize>) = active.iter().partition(|&&i| {
            crate::ratio::widening_cmp(left, weights[i], u128::from(capacity[i]), wsum)
                != std::cmp::Ordering::Less
        });
        if full.is_empty() {
            break;
        }
        for &i in &full {
            saturated[i] = true;
            left -= u128::from(capacity[i]);
        }
        active = rest;
    }
    let mut targets: Vec<u64> = (0..n)
        .map(|i| if saturated[i] { capacity[i] } else { 0 })
        .collect();
    let left64 = u64::try_from(left).unwrap_or(u64::MAX);
    let active_weights: Vec<u128> = active.iter().map(|&i| weights[i]).collect();
    let shared_weight = active_weights.iter().sum();
    let unplaced = match apportion(left64, &active_weights) {
        Ok(shares) => {
            for (&i, s) in active.iter().zip(shares) {
                targets[i] = s;
            }
            0
        }
        Err(ApportionError::ZeroTotalWeight) => left64,
    };
    Capped {
        targets,
        saturated,
        unplaced,
        shared: left64 - unplaced,
        shared_weight,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_largest_remainder() {
        // Quotas 3.333.., 3.333.., 3.333.. → ties broken by position.
        assert_eq!(apportion(10, &[1, 1, 1]).unwrap(), vec![4, 3, 3]);
        // Quotas 5.714, 4.286 → 6, 4.
        assert_eq!(apportion(10, &[4, 3]).unwrap(), vec![6, 4]);
    }

    #[test]
    fn tie_prefers_larger_weight_then_earlier() {
        // Weights 1 and 3 of 4, total 2: quotas 0.5 and 1.5 → equal remainders; larger
        // weight wins the extra person.
        assert_eq!(apportion(2, &[1, 3]).unwrap(), vec![0, 2]);
        assert_eq!(apportion(2, &[3, 1]).unwrap(), vec![2, 0]);
        // Equal weights: earlier first.
        assert_eq!(apportion(1, &[5, 5]).unwrap(), vec![1, 0]);
    }

    #[test]
    fn zero_weights() {
        assert_eq!(
            apportion(3, &[0, 0]).unwrap_err(),
            ApportionError::ZeroTotalWeight
        );
        assert_eq!(
            apportion(3, &[]).unwrap_err(),
            ApportionError::ZeroTotalWeight
        );
        assert_eq!(apportion(3, &[0, 2, 0]).unwrap(), vec![0, 3, 0]);
        assert_eq!(apportion(0, &[1, 2]).unwrap(), vec![0, 0]);
    }

    #[test]
    fn mul_div_rem_matches_naive_and_handles_overflow() {
        assert_eq!(mul_div_rem(10, 7, 3), (23, 1));
        let a = u128::from(u64::MAX);
        let b = u128::MAX / 5;
        let c = u128::MAX / 7;
        let (q, r) = mul_div_rem(a, b, c);
        // Check q·c + r = a·b using wide arithmetic via comparison of parts.
        assert!(r < c);
        // a·b/c ≈ a·7/5
        assert!(q > a && q < a * 2);
    }

    use crate::test_support::{wide_reference as wide, xorshift};

    /// `(high, low) + r` as 256 bits.
    fn wide_add((h, l): (u128, u128), r: u128) -> (u128, u128) {
        let (l2, o) = l.overflowing_add(r);
        (h + u128::from(o), l2)
    }

    /// `mul_div_rem(a, b, c)` is the exact `(⌊a·b/c⌋, a·b mod c)`: `q·c + r = a·b`, `r < c`.
    fn check_mul_div_rem(a: u128, b: u128, c: u128) {
        let (q, r) = mul_div_rem(a, b, c);
        assert!(r < c, "remainder {r} not below {c} for {a}·{b}");
        assert_eq!(
            wide_add(wide(q, c), r),
            wide(a, b),
            "{a}·{b}/{c} gave ({q}, {r})"
        );
    }

    #[test]
    fn wide_reference_is_right() {
        assert_eq!(wide(u128::MAX, u128::MAX), (u128::MAX - 1, 1));
        assert_eq!(wide(1 << 64, 1 << 64), (1, 0));
        assert_eq!(wide(12345, 678), (0, 12345 * 678));
    }

    #[test]
    fn mul_div_rem_is_exact_on_every_branch() {
        let a64 = u128::from(u64::MAX);
        let cases: &[(u128, u128, u128)] = &[
            // a·b fits.
            (10, 7, 3),
            (0, u128::MAX, 5),
            // a·b overflows, a·(b mod c) fits: b = qb·c + rb with qb ≥ 1.
            (1 << 64, (1 << 70) + 5, (1 << 65) + 1),
            (a64, u128::MAX / 3, 1 << 64),
            (a64, (1 << 100) + 12345, (1 << 63) + 7),
            (1 << 64, 1 << 127, 1 << 66),
            // a·(b mod c) overflows: the long multiplication by bits, b < c (apportion's case).
            (a64, u128::MAX / 5, u128::MAX / 7),
            (a64, u128::MAX - 1, u128::MAX),
            (a64, (1 << 127) + 3, (1 << 127) + 5),
            (1 << 64, (1 << 126) + 99, (1 << 126) + 100),
            (a64 - 12, 3 << 125, (3 << 125) + 1),
            // … and with qb ≥ 1 as well.
            (a64, u128::MAX, (1 << 127) + 1),
            (a64, u128::MAX - 7, u128::MAX / 2 + 3),
            // Doubling reaches exactly c (r = c/2 doubled), with a·rb overflowing.
            (6, (1 << 126) + 1, (1 << 127) + 2),
            (5, (1 << 126) + 1, (1 << 127) + 2),
            // Adding rb reaches exactly c: c = 3m, rb = m, a = 9.
            (9, 1 << 126, 3 << 126),
            (a64, 1 << 126, 3 << 126),
            // Doubling and adding overflow u128 itself (c > 2^127).
            (a64, u128::MAX - 2, u128::MAX - 1),
            (0b1011 << 60, (u128::MAX >> 1) + 17, u128::MAX - 3),
        ];
        for &(a, b, c) in cases {
            check_mul_div_rem(a, b, c);
        }
        // A deterministic spread over all three branches (xorshift; no dependency on rand).
        let mut next = xorshift(0x9E37_79B9_7F4A_7C15_F39C_C060_5CED_C835);
        for _ in 0..2000 {
            let a = next() >> (64 + (next() % 64) as u32);
            let c = (next() >> (next() % 120) as u32).max(1);
            // b ≤ c (a weight never exceeds its sum), or a small multiple of c beyond it.
            let b = match next() % 3 {
                0 => next() % c,
                1 => c - 1 - (next() % 4).min(c - 1),
                _ => (next() % c).saturating_add(c.saturating_mul(next() % 8)),
            };
            check_mul_div_rem(a, b, c);
        }
    }

    #[test]
    fn apportion_beyond_64_bits_matches_the_exact_quota() {
        // Σw beyond u64 takes the 128-bit path; the floors must be those of the exact quota.
        let weights: Vec<u128> = vec![(1 << 100) + 3, (1 << 99) + 1, 7, (1 << 101) - 11];
        let total = u64::MAX - 5;
        let sum: u128 = weights.iter().sum();
        let got = apportion(total, &weights).unwrap();
        assert_eq!(
            got.iter().map(|&x| u128::from(x)).sum::<u128>(),
            u128::from(total)
        );
        for (&w, &g) in weights.iter().zip(&got) {
            let (floor, rem) = mul_div_rem(u128::from(total), w, sum);
            assert!(u128::from(g) == floor || (u128::from(g) == floor + 1 && rem > 0));
        }
        // Weight 7 of ~2^101.8 gets nothing; the others' remainders decide the extra ones.
        assert_eq!(got[2], 0);
    }

    #[test]
    fn quota_is_the_exact_fraction_and_none_only_on_overflow() {
        let q = quota(800, 10_625, 285_625).unwrap();
        assert_eq!((q.num(), q.den()), (8_500_000, 285_625));
        assert_eq!(q.floor(), 29);
        assert_eq!(quota(0, 5, 7).unwrap().num(), 0);
        assert!(quota(1, 5, 0).is_none());
        assert!(quota(u64::MAX, u128::MAX, 1).is_none());
    }

    #[test]
    fn largest_remainders_take_exactly_the_first_left_keys() {
        // Keys sort ascending: the smallest `left` keys get one more, whatever their order.
        let keys = [(5, 0), (1, 1), (4, 2), (2, 3), (3, 4)];
        for (left, expected) in [
            (0, [0, 0, 0, 0, 0]),
            (1, [0, 1, 0, 0, 0]),
            (3, [0, 1, 0, 1, 1]),
            (4, [0, 1, 1, 1, 1]),
            // Everybody (the edge `apportion` itself never reaches: its remainders sum to
            // less than one per entry).
            (5, [1, 1, 1, 1, 1]),
            // More than there are: nothing (never asked for).
            (6, [0, 0, 0, 0, 0]),
        ] {
            let mut result = vec![0u64; 5];
            let mut k = keys;
            add_to_largest_remainders(&mut result, &mut k, left);
            assert_eq!(result, expected, "left = {left}");
        }
    }

    #[test]
    fn capped_all_capacities_short() {
        let c = apportion_capped(100, &[1, 1], &[10, 20]);
        assert_eq!(c.targets, vec![10, 20]);
        assert_eq!(c.unplaced, 70);
    }

    #[test]
    fn capped_water_filling() {
        // Weights 1:1:2 of 8 people, capacity of the first only 1.
        let c = apportion_capped(8, &[1, 1, 2], &[1, 10, 10]);
        assert_eq!(c.targets, vec![1, 2, 5]);
        assert_eq!(c.saturated, vec![true, false, false]);
        assert_eq!(c.unplaced, 0);
    }

    #[test]
    fn capped_zero_weight_is_never_full_even_without_capacity() {
        // The water level never reaches an entry of weight 0: not "full", even at capacity 0
        // (where λ·0 ≥ 0 would hold), and it gets nobody.
        let c = apportion_capped(10, &[1, 0, 1], &[3, 0, 100]);
        assert_eq!(c.targets, vec![3, 0, 7]);
        assert_eq!(c.saturated, vec![true, false, false]);
        assert_eq!((c.shared, c.shared_weight, c.unplaced), (7, 1, 0));
    }

    #[test]
    fn capped_only_zero_weight_room_left() {
        let c = apportion_capped(10, &[1, 0], &[3, 100]);
        assert_eq!(c.targets, vec![3, 0]);
        assert_eq!(c.unplaced, 7);
    }
}
