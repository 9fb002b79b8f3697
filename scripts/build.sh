#!/usr/bin/env bash
# Configures and builds dipsearch into build/ (Release with debug info), using both cores.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)"
