// Ties the pieces together: one token stream per release, countries first (officials' titles
// use them), then officials.
#include "common/entities/extractor.h"

#include <algorithm>

#include "common/entities/country_matcher.h"
#include "common/entities/official_key.h"
#include "common/entities/official_matcher.h"
#include "common/entities/tokens.h"
#include "common/text/normalize.h"

namespace dipsearch::entities {

EntityExtractor::EntityExtractor(const std::filesystem::path& data_dir)
    : catalog_(CountryCatalog::instance(data_dir)),
      registry_(OfficialsRegistry::load(data_dir)),
      country_matcher_(std::make_unique<detail::CountryMatcher>(catalog_)),
      official_matcher_(std::make_unique<detail::OfficialMatcher>(registry_, catalog_)) {}

EntityExtractor::~EntityExtractor() = default;

Entities EntityExtractor::extract(const Release& release) const {
  // The title, each note of the page's head (a byline, a country row) and the body are
  // paragraphs of their own: names and titles never run across them.
  std::string text;
  text.reserve(release.title.size() + release.body.size() + 2);
  text += release.title;
  text += "\n\n";
  for (const std::string& note : release.head_notes) {
    text += note;
    text += "\n\n";
  }
  text += release.body;
  const detail::TokenStream tokens(text);
  const std::vector<detail::CountryHit> hits = country_matcher_->find(tokens);

  Entities out;
  std::vector<uint16_t> seen;  // catalog indexes; all() is sorted by code, so they sort as codes
  for (const detail::CountryHit& hit : hits) {
    seen.insert(seen.end(), hit.countries.begin(), hit.countries.begin() + hit.count);
  }
  // Countries a JSON source states count like mentions (unknown codes are ignored).
  for (const std::string& code : release.countries) {
    const int i = catalog_.index_of(code);
    if (i >= 0) seen.push_back(static_cast<uint16_t>(i));
  }
  std::sort(seen.begin(), seen.end());
  seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
  out.countries.reserve(seen.size());
  for (uint16_t i : seen) out.countries.push_back(catalog_.all()[i].code);
  std::string lang = release.lang;
  if (lang.empty()) lang = text::has_hangul(release.body) ? "ko" : "en";

  // Officials a JSON source states come first, with their stated title; the ones found in
  // the text follow unless already stated.
  for (const StatedOfficial& stated : release.officials) {
    OfficialMention o;
    const RegistryOfficial* known = registry_.match_name(stated.name);
    o.key = known != nullptr ? known->key : official_key(stated.name);
    if (o.key.empty()) continue;
    bool duplicate = false;
    for (const OfficialMention& prior : out.officials) duplicate = duplicate || prior.key == o.key;
    if (duplicate) continue;
    o.name = stated.name;
    o.title = stated.title;
    if (known != nullptr) {
      o.name_en = known->name_en;
      o.name_ko = known->name_ko;
      if (o.title.empty()) o.title = registry_.title_at(*known, release.date, lang);
    } else if (text::has_hangul(stated.name)) {
      o.name_ko = stated.name;
    } else {
      o.name_en = stated.name;
    }
    out.officials.push_back(std::move(o));
  }
  for (OfficialMention& found : official_matcher_->find(tokens, hits, release.date, lang)) {
    bool duplicate = false;
    for (const OfficialMention& prior : out.officials) {
      duplicate = duplicate || prior.key == found.key;
    }
    if (!duplicate) out.officials.push_back(std::move(found));
  }
  return out;
}

}  // namespace dipsearch::entities
