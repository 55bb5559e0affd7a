#!/usr/bin/env bash
# Sets up the toolchain (scripts/setup.sh), then runs every gate and test:
#
#   fmt          cargo fmt --all -- --check
#   clippy       cargo clippy --workspace --all-targets -- -D warnings           (native)
#   clippy-wasm  cargo clippy -p evt-app -p evt-core --target wasm32 -- -D warnings (and
#                -p evt-app --features full / explanation: the other two modules)
#   cargo-test   cargo test --workspace
#   build        trunk build --release (+ scripts/post-build.sh)        -> dist/
#   e2e          Playwright in headless Debian Chromium against dist/ (e2e/tests/)
#   webkit       the core journeys in WebKitGTK over WebDriver (e2e/webdriver/), same dist/
#   firefox      the same journeys in Firefox ESR (geckodriver); both engines run at once
#
# Every phase runs even when an earlier one failed (except the browser phases, which need
# the build), so one run reports everything. Logs: artifacts/logs/<phase>.log. The last line is
# "total: N passed, N failed" (cargo tests + e2e tests + one per gate); the exit status is
# non-zero when anything failed.
#
# Environment: E2E_ARGS="--grep smoke" passes arguments to `playwright test`;
# WD_ENGINES="firefox" limits the WebDriver engines, WD_PATTERN="paste" their journeys.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"
exec </dev/null

"$REPO_ROOT/scripts/setup.sh"

LOG_DIR="$REPO_ROOT/artifacts/logs"
mkdir -p "$LOG_DIR"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

total_passed=0
total_failed=0
summary=()

# record NAME PASSED FAILED SECONDS-STRING
record() {
  total_passed=$((total_passed + $2))
  total_failed=$((total_failed + $3))
  summary+=("$(printf '%-12s %s passed, %s failed  (%s)' "$1:" "$2" "$3" "$4")")
}

# gate NAME CMD... : a check that passes or fails as a whole.
gate() {
  local name="$1" start
  shift
  start="$(now)"
  log "$name: $*"
  if "$@" >"$LOG_DIR/$name.log" 2>&1; then
    ok "$name ($(elapsed "$start"))"
    record "$name" 1 0 "$(elapsed "$start")"
    return 0
  fi
  tail -n 60 "$LOG_DIR/$name.log" >&2
  warn "$name FAILED ($(elapsed "$start")); full log: artifacts/logs/$name.log"
  record "$name" 0 1 "$(elapsed "$start")"
  return 1
}

gate fmt cargo fmt --all -- --check || true
gate clippy cargo clippy --workspace --all-targets -- -D warnings || true
# The wasm builds: the first module, the full one (--features full) and the explanation
# page's (--features explanation), as scripts/post-build.sh builds them.
clippy_wasm() {
  cargo clippy -p evt-app -p evt-core --target "$WASM_TARGET" -- -D warnings \
    && cargo clippy -p evt-app --features full --target "$WASM_TARGET" -- -D warnings \
    && cargo clippy -p evt-app --features explanation --target "$WASM_TARGET" -- -D warnings
}
gate clippy-wasm clippy_wasm || true

