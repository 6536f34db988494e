#!/usr/bin/env bash
# Runs a benchmark inside a private D-Bus session with an unlocked gnome-keyring and a fresh
# HOME, as the tests run, so that nothing touches your own desktop or keychain.
#   bench/in-session.sh PROGRAM [ARGUMENTS...]
set -euo pipefail
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_RUNTIME_DIR=$home/runtime QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="melodyhue.*.info=false"
mkdir -m 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS
dbus-run-session -- bash -c '
    printf bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    exec "$@"' bench "$@" 2>/dev/null
