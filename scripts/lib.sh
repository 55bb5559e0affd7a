# shellcheck shell=bash
# Shared helpers for scripts/*.sh. Source it; do not execute it.

# Repository root (this file lives in <root>/scripts).
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO_ROOT

# Versions that are not recorded anywhere else. wasm-bindgen comes from Cargo.lock,
# wasm-opt (binaryen) from package.json / package-lock.json.
TRUNK_VERSION="0.21.14"
WASM_TARGET="wasm32-unknown-unknown"
CHROMIUM_BIN="/usr/bin/chromium"
CHROMEDRIVER_BIN="/usr/bin/chromedriver"
export TRUNK_VERSION WASM_TARGET CHROMIUM_BIN CHROMEDRIVER_BIN
# The other engines of the WebDriver journeys (e2e/webdriver/, README.md "Browser engines"):
# WebKitGTK and Firefox ESR from Debian, geckodriver from crates.io.
GECKODRIVER_VERSION="0.37.1"
WEBKIT_DRIVER="/usr/bin/WebKitWebDriver"
MINIBROWSER="/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"
FIREFOX_BIN="/usr/bin/firefox-esr"
export GECKODRIVER_VERSION WEBKIT_DRIVER MINIBROWSER FIREFOX_BIN

# Tools: rustup's cargo bin, then the npm tools (wasm-opt from `binaryen`, playwright).
if [[ -d "${CARGO_HOME:-$HOME/.cargo}/bin" ]]; then
  PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
fi
PATH="$REPO_ROOT/node_modules/.bin:$PATH"
export PATH

# Never let Playwright (or anything it pulls in) download a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# Trunk must never reach the network (also set in Trunk.toml).
export TRUNK_OFFLINE=true

if [[ -t 1 ]]; then
  _c_bold=$'\e[1m' _c_red=$'\e[31m' _c_green=$'\e[32m' _c_yellow=$'\e[33m' _c_off=$'\e[0m'
else
  _c_bold='' _c_red='' _c_green='' _c_yellow='' _c_off=''
fi

log()  { printf '%s==>%s %s\n' "$_c_bold" "$_c_off" "$*"; }
ok()   { printf '%s ok %s %s\n' "$_c_green" "$_c_off" "$*"; }
warn() { printf '%swarn%s %s\n' "$_c_yellow" "$_c_off" "$*" >&2; }
die()  { printf '%serror:%s %s\n' "$_c_red" "$_c_off" "$*" >&2; exit 1; }

# The wasm-bindgen version pinned in Cargo.lock (the CLI must match it exactly).
lock_wasm_bindgen_version() {
  local v
  v="$(awk '
    $0 == "name = \"wasm-bindgen\"" { hit = 1; next }
    hit && /^version = / { gsub(/"/, "", $3); print $3; exit }
    /^\[\[package\]\]/ { hit = 0 }
  ' "$REPO_ROOT/Cargo.lock")"
  [[ -n "$v" ]] || die "no wasm-bindgen entry found in Cargo.lock (run 'cargo generate-lockfile')"
  printf '%s\n' "$v"
}

# First line of `cmd --version`, or empty when the command is missing or fails.
tool_version() {
  command -v "$1" >/dev/null 2>&1 || return 0
  "$@" --version 2>/dev/null | head -n 1 || true
}

# A free TCP port on 127.0.0.1 (tiny race window; fine for a local test run).
free_port() {
  node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

# Seconds since the epoch, with decimals, for phase timings.
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1fs", b - a }'; }
