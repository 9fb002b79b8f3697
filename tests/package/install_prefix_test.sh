#!/usr/bin/env bash
# An installation needs nothing from the tree it was built in: installs the build into a
# temporary prefix, moves the prefix, hides the source and build trees (in a private mount
# namespace where one can be made), and checks that the installed programs index a corpus
# and serve a search with the data and page installed beside them.
#   install_prefix_test.sh BUILD_DIR SOURCE_DIR      (ctest: package_install_prefix)
set -euo pipefail
build=$(cd "$1" && pwd -P)
source=$(cd "$2" && pwd -P)
work=$(mktemp -d "${TMPDIR:-/tmp}/dipsearch-prefix-XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$work/prefix" >/dev/null
# Moved after installing: the programs must find their files from where they are now, not
# from a path fixed at build time.
mv "$work/prefix" "$work/moved"
prefix=$work/moved
for f in bin/dipsearch-index bin/dipsearchd bin/dipsearch-fetch share/dipsearch/web/index.html \
         share/dipsearch/data/sources/mofa-en.json share/man/man1/dipsearch-fetch.1.gz \
         share/dipsearch/data/countries/aliases.tsv share/dipsearch/data/officials/registry.json \
         share/man/man1/dipsearchd.1.gz share/man/man1/dipsearch-index.1.gz \
         lib/systemd/system/dipsearchd.service share/doc/dipsearch/examples/dipsearch.cron; do
  [ -e "$prefix/$f" ] || fail "not installed: $f"
done

# What only the installed copies say: a line in the page, a country alias in the data (an
# invented name for Antarctica) that one release of the corpus uses.
echo '<!-- the installed copy -->' >> "$prefix/share/dipsearch/web/index.html"
printf 'AQ\tZorblandia\n' >> "$prefix/share/dipsearch/data/countries/aliases.tsv"
mkdir "$work/releases"
cp "$prefix"/share/dipsearch/data/sample/*.txt "$work/releases/"
cat > "$work/releases/test-en-000001.txt" <<'PAGE'
Minister Holds Talks on Research Stations in Zorblandia

  • Date : 2026-11-30 10:00:00

1. The Minister of Foreign Affairs held talks on the research stations in Zorblandia.
PAGE

# Runs with a clean environment, from the work directory, with both trees out of sight.
check_installed() {
  local prefix=$1 work=$2
  set -euo pipefail
  cd "$work"
  local run=(env -i PATH=/usr/bin:/bin "DIPSEARCH_DB=$work/db/dipsearch.db")
  mkdir "$work/db"
  "${run[@]}" "$prefix/bin/dipsearch-index" --quiet "$work/releases" ||
    { echo "FAIL: the installed indexer failed ($?)" >&2; return 1; }
  "${run[@]}" "$prefix/bin/dipsearch-fetch" --list | grep -q "^mofa-en	en	https://" ||
    { echo "FAIL: the installed fetcher does not find its sources" >&2; return 1; }
  "${run[@]}" "$prefix/bin/dipsearchd" --port 0 --port-file "$work/port" 2>"$work/daemon.log" &
  local pid=$! port= i
  trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' RETURN
  for i in $(seq 300); do  # up to 30 s for the daemon to listen
    [ -s "$work/port" ] && break
    kill -0 $pid 2>/dev/null || { cat "$work/daemon.log" >&2; echo "FAIL: daemon exited" >&2; return 1; }
    sleep 0.1
  done
  port=$(cat "$work/port" 2>/dev/null) || { echo "FAIL: daemon did not listen" >&2; return 1; }
  local base=http://127.0.0.1:$port
  get() { curl -sS --max-time 20 "$@"; }
  get "$base/" | grep -q 'the installed copy' ||
    { echo "FAIL: / is not the installed page" >&2; return 1; }
  get "$base/api/search?q=consultations" | grep -Eq '"total":[1-9]' ||
    { echo "FAIL: no hits for consultations" >&2; return 1; }
  get "$base/api/search?q=stations&country=AQ" | grep -q '"id":"test-en-000001"' ||
    { echo "FAIL: the installed country aliases were not used" >&2; return 1; }
  echo "installed programs served the search from $prefix"
}

# Build tree first: it may lie inside the source tree.
hide_trees="mount -t tmpfs none '$build' && mount -t tmpfs none '$source' &&
  { [ ! -e '$source/CMakeLists.txt' ] && [ ! -e '$build/CMakeCache.txt' ] || { echo 'FAIL: trees still visible' >&2; exit 1; }; }"
if unshare --mount --map-root-user true 2>/dev/null; then
  unshare --mount --map-root-user bash -c "$hide_trees
    $(declare -f check_installed); check_installed '$prefix' '$work'"
else
  echo "note: no private mount namespace here; the trees stay visible, the markers decide" >&2
  check_installed "$prefix" "$work"
fi
