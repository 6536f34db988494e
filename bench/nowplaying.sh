#!/usr/bin/env bash
# Now-playing latencies (bench_nowplaying) inside a private D-Bus session with gnome-keyring,
# as the tests run: MPRIS change -> /ws, poll -> new colour, one push to 50 overlays.
#   bench/nowplaying.sh [build dir] [rounds]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/default}
exec "$root/bench/in-session.sh" "$build/bench/bench_nowplaying" "${2:-200}"
