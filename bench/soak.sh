#!/usr/bin/env bash
# Soak run, on demand (never a test): builds dipsearch in Release, indexes a generated corpus,
# starts dipsearchd on loopback and keeps it under mixed load for N minutes — searches, document
# look-ups, whole and aborted exports, slow and idle clients, a rebuild every 5 minutes — printing
# its RSS and open descriptors over time and every failed request of the normal clients
# (bench/soak.py). Exit status 1 when a normal request failed or a rebuild did.
#
#   bench/soak.sh [--minutes 30] [--docs 10000] [--clients 4] [--slow 32] [--rebuild-every 300]
#                 [--build DIR (default build/bench-release)] [--work DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

minutes=30 docs=10000 clients=4 slow=32 rebuild_every=300
build="$root/build/bench-release" work="${TMPDIR:-/tmp}/dipsearch-soak"
while [ $# -gt 0 ]; do
  case $1 in
    --minutes) minutes=$2 ;;
    --docs) docs=$2 ;;
    --clients) clients=$2 ;;
    --slow) slow=$2 ;;
    --rebuild-every) rebuild_every=$2 ;;
    --build) build=$2 ;;
    --work) work=$2 ;;
    -h | --help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/soak.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift 2
done
say() { echo "soak: $*" >&2; }

"$root/scripts/install-deps.sh"
command -v python3 >/dev/null || { echo "bench/soak.sh: python3 is needed (apt-get install python3)" >&2; exit 2; }
# A build directory of its own is configured in Release; one given with --build is used as it is.
if [ ! -f "$build/CMakeCache.txt" ]; then
  say "configure (Release) in $build"
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DDIPSEARCH_BUILD_BENCH=ON >/dev/null
fi
say "build in $build"
cmake --build "$build" -j "$(nproc)" --target dipsearch-index dipsearchd dipsearch-corpus-gen >/dev/null

mkdir -p "$work"
corpus="$work/corpus-$docs"
if [ ! -f "$corpus/complete" ]; then
  say "corpus: $docs releases from dipsearch-corpus-gen"
  rm -rf "$corpus"
  "$build/bench/corpus/dipsearch-corpus-gen" --count "$docs" --out "$corpus/jsonl" --per-file 1000
  touch "$corpus/complete"
fi
db="$work/soak.db"
index=("$build/indexer/dipsearch-index" --db "$db" --no-progress --rebuild "$corpus/jsonl")
say "index: ${index[*]}"
"${index[@]}" >/dev/null

daemon=
stop_daemon() { [ -z "$daemon" ] || { kill "$daemon" 2>/dev/null; wait "$daemon" 2>/dev/null || true; }; }
trap stop_daemon EXIT
rm -f "$work/port"
"$build/searchd/dipsearchd" --db "$db" --port 0 --port-file "$work/port" 2>"$work/dipsearchd.log" &
daemon=$!
for _ in $(seq 300); do
  [ -s "$work/port" ] && curl -sf -o /dev/null "http://127.0.0.1:$(cat "$work/port")/api/health" && break
  kill -0 "$daemon" 2>/dev/null || { echo "bench/soak.sh: dipsearchd exited; see $work/dipsearchd.log" >&2; exit 1; }
  sleep 0.1
done
port=$(cat "$work/port")
say "dipsearchd (pid $daemon) on port $port; its log: $work/dipsearchd.log"

rc=0
python3 "$root/bench/soak.py" --port "$port" --pid "$daemon" --queries "$root/bench/queries.json" \
  --minutes "$minutes" --clients "$clients" --slow "$slow" --rebuild-every "$rebuild_every" \
  --rebuild-command "$(printf '%q ' "${index[@]}")" || rc=$?
say "dipsearchd wrote $(wc -l <"$work/dipsearchd.log") lines to its log"
exit $rc
