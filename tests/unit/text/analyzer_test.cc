// Table-driven analyzer tests: text in, the exact words, positions and offsets out.
#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include "common/text/analyzer.h"
#include "common/text/korean.h"
#include "common/text/normalize.h"

namespace dipsearch::text {
namespace {

struct SplitCase {
  std::string text;
  std::vector<std::string> words;  // normalized, in order; positions are 1..n
};

class SplitWords : public ::testing::TestWithParam<SplitCase> {};

TEST_P(SplitWords, ProducesWordsAtConsecutivePositions) {
  const SplitCase& c = GetParam();
  std::vector<Token> tokens = split_words(c.text);
  std::vector<std::string> words;
  for (size_t i = 0; i < tokens.size(); ++i) {
    words.push_back(tokens[i].text);
    EXPECT_EQ(tokens[i].position, i + 1) << c.text;
  }
  EXPECT_EQ(words, c.words) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, SplitWords,
    ::testing::Values(
        SplitCase{"Outcome of First ROK - Afghanistan Political Consultations",
                  {"outcome", "of", "first", "rok", "afghanistan", "political", "consultations"}},
        SplitCase{"Mr. Lee Kyung-chul, Special Representative", {"mr", "lee", "kyung", "chul", "special", "representative"}},
        SplitCase{"ＣＯＶＩＤ－１９ response", {"covid", "19", "response"}},
        SplitCase{"2021-04-08 20:32:19", {"2021", "04", "08", "20", "32", "19"}},
        SplitCase{"외교부는 서울에서 협의회를 개최했다.", {"외교부는", "서울에서", "협의회를", "개최했다"}},
        SplitCase{"NATO는 G20에서", {"nato", "g20"}},
        SplitCase{"코로나19 대응", {"코로나", "19", "대응"}},
        SplitCase{"the Afghan government’s appreciation", {"the", "afghan", "government's", "appreciation"}},
        SplitCase{"日 관방장관", {"日", "관방장관"}},
        SplitCase{"한ㆍ미 동맹", {"한", "미", "동맹"}},
        SplitCase{"U.S. and ROK", {"u.s", "and", "rok"}},
        SplitCase{"  ...  ", {}},
        SplitCase{"", {}},
        // Hangul fillers pad Korean pages; alone or inside a word they are nothing.
        SplitCase{"\u3164", {}},
        SplitCase{"\u3164 \u1160 \uFFA0 \u115F", {}},
        SplitCase{"외교부\u3164 발표", {"외교부", "발표"}},
        SplitCase{"\uFFA0외교부", {"외교부"}},
        SplitCase{"talks\u00AD \u200B \u2060", {"talks"}}));

TEST(SplitWords, OffsetsPointIntoTheOriginalText) {
  const std::string text = "Deputy Minister 나브 차관은 ＣＯＶＩＤ";
  for (const Token& t : split_words(text)) {
    std::string original = text.substr(t.begin, t.end - t.begin);
    EXPECT_EQ(normalize(original), t.text);
  }
  auto tokens = split_words(text);
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(text.substr(tokens[3].begin, tokens[3].end - tokens[3].begin), "차관은");
}

// Xapian refuses an empty term, and one such word once aborted a whole indexing run. Every
// code point, alone on a line or inside a word, gives words that are not empty
// (default-ignorable ones such as the Hangul fillers give none).
TEST(SplitWords, NoCodePointMakesAnEmptyWord) {
  for (const auto& [before, after] : {std::pair{"", "\n"}, std::pair{"외", "a "}}) {
    std::string text;
    for (UChar32 c = 1; c <= 0x10FFFF; ++c) {
      if (c >= 0xD800 && c <= 0xDFFF) continue;
      text.append(before);
      icu::UnicodeString(c).toUTF8String(text);
      text.append(after);
    }
    for (const Token& token : split_words(text)) {
      ASSERT_FALSE(token.text.empty()) << "word at byte " << token.begin << " (after '" << before << "')";
    }
  }
}

TEST(SplitWords, FirstPositionCarriesOn) {
  std::vector<Token> out;
  split_words("one two", out, 10);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].position, 10u);
  EXPECT_EQ(out[1].position, 11u);
}

TEST(SplitWords, ScriptsAreClassified) {
  auto tokens = split_words("Korea 한국 中 2021");
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[0].script, Script::kLatin);
  EXPECT_EQ(tokens[1].script, Script::kHangul);
  EXPECT_EQ(tokens[2].script, Script::kHan);
  EXPECT_EQ(tokens[3].script, Script::kNumber);
}

struct StemCase {
  std::string word;
  std::string stem;  // "" = no separate stem
};

class Stems : public ::testing::TestWithParam<StemCase> {};

