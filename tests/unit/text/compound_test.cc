// Words written with joiners (Kyung-wha, 한·미, COVID-19), Hanja abbreviations and plain
// spellings: the forms that let differently written words find each other.
#include <gtest/gtest.h>

#include "common/text/analyzer.h"
#include "common/text/hanja.h"
#include "common/text/normalize.h"
#include "common/text/romanized.h"

namespace dipsearch::text {
namespace {

struct GlueCase {
  std::string text;
  std::vector<std::string> words;
  std::vector<bool> glued;
};

class Glue : public ::testing::TestWithParam<GlueCase> {};

TEST_P(Glue, MarksWordsWrittenOntoThePreviousOne) {
  const GlueCase& c = GetParam();
  std::vector<std::string> words;
  std::vector<bool> glued;
  for (const Token& t : split_words(c.text)) {
    words.push_back(t.text);
    glued.push_back(t.glued);
  }
  EXPECT_EQ(words, c.words) << c.text;
  EXPECT_EQ(glued, c.glued) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, Glue,
    ::testing::Values(GlueCase{"Kyung-wha", {"kyung", "wha"}, {false, true}},
                      GlueCase{"Kyung wha", {"kyung", "wha"}, {false, false}},
                      GlueCase{"한·미", {"한", "미"}, {false, true}},
                      // 'ㆍ' is a letter to ICU: it must vanish, not become a word
                      GlueCase{"한ㆍ미 정상", {"한", "미", "정상"}, {false, true, false}},
                      GlueCase{"한・일", {"한", "일"}, {false, true}},
                      GlueCase{"코로나19 대응", {"코로나", "19", "대응"}, {false, true, false}},
                      GlueCase{"Seoul – Tokyo", {"seoul", "tokyo"}, {false, false}}));

struct CompoundCase {
  std::string text;
  std::vector<std::string> compounds;
};

class Compounds : public ::testing::TestWithParam<CompoundCase> {};

TEST_P(Compounds, JoinRunsOfOneKind) {
  std::vector<std::string> found;
  for (const Compound& c : find_compounds(split_words(GetParam().text))) found.push_back(c.text);
  EXPECT_EQ(found, GetParam().compounds) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, Compounds,
    ::testing::Values(CompoundCase{"Kyung-wha", {"kyungwha"}}, CompoundCase{"Lee Kyung-chul", {"kyungchul"}},
                      CompoundCase{"co-operation", {"cooperation"}}, CompoundCase{"COVID-19", {"covid19"}},
                      CompoundCase{"한·미·일 공조", {"한미일"}}, CompoundCase{"에너지·자원", {"에너지자원"}},
                      CompoundCase{"韓中 정상회담", {"한중"}}, CompoundCase{"2021-04-08", {}},
                      CompoundCase{"코로나19", {}}, CompoundCase{"a-b-c-d-e", {}},
                      CompoundCase{"日 관방장관", {}}, CompoundCase{"NATO는", {}}));

TEST(Compounds, KnowTheirTokensAndScript) {
  auto tokens = split_words("Minister Kang Kyung-wha and 한·미 ties");
  auto compounds = find_compounds(tokens);
  ASSERT_EQ(compounds.size(), 2u);
  EXPECT_EQ(tokens[compounds[0].first].text, "kyung");
  EXPECT_EQ(tokens[compounds[0].last].text, "wha");
  EXPECT_EQ(compounds[0].script, Script::kLatin);
  EXPECT_EQ(tokens[compounds[1].first].text, "한");
  EXPECT_EQ(compounds[1].script, Script::kHangul);
}

struct HanjaCase {
  std::string text;
  std::vector<std::string> stems;  // per token
};

class Hanja : public ::testing::TestWithParam<HanjaCase> {};

TEST_P(Hanja, AbbreviationsStandAloneOrTogether) {
  std::vector<std::string> stems;
  for (const Token& t : split_words(GetParam().text)) stems.push_back(stem_of(t));
  EXPECT_EQ(stems, GetParam().stems) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, Hanja,
    ::testing::Values(HanjaCase{"日 관방장관", {"일본", ""}}, HanjaCase{"루비오 美 국무장관", {"", "미국", ""}},
                      HanjaCase{"北 미사일", {"북한", ""}}, HanjaCase{"韓中", {"한국", "중국"}},
                      // names and words are not abbreviations
                      HanjaCase{"日本", {""}}, HanjaCase{"王毅", {"", ""}}, HanjaCase{"岸田文雄", {"", ""}}));

TEST(Hanja, ReadingsMakeTheKoreanCompound) {
  EXPECT_EQ(hanja_abbreviation("日"), "일본");
  EXPECT_EQ(hanja_abbreviation("韓美"), "한미");
  EXPECT_EQ(hanja_abbreviation("北露"), "북러");
  EXPECT_EQ(hanja_abbreviation("日本"), "");
  EXPECT_EQ(hanja_abbreviation(""), "");
  EXPECT_EQ(hanja_abbreviation("abc"), "");
}

TEST(Folding, NamesTypedInAsciiMatch) {
  auto tokens = split_words("Mevlüt Çavuşoğlu Türkiye Brasília Seoul");
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(folded_of(tokens[0]), "mevlut");
  EXPECT_EQ(folded_of(tokens[1]), "cavusoglu");
  EXPECT_EQ(folded_of(tokens[2]), "turkiye");
  EXPECT_EQ(folded_of(tokens[3]), "brasilia");
  EXPECT_EQ(folded_of(tokens[4]), "");  // nothing to fold
  EXPECT_EQ(fold_diacritics("łódź"), "lodz");
  EXPECT_EQ(fold_diacritics("ıstanbul"), "istanbul");
  EXPECT_EQ(fold_diacritics("외교부"), "외교부");
}

struct SplitCase {
  std::string word;
  std::vector<std::pair<std::string, std::string>> splits;
};

class Romanized : public ::testing::TestWithParam<SplitCase> {};

TEST_P(Romanized, SplitsJoinedGivenNames) {
  EXPECT_EQ(romanized_syllable_splits(GetParam().word), GetParam().splits) << GetParam().word;
}

INSTANTIATE_TEST_SUITE_P(
    Table, Romanized,
    ::testing::Values(SplitCase{"kyungwha", {{"kyung", "wha"}}}, SplitCase{"jongmoon", {{"jong", "moon"}}},
                      SplitCase{"euiyong", {{"eui", "yong"}}}, SplitCase{"minister", {}},
                      SplitCase{"consultation", {}}, SplitCase{"kim", {}},  // too short to be two
                      SplitCase{"Kyungwha", {}}));                         // expects lower case

TEST(Romanized, Syllables) {
  for (const char* s : {"kang", "kyung", "wha", "chul", "hyun", "byung", "se", "tae", "yul", "eui"}) {
    EXPECT_TRUE(is_romanized_syllable(s)) << s;
  }
  for (const char* s : {"str", "minis", "x", ""}) EXPECT_FALSE(is_romanized_syllable(s)) << s;
}

TEST(StopWords, FunctionWordsButNotNames) {
  for (const char* w : {"the", "of", "after", "against", "which", "would"}) EXPECT_TRUE(is_stop_word(w)) << w;
  for (const char* w : {"who", "us", "korea", "summit", ""}) EXPECT_FALSE(is_stop_word(w)) << w;
  auto all = stop_words();
  EXPECT_TRUE(std::is_sorted(all.begin(), all.end()));
  EXPECT_NE(std::find(all.begin(), all.end(), "the"), all.end());
}

TEST(Stems, AbbreviationsWithDotsAreNotStemmed) {
  auto tokens = split_words("U.S. consultations");
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].text, "u.s");
  EXPECT_EQ(stem_of(tokens[0]), "");
  EXPECT_EQ(stem_of(tokens[1]), "consult");
  EXPECT_EQ(stem_of("kyungwha", Script::kLatin), "");
  EXPECT_EQ(stem_of("한미의", Script::kHangul), "한미");
}

}  // namespace
}  // namespace dipsearch::text
