#!/usr/bin/env bash
# Music folders and drives (bench_drives): a first scan of 10,000 tagged files beside a TagLib
# loop over the same files, a scan with nothing changed, and copies to a drive folder beside cp.
#   bench/drives.sh [build dir] [files] [work folder, default /tmp]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/default}
exec "$build/bench/bench_drives" "${2:-10000}" "${3:-/tmp}"
