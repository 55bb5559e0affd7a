#!/usr/bin/env bash
# Trunk's post_build hook (Trunk.toml [[hooks]]), run on the staging folder by every
# `trunk build` and `trunk serve`; its output is never edited or checked in by hand.
#
#   1. The full module: the same app built with every view (`--features full`, see build.rs),
#      as evt-full-<hash>.js / evt-full-<hash>_bg.wasm, named in index.html by
#      <meta name="evt-full-loader"/"evt-full-wasm">. The first module (Trunk's own build)
#      leaves out the rarely used views and hands over to this one when they are opened
#      (src/components/on_demand.rs, web/boot.js), so the first view needs far fewer bytes.
#   The explanation's module: the first module plus the explanation (`--features
#      explanation`), as evt-uitleg-<hash>.*, named by <meta name="evt-uitleg-loader"/
#      "evt-uitleg-wasm">: what /uitleg/ starts, so the explanation's page needs neither the
#      full module nor the explanation in the first one.
#   2. The prerender (examples/prerender.rs): the default page and the explanation as HTML,
#      index.html and uitleg/index.html, so the figures show before any wasm has loaded.
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk (post_build hook), or set TRUNK_STAGING_DIR}"
base="${TRUNK_PUBLIC_URL:-/}"
case "$base" in
  /*) ;;
  *) echo "post-build: public_url must be absolute ('/'): uitleg/index.html uses the same asset addresses" >&2; exit 1 ;;
esac
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

# --- 1. the full module and the explanation's module ----------------------------------------
profile="${TRUNK_PROFILE:-release}"
profile_flag=()
[[ "$profile" == release ]] && profile_flag=(--release)
# Their own target folder: building the same crate with other features in target/ would
# invalidate Trunk's cached build of the first module every time. Both use the same one:
# only evt-app differs between them, the dependencies are built once.
target_dir="target/full"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
metas=""
# build_module NAME FEATURE: evt-app with FEATURE as NAME-<hash>.js / NAME-<hash>_bg.wasm,
# named by <meta name="NAME-loader"> and <meta name="NAME-wasm">.
build_module() {
  local name="$1" feature="$2"
  cargo build --quiet --offline --target wasm32-unknown-unknown --bin evt-app --features "$feature" \
    "${profile_flag[@]}" --target-dir "$target_dir"
  wasm-bindgen --target=web --no-typescript --out-dir "$work" --out-name "$name" \
    "$target_dir/wasm32-unknown-unknown/$profile/evt-app.wasm"
  if [[ "$profile" == release ]]; then
    # As Trunk runs it for the first module (data-wasm-opt="z").
    wasm-opt --output="$work/opt.wasm" -Oz "$work/${name}_bg.wasm"
    mv "$work/opt.wasm" "$work/${name}_bg.wasm"
  fi
  local hash
  hash="$(cat "$work/$name.js" "$work/${name}_bg.wasm" | sha256sum | cut -c1-16)"
  cp "$work/$name.js" "$dir/$name-$hash.js"
  cp "$work/${name}_bg.wasm" "$dir/$name-${hash}_bg.wasm"
  metas+="<meta name=\"$name-loader\" content=\"${base}$name-$hash.js\"><meta name=\"$name-wasm\" content=\"${base}$name-${hash}_bg.wasm\">"
}
build_module evt-full full
build_module evt-uitleg explanation
grep -q '<meta name="evt-wasm" content="[^"]*">' "$dir/index.html" \
  || { echo "post-build: index.html has no <meta name=\"evt-wasm\"> (Trunk.toml pattern_script)" >&2; exit 1; }
sed -i "s|<meta name=\"evt-wasm\" content=\"[^\"]*\">|&$metas|" "$dir/index.html"

# --- 2. the prerender ----------------------------------------------------------------------
# Native, in the test profile, whose dependencies `cargo test` has built already (test.sh);
# offline: setup.sh fetched every crate.
cargo run --quiet --offline --profile test --example prerender -- "$dir"
