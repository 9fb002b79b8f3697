#!/usr/bin/env bash
# Builds the Debian package, build/dipsearch_VERSION-1_ARCH.deb, with CPack: installs what is
# missing, builds the programs and man pages in build/deb (configured for /usr, tests off),
# packs them, and checks that the package holds what an installation needs.
# Install it with `apt install ./build/dipsearch_*.deb` (or dpkg -i once the libraries are in).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --build-only
launcher=(); command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build/deb -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr \
  -DDIPSEARCH_INSTALL_SYSTEM_FILES=ON -DDIPSEARCH_DEFAULT_DB=/var/lib/dipsearch/dipsearch.db \
  -DDIPSEARCH_BUILD_TESTS=OFF -DDIPSEARCH_BUILD_BENCH=OFF \
  "${launcher[@]}" >/dev/null
cmake --build build/deb -j "$(nproc)" --target dipsearch-index dipsearchd dipsearch-fetch man_pages packaged_docs
rm -f build/dipsearch_*.deb
(cd build/deb && cpack -G DEB -B "$PWD/.." >/dev/null)
rm -rf build/_CPack_Packages
deb=$(ls build/dipsearch_*.deb)

contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
for f in ./usr/bin/dipsearch-index ./usr/bin/dipsearchd ./usr/bin/dipsearch-fetch \
         ./usr/share/dipsearch/data/sources/mofa-en.json ./usr/share/man/man1/dipsearch-fetch.1.gz \
         ./usr/share/dipsearch/data/countries/aliases.tsv ./usr/share/dipsearch/data/officials/registry.json \
         ./usr/share/dipsearch/data/links/title_terms.tsv \
         ./usr/share/dipsearch/web/index.html ./usr/lib/systemd/system/dipsearchd.service \
         ./etc/default/dipsearchd ./usr/share/man/man1/dipsearchd.1.gz ./usr/share/man/man1/dipsearch-index.1.gz \
         ./usr/share/doc/dipsearch/copyright ./usr/share/doc/dipsearch/examples/dipsearch.cron \
         ./usr/share/doc/dipsearch/examples/dipsearch-update.timer; do
  grep -qxF "$f" <<<"$contents" || { echo "package.sh: $deb lacks $f" >&2; exit 1; }
done
if command -v lintian >/dev/null; then lintian --no-tag-display-limit "$deb" >&2 || true; fi
echo "$deb"
