// "Did you mean": for a query that found nothing, the same query with each word the index
// does not hold replaced by the closest word it does hold (edit distance over code points).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <xapian.h>

namespace dipsearch {

// The query text with unknown plain words replaced, or nullopt when every word is known or
// none has a close enough neighbour. Words inside field terms, prefix* terms, operators and
// stop words stay as typed. Reads at most kMaxSpellingCandidates terms per unknown word.
std::optional<std::string> suggest_spelling(const Xapian::Database& db, std::string_view query);

inline constexpr size_t kMaxSpellingCandidates = 50000;
// Only the first few unknown words are corrected: a long query of unknown words is no typo.
inline constexpr size_t kMaxSpellingWords = 4;

}  // namespace dipsearch
