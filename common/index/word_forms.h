// The forms a word is indexed under besides itself (stem, spelling without diacritics and
// their stems), computed once per distinct word and thread: most words of a release were
// seen in earlier releases, and Snowball and the Korean particle rules are the costliest
// part of term generation.
#pragma once

#include <string>
#include <string_view>

#include "common/text/analyzer.h"

namespace dipsearch {

struct WordForms {
  std::string stem;          // text::stem_of; empty when the word is its own stem
  std::string folded;        // Latin without diacritics; empty when the same as the word
  std::string fold_of_stem;  // the stem without diacritics, when that differs from the stem
  std::string stem_of_fold;  // the folded spelling's stem, when it is yet another form
};

// The forms of a word as the analyzer gave it. The reference stays valid until the next
// call on the same thread.
const WordForms& word_forms(std::string_view word, text::Script script, bool hanja_abbreviation);

}  // namespace dipsearch
