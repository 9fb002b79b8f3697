// URL hosts by hand: the only part of a URL we read, and RFC 3986's authority syntax is small.
#include "common/release/site.h"

#include "common/release/text_lines.h"

namespace dipsearch {

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

}  // namespace dipsearch