TEST_P(Stems, MatchTable) {
  auto tokens = split_words(GetParam().word);
  ASSERT_EQ(tokens.size(), 1u) << GetParam().word;
  EXPECT_EQ(stem_of(tokens[0]), GetParam().stem) << GetParam().word;
}

INSTANTIATE_TEST_SUITE_P(
    Table, Stems,
    ::testing::Values(StemCase{"consultations", "consult"}, StemCase{"consultation", "consult"},
                      StemCase{"consult", ""}, StemCase{"government’s", "govern"},
                      StemCase{"외교부는", "외교부"}, StemCase{"외교부의", "외교부"},
                      StemCase{"외교부장관은", "외교부장관"}, StemCase{"서울에서", "서울"},
                      StemCase{"아프가니스탄의", "아프가니스탄"}, StemCase{"베트남과", "베트남"},
                      StemCase{"결과", ""}, StemCase{"추가", ""}, StemCase{"회의", ""},
                      StemCase{"정상회의", ""}, StemCase{"한반도", ""}, StemCase{"협의회를", "협의회"},
                      StemCase{"미국으로부터", "미국"}, StemCase{"2021", ""}));

TEST(Korean, StripParticleRespectsFinalConsonant) {
  EXPECT_EQ(strip_particle("장관은"), "장관");   // 은 after a consonant
  EXPECT_EQ(strip_particle("외교부은"), "외교부은");  // 은 never follows a vowel
  EXPECT_EQ(strip_particle("정부를"), "정부");
  EXPECT_EQ(strip_particle("서울로"), "서울");     // 로 after ㄹ
  EXPECT_EQ(strip_particle("한국로"), "한국로");
}

TEST(Korean, ParticlesAreRecognised) {
  EXPECT_TRUE(is_particle("는"));
  EXPECT_TRUE(is_particle("에서"));
  EXPECT_FALSE(is_particle("외교"));
}

TEST(Bigrams, OverlapWithinAWord) {
  EXPECT_EQ(hangul_bigrams("외교부"), (std::vector<std::string>{"외교", "교부"}));
  EXPECT_EQ(hangul_bigrams("외"), std::vector<std::string>{});
  EXPECT_EQ(hangul_bigrams("한·미"), std::vector<std::string>{});
}

TEST(NgramViews, SameGramsAsStringsPointingIntoTheWord) {
  std::vector<std::string_view> views{"left over"};
  for (std::string_view word : {"외교부장관", "코로나19", "한·미·일", "외", "ab외교x부장관님", "정상회담에서는"}) {
    for (size_t n : {2, 3, 4}) {
      hangul_ngram_views(word, n, views);
      const std::vector<std::string> strings(views.begin(), views.end());
      EXPECT_EQ(strings, n == 2 ? hangul_bigrams(word) : n == 3 ? hangul_trigrams(word) : strings) << word;
      for (std::string_view v : views) EXPECT_TRUE(v.data() >= word.data() && v.data() + v.size() <= word.data() + word.size());
    }
  }
  hangul_ngram_views("정상회담에서는", 4, views);
  EXPECT_EQ(views, (std::vector<std::string_view>{"정상회담", "상회담에", "회담에서", "담에서는"}));
  hangul_ngram_views("외교x부장관", 2, views);
  EXPECT_EQ(views, (std::vector<std::string_view>{"외교", "부장", "장관"}));
  EXPECT_THROW(hangul_ngram_views("외교", 0, views), std::invalid_argument);
}

TEST(Trigrams, OverlapWithinARunOfHangul) {
  EXPECT_EQ(hangul_trigrams("외교부장관"), (std::vector<std::string>{"외교부", "교부장", "부장관"}));
  EXPECT_EQ(hangul_trigrams("외교"), std::vector<std::string>{});
  EXPECT_EQ(hangul_trigrams("코로나19"), std::vector<std::string>{"코로나"});
  EXPECT_EQ(hangul_trigrams("한·미·일"), std::vector<std::string>{});
}

TEST(StopWords, EnglishOnly) {
  EXPECT_TRUE(is_stop_word("the"));
  EXPECT_TRUE(is_stop_word("of"));
  EXPECT_FALSE(is_stop_word("afghanistan"));
  EXPECT_FALSE(is_stop_word("의"));
}

TEST(Normalize, FoldsWidthCaseAndMiddleDots) {
  EXPECT_EQ(normalize("ＣＯＶＩＤ－１９"), "covid-19");
  EXPECT_EQ(normalize("한ㆍ미"), "한·미");
  EXPECT_EQ(normalize("Ⅱ"), "ii");
  EXPECT_TRUE(is_valid_utf8("외교부"));
  EXPECT_FALSE(is_valid_utf8("\xC3\x28"));
  EXPECT_TRUE(has_hangul("abc 한"));
  EXPECT_FALSE(has_hangul("abc"));
}

}  // namespace
}  // namespace dipsearch::text
