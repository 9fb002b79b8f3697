#!/usr/bin/env bash
# One command from a fresh machine to a full test run: install what is missing, build,
# and run every test (unit, integration, browser) with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
# The browser tests' one npm package (playwright-core), as pinned in its package-lock.json.
[ -d tests/browser/node_modules ] || (cd tests/browser && npm ci --no-audit --no-fund)
cd build
ctest --output-on-failure -j "$(nproc)" "$@"
