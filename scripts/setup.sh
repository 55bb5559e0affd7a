#!/usr/bin/env bash
# Installs everything the build, the tests and the benchmark need, idempotently:
# a second run only checks versions (about a second).
#
#   rust target wasm32-unknown-unknown, rustfmt, clippy   (rustup)
#   wasm-bindgen-cli = the wasm-bindgen version in Cargo.lock   (cargo install, ~2 min)
#   trunk 0.21.14                                          (cargo install --locked, ~7 min)
#   every crate in Cargo.lock                              (cargo fetch; Trunk builds offline)
#   chromium + chromium-driver                             (Debian apt)
#   webkit2gtk-driver, xvfb, xauth, firefox-esr             (Debian apt; WebDriver journeys)
#   geckodriver 0.37.1                                      (cargo install --locked, ~4 min)
#   wasm-opt (npm binaryen), Playwright, axe-core          (npm ci)
#
# Nothing is downloaded from anywhere but crates.io, npm and Debian: Trunk runs offline
# and Playwright never downloads browsers.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

# One setup at a time (test.sh and bench.sh may be started together).
mkdir -p "$REPO_ROOT/target"
exec 9>"$REPO_ROOT/target/.setup.lock"
if ! flock -n 9; then
  log "setup: waiting for another setup run to finish"
  flock 9
fi

command -v cargo >/dev/null || die "cargo not found: install Rust with rustup (https://rustup.rs) first"
command -v rustup >/dev/null || die "rustup not found: the wasm32 target is installed with rustup"
command -v node >/dev/null || die "node not found: Node.js >= 20 is required"
command -v npm >/dev/null || die "npm not found: Node.js >= 20 with npm is required"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
(( node_major >= 20 )) || die "Node.js >= 20 required, found $(node --version)"

# --- Rust target and components ---------------------------------------------------
if ! rustup target list --installed | grep -qx "$WASM_TARGET"; then
  log "rustup target add $WASM_TARGET"
  rustup target add "$WASM_TARGET"
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^${component}"; then
    log "rustup component add $component"
    rustup component add "$component"
  fi
done

