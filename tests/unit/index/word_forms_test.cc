// The memoized word forms are exactly what the analyzer computes, however often asked.
#include <gtest/gtest.h>

#include "common/index/word_forms.h"
#include "common/text/normalize.h"

namespace dipsearch {
namespace {

struct Row {
  const char* word;
  text::Script script;
  bool hanja;
  const char* stem;
  const char* folded;
  const char* fold_of_stem;
  const char* stem_of_fold;
};

TEST(WordForms, MatchTheAnalyzer) {
  const Row rows[] = {
      {"consultations", text::Script::kLatin, false, "consult", "", "", ""},
      {"held", text::Script::kLatin, false, "", "", "", ""},
      {"u.s", text::Script::kLatin, false, "", "", "", ""},
      {"çavuşoğlu's", text::Script::kLatin, false, "çavuşoğlu", "cavusoglu's", "cavusoglu", ""},
      {"외교부는", text::Script::kHangul, false, "외교부", "", "", ""},
      {"日", text::Script::kHan, true, "일본", "", "", ""},
      {"日", text::Script::kHan, false, "", "", "", ""},  // not an abbreviation here: no stem
      {"2021", text::Script::kNumber, false, "", "", "", ""},
  };
  for (int round = 0; round < 2; ++round) {  // the second round is answered from the memo
    for (const Row& r : rows) {
      const WordForms& f = word_forms(r.word, r.script, r.hanja);
      EXPECT_EQ(f.stem, r.stem) << r.word;
      EXPECT_EQ(f.folded, r.folded) << r.word;
      EXPECT_EQ(f.fold_of_stem, r.fold_of_stem) << r.word;
      EXPECT_EQ(f.stem_of_fold, r.stem_of_fold) << r.word;
    }
  }
}

}  // namespace
}  // namespace dipsearch
