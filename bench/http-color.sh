#!/usr/bin/env bash
# Throughput and latency of GET /color with every guard on, while a track plays (a fake player
# on a private session bus, followed through MPRIS): the server pinned to one core, wrk (10
# connections, keep-alive) on the other. Then the same load on nginx serving the same bytes
# from a file, and on a FastAPI/uvicorn app serving them from memory, on the same core. The
# budget (DESIGN.md) is >= 0.9x nginx, p99 <= 300 us.
#   bench/http-color.sh [build dir] [seconds]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# A private D-Bus session for the player and MelodyHue.
if [ -z "${MELODYHUE_BENCH_SESSION:-}" ]; then
    exec dbus-run-session -- env MELODYHUE_BENCH_SESSION=1 "$0" "$@"
fi
build=${1:-$root/build/default}
binary=$build/src/app/melodyhue
seconds=${2:-10}
for tool in wrk nginx taskset; do
    command -v "$tool" >/dev/null || PATH=$PATH:/usr/sbin
    command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install wrk nginx" >&2; exit 1; }
done

data=$(mktemp -d)
chmod 755 "$data" # nginx's workers read the body as another user
trap 'kill "${server:-}" "${baseline:-}" "${player:-}" 2>/dev/null || true; rm -rf "$data"' EXIT
QT_QPA_PLATFORM=offscreen "$build/bench/bench_fakeplayer" >"$data/player" 2>&1 &
player=$!
for _ in $(seq 50); do grep -q playing "$data/player" && break; sleep 0.1; done
MELODYHUE_API_KEY=bench-key-0123456789abcdef taskset -c 0 "$binary" --headless --data-dir "$data" --port 0 >"$data/out" 2>&1 &
server=$!
for _ in $(seq 100); do grep -q 'http://127.0.0.1:' "$data/out" && break; sleep 0.1; done
url=$(grep -o 'http://127.0.0.1:[0-9]*' "$data/out" | head -1)
for _ in $(seq 50); do curl -s "$url/color" | grep -q '"source":"cover"' && break; sleep 0.1; done
echo "while playing: $(curl -s "$url/color")"

echo "melodyhue $("$binary" --version | cut -d' ' -f2), $(nproc) cores, $(date -u +%Y-%m-%d)"
taskset -c 1 wrk -t1 -c10 -d2s "$url/color" >/dev/null # warm-up
taskset -c 1 wrk -t1 -c10 -d"${seconds}s" --latency "$url/color" | tee "$data/melodyhue.wrk"
echo "server RSS after the run: $(ps -o rss= -p "$server") KB"
curl -s "$url/color" >"$data/color.json"
chmod 644 "$data/color.json"
kill "$server"
unset server

echo
echo "Baseline: nginx, one worker on the same core, the same body from a file"
mkdir -p "$data/nginx/logs"
port=$((20000 + RANDOM % 20000))
cat >"$data/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $data/nginx/nginx.pid;
error_log $data/nginx/logs/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    server {
        listen 127.0.0.1:$port;
        location = /color { default_type application/json; alias $data/color.json; }
    }
}
CONF
taskset -c 0 nginx -p "$data/nginx" -c "$data/nginx/nginx.conf" -g 'daemon off;' &
baseline=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/color" >/dev/null && break; sleep 0.1; done
taskset -c 1 wrk -t1 -c10 -d2s "http://127.0.0.1:$port/color" >/dev/null
taskset -c 1 wrk -t1 -c10 -d"${seconds}s" --latency "http://127.0.0.1:$port/color" | tee "$data/nginx.wrk"

kill "$baseline"
unset baseline

echo
echo "Baseline: FastAPI on uvicorn (Debian's python3-fastapi), one process on the same core"
cat >"$data/app.py" <<'PY'
import json
from fastapi import FastAPI
from fastapi.responses import Response
body = open("color.json", "rb").read()
app = FastAPI()
@app.get("/color")
def color():
    return Response(content=body, media_type="application/json")
PY
port=$((20000 + RANDOM % 20000))
(cd "$data" && exec taskset -c 0 /usr/bin/python3 -m uvicorn app:app --host 127.0.0.1 --port "$port" \
    --log-level warning --no-access-log) &
baseline=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/color" >/dev/null && break; sleep 0.1; done
taskset -c 1 wrk -t1 -c10 -d2s "http://127.0.0.1:$port/color" >/dev/null
taskset -c 1 wrk -t1 -c10 -d"${seconds}s" --latency "http://127.0.0.1:$port/color" | tee "$data/fastapi.wrk"

rate() { awk '/Requests\/sec/ {print $2}' "$1"; }
ratio() { awk -v a="$(rate "$1")" -v b="$(rate "$2")" 'BEGIN {printf "%.2f", a / b}'; }
echo
echo "MelodyHue / nginx: $(ratio "$data/melodyhue.wrk" "$data/nginx.wrk")"
echo "MelodyHue / FastAPI: $(ratio "$data/melodyhue.wrk" "$data/fastapi.wrk")"
