// Who held an office on a date, for short mentions that no full name in the release explains:
// "Secretary Kerry" in a 2014 release, "Chancellor Merkel", "정 장관" in 2021, "Secretary of
// State Kerry" undated. The registry's roles decide, and only when exactly one person fits.
#pragma once

#include <string_view>

#include "common/entities/officials_registry.h"

namespace dipsearch::entities::detail {

// The index (in registry.all()) of the one official whose family name is `word` and who held,
// on `date`, an office the mention's `title` names (same head: "Minister", "Secretary", "장관";
// same rank words: "Vice", "Deputy", "Prime", "부"); -1 when none or several fit, when the
// title is empty, or when the title's head is one many people hold (ambassadors, directors,
// 대사, 국장). Undated, a Latin title must name the office in full ("Secretary of State Kerry":
// the one person who ever held it with that name; "Minister Smith" could be anyone's); an
// undated Korean title must name it in full too ("라이스 미 국무장관", "나가미네 주한일본대사";
// "아베 총리" names no one).
int office_holder(const OfficialsRegistry& registry, std::string_view word, bool hangul,
                  std::string_view title, std::string_view date);

}  // namespace dipsearch::entities::detail
