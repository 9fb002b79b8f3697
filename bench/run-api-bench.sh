#!/usr/bin/env bash
# API benchmark: build, generate a corpus of N releases (default 100000), index it, start
# dipsearchd on a free port, drive it, print the numbers, stop it. Run on demand:
#   bench/run-api-bench.sh [N] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
seconds=${2:-10}
scripts/install-deps.sh
scripts/build.sh >/dev/null
work=$(mktemp -d "${TMPDIR:-/tmp}/dipsearch-bench-XXXXXX")
daemon=
cleanup() {
  [ -n "$daemon" ] && kill "$daemon" 2>/dev/null && wait "$daemon" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

echo "corpus: $count releases"
build/bench/corpus/dipsearch-corpus-gen --count "$count" --out "$work/corpus"
echo "corpus size: $(du -sm "$work/corpus" | cut -f1) MB"
/usr/bin/time -f "indexer: %e s wall, peak RSS %M KiB" \
  build/indexer/dipsearch-index --db "$work/db" "$work/corpus"
echo "index size: $(du -sm "$work/db.d" | cut -f1) MB"

build/searchd/dipsearchd --db "$work/db" --port 0 --port-file "$work/port" 2>"$work/daemon.log" &
daemon=$!
for _ in $(seq 1 200); do [ -s "$work/port" ] && break; sleep 0.05; done
port=$(cat "$work/port")
echo "dipsearchd RSS at start: $(awk '/VmRSS/ {print $2}' /proc/$daemon/status) KiB"
build/bench/api/dipsearch-api-bench --port "$port" --pid "$daemon" --seconds "$seconds" --clients 4
echo "dipsearchd peak RSS: $(awk '/VmHWM/ {print $2}' /proc/$daemon/status) KiB"