# --- cargo test: count the individual tests ----------------------------------------------
# No --release: the release profile is tuned for wasm size (opt-level "z", fat LTO, one
# codegen unit) and would add minutes per change on 2 cores. Speed for the property tests
# comes from Cargo.toml: [profile.test] opt-level = 1, dependencies at opt-level 2.
start="$(now)"
log "cargo-test: cargo test --workspace"
set +e
cargo test --workspace 2>&1 | tee "$LOG_DIR/cargo-test.log" | grep -E '^(test result|running|error|failures:|---- )' 
status="${PIPESTATUS[0]}"
set -e
read -r passed failed < <(awk '
  /^test result:/ {
    for (i = 1; i <= NF; i++) {
      if ($(i) ~ /^passed;?$/) p += $(i - 1)
      if ($(i) ~ /^failed;?$/) f += $(i - 1)
    }
  }
  END { print p + 0, f + 0 }' "$LOG_DIR/cargo-test.log")
if [[ "$status" != 0 && "$failed" == 0 ]]; then
  failed=1 # did not compile, or the harness itself failed
fi
if [[ "$status" == 0 ]]; then
  ok "cargo-test: $passed passed ($(elapsed "$start"))"
else
  warn "cargo-test FAILED ($(elapsed "$start")); full log: artifacts/logs/cargo-test.log"
fi
record cargo-test "$passed" "$failed" "$(elapsed "$start")"

# --- release build and browser tests ---------------------------------------------------------
if gate build trunk build --release; then
  start="$(now)"
  E2E_PORT="$(free_port)"
  export E2E_PORT
  log "e2e: playwright test (Chromium $CHROMIUM_BIN, http://127.0.0.1:$E2E_PORT)"
  rm -f artifacts/e2e-results.json
  set +e
  # shellcheck disable=SC2086 # E2E_ARGS is split on purpose
  playwright test ${E2E_ARGS:-} 2>&1 | tee "$LOG_DIR/e2e.log"
  status="${PIPESTATUS[0]}"
  set -e
  if [[ -f artifacts/e2e-results.json ]]; then
    read -r passed failed skipped < <(node -e '
      const s = require("./artifacts/e2e-results.json").stats;
      console.log(s.expected + s.flaky, s.unexpected, s.skipped);')
  else
    passed=0 failed=0 skipped=0
  fi
  if [[ "$status" != 0 && "$failed" == 0 ]]; then
    failed=1 # the runner itself failed (config error, server did not start, ...)
  fi
  if [[ "$skipped" != 0 ]]; then
    warn "e2e: $skipped test(s) skipped"
  fi
  if [[ "$status" == 0 && "$passed" == 0 ]]; then
    warn "e2e: no test ran"
    failed=1
  fi
  record e2e "$passed" "$failed" "$(elapsed "$start")"

  # --- the core journeys in WebKitGTK and Firefox ESR (WebDriver, e2e/webdriver/) ----------
  # Each engine serves dist/ on its own free port (e2e/server.mjs, port 0).
  start="$(now)"
  log "webdriver: e2e/webdriver/run.mjs (${WD_ENGINES:-webkit,firefox})"
  rm -f artifacts/webdriver-results.json
  set +e
  WD_DIST="${WD_DIST:-$REPO_ROOT/dist}" node e2e/webdriver/run.mjs 2>&1 | tee "$LOG_DIR/webdriver.log"
  status="${PIPESTATUS[0]}"
  set -e
  engines="${WD_ENGINES:-webkit,firefox}"
  for engine in ${engines//,/ }; do
    if [[ -f artifacts/webdriver-results.json ]]; then
      read -r passed failed seconds < <(ENGINE="$engine" node -e '
        const r = require("./artifacts/webdriver-results.json").engines[process.env.ENGINE];
        console.log(r ? r.passed : 0, r ? r.failed : 1, r ? r.seconds : 0);')
    else
      passed=0 failed=1 seconds=0 # the runner itself failed before writing its results
    fi
    if [[ "$failed" == 0 && "$passed" == 0 ]]; then
      warn "$engine: no journey ran"
      failed=1
    fi
    record "$engine" "$passed" "$failed" "${seconds}s"
  done
  if [[ "$status" != 0 ]]; then
    warn "webdriver journeys FAILED ($(elapsed "$start")); log: artifacts/logs/webdriver.log, screenshots: artifacts/webdriver/"
  else
    ok "webdriver journeys ($(elapsed "$start"))"
  fi
else
  warn "e2e skipped: the release build failed"
  record e2e 0 1 "not run"
  engines="${WD_ENGINES:-webkit,firefox}"
  for engine in ${engines//,/ }; do record "$engine" 0 1 "not run"; done
fi

echo
echo "Summary (logs in artifacts/logs/):"
printf '  %s\n' "${summary[@]}"
echo "total: $total_passed passed, $total_failed failed"
[[ "$total_failed" == 0 ]]
