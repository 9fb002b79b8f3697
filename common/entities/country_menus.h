// Menus and link lists of page chrome name countries one a line ("Japan", "China", …), or
// several on a line with nothing else: the country matcher drops them when they open or close
// the text, where a list between paragraphs is content.
#pragma once

#include <vector>

#include "common/entities/country_matcher.h"
#include "common/entities/tokens.h"

namespace dipsearch::entities::detail {

// Removes from `hits` the names that fill lines of a menu at the start or the end of the text.
void drop_country_menus(const TokenStream& ts, std::vector<CountryHit>& hits);

}  // namespace dipsearch::entities::detail
