#!/usr/bin/env bash
# Mutation testing of the calculation core (evt-core) with cargo-mutants: every mutant the
# tests do not catch is a line whose behaviour no test pins down. See docs/mutants.md for
# the last measured figures and the mutants left on purpose.
#
#   scripts/mutants.sh                          # the whole core (about 1,400 mutants: hours)
#   scripts/mutants.sh core/src/apportion.rs    # one or more files (cargo mutants --file)
#
# Not part of scripts/test.sh or CI: it builds and tests the core once per mutant.
# Needs `cargo install cargo-mutants --locked` (crates.io). Runs in cargo-mutants' default
# copy mode (a scratch copy of the tree), so the working tree is never touched.
#
# Environment: MUTANTS_JOBS (parallel builds, default 1), MUTANTS_TIMEOUT (seconds per test
# run, default 90), MUTANTS_OUT (output folder, default artifacts/mutants; the report is
# MUTANTS_OUT/mutants.out/: caught.txt, missed.txt, timeout.txt, unviable.txt, outcomes.json),
# PROPTEST_CASES (cases per property, default 200 instead of 10,000) and LINK_FUZZ_CASES
# (link robustness cases, default 20,000 instead of 1,000,000): the properties still run,
# with fewer cases, so one mutant takes seconds instead of minutes. Extra cargo-mutants
# options go after `--`, e.g. `scripts/mutants.sh core/src/ratio.rs -- --list`.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
exec </dev/null

command -v cargo-mutants >/dev/null ||
  die "cargo-mutants is not installed: cargo install cargo-mutants --locked"

export PROPTEST_CASES="${PROPTEST_CASES:-200}"
export LINK_FUZZ_CASES="${LINK_FUZZ_CASES:-20000}"
# No debug info in the scratch build: every mutant relinks ten test binaries.
export CARGO_PROFILE_TEST_DEBUG="${CARGO_PROFILE_TEST_DEBUG:-0}"
out="${MUTANTS_OUT:-artifacts/mutants}"
mkdir -p "$out"

args=(
  --package evt-core
  --jobs "${MUTANTS_JOBS:-1}"
  --timeout "${MUTANTS_TIMEOUT:-90}"
  --build-timeout 600
  --output "$out"
  --no-shuffle
  # The benchmark binary has no behaviour to test (it prints timings).
  --exclude core/src/bin/bench_core.rs
)
while (($# > 0)); do
  if [[ $1 == -- ]]; then
    shift
    args+=("$@")
    break
  fi
  args+=(--file "$1")
  shift
done

log "cargo mutants ${args[*]} (PROPTEST_CASES=$PROPTEST_CASES LINK_FUZZ_CASES=$LINK_FUZZ_CASES)"
status=0
cargo mutants "${args[@]}" || status=$?
# cargo-mutants exits 2 when mutants were missed, 3 on timeouts, 4 when the tests fail
# without any mutation.
for kind in caught missed timeout unviable; do
  f="$out/mutants.out/$kind.txt"
  if [[ -f $f ]]; then printf '%-9s %5d\n' "$kind" "$(wc -l <"$f")"; fi
done
exit "$status"
