// The site a release comes from, read from its URL: the host, which the source facet counts.
#pragma once

#include <string>
#include <string_view>

namespace dipsearch {

// The host of an http or https URL, lower case, without port, user information or a final
// dot: "https://WWW.mofa.go.kr:443/eng/view.do?seq=1" → "www.mofa.go.kr". "" when `url` is
// not an absolute http(s) URL or its host holds anything but ASCII letters, digits, '-', '.'.
std::string site_host(std::string_view url);

}  // namespace dipsearch
