#!/bin/sh
# What relinking costs the incremental case of bench/run.sh: 1,000 generated releases added
# to a live database of 9,000, in instructions (callgrind, --jobs 1) for the whole run and
# for relinking (store_version_links, inclusive), for each dipsearch-index given.
#
#   bench/links/relink_live_cost.sh WORKDIR CORPUS_GEN INDEXER...
#
# CORPUS_GEN is bench/corpus's dipsearch-corpus-gen; WORKDIR is made and left for inspection
# (srcN, dbN, cgN: each indexer's source links, database and callgrind output). The 9,000
# are indexed natively with --rebuild, then the last two of 20 files are linked in and the
# run that adds them is measured. DATA_DIR, when set, is passed as --data-dir.
set -eu
[ $# -ge 3 ] || { echo "usage: $0 WORKDIR CORPUS_GEN INDEXER..." >&2; exit 2; }
work=$1; gen=$2; shift 2
mkdir -p "$work"
[ -d "$work/jsonl" ] || "$gen" --count 10000 --out "$work/jsonl" --per-file 500 >/dev/null
data=${DATA_DIR:+--data-dir $DATA_DIR}
printf '%-40s %12s %16s\n' indexer "run Mi" "relinking Mi"
n=0
for indexer in "$@"; do
  n=$((n + 1)); src="$work/src$n"; db="$work/db$n"
  rm -rf "$src" "$db" "$db.d" "$db.lock"; mkdir -p "$src"
  ls "$work/jsonl"/*.jsonl | sort | head -n 18 | xargs ln -s -t "$src"
  "$indexer" $data --db "$db" --rebuild --quiet --follow-links "$src" >/dev/null
  ls "$work/jsonl"/*.jsonl | sort | tail -n 2 | xargs ln -s -t "$src"
  out="$work/cg$n"
  valgrind --tool=callgrind --callgrind-out-file="$out" "$indexer" $data --db "$db" --jobs 1 --quiet \
    --follow-links "$src" >/dev/null 2>&1
  total=$(callgrind_annotate "$out" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); printf "%.0f\n", $1 / 1e6}')
  link=$(callgrind_annotate --inclusive=yes "$out" 2>/dev/null |
    awk '/store_version_links/ {gsub(",", "", $1); printf "%.0f\n", $1 / 1e6; exit}')
  printf '%-40s %12s %16s\n' "$indexer" "$total" "$link"
done
