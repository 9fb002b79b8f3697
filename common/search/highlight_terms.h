// What a query asks for, in the analyzer's forms, so that snippets can mark the words of a
// document that matched: the same keys the query built its Xapian terms from.
#pragma once

#include <set>
#include <string>
#include <vector>

namespace dipsearch {

// Words that match only together, at consecutive positions: a quoted phrase, a country's
// or an official's name of several words ("United States"), a name typed as one word and
// found written as two ("Kyungwha" as "Kyung wha", 긴급구호대 as 긴급 구호대). Their words
// alone are not matches ("State" in "Secretary of State" for "United States").
struct HighlightPhrase {
  // The forms each word in turn may take (exact and folded; for Korean also the stem, as
  // the index finds it with any particle).
  std::vector<std::set<std::string>> slots;
  // The query word or phrase it stands for, counted as one when passages are compared.
  std::string key;
};

struct HighlightTerms {
  // Normalized words, their stems, Latin words without diacritics and compounds joined
  // ("kyungwha"); a document word matches when one of its forms is here.
  std::set<std::string> words;
  // Hangul stems also found inside longer words (외교부 in 외교부장관은).
  std::set<std::string> hangul;
  // From prefix* queries.
  std::vector<std::string> prefixes;
  // Words that match only in a row.
  std::vector<HighlightPhrase> phrases;
  // One form per query word (its stem class, the prefix, or a phrase's key): a passage that
  // holds all of them is as good as a snippet gets, so the rest of the text need not be read.
  std::set<std::string> bases;
  bool empty() const { return words.empty() && hangul.empty() && prefixes.empty() && phrases.empty(); }

  // Adds another query part's terms.
  void add(const HighlightTerms& other) {
    words.insert(other.words.begin(), other.words.end());
    hangul.insert(other.hangul.begin(), other.hangul.end());
    prefixes.insert(prefixes.end(), other.prefixes.begin(), other.prefixes.end());
    phrases.insert(phrases.end(), other.phrases.begin(), other.phrases.end());
    bases.insert(other.bases.begin(), other.bases.end());
  }
};

}  // namespace dipsearch
