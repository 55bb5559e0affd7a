#!/usr/bin/env bash
# Benchmark (prints figures beside their budgets; it does not pass or fail on them):
#   1. dist/ sizes: every asset raw and gzip -9, and the first load of / (the page and the
#      files it names, without the full module loaded on demand; budget 150 KB gz)
#   2. browser (e2e/bench.mjs): load -> first results, edit -> repaint p50/p95
#      (budgets: Twente p95 <= 4 ms, 342 municipalities p95 <= 16 ms), and the growth view of
#      342 municipalities over 30 years: edit -> repaint p50/p95 (budget p95 <= 16 ms)
#   3. Lighthouse (e2e/lighthouse.mjs): what users feel on a mid-range phone (mobile preset,
#      simulated slow 4G and 4x CPU), for / and /uitleg/, the median of LH_RUNS runs:
#      performance >= 0.95, LCP <= 1.5 s, TBT <= 150 ms, CLS <= 0.02, accessibility and
#      best practices 1.0, no main-thread task over 200 ms; also every wasm raw/gzip/brotli
#      (first-view wasm gzipped <= 300 KB) and HTML + CSS before first paint (<= 30 KB gz).
#      Full reports in artifacts/lighthouse/<page>-<run>.json.
#   4. core timings: cargo run --profile bench-native (or --release) -p evt-core --bin bench-core
#      (budget: 342 municipalities <= 100 µs)
#
# Environment: BENCH_URL_342, BENCH_URL_GROWTH, BENCH_EDITS (default 250), BENCH_LOAD_RUNS
# (default 15), BENCH_ONLY=growth (the growth path only: sizes, e2e/bench.mjs's growth part
# and the core timings; no Lighthouse), BENCH_ONLY=lighthouse (only the dist/ sizes and
# Lighthouse), BENCH_SKIP_BUILD=1 to reuse an existing dist/, BENCH_ROOT=DIR to build into
# and measure another folder than dist/ (with BENCH_SKIP_BUILD=1: an existing
# `trunk build --release --dist DIR`). Lighthouse: LH_RUNS (runs per page, default 3),
# LH_PAGES (default "/,/uitleg/"), LH_ROOT (its folder; default BENCH_ROOT, else dist).
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
exec </dev/null

BENCH_ONLY="${BENCH_ONLY:-}"
case "$BENCH_ONLY" in
  "" | growth | lighthouse) ;;
  *) die "BENCH_ONLY=$BENCH_ONLY: use growth or lighthouse (or leave it unset for everything)" ;;
esac

"$REPO_ROOT/scripts/setup.sh"

dist="${BENCH_ROOT:-dist}"
dist="${dist%/}"
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  log "trunk build --release --dist $dist"
  trunk build --release --dist "$dist" >"$REPO_ROOT/target/bench-trunk-build.log" 2>&1 \
    || { tail -n 40 "$REPO_ROOT/target/bench-trunk-build.log" >&2; die "trunk build --release failed"; }
fi
[[ -f "$dist/index.html" ]] || die "$dist/index.html missing: run without BENCH_SKIP_BUILD (or set BENCH_ROOT)"

BUDGET_FIRST_LOAD_GZ=150000 # bytes (150 KB)

echo
log "Size of $dist/ (* = part of the first load of /: the page and what it names, but not the"
log "full module, which loads when a view of its own is opened, nor uitleg/, its module and sw.js)"
printf '  %-44s %12s %12s\n' "file" "raw bytes" "gzip -9"
# What index.html names (href, src, meta content), without the full module's and the
# explanation page's module's files (/uitleg/ starts that one).
first_load="$(grep -o '<[a-z]* [^>]*>' "$dist/index.html" | grep -v 'name="evt-\(full\|uitleg\)-' \
  | grep -o '\(href\|src\|content\)="/[^"]*"' | sed 's/^[a-z]*="\/\(.*\)"$/\1/' | sort -u)"
raw_total=0
gz_total=0
first_gz=0
while IFS= read -r -d '' file; do
  raw="$(wc -c <"$file")"
  gz="$(gzip -9 -c "$file" | wc -c)"
  raw_total=$((raw_total + raw))
  gz_total=$((gz_total + gz))
  rel="${file#"$dist"/}"
  mark=""
  if [[ "$rel" == index.html ]] || grep -qxF "$rel" <<<"$first_load"; then
    mark=" *"
    first_gz=$((first_gz + gz))
  fi
  printf '  %-44s %12d %12d\n' "$rel$mark" "$raw" "$gz"
done < <(find "$dist" -type f -not -path '*/.stage/*' -print0 | sort -z)
printf '  %-44s %12d %12d\n' "total" "$raw_total" "$gz_total"
verdict="within budget"
((first_gz <= BUDGET_FIRST_LOAD_GZ)) || verdict="OVER BUDGET"
awk -v gz="$first_gz" -v b="$BUDGET_FIRST_LOAD_GZ" -v v="$verdict" \
  'BEGIN { printf "  first load of / gzipped (*): %.1f KB | budget <= %.0f KB: %s\n", gz / 1000, b / 1000, v }'

if [[ "$BENCH_ONLY" != lighthouse ]]; then
  echo
  log "Browser benchmark (e2e/bench.mjs)"
  node e2e/bench.mjs || warn "browser benchmark failed (see above)"
fi

if [[ "$BENCH_ONLY" != growth ]]; then
  echo
  log "Lighthouse (e2e/lighthouse.mjs)"
  LH_ROOT="${LH_ROOT:-$dist}" node e2e/lighthouse.mjs || warn "Lighthouse benchmark failed (see above)"
fi

[[ "$BENCH_ONLY" != lighthouse ]] || exit 0

echo
# Native timing at opt-level 3 when Cargo.toml defines the `bench-native` profile (the
# release profile is tuned for wasm size); otherwise plain --release.
if grep -q '^\[profile\.bench-native\]' Cargo.toml; then
  core_profile=(--profile bench-native)
else
  core_profile=(--release)
fi
log "Core benchmark: cargo run ${core_profile[*]} -p evt-core --bin bench-core"
echo "  budget: 342 municipalities <= 100 µs per calculation"
if cargo run --quiet "${core_profile[@]}" -p evt-core --bin bench-core 2>"$REPO_ROOT/target/bench-core.log" | sed 's/^/  /'; then
  :
else
  tail -n 30 "$REPO_ROOT/target/bench-core.log" >&2
  warn "bench-core failed (see above)"
fi
