// What a query asks for, in the analyzer's forms, so that snippets can mark the words of a
// document that matched: the same keys the query built its Xapian terms from.
#pragma once

#include <set>
#include <string>
#include <vector>

namespace dipsearch {

struct HighlightTerms {
  // Normalized words, their stems, Latin words without diacritics and compounds joined
  // ("kyungwha"); a document word matches when one of its forms is here.
  std::set<std::string> words;
  // Hangul stems also found inside longer words (외교부 in 외교부장관은).
  std::set<std::string> hangul;
  // From prefix* queries.
  std::vector<std::string> prefixes;
  // One form per query word (its stem class, or the prefix): a passage that holds all of
  // them is as good as a snippet gets, so the rest of the text need not be read.
  std::set<std::string> bases;
  bool empty() const { return words.empty() && hangul.empty() && prefixes.empty(); }
};

}  // namespace dipsearch
