#!/usr/bin/env bash
# The benchmark: builds dipsearch in Release, gets a corpus, indexes it (a rebuild, then an
# incremental run adding 10 %), starts dipsearchd, drives it with the engine-neutral query set,
# and prints one table. When the peers harness directory is present it also runs Sphinx,
# SQLite FTS5 and the raw Xapian writer on the same corpus and the same queries, and prints
# our ratios to them. With --shards it also indexes the corpus in shards and drives them
# served locally and remotely.
# Run on demand, never as a test; see bench/README.md.
#
#   bench/run.sh [--docs N] [--seconds S] [--peers DIR | --no-peers] [--shards "2 4"] ...
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

usage() {
  cat <<EOF
Usage: bench/run.sh [OPTION]...
  --docs N          releases in the corpus (default 100000)
  --seconds S       length of each query load phase, ours and the peers' (default 10)
  --clients C       concurrent clients of the throughput phase (default 4)
  --peers DIR       the peers harness directory (default: ../shared/peers beside the
                    repository, when present)
  --no-peers        measure dipsearch alone, on the corpus of dipsearch-corpus-gen
  --peer-repeats R  timed runs of each query by the peers' runners (default 20)
  --shards "N ..."  also index the corpus in N shards, for each N (at least 2), and drive
                    them served by dipsearchd locally, then by one xapian-tcpsrv per shard
                    (default: none)
  --work DIR        corpora (kept across runs) and this run's files
                    (default: \${TMPDIR:-/tmp}/dipsearch-bench)
  --build DIR       build directory (default: build/bench-release)
  --timeout S       bound of each step: build, corpus, index, a peer (default 3600)
  --record          write the results to bench/RESULTS.md (default: into the run directory)
EOF
}

command="bench/run.sh $*"
docs=100000 seconds=10 clients=4 peer_repeats=20 step_timeout=3600 record=0 shard_counts=
peers="$root/../shared/peers" peers_explicit=0
work="${TMPDIR:-/tmp}/dipsearch-bench"
build="$root/build/bench-release"
while [ $# -gt 0 ]; do
  case $1 in
    --docs) docs=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --clients) clients=$2; shift 2 ;;
    --peers) peers=$2; peers_explicit=1; shift 2 ;;
    --no-peers) peers=; shift ;;
    --peer-repeats) peer_repeats=$2; shift 2 ;;
    --shards) shard_counts=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --timeout) step_timeout=$2; shift 2 ;;
    --record) record=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "bench/run.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
whole() { [[ $2 =~ ^[0-9]+$ && $2 -ge $3 ]] || { echo "bench/run.sh: $1 wants a whole number ≥ $3, not '$2'" >&2; exit 2; }; }
whole --docs "$docs" 20
whole --seconds "$seconds" 1
whole --clients "$clients" 1
whole --peer-repeats "$peer_repeats" 1
whole --timeout "$step_timeout" 1
for n in $shard_counts; do whole --shards "$n" 2; done
if [ -n "$peers" ] && [ ! -f "$peers/gen_corpus.py" ]; then
  if [ $peers_explicit = 1 ]; then echo "bench/run.sh: no peers harness in $peers (gen_corpus.py missing)" >&2; exit 2; fi
  peers=
fi
[ -n "$peers" ] && peers=$(cd "$peers" && pwd)
mkdir -p "$work"
work=$(cd "$work" && pwd)
run="$work/run-$docs"
rm -rf "$run"
mkdir -p "$run"
results="$run/dipsearch.jsonl"
say() { echo "== $* ($(date -u +%H:%M:%S))" >&2; }

# Everything started here is stopped on exit, by its own PID.
job= daemon= servers=()
stop_servers() {
  local pid
  for pid in "${servers[@]}"; do kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
  servers=()
}
cleanup() {
  [ -n "$job" ] && kill -TERM "$job" 2>/dev/null && wait "$job" 2>/dev/null
  [ -n "$daemon" ] && kill -TERM "$daemon" 2>/dev/null && wait "$daemon" 2>/dev/null
  stop_servers
  return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Runs a command bounded by --timeout, in the background so that the trap can stop it
# (timeout(1) puts it in its own process group, out of reach of a terminal's Ctrl-C).
bounded() {
  timeout "$step_timeout" "$@" &
  job=$!
  local rc=0
  wait "$job" || rc=$?
  job=
  return $rc
}

now() { date +%s.%N; }
seconds_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }
add_up() { awk '{ s += $1 } END { print s + 0 }'; }
apparent_bytes() { find "$@" -type f -printf '%s\n' | add_up; }
list_bytes() { xargs -a "$1" stat -L -c %s | add_up; }
time_field() { awk -F': ' -v k="$2" 'index($0, k) { print $2 }' "$1"; }

