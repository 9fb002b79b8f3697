// Levenshtein distance over code points, bounded: the search's spelling suggestions and the
// entity extractor's misspelt names only care whether two words are a few edits apart.
#pragma once

#include <cstddef>
#include <vector>

namespace dipsearch::text {

// The number of insertions, deletions and substitutions that turn `a` into `b`, or limit + 1
// as soon as it must exceed `limit`.
size_t bounded_edit_distance(const std::vector<unsigned>& a, const std::vector<unsigned>& b,
                             size_t limit);

}  // namespace dipsearch::text
