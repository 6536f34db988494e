#!/usr/bin/env bash
# The sync of liked tracks (bench_sync) inside a private D-Bus session with gnome-keyring, as
# the tests run: a first sync of a large library, then the syncs that follow.
#   bench/sync.sh [build dir] [liked tracks]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/default}
likes=${2:-10000}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_RUNTIME_DIR=$home/runtime QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="melodyhue.*.info=false"
mkdir -m 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS
dbus-run-session -- bash -c '
    printf bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    "$0" "$1"' "$build/bench/bench_sync" "$likes" 2>/dev/null
