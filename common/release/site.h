// The site a release comes from: the host of its URL, or the key a sidecar or JSON source
// names, with a readable label in English and Korean for the sites listed in the data
// (data/sources/sites.tsv). The source facet counts these keys.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace dipsearch {

// The host of an http or https URL, lower case, without port, user information or a final
// dot: "https://WWW.mofa.go.kr:443/eng/view.do?seq=1" → "www.mofa.go.kr". "" when `url` is
// not an absolute http(s) URL or its host holds anything but ASCII letters, digits, '-', '.'.
std::string site_host(std::string_view url);

// A site key: 1 to 253 of a-z, 0-9, '.', '-' (a host name, or a short name such as "sample").
bool is_valid_site_key(std::string_view key);

struct Site {
  std::string key;       // "" when the release names no site
  std::string label;     // English label, the key when the catalog does not know it
  std::string label_ko;  // Korean label, "" when the catalog gives none
};

// A catalog line that cannot be used: the message names the file and the line.
struct SiteCatalogError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Known sites, key → labels. A host belongs to the longest key it equals or ends with after a
// dot ("overseas.mofa.go.kr" to "overseas.mofa.go.kr" when listed, else to "mofa.go.kr"); a
// host no key covers is its own key, without a leading "www." or "m.".
class SiteCatalog {
 public:
  SiteCatalog() = default;  // knows no site: every label is its key
  // Reads `key<TAB>label<TAB>label_ko` lines ('#' starts a comment line). Throws
  // SiteCatalogError for an unreadable file, a wrong column count, an invalid or repeated key
  // or an empty label.
  explicit SiteCatalog(const std::filesystem::path& file);

  // The site of a release: the explicit key when given (sidecar, JSON "source"), else the
  // URL's host; "" key when neither gives one.
  Site site_of(std::string_view url, std::string_view explicit_key) const;

  size_t size() const { return entries_.size(); }

 private:
  Site lookup(std::string_view key) const;

  std::vector<Site> entries_;  // longest key first, so the first match is the most specific
};

// Where a data directory keeps the catalog: DATA/sources/sites.tsv.
std::filesystem::path site_catalog_file(const std::filesystem::path& data_dir);

}  // namespace dipsearch
