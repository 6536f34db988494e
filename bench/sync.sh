#!/usr/bin/env bash
# The sync of liked tracks (bench_sync) inside a private D-Bus session with gnome-keyring, as
# the tests run: a first sync of a large library, then the syncs that follow.
#   bench/sync.sh [build dir] [liked tracks]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/default}
exec "$root/bench/in-session.sh" "$build/bench/bench_sync" "${2:-10000}"
