#!/usr/bin/env bash
# One command from a fresh machine to a full test run: install what is missing, build,
# and run every test (unit, integration) with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
cd build
ctest --output-on-failure -j "$(nproc)" "$@"
