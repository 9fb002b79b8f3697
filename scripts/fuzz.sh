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
  # In fork mode a finding does not end the run: it is saved and fuzzing goes on, so one
  # known bug cannot hide the others. Findings of earlier runs stay; this run's are listed.
  "$fuzz/fuzz_$name" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 \
    -dict="fuzz/dict/$name.dict" -artifact_prefix="$fuzz/findings/$name-" \
    "$fuzz/corpus/$name" "$fuzz/seeds/$name" >"$fuzz/logs/$name.log" 2>&1 || true
}

# One row from the last status line of the fork-mode log:
#   #5123: cov: 7618 ft: 9010 corp: 98 exec/s 37 oom/timeout/crash: 0/0/2 time: 299s job: 12 …
summarise() {
  local name=$1 log="$fuzz/logs/$name.log" status execs cov secs corpus found
  status=$(grep -E '^#[0-9]+: cov:' "$log" | tail -1)
  execs=$(sed -E 's/^#([0-9]+):.*/\1/' <<<"$status")
  cov=$(sed -nE 's/.* cov: ([0-9]+) .*/\1/p' <<<"$status")
  secs=$(sed -nE 's/.* time: ([0-9]+)s.*/\1/p' <<<"$status")
  corpus=$(find "$fuzz/corpus/$name" -type f | wc -l)
  found=$(find "$fuzz/findings" -name "$name-*" -newer "$fuzz/logs/$name.start" | wc -l)
  if [ "$found" -gt 0 ]; then
    found="$found: $(sed -nE 's/.*oom\/timeout\/crash: ([0-9/]+).*/oom\/timeout\/crash \1/p' <<<"$status")"
  elif ! grep -q '^INFO: exiting: 0' "$log"; then
    found="(stopped: see $log)"
  fi
  printf '%-16s %7ss %10s %7s %7s   %s\n' "$name" "${secs:-?}" "${execs:-?}" "${cov:-?}" "$corpus" "${found/#0/nothing}"
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
