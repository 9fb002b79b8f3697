#!/usr/bin/env bash
# One command from a fresh machine to a running search: install what is missing, build,
# index the bundled sample corpus and serve it on http://127.0.0.1:8080 (Ctrl-C stops).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
export DIPSEARCH_DB="${DIPSEARCH_DB:-$PWD/var/dipsearch.db}"
# Exit 1 (some inputs rejected) still leaves a usable index.
build/indexer/dipsearch-index data/sample || [ $? -eq 1 ]
exec build/searchd/dipsearchd "$@"