# One JSON line in the peers' harness format: record KEY VALUE... (numbers stay numbers).
record() {
  local line='{"peer":"dipsearch"' key value
  while [ $# -gt 0 ]; do
    key=$1 value=$2
    shift 2
    if [[ $value =~ ^-?[0-9]+(\.[0-9]+)?$ ]]; then
      line+=",\"$key\":$value"
    else
      value=${value//\\/\\\\}
      line+=",\"$key\":\"${value//\"/\\\"}\""
    fi
  done
  echo "$line}" >>"$results"
}

ensure_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing ${missing[*]}"
  local sudo=
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
    --no-install-recommends "${missing[@]}" >/dev/null; }; then
    echo "bench/run.sh: missing packages: ${missing[*]}; install them with" >&2
    echo "  apt-get install ${missing[*]}" >&2
    echo "or run without the peers (--no-peers)" >&2
    exit 1
  fi
}

# --- build ------------------------------------------------------------------------------
"$root/scripts/install-deps.sh"
ensure_packages python3 time
[ -n "$peers" ] && ensure_packages sphinxsearch mariadb-client sqlite3 wrk python3-pymysql g++
[ -n "$shard_counts" ] && ensure_packages xapian-tools
say "build (Release) in $build"
if ! bounded cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DDIPSEARCH_BUILD_BENCH=ON >"$run/build.log" ||
  ! bounded cmake --build "$build" -j "$(nproc)" --target dipsearch-index dipsearchd dipsearch-api-bench \
    dipsearch-corpus-gen >>"$run/build.log" 2>&1; then
  tail -20 "$run/build.log" >&2
  echo "bench/run.sh: the build failed; see $run/build.log" >&2
  exit 1
fi
indexer="$build/indexer/dipsearch-index"
raw_writer=
if [ -n "$peers" ]; then
  # The peers' raw Xapian writer (ICU words as positional terms, nothing else): the bound our
  # --rebuild is measured against. Compiled from their source, never copied.
  raw_writer="$build/peers/xapian_raw_writer"
  mkdir -p "$build/peers"
  if ! bounded g++ -O2 -std=c++17 -o "$raw_writer" "$peers/xapian_raw_writer.cc" -lxapian -licui18n -licuuc \
    >>"$run/build.log" 2>&1; then
    tail -20 "$run/build.log" >&2
    echo "bench/run.sh: the peers' xapian_raw_writer.cc did not compile; see $run/build.log" >&2
    exit 1
  fi
fi

# --- corpus (cached across runs) --------------------------------------------------------
if [ -n "$peers" ]; then
  corpus="$work/peers-corpus-$docs"
  if [ ! -f "$corpus/manifest.json" ]; then
    say "corpus: $docs releases from the peers' generator"
    rm -rf "$corpus"
    bounded /usr/bin/python3 "$peers/gen_corpus.py" --n "$docs" --out "$corpus" --seed 42 >"$run/corpus.log"
  fi
  say "ground truth (peers' truth.py)"
  bounded /usr/bin/python3 "$peers/truth.py" "$corpus" >"$run/truth.log"
  source_dir="$corpus/txt" queries="$peers/queries.json" truth=(--truth "$corpus/truth.json")
  generator="peers' gen_corpus.py --n $docs --seed 42" query_set="the peers' queries.json"
else
  corpus="$work/corpus-$docs"
  if [ ! -f "$corpus/complete" ]; then
    say "corpus: $docs releases from dipsearch-corpus-gen"
    rm -rf "$corpus"
    # 20 files, so that the incremental run can add the last 10 % as whole files.
    bounded "$build/bench/corpus/dipsearch-corpus-gen" --count "$docs" --out "$corpus/jsonl" \
      --per-file $(((docs + 19) / 20))
    touch "$corpus/complete"
  fi
  source_dir="$corpus/jsonl" queries="$root/bench/queries.json" truth=()
  generator="dipsearch-corpus-gen --count $docs --seed 1" query_set="bench/queries.json"
