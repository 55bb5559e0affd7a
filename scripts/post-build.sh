#!/usr/bin/env bash
# Trunk's post_build hook (Trunk.toml [[hooks]]): writes the prerendered default page and
# explanation into the staging folder (examples/prerender.rs), so every `trunk build` and
# `trunk serve` ships HTML with the figures in it. Never edit the output by hand.
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk (post_build hook), or set TRUNK_STAGING_DIR}"
case "${TRUNK_PUBLIC_URL:-/}" in
  /*) ;;
  *) echo "prerender: public_url must be absolute ('/'): uitleg/index.html uses the same asset addresses" >&2; exit 1 ;;
esac
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# Native, the dev profile that `cargo test` builds too; offline: setup.sh fetched every crate.
exec cargo run --quiet --offline --example prerender -- "$dir"
