// What a query asks for, in the analyzer's forms, so that snippets can mark the words of a
// document that matched: the same keys the query built its Xapian terms from.
#pragma once

#include <set>
#include <string>
#include <vector>

namespace dipsearch {

struct HighlightTerms {
  std::set<std::string> words;     // normalized words and their stems
  std::vector<std::string> hangul; // Hangul stems found inside longer words (외교부 in 외교부장관은)
  std::vector<std::string> prefixes;  // from prefix* queries
  bool empty() const { return words.empty() && hangul.empty() && prefixes.empty(); }
};

}  // namespace dipsearch