fi
corpus_bytes=$(apparent_bytes "$source_dir")
record phase corpus docs "$docs" corpus_bytes "$corpus_bytes" generator "$generator" queries "$query_set"

# --- indexing ---------------------------------------------------------------------------
# Size of the generation directory the database stub names ("auto db.d/gen-000001").
index_bytes() { apparent_bytes "$(dirname "$1")/$(awk 'NR == 1 { print $2 }' "$1")"; }

# index STEP DB DOCS_EXPECTED CORPUS_BYTES ARGS...: one timed indexer run and its record.
index() {
  local step=$1 db=$2 expected=$3 bytes=$4 start wall rc=0
  shift 4
  start=$(now)
  bounded /usr/bin/time -v -o "$run/$step.time" "$indexer" --db "$db" --no-progress "$@" \
    >"$run/$step.out" 2>"$run/$step.err" || rc=$?
  wall=$(seconds_since "$start")
  if [ $rc -gt 1 ]; then
    echo "bench/run.sh: dipsearch-index ($step) failed with exit $rc; see $run/$step.err" >&2
    tail -5 "$run/$step.err" >&2
    exit 1
  fi
  local summary added
  summary=$(tail -1 "$run/$step.out")
  added=$(sed -n 's/^added \([0-9]*\),.*/\1/p' <<<"$summary")
  [ "$added" = "$expected" ] || echo "bench/run.sh: $step added ${added:-?} releases, expected $expected" >&2
  record phase index step "$step" docs "${added:-0}" corpus_bytes "$bytes" wall_s "$wall" \
    user_s "$(time_field "$run/$step.time" "User time")" sys_s "$(time_field "$run/$step.time" "System time")" \
    peak_rss_kb "$(time_field "$run/$step.time" "Maximum resident set size")" \
    index_bytes "$(index_bytes "$db")" rc "$rc" summary "$summary"
  say "$step: $summary"
}

say "index: --rebuild of $docs releases"
db="$run/db/dipsearch.db"
mkdir -p "$run/db"
index rebuild "$db" "$docs" "$corpus_bytes" --rebuild "$source_dir"

# The raw Xapian writer on the same files, right after our rebuild, in the peers' format.
if [ -n "$raw_writer" ]; then
  say "peer: the raw Xapian writer"
  rm -rf "$run/raw-writer-db"
  start=$(now)
  bounded /usr/bin/time -v -o "$run/raw-writer.time" "$raw_writer" "$source_dir" "$run/raw-writer-db" \
    >"$run/raw-writer.out" 2>&1 || { echo "bench/run.sh: the raw Xapian writer failed; see $run/raw-writer.out" >&2; exit 1; }
  wall=$(seconds_since "$start")
  raw_docs=$(awk '{ print $1; exit }' "$run/raw-writer.out")
  awk -v docs="$raw_docs" -v wall="$wall" -v bytes="$corpus_bytes" -v rss="$(time_field "$run/raw-writer.time" "Maximum resident set size")" \
    -v size="$(apparent_bytes "$run/raw-writer-db")" 'BEGIN {
      printf "{\"peer\":\"xapian raw writer\",\"phase\":\"index\",\"docs\":%d,\"wall_s\":%s,\"docs_per_s\":%.1f,", docs, wall, docs / wall
      printf "\"mb_per_s\":%.2f,\"corpus_mb\":%.3f,\"peak_rss_kb\":%d,\"index_bytes\":%d}\n", bytes / 1e6 / wall, bytes / 1e6, rss, size
    }' >"$run/raw-writer.jsonl"
  say "raw writer: $(cat "$run/raw-writer.out")"
  rm -rf "$run/raw-writer-db"
fi

