// The last step of official extraction: mentions become people. Full mentions make a person
// each, keyed by registry key or by the name as written; short mentions ("Minister Kang", "정
// 장관", a one-word part of a full Hangul name) join the person whose name holds the word;
// each person keeps the fullest name and the title stated with it.
#pragma once

#include <string_view>
#include <vector>

#include "common/entities/official_scan.h"

namespace dipsearch::entities {
struct OfficialMention;
}

namespace dipsearch::entities::detail {

// Officials in order of first mention, unique by key. `date` and `lang` choose the registry
// title when the release states none.
std::vector<OfficialMention> resolve_mentions(ScanState& s, std::string_view date,
                                              std::string_view lang);

}  // namespace dipsearch::entities::detail
