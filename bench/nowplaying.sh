#!/usr/bin/env bash
# Now-playing latencies (bench_nowplaying) inside a private D-Bus session with gnome-keyring,
# as the tests run: MPRIS change -> /ws, poll -> new colour, one push to 50 overlays.
#   bench/nowplaying.sh [build dir] [rounds]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/default}
rounds=${2:-200}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_RUNTIME_DIR=$home/runtime QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="melodyhue.*.info=false"
mkdir -m 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS
dbus-run-session -- bash -c '
    printf bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    "$0" "$1"' "$build/bench/bench_nowplaying" "$rounds" 2>/dev/null
