//! Shared by the unit tests of `apportion` and `ratio`: an independent 256-bit product and a
//! deterministic xorshift source (no dependency on rand).

/// `a·b` as 256 bits `(high, low)`, by schoolbook multiplication of 32-bit limbs: a reference
/// for `ratio::wide_mul` and `apportion::mul_div_rem` that shares no code with them.
pub fn wide_reference(a: u128, b: u128) -> (u128, u128) {
    let limbs = |x: u128| [0, 32, 64, 96].map(|s| (x >> s) as u32 as u128);
    let (al, bl) = (limbs(a), limbs(b));
    let mut acc = [0u128; 8];
    for i in 0..4 {
        for j in 0..4 {
            acc[i + j] += al[i] * bl[j]; // < 2^64 each, at most 4 per slot
        }
    }
    let (mut out, mut carry) = ([0u128; 8], 0u128);
    for k in 0..8 {
        let v = acc[k] + carry;
        out[k] = v & 0xffff_ffff;
        carry = v >> 32;
    }
    let join = |l: &[u128]| l.iter().rev().fold(0u128, |x, &d| (x << 32) | d);
    (join(&out[4..]), join(&out[..4]))
}

/// A 128-bit xorshift sequence from `seed`.
pub fn xorshift(mut s: u128) -> impl FnMut() -> u128 {
    move || {
        s ^= s << 23;
        s ^= s >> 17;
        s ^= s << 26;
        s
    }
}
