// URL hosts by hand (RFC 3986's authority syntax is small) and the site catalog's table.
#include "common/release/site.h"

#include <algorithm>
#include <set>

#include "common/release/text_lines.h"
#include "common/text/tab_separated.h"

namespace dipsearch {
namespace {

bool covers(std::string_view key, std::string_view host) {
  return host == key || (host.size() > key.size() && release::ends_with(host, key) &&
                         host[host.size() - key.size() - 1] == '.');
}

// "www.mofa.go.kr" and "m.korea.kr" are the sites "mofa.go.kr" and "korea.kr".
std::string_view without_web_prefix(std::string_view host) {
  for (std::string_view prefix : {"www.", "m."}) {
    if (release::starts_with(host, prefix) && host.find('.', prefix.size()) != std::string_view::npos) {
      return host.substr(prefix.size());
    }
  }
  return host;
}

}  // namespace

std::string site_host(std::string_view url) {
  const std::string lower = release::ascii_lower(url.substr(0, 8));
  size_t start = 0;
  if (release::starts_with(lower, "https://")) {
    start = 8;
  } else if (release::starts_with(lower, "http://")) {
    start = 7;
  } else {
    return {};
  }
  std::string_view authority = url.substr(start);
  authority = authority.substr(0, authority.find_first_of("/?#"));
  if (const size_t at = authority.rfind('@'); at != std::string_view::npos) authority.remove_prefix(at + 1);
  if (const size_t colon = authority.find(':'); colon != std::string_view::npos) authority = authority.substr(0, colon);
  while (!authority.empty() && authority.back() == '.') authority.remove_suffix(1);
  if (authority.empty()) return {};
  std::string host;
  for (char c : authority) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    if (!ok) return {};
    host += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return host;
}

bool is_valid_site_key(std::string_view key) {
  constexpr size_t kMaxHostLength = 253;
  if (key.empty() || key.size() > kMaxHostLength || key.front() == '.' || key.back() == '.') return false;
  return std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
  });
}

SiteCatalog::SiteCatalog(const std::filesystem::path& file) {
  std::set<std::string> keys;
  text::read_tab_separated<SiteCatalogError>(file, "site catalog", [&](const std::vector<std::string>& columns,
                                                                       const std::string& line) {
    const std::string where = line + ": ";
    if (columns.size() != 3) {
      throw SiteCatalogError(where + "expected key<TAB>label<TAB>label_ko, found " + std::to_string(columns.size()) +
                             " column(s)");
    }
    Site site{release::collapse_spaces(columns[0]), release::collapse_spaces(columns[1]),
              release::collapse_spaces(columns[2])};
    if (!is_valid_site_key(site.key)) {
      throw SiteCatalogError(where + "\"" + site.key + "\" is not a site key (a-z, 0-9, '.', '-')");
    }
    if (site.label.empty()) throw SiteCatalogError(where + "site " + site.key + " has no label");
    if (!keys.insert(site.key).second) throw SiteCatalogError(where + "site " + site.key + " is listed twice");
    entries_.push_back(std::move(site));
  });
  std::stable_sort(entries_.begin(), entries_.end(),
                   [](const Site& a, const Site& b) { return a.key.size() > b.key.size(); });
}

Site SiteCatalog::lookup(std::string_view key) const {
  for (const Site& site : entries_) {
    if (covers(site.key, key)) return site;
  }
  return Site{std::string(key), std::string(key), ""};
}

Site SiteCatalog::site_of(std::string_view url, std::string_view explicit_key) const {
  if (!explicit_key.empty()) return lookup(explicit_key);
  const std::string host = site_host(url);
  if (host.empty()) return {};
  for (const Site& site : entries_) {
    if (covers(site.key, host)) return site;
  }
  const std::string_view key = without_web_prefix(host);
  return Site{std::string(key), std::string(key), ""};
}

std::filesystem::path site_catalog_file(const std::filesystem::path& data_dir) {
  return data_dir / "sources" / "sites.tsv";
}

}  // namespace dipsearch
