#!/usr/bin/env bash
# Installs the Debian 12 packages dipsearch needs to build, test and run, skipping those
# already present; with --build-only, only those that build the programs and their package
# (scripts/package.sh). Needs root (or sudo).
set -euo pipefail

packages=(
  build-essential cmake pkg-config help2man
  libxapian-dev libicu-dev nlohmann-json3-dev libcpp-httplib-dev libxml2-dev
  # dipsearchd's compressed answers
  zlib1g-dev libbrotli-dev
  # dipsearch-fetch's HTTP(S) and URLs
  libcurl4-openssl-dev
  # The package's library dependencies: CPack runs dpkg-shlibdeps, and file to find the programs
  file
)
build_only=false
[ "${1:-}" = --build-only ] && build_only=true
$build_only || packages+=(
  xapian-tools libgtest-dev
  # The relevance benchmark's SQLite FTS5 baseline (bench/relevance)
  libsqlite3-dev
  # The sanitizer build and the fuzz targets (scripts/build-asan.sh): clang's runtimes are
  # only recommended by clang-14, so they are named.
  clang-14 libclang-rt-14-dev libfuzzer-14-dev
  chromium fonts-noto-cjk
  # Real readers of the citation formats, for the citation tests (pandoc: BibTeX, CSL-JSON;
  # bibutils: RIS).
  pandoc bibutils
  curl ca-certificates time
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
# Node.js and npm run the search page's browser tests. A node installed another way brings
# its own npm, which Debian's npm package would conflict with: the commands decide.
if ! $build_only; then
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then exec sudo "$0" "$@"; fi
  echo "install-deps: missing packages (${missing[*]}); run as root" >&2
  exit 2
fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
