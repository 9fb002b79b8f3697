#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ (in build-asan/, with ASan and UBSan) and runs each for
# SECONDS (default 300), JOBS targets at a time, then says what each found. Inputs that crash,
# hang (over 20 s), leak or break a checked promise land in build-asan/fuzz/findings/; the
# corpus each run grows is kept in build-asan/fuzz/corpus/ for the next run.
#
#   scripts/fuzz.sh [--jobs N] [SECONDS] [TARGET...]     TARGET: page_text html json jsonl
#                                                        query search_params generation_stub
# Exit status 1 when something was found. Reproduce a finding with
#   build-asan/fuzz/fuzz_TARGET build-asan/fuzz/findings/TARGET-crash-…
set -euo pipefail
cd "$(dirname "$0")/.."

jobs=1
if [ "${1:-}" = "--jobs" ]; then jobs=$2; shift 2; fi
seconds=${1:-300}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(page_text html json jsonl query search_params generation_stub)
if ! command -v clang++-14 >/dev/null; then
  echo "fuzz: clang++-14 is missing; scripts/install-deps.sh installs it" >&2
  exit 2
fi

scripts/build-asan.sh "${targets[@]/#/fuzz_}" >/dev/null
fuzz=build-asan/fuzz
mkdir -p "$fuzz/findings" "$fuzz/logs"

run_target() {
  local name=$1
  mkdir -p "$fuzz/corpus/$name"
  # Findings of earlier runs stay; only those of this run are reported.
  "$fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 \
    -dict="fuzz/dict/$name.dict" -artifact_prefix="$fuzz/findings/$name-" \
    "$fuzz/corpus/$name" "$fuzz/seeds/$name" >"$fuzz/logs/$name.log" 2>&1 || true
}

summarise() {
  local name=$1 log="$fuzz/logs/$name.log" execs secs cov corpus found
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  secs=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | awk '{print $5}')
  cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -1 | awk '{print $2}')
  corpus=$(find "$fuzz/corpus/$name" -type f | wc -l)
  found=$(find "$fuzz/findings" -name "$name-*" -newer "$fuzz/logs/$name.start" -printf '%f ' 2>/dev/null)
  if [ -z "$found" ] && ! grep -q '^Done [0-9]* runs' "$log"; then found="(stopped early: see $log)"; fi
  printf '%-16s %7ss %10s %7s %7s   %s\n' "$name" "${secs:-?}" "${execs:-?}" "${cov:-?}" "$corpus" "${found:-nothing}"
}

echo "fuzz: ${#targets[@]} targets, ${seconds} s each, $jobs at a time; logs in $fuzz/logs"
running=0
for name in "${targets[@]}"; do
  touch "$fuzz/logs/$name.start"
  run_target "$name" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then wait -n; running=$((running - 1)); fi
done
wait

printf '%-16s %8s %10s %7s %7s   %s\n' target ran execs cov corpus found
status=0
for name in "${targets[@]}"; do
  line=$(summarise "$name")
  echo "$line"
  [[ "$line" == *nothing ]] || status=1
done
exit $status
