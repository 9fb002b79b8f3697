// Domain patterns of official sites. A host is official when one of its dot-separated labels
// or its registrable suffix says so; the lists name what the real page sets contain.
#include "bench/pages/site_family.h"

#include <array>
#include <string>

namespace dipsearch::pages_eval {
namespace {

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// Whole labels that mark a government domain anywhere in the host ("mofa.go.kr",
// "www.mfa.gov.sg", "news.gc.ca", "www.pacom.mil").
constexpr std::array<std::string_view, 9> kGovernmentLabels = {"gov", "go", "gob", "gouv", "govt", "gc",
                                                               "mil", "int", "admin"};

// Host suffixes of official sites on other domains.
constexpr std::array<std::string_view, 18> kOfficialSuffixes = {
    "un.org", "chinaemb.or.kr", "korea.kr", "canada.ca", "auswaertiges-amt.de", "chineseembassy.org", "china-embassy.org",
    "chineseconsulate.org", "china-consulate.org", "china-un.org", "china-mission.gov.cn", "aseankorea.org",
    "europa.eu", "nato.int", "asean.org", "iaea.org", "osce.org", "korea.net"};

// Words inside a label that name a foreign ministry or a mission ("mofa", "mfa", "embassy").
constexpr std::array<std::string_view, 6> kOfficialWords = {"mofa", "mfa", "embassy", "consulate",
                                                            "ministry", "president"};

}  // namespace

SiteFamily site_family(std::string_view host) {
  for (std::string_view suffix : kOfficialSuffixes) {
    if (host == suffix || ends_with(host, "." + std::string(suffix))) return SiteFamily::kOfficial;
  }
  size_t start = 0;
  while (start < host.size()) {
    size_t end = host.find('.', start);
    if (end == std::string_view::npos) end = host.size();
    const std::string_view label = host.substr(start, end - start);
    for (std::string_view government : kGovernmentLabels) {
      if (label == government) return SiteFamily::kOfficial;
    }
    for (std::string_view word : kOfficialWords) {
      if (label.find(word) != std::string_view::npos) return SiteFamily::kOfficial;
    }
    start = end + 1;
  }
  return SiteFamily::kNews;
}

const char* family_name(SiteFamily family) { return family == SiteFamily::kOfficial ? "official" : "news"; }

}  // namespace dipsearch::pages_eval
