#!/usr/bin/env bash
# The palette benchmark: MelodyHue against the colorthief and fast-average-color-node npm
# packages on the same generated covers, in the same run. Prints the tables of docs/palette.md.
#   bench/palette/run.sh [build dir]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build/default}
source "$root/scripts/lib/common.sh"
command -v node >/dev/null && command -v npm >/dev/null || ensure_packages nodejs npm
cmake --build "$build" --target melodyhue bench_makecovers >/dev/null

covers="$build/bench/palette-covers"
[ -f "$covers/expected.json" ] || "$build/bench/bench_makecovers" "$covers" 140
results="$build/bench/palette-results"
mkdir -p "$results"
mapfile -t files < <(ls "$covers"/*.jpg)

# First file twice: the first call loads the JPEG plugin, as node's first call loads sharp.
"$build/src/app/melodyhue" palette "${files[0]}" "${files[@]}" | tail -n +2 >"$results/melodyhue.jsonl"
"$build/src/app/melodyhue" palette "$covers/64/$(basename "${files[0]}")" "$covers"/64/*.jpg | tail -n +2 >"$results/melodyhue-64.jsonl"

(cd "$here" && npm ci --silent --no-audit --no-fund >/dev/null)
node "$here/compare.mjs" "${files[@]}" >"$results/others.jsonl"

echo "Covers: ${#files[@]} generated 640 px JPEGs (quality 85), $(nproc) cores, $(date -u +%Y-%m-%d)"
node "$here/summarize.mjs" "$covers/expected.json" "$results/melodyhue.jsonl" "$results/others.jsonl"
echo
node -e '
  const ms = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n").map((l) => JSON.parse(l).ms).sort((a, b) => a - b);
  console.log(`MelodyHue on the 64 px copies: median ${ms[ms.length >> 1].toFixed(3)} ms, p95 ${ms[Math.floor(ms.length * 0.95)].toFixed(3)} ms`);
' "$results/melodyhue-64.jsonl"