# --- wasm-bindgen-cli: exactly the version of the crate in Cargo.lock -----------------
wb_want="$(lock_wasm_bindgen_version)"
trunk_toml_wb="$(sed -n 's/^wasm_bindgen *= *"\([^"]*\)".*/\1/p' Trunk.toml)"
[[ "$trunk_toml_wb" == "$wb_want" ]] \
  || die "Trunk.toml [tools] wasm_bindgen = \"$trunk_toml_wb\" but Cargo.lock has wasm-bindgen $wb_want: make them equal"
wb_have="$(tool_version wasm-bindgen)"
if [[ "$wb_have" != "wasm-bindgen $wb_want" ]]; then
  log "cargo install wasm-bindgen-cli --version $wb_want (found: ${wb_have:-none}; about 2 minutes)"
  # No --locked: its lock file pins a crate version that crates.io no longer serves.
  cargo install wasm-bindgen-cli --version "$wb_want" --force
  wb_have="$(tool_version wasm-bindgen)"
  [[ "$wb_have" == "wasm-bindgen $wb_want" ]] || die "wasm-bindgen-cli install did not give $wb_want (got: ${wb_have:-none})"
fi

# --- trunk ------------------------------------------------------------------------------
trunk_have="$(tool_version trunk)"
if [[ "$trunk_have" != "trunk $TRUNK_VERSION" ]]; then
  log "cargo install trunk --version $TRUNK_VERSION --locked (found: ${trunk_have:-none}; about 7 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
  trunk_have="$(tool_version trunk)"
  [[ "$trunk_have" == "trunk $TRUNK_VERSION" ]] || die "trunk install did not give $TRUNK_VERSION (got: ${trunk_have:-none})"
fi

# --- crates: Trunk runs cargo with --offline, so every dependency must be in the cache ---
cargo fetch --quiet || die "cargo fetch failed (is crates.io reachable?)"

# --- Chromium and ChromeDriver (Debian) -------------------------------------------------
if [[ ! -x "$CHROMIUM_BIN" || ! -x "$CHROMEDRIVER_BIN" ]]; then
  command -v apt-get >/dev/null || die "$CHROMIUM_BIN missing and apt-get not available: install Chromium and ChromeDriver"
  sudo_cmd=()
  if [[ "$(id -u)" != 0 ]]; then
    command -v sudo >/dev/null || die "installing chromium needs root (or sudo)"
    sudo_cmd=(sudo)
  fi
  log "apt-get install chromium chromium-driver"
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    chromium chromium-driver
  [[ -x "$CHROMIUM_BIN" ]] || die "apt installed chromium but $CHROMIUM_BIN is missing"
fi

# --- WebKitGTK and Firefox ESR for the WebDriver journeys (e2e/webdriver/) ----------------
# WebKitWebDriver starts WebKitGTK's MiniBrowser, which needs a display: xvfb-run (xauth).
if [[ ! -x "$WEBKIT_DRIVER" || ! -x "$MINIBROWSER" || ! -x "$FIREFOX_BIN" ]] \
    || ! command -v xvfb-run >/dev/null || ! command -v xauth >/dev/null; then
  command -v apt-get >/dev/null || die "apt-get not available: install webkit2gtk-driver, xvfb, xauth and firefox-esr"
  sudo_cmd=()
  if [[ "$(id -u)" != 0 ]]; then
    command -v sudo >/dev/null || die "installing the browser engines needs root (or sudo)"
    sudo_cmd=(sudo)
  fi
  log "apt-get install webkit2gtk-driver xvfb xauth firefox-esr"
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    webkit2gtk-driver xvfb xauth firefox-esr
  [[ -x "$WEBKIT_DRIVER" ]] || die "apt installed webkit2gtk-driver but $WEBKIT_DRIVER is missing"
  [[ -x "$MINIBROWSER" ]] || die "apt installed webkit2gtk-driver but $MINIBROWSER is missing"
  [[ -x "$FIREFOX_BIN" ]] || die "apt installed firefox-esr but $FIREFOX_BIN is missing"
fi

# geckodriver from crates.io (the npm package of that name downloads from GitHub).
gecko_have="$(tool_version geckodriver)"
if [[ "$gecko_have" != "geckodriver $GECKODRIVER_VERSION" ]]; then
  log "cargo install geckodriver --version $GECKODRIVER_VERSION --locked (found: ${gecko_have:-none}; about 4 minutes)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked --force
  gecko_have="$(tool_version geckodriver)"
  [[ "$gecko_have" == "geckodriver $GECKODRIVER_VERSION" ]] \
    || die "geckodriver install did not give $GECKODRIVER_VERSION (got: ${gecko_have:-none})"
fi

# --- npm tools: wasm-opt (binaryen), Playwright, axe-core ------------------------------
[[ -f package-lock.json ]] || die "package-lock.json missing: run 'npm install' once and commit it"
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json \
      || package.json -nt node_modules/.package-lock.json ]]; then
  log "npm ci (browsers are not downloaded: Debian chromium is used)"
  npm ci --no-audit --no-fund
fi
wasm_opt_want="$(node -p 'require("./package-lock.json").packages["node_modules/binaryen"].version.split(".")[0]')"
wasm_opt_have="$(tool_version wasm-opt)"
[[ "$wasm_opt_have" == "wasm-opt version ${wasm_opt_want} "* ]] \
  || die "node_modules/.bin/wasm-opt is '${wasm_opt_have:-missing}', expected version $wasm_opt_want (rm -rf node_modules; rerun)"
trunk_toml_opt="$(sed -n 's/^wasm_opt *= *"\([^"]*\)".*/\1/p' Trunk.toml)"
[[ "$trunk_toml_opt" == "version_${wasm_opt_want}" ]] \
  || die "Trunk.toml [tools] wasm_opt = \"$trunk_toml_opt\" but npm binaryen is $wasm_opt_want: make them equal"

ok "setup: $(rustc --version | cut -d' ' -f1-2), $WASM_TARGET, $trunk_have, $wb_have, wasm-opt $wasm_opt_want, $("$CHROMIUM_BIN" --version 2>/dev/null | head -n1), WebKitGTK $(dpkg-query -W -f='${Version}' libwebkit2gtk-4.1-0 2>/dev/null || echo '?'), $("$FIREFOX_BIN" --version 2>/dev/null | head -n1), $gecko_have, node $(node --version)"
