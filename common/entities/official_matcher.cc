// Official extraction in three steps over one token stream: find mentions (registry names,
// title patterns, honorifics) in English and Korean, attach the titles stated around them,
// then resolve short mentions to the full names found in the same release.
#include "common/entities/official_matcher.h"

#include <algorithm>

#include "common/entities/english_mentions.h"
#include "common/entities/extractor.h"
#include "common/entities/korean_mentions.h"
#include "common/entities/mention_resolution.h"
#include "common/entities/official_scan.h"

namespace dipsearch::entities::detail {

OfficialMatcher::OfficialMatcher(const OfficialsRegistry& registry, const CountryCatalog& catalog)
    : names_(registry), korea_(static_cast<uint16_t>(std::max(0, catalog.index_of("KR")))) {}

std::vector<OfficialMention> OfficialMatcher::find(const TokenStream& tokens,
                                                   const std::vector<CountryHit>& hits,
                                                   std::string_view date,
                                                   std::string_view lang) const {
  ScanState state(names_, tokens, hits, korea_);
  EnglishMentions(state).find();
  if (state.has_hangul) KoreanMentions(state).find();
  return resolve_mentions(state, date, lang);
}

}  // namespace dipsearch::entities::detail