# Incremental: a database of the first 90 % of the files (untimed for the table), then a run
# over the same source directory once the last 10 % are linked in (links out of the source
# directory, which the indexer reads only with --follow-links).
find "$source_dir" -type f | sort >"$run/files"
total_files=$(wc -l <"$run/files")
base_files=$((total_files * 9 / 10))
head -n "$base_files" "$run/files" >"$run/files.base"
tail -n +"$((base_files + 1))" "$run/files" >"$run/files.added"
inc_source="$run/incremental-source"
mkdir -p "$inc_source" "$run/incremental-db"
xargs -a "$run/files.base" ln -s -t "$inc_source"
count_docs() { if [ -n "$peers" ]; then wc -l <"$1"; else xargs -a "$1" cat | wc -l; fi; }
inc_db="$run/incremental-db/dipsearch.db"
say "index: incremental base ($base_files of $total_files files)"
index incremental-base "$inc_db" "$(count_docs "$run/files.base")" "$(list_bytes "$run/files.base")" --follow-links \
  "$inc_source"
xargs -a "$run/files.added" ln -s -t "$inc_source"
say "index: incremental run adding $((total_files - base_files)) files"
index incremental "$inc_db" "$(count_docs "$run/files.added")" "$(list_bytes "$run/files.added")" --follow-links \
  "$inc_source"
rm -rf "$run/incremental-db" "$inc_source"

# --- the daemon -------------------------------------------------------------------------
# start_daemon DB NAME: starts dipsearchd on a free port and waits (30 s at most) for
# /api/health; sets daemon, port and ready (seconds until it answered). Logs to NAME.log.
start_daemon() {
  local db=$1 name=$2 start
  start=$(now)
  "$build/searchd/dipsearchd" --db "$db" --port 0 --port-file "$run/$name.port" 2>"$run/$name.log" &
  daemon=$! ready=
  for _ in $(seq 1 3000); do
    if [ -s "$run/$name.port" ] && curl -sf -o /dev/null "http://127.0.0.1:$(cat "$run/$name.port")/api/health"; then
      ready=$(seconds_since "$start")
      break
    fi
    kill -0 "$daemon" 2>/dev/null || { echo "bench/run.sh: dipsearchd exited; see $run/$name.log" >&2; exit 1; }
    sleep 0.01
  done
  [ -n "$ready" ] || { echo "bench/run.sh: dipsearchd ($name) not ready within 30 s" >&2; exit 1; }
  port=$(cat "$run/$name.port")
}
stop_daemon() { kill -TERM "$daemon" && wait "$daemon" || true; daemon=; }

# drive RESULTS NAME [ARG...]: the query load on the running daemon, printed to NAME.txt.
drive() {
  local results=$1 name=$2
  shift 2
  bounded "$build/bench/api/dipsearch-api-bench" --port "$port" --pid "$daemon" --queries "$queries" \
    "${truth[@]}" --seconds "$seconds" --clients "$clients" --results "$results" "$@" >"$run/$name.txt"
}

say "dipsearchd: start and wait for /api/health"
start_daemon "$db" dipsearchd
record phase ready ready_s "$ready" vmrss_kb "$(awk '/VmRSS/ { print $2 }' "/proc/$daemon/status")"
say "dipsearchd ready in $ready s on port $port; driving it (${seconds}s per phase)"
api_rc=0
drive "$results" api-bench || api_rc=$?
cat "$run/api-bench.txt"
stop_daemon

