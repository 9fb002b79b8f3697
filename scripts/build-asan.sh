#!/usr/bin/env bash
# Configures and builds build-asan/: every target compiled by clang with AddressSanitizer and
# UndefinedBehaviorSanitizer (a first error ends the program), plus the fuzz targets of fuzz/.
# Arguments are build targets (default: all). scripts/test.sh and scripts/fuzz.sh use it.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
  -DDIPSEARCH_SANITIZE=address,undefined -DDIPSEARCH_FUZZ=ON >/dev/null
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build build-asan -j "$(nproc)" "${targets[@]}"
