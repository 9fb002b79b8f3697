#!/bin/sh
# What linking versions costs an indexer run at 20,000 generated releases: a run that changed
# nothing, and a run that adds 500 releases, for each dipsearch-index given (for example this
# build's and another version's), in wall time and in instructions (callgrind).
#
#   bench/links/relink_cost.sh WORKDIR CORPUS_GEN INDEXER...
#
# CORPUS_GEN is bench/corpus's dipsearch-corpus-gen; WORKDIR is made and left for inspection.
# DATA_DIR, when set, is passed to every indexer as --data-dir (for a copied binary).
set -eu
[ $# -ge 3 ] || { echo "usage: $0 WORKDIR CORPUS_GEN INDEXER..." >&2; exit 2; }
work=$1; gen=$2; shift 2
mkdir -p "$work"
# The same seed gives the same first 20,000 releases; the third file holds the 500 more.
mkdir -p "$work/parked"
if [ ! -d "$work/corpus" ]; then
  "$gen" --count 20500 --per-file 10000 --out "$work/corpus" >/dev/null
  mv "$work/corpus/$(ls "$work/corpus" | sort | tail -n 1)" "$work/parked/"
fi
extra=$(ls "$work/parked")
[ "$(echo "$extra" | wc -w)" = 1 ] || { echo "$0: expected one file of 500 releases in $work/parked" >&2; exit 1; }

seconds() {  # seconds a command takes, to the millisecond
  start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N)
  echo $(( (end - start) / 1000000 )) | sed 's/\(...\)$/.\1/'
}
instructions() {  # instructions a command executes (callgrind, in millions)
  out=$(mktemp)
  valgrind --tool=callgrind --callgrind-out-file="$out" "$@" >/dev/null 2>&1
  callgrind_annotate "$out" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); printf "%.0f\n", $1 / 1e6}'
  rm -f "$out"
}

printf '%-40s %14s %14s %16s %16s\n' indexer "no-change s" "no-change Mi" "+500 s" "+500 Mi"
n=0
for indexer in "$@"; do
  n=$((n + 1)); db="$work/db$n"
  rm -rf "$db"
  data=${DATA_DIR:+--data-dir $DATA_DIR}
  "$indexer" $data --db "$db" --rebuild --quiet "$work/corpus" >/dev/null
  run="$indexer $data --db $db --jobs 1 --quiet $work/corpus"
  t0=$(seconds $run); i0=$(instructions $run)
  mv "$work/parked/$extra" "$work/corpus/"; t1=$(seconds $run)
  mv "$work/corpus/$extra" "$work/parked/"; $run >/dev/null
  mv "$work/parked/$extra" "$work/corpus/"; i1=$(instructions $run)
  mv "$work/corpus/$extra" "$work/parked/"
  printf '%-40s %14s %14s %16s %16s\n' "$indexer" "$t0" "$i0" "$t1" "$i1"
done