free_port() { /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# --- shards: the same corpus in N shards, served locally, then by xapian-tcpsrv ---------
# start_tcpsrv SHARD_DIR: one xapian-tcpsrv on a free loopback port, waited for (10 s at
# most); sets tcpsrv_port. It runs in a session of its own because, stopped, it signals its
# whole process group to take its forked children along, which would include this script.
start_tcpsrv() {
  tcpsrv_port=$(free_port)
  setsid xapian-tcpsrv --interface 127.0.0.1 --port "$tcpsrv_port" --quiet "$1" 2>>"$run/xapian-tcpsrv.log" &
  servers+=($!)
  for _ in $(seq 1 1000); do
    (exec 3<>"/dev/tcp/127.0.0.1/$tcpsrv_port") 2>/dev/null && return 0
    kill -0 "${servers[-1]}" 2>/dev/null || break
    sleep 0.01
  done
  echo "bench/run.sh: xapian-tcpsrv on $1 not listening; see $run/xapian-tcpsrv.log" >&2
  exit 1
}

# Bytes written by every xapian-tcpsrv process: each forks a child per connection, and a
# child's count leaves with it when it exits, so this is read while dipsearchd keeps its
# connections open.
tcpsrv_written() {
  local pid
  for pid in "${servers[@]}"; do
    cat "/proc/$pid/io" $(pgrep -P "$pid" | sed 's|.*|/proc/&/io|') || true  # a child may just have gone
  done 2>/dev/null | awk '$1 == "wchar:" { s += $2 } END { print s + 0 }'
}

shard_runs=()
for n in $shard_counts; do
  sdb="$run/shards-$n/dipsearch.db"
  mkdir -p "$run/shards-$n"
  say "index: --rebuild of $docs releases in $n shards"
  index "rebuild-$n-shards" "$sdb" "$docs" "$corpus_bytes" --rebuild --shards "$n" "$source_dir"

  say "dipsearchd on $n local shards (${seconds}s per phase)"
  start_daemon "$sdb" "shards-$n-local"
  drive "$run/shards-$n-local.jsonl" "shards-$n-local" --no-export || api_rc=$?
  stop_daemon
  shard_runs+=(--shard-run "$n" local "$run/shards-$n-local.jsonl")

  # The same shard directories, each served by its own xapian-tcpsrv, named by a stub of
  # remote lines in the layout dipsearch-index writes.
  say "dipsearchd on $n remote shards (xapian-tcpsrv, ${seconds}s per phase)"
  generation="$run/shards-$n/$(sed -n 's/^auto //p' "$sdb")"
  rdb="$run/shards-$n-remote/dipsearch.db"
  mkdir -p "$rdb.d/gen-000001"
  echo "auto dipsearch.db.d/gen-000001" >"$rdb"
  for ((k = 0; k < n; k++)); do
    start_tcpsrv "$generation/shard-$k"
    echo "remote 127.0.0.1:$tcpsrv_port" >>"$rdb.d/gen-000001/XAPIANDB"
  done
  start_daemon "$rdb" "shards-$n-remote"
  written=$(tcpsrv_written)
  drive "$run/shards-$n-remote.jsonl" "shards-$n-remote" --no-export || api_rc=$?
  record phase shard_network shards "$n" tcpsrv_written_bytes "$(($(tcpsrv_written) - written))"
  stop_daemon
  stop_servers
  shard_runs+=(--shard-run "$n" remote "$run/shards-$n-remote.jsonl")
done

# --- peers, on the same corpus and queries ----------------------------------------------
peer_files=()
if [ -n "$peers" ]; then
  common=(--repeats "$peer_repeats" --qps-seconds "$seconds" --qps-clients "1,$clients" --timeout "$step_timeout")
  say "peer: Sphinx (words)"
  bounded /usr/bin/python3 "$peers/run_sphinx.py" "$corpus" --variants word --port "$(free_port)" \
    --work "$run/peers/sphinx" --results "$run/sphinx.jsonl" "${common[@]}" >/dev/null ||
    echo "bench/run.sh: the Sphinx runner failed; see $run/sphinx.jsonl" >&2
  say "peer: SQLite FTS5 (unicode61)"
  bounded /usr/bin/python3 "$peers/run_sqlite.py" "$corpus" --variants unicode61 \
    --work "$run/peers/sqlite" --results "$run/sqlite.jsonl" "${common[@]}" >/dev/null ||
    echo "bench/run.sh: the SQLite runner failed; see $run/sqlite.jsonl" >&2
  rm -rf "$run/peers"
  peer_files=("$run/sphinx.jsonl" "$run/sqlite.jsonl" "$run/raw-writer.jsonl")
fi

# --- the table --------------------------------------------------------------------------
out="$run/RESULTS.md"
[ $record = 1 ] && out="$root/bench/RESULTS.md"
/usr/bin/python3 "$root/bench/report.py" --ours "$results" --build "$build" --out "$out" \
  --command "$command" "${shard_runs[@]}" "${peer_files[@]}"
say "results written to $out"
[ $api_rc -eq 0 ] || echo "bench/run.sh: dipsearch-api-bench reported errors (exit $api_rc)" >&2
exit $api_rc
