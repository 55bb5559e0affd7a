#!/usr/bin/env bash
# Sets up the toolchain, builds the release app and serves it at http://127.0.0.1:8080
# exactly as it is deployed (static files from dist/, no live reload). Ctrl-C stops it.
#
#   scripts/serve.sh            build once, serve dist/
#   scripts/serve.sh --watch    `trunk serve --release`: rebuild on every change
#                               (reload the page by hand; Trunk's live-reload script is
#                               inline and the CSP would block it)
#
# Environment: PORT (default 8080), HOST (default 127.0.0.1).
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

PORT="${PORT:-8080}"
HOST="${HOST:-127.0.0.1}"
mode="${1:-}"
case "$mode" in
  "" | --watch) ;;
  -h | --help) sed -n '2,11p' "$0"; exit 0 ;;
  *) die "unknown argument '$mode' (use --watch or nothing)" ;;
esac

"$REPO_ROOT/scripts/setup.sh"

if [[ "$mode" == --watch ]]; then
  mkdir -p artifacts # listed in Trunk.toml [watch] ignore, which must exist
  log "trunk serve --release at http://$HOST:$PORT/"
  exec trunk serve --release --address "$HOST" --port "$PORT" --no-autoreload
fi

log "trunk build --release"
trunk build --release
log "serving dist/ at http://$HOST:$PORT/ (Ctrl-C to stop)"
exec node e2e/server.mjs --root dist --host "$HOST" --port "$PORT"
