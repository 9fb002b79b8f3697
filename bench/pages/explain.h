// What the page reader saw on one page, line by line: each line's role (chrome kind, metadata,
// paragraph), the headline candidates with their features and scores, and the date evidence.
// For finding out why a page failed without guessing.
#pragma once

#include <cstdio>
#include <string_view>

namespace dipsearch::pages_eval {

void explain_page(std::string_view text, std::FILE* out);

}  // namespace dipsearch::pages_eval
