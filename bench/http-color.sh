#!/usr/bin/env bash
# Throughput and latency of GET /color with every guard on: the server pinned to one core,
# wrk (10 connections, keep-alive) on the other. Budget in DESIGN.md: >= 50k requests/s, p99 <= 1 ms.
# The same load on a bare QHttpServer (bench_bare_qhttpserver) gives the baseline of this machine.
#   bench/http-color.sh [build dir] [seconds]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/default}
binary=$build/src/app/melodyhue
bare=$build/bench/bench_bare_qhttpserver
seconds=${2:-10}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

data=$(mktemp -d)
trap 'kill "$server" "${baseline:-}" 2>/dev/null || true; rm -rf "$data"' EXIT
MELODYHUE_API_KEY=bench-key-0123456789abcdef taskset -c 0 "$binary" --headless --data-dir "$data" --port 0 >"$data/out" 2>&1 &
server=$!
for _ in $(seq 100); do grep -q 'http://127.0.0.1:' "$data/out" && break; sleep 0.1; done
url=$(grep -o 'http://127.0.0.1:[0-9]*' "$data/out" | head -1)

echo "melodyhue $("$binary" --version | cut -d' ' -f2), $(nproc) cores, $(date -u +%Y-%m-%d)"
taskset -c 1 wrk -t1 -c10 -d2s "$url/color" >/dev/null # warm-up
taskset -c 1 wrk -t1 -c10 -d"${seconds}s" --latency "$url/color"
echo "server RSS after the run: $(ps -o rss= -p "$server") KB"

echo
echo "Baseline: bare QHttpServer, same response body, same load"
taskset -c 0 "$bare" >"$data/bare" 2>&1 &
baseline=$!
for _ in $(seq 100); do grep -q 'http://127.0.0.1:' "$data/bare" && break; sleep 0.1; done
bare_url=$(grep -o 'http://127.0.0.1:[0-9]*' "$data/bare" | head -1)
taskset -c 1 wrk -t1 -c10 -d2s "$bare_url/color" >/dev/null
taskset -c 1 wrk -t1 -c10 -d"${seconds}s" --latency "$bare_url/color"
