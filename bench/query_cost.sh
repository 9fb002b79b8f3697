#!/usr/bin/env bash
# Instruction counts of each query of a query set, answered in-process the way dipsearchd
# answers it (dipsearch-query-cost under callgrind, the warm-up run not counted). Counts are
# stable where times on a shared machine are not: compare changes with these, and speeds
# only as ratios to peers measured in the same run (bench/run.sh).
#
#   bench/query_cost.sh --db STUB --queries FILE [--build DIR] [--repeat N] [--qid ID]...
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build" db= queries= repeat=3 qids=()
while [ $# -gt 0 ]; do
  case $1 in
    --db) db=$2; shift 2 ;;
    --queries) queries=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --qid) qids+=("$2"); shift 2 ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "bench/query_cost.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
[ -n "$db" ] && [ -n "$queries" ] || { echo "bench/query_cost.sh: --db and --queries are required" >&2; exit 2; }
[[ $repeat =~ ^[1-9][0-9]*$ ]] || { echo "bench/query_cost.sh: --repeat wants a whole number ≥ 1" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "bench/query_cost.sh: needs valgrind" >&2; exit 2; }
tool="$build/bench/api/dipsearch-query-cost"
[ -x "$tool" ] || { echo "bench/query_cost.sh: build the dipsearch-query-cost target in $build first" >&2; exit 2; }
if [ ${#qids[@]} -eq 0 ]; then
  mapfile -t qids < <(/usr/bin/python3 -c 'import json, sys; print("\n".join(q["qid"] for q in json.load(open(sys.argv[1]))["queries"]))' "$queries")
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '| qid | kind | total | M instructions per answer |\n|---|---|---:|---:|\n'
sum=0
for qid in "${qids[@]}"; do
  line=$(valgrind --tool=callgrind --callgrind-out-file="$out/cg.out" --toggle-collect='*measured_answers*' \
    "$tool" --db "$db" --queries "$queries" --qid "$qid" --repeat "$repeat" 2>"$out/valgrind.log")
  ir=$(awk '/^summary:/ { print $2 }' "$out/cg.out")
  IFS=$'\t' read -r _ kind total _ <<<"$line"
  per=$(awk -v ir="$ir" -v n="$repeat" 'BEGIN { printf "%.2f", ir / n / 1e6 }')
  sum=$(awk -v a="$sum" -v b="$per" 'BEGIN { print a + b }')
  printf '| %s | %s | %s | %s |\n' "$qid" "$kind" "$total" "$per"
done
awk -v s="$sum" -v n="${#qids[@]}" 'BEGIN { printf "| mean | | | %.2f |\n", s / n }'
