// Which family a page's site belongs to: an official one (governments, their ministries,
// embassies and portals, intergovernmental bodies) or a news site. Accuracy is reported for
// each, since the targets differ.
#pragma once

#include <string_view>

namespace dipsearch::pages_eval {

enum class SiteFamily { kOfficial, kNews };

// By the host's domain: government and intergovernmental domains (.gov, .go.kr, .gc.ca,
// .mil, .int, un.org, korea.kr, foreign-ministry and embassy hosts, and the few official
// sites on generic domains listed in site_family.cc) are official; every other host is news.
SiteFamily site_family(std::string_view host);

const char* family_name(SiteFamily family);

}  // namespace dipsearch::pages_eval
