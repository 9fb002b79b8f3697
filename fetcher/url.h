// URLs through libcurl's URL parser: resolving a link against its page, and the parts the
// fetcher needs (origin for robots.txt and politeness, path and query for robots rules).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dipsearch::fetcher {

struct UrlParts {
  std::string url;         // normalised absolute URL, without fragment
  std::string scheme;      // "http" or "https"
  std::string host;        // lower-case
  std::string origin;      // "https://www.mofa.go.kr" (with a port when one is given)
  std::string path_query;  // "/eng/brd/m_5676/view.do?seq=1"
};

// `link` (absolute or relative, as found in an href) resolved against `base`; nullopt when
// it is not an http(s) URL once resolved (mailto:, javascript:, garbage).
std::optional<UrlParts> resolve_url(std::string_view base, std::string_view link);

// An absolute http(s) URL's parts; nullopt when it is not one.
std::optional<UrlParts> parse_url(std::string_view url);

}  // namespace dipsearch::fetcher
