// Who held an office on a date, for short mentions that no full name in the release explains:
// "Secretary Kerry" in a 2014 release, "Chancellor Merkel", "정 장관" in 2021. The registry's
// dated roles decide, and only when exactly one person fits.
#pragma once

#include <string_view>

#include "common/entities/officials_registry.h"

namespace dipsearch::entities::detail {

// The index (in registry.all()) of the one official whose family name is `word` and who held,
// on `date`, an office the mention's `title` names (same head: "Minister", "Secretary", "장관";
// same rank words: "Vice", "Deputy", "Prime", "부"); -1 when none or several fit, when the date
// or the title is empty (undated, "Minister Smith" could be anyone's), or when the title's head
// is one many people hold (ambassadors, directors, 대사, 국장).
int office_holder(const OfficialsRegistry& registry, std::string_view word, bool hangul,
                  std::string_view title, std::string_view date);

}  // namespace dipsearch::entities::detail
