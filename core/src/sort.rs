//! One stable sort for the views' orderings (summary, results table, chart, its table): the
//! positions `0..n` ordered by a comparator given as `&dyn Fn`, so the first wasm module holds
//! one sort instead of one standard-library sort per element type (each about 4 KB; see
//! docs/performance.md "ranked cuts"). A merge sort: O(n log n), stable.
use std::cmp::Ordering;

/// The positions `0..n` in the order `cmp` gives them; equal positions keep their order.
pub fn stable_order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut buffer = order.clone();
    merge_sort(&mut order, &mut buffer, cmp);
    order
}

fn merge_sort(v: &mut [usize], buf: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    let n = v.len();
    if n <= 12 {
        // Insertion sort for short runs (stable: only strictly greater elements move).
        for i in 1..n {
            let mut j = i;
            while j > 0 && cmp(v[j - 1], v[j]) == Ordering::Greater {
                v.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    let mid = n / 2;
    {
        let (left, right) = v.split_at_mut(mid);
        let (lb, rb) = buf.split_at_mut(mid);
        merge_sort(left, lb, cmp);
        merge_sort(right, rb, cmp);
    }
    if cmp(v[mid - 1], v[mid]) != Ordering::Greater {
        return;
    }
    buf[..n].copy_from_slice(v);
    let (mut i, mut j) = (0, mid);
    for slot in v.iter_mut() {
        // Take from the left run unless the right one is strictly smaller (stability).
        let take_left = j >= n || (i < mid && cmp(buf[j], buf[i]) != Ordering::Less);
        if take_left {
            *slot = buf[i];
            i += 1;
        } else {
            *slot = buf[j];
            j += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::stable_order;

    #[test]
    fn agrees_with_the_standard_stable_sort() {
        // Many lengths and key ranges (ties keep their order).
        let mut seed = 0x2545_f491_u64;
        for n in [0, 1, 2, 3, 12, 13, 14, 40, 342, 1000] {
            for range in [1, 3, 50, 1_000_000] {
                let keys: Vec<u64> = (0..n)
                    .map(|_| {
                        seed ^= seed << 13;
                        seed ^= seed >> 7;
                        seed ^= seed << 17;
                        seed % range
                    })
                    .collect();
                let ours = stable_order(n, &|a, b| keys[a].cmp(&keys[b]));
                let mut std: Vec<usize> = (0..n).collect();
                std.sort_by(|&a, &b| keys[a].cmp(&keys[b]));
                assert_eq!(ours, std, "n {n}, range {range}");
            }
        }
    }
}
