#!/usr/bin/env bash
# One command from a fresh machine to a full test run: install what is missing, build,
# and run every test (unit, integration, browser) with ctest; then the unit and integration
# suites again under ASan and UBSan, and each fuzz target for a few seconds (build-asan/).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
# The browser tests' npm packages (playwright-core, axe-core), as pinned in package-lock.json;
# installed again whenever the lock file differs from the one they were installed from.
lock=tests/browser/package-lock.json stamp=tests/browser/node_modules/.installed-lock.json
if ! cmp -s "$lock" "$stamp"; then
  (cd tests/browser && npm ci --no-audit --no-fund) && cp "$lock" "$stamp"
fi
(cd build && ctest --output-on-failure -j "$(nproc)" "$@")

# The sanitizer build (clang, from scratch on CI) runs everything but the page's tests, which
# test JavaScript, with LeakSanitizer on; the fuzz targets' tests run each for a few seconds.
# Xapian's own database checker (libxapian 1.4.22, used by --check) frees one of its objects
# through a base of a different size; that is inside the library, so the sized-delete check
# is off rather than every --check test failing on it.
scripts/build-asan.sh
export ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:new_delete_type_mismatch=0
export UBSAN_OPTIONS=print_stacktrace=1
(cd build-asan && ctest --output-on-failure -j "$(nproc)" -LE web "$@")
