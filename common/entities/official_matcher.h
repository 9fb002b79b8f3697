// Finds officials in tokenized text: registry names in any spelling, and unknown people by
// title patterns in English ("Foreign Minister Wang Yi", "Mr. X, Special Representative for
// …") and Korean ("정의용 외교부 장관은"). Short mentions ("Minister Kang", "정 장관") only
// resolve to a person already named in full in the same release.
//
// The stages, one file each: english_mentions and korean_mentions find mentions (with
// english_titles and korean_titles parsing the titles stated around them), and
// mention_resolution merges them into people; official_scan holds what the stages share.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "common/entities/country_matcher.h"
#include "common/entities/official_names.h"
#include "common/entities/officials_registry.h"
#include "common/entities/tokens.h"

namespace dipsearch::entities {
struct OfficialMention;
}

namespace dipsearch::entities::detail {

class OfficialMatcher {
 public:
  OfficialMatcher(const OfficialsRegistry& registry, const CountryCatalog& catalog);
  OfficialMatcher(const OfficialMatcher&) = delete;
  OfficialMatcher& operator=(const OfficialMatcher&) = delete;

  // Officials in order of first mention, unique by key. `date` and `lang` choose the
  // registry title when the release states none.
  std::vector<OfficialMention> find(const TokenStream& tokens, const std::vector<CountryHit>& hits,
                                    std::string_view date, std::string_view lang) const;

 private:
  OfficialNames names_;
  uint16_t korea_ = 0;
};

}  // namespace dipsearch::entities::detail
