#!/usr/bin/env bash
# Start-up time to the tray icon and memory of the tray app with its window hidden while a
# track plays (a fake player on a private session bus: the now-playing pipeline, the cover
# cache and the palette run), in a private X server with a system tray. Budgets in DESIGN.md:
# tray icon <= 300 ms cold, <= 100 ms warm; RSS <= 45 MB, CPU ~ 0.
#   bench/startup-memory.sh [path/to/melodyhue] [runs]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
binary=${1:-$root/build/default/src/app/melodyhue}
runs=${2:-5}
if [ -z "${MELODYHUE_BENCH_SESSION:-}" ]; then
    exec dbus-run-session -- env MELODYHUE_BENCH_SESSION=1 "$0" "$@"
fi
player_binary=$(dirname "$binary")/../../bench/bench_fakeplayer

work=$(mktemp -d)
cleanup() { kill "${tray:-}" "${xvfb:-}" "${player:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
exec 3<> "$work/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -n1 "$work/display")" MELODYHUE_API_KEY=bench-key-0123456789abcdef
trayer --edge top --align right --widthtype request --height 24 >/dev/null 2>&1 &
tray=$!
QT_QPA_PLATFORM=offscreen "$player_binary" >"$work/player" 2>&1 &
player=$!
sleep 1

echo "melodyhue $("$binary" --version | cut -d' ' -f2), $(date -u +%Y-%m-%d)"
for run in $(seq "$runs"); do
    data="$work/data$run"
    "$binary" --minimized --data-dir "$data" --port 0 >/dev/null 2>&1 &
    app=$!
    for _ in $(seq 100); do grep -q 'ms after launch' "$data/logs/melodyhue.log" 2>/dev/null && break; sleep 0.1; done
    ready=$(grep -o 'ready [0-9]* ms' "$data/logs/melodyhue.log" | grep -o '[0-9]*')
    sleep 5
    rss=$(ps -o rss= -p "$app")
    cpu=$(ps -o times= -p "$app")
    covers=$(ls "$data/covers" 2>/dev/null | wc -l)
    echo "run $run (fresh data folder): tray icon after ${ready} ms, RSS $((rss / 1024)) MB while playing ($covers cover cached), CPU time ${cpu}s"
    kill "$app"; wait "$app" 2>/dev/null || true
done
