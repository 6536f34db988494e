#!/bin/sh
# Runs one test in a D-Bus session of its own, with its own unlocked gnome-keyring: the fake
# media players it registers are seen by no other test running at the same time.
#   own-session.sh <test executable> [arguments]
keyrings=$(mktemp -d)
trap 'rm -rf "$keyrings"' EXIT
dbus-run-session -- sh -c '
    printf melodyhue | XDG_DATA_HOME="$0" gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    exec "$@"' "$keyrings" "$@"
