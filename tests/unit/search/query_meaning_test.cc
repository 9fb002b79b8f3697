// What queries find: the same analyzer on both sides makes Korean particles, English
// inflections, joined and hyphenated names, Hanja abbreviations and plain spellings meet.
#include <gtest/gtest.h>

#include <algorithm>

#include "common/search/api_error.h"
#include "common/text/analyzer.h"
#include "tests/unit/search/query_test_support.h"

namespace dipsearch {
namespace {

using testing::Doc;
using testing::has;
using testing::search;

std::vector<std::string> sorted(std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end());
  return ids;
}

const Xapian::Database& korean() {
  static const Xapian::WritableDatabase db = testing::index_of({
      {"topic", "ko", "협의회 개최", "외교부는 서울에서 협의회를 개최하였다."},
      {"genitive", "ko", "입장 설명", "외교부의 입장을 설명하였다."},
      {"compound", "ko", "회의 참석", "외교부장관은 회의에 참석하였다."},
      {"summit", "ko", "정상회담", "양국은 정상회담을 가졌다."},
      {"conference", "ko", "정상회의", "정상회의 계기에 양자 회담을 가졌다."},
      {"dot", "ko", "결과", "한·미 외교장관회담 결과를 발표하였다."},
      {"jamo-dot", "ko", "동맹", "한ㆍ미 동맹이 굳건하다."},
      {"joined", "ko", "회담", "한미 외교장관회담이 열렸다."},
      {"trilateral", "ko", "협의회", "한미일 외교차관협의회가 열렸다."},
      {"hanja-japan", "ko", "논평", "하야시 日 관방장관이 기자회견에서 언급하였다."},
      {"hanja-us", "ko", "회담", "루비오 美 국무장관과 회담을 가졌다."},
      {"nato", "ko", "파트너", "NATO는 한국을 중요한 파트너로 여긴다."},
      {"covid", "ko", "대응", "코로나19로 인한 어려움 속에서도 협력하였다."},
      {"unrelated", "ko", "기후", "기후변화 대응을 논의하였다."},
  });
  return db;
}

const Xapian::Database& english() {
  static const Xapian::WritableDatabase db = testing::index_of({
      {"plural", "en", "Policy Consultations", "The two sides held policy consultations in Seoul."},
      {"singular", "en", "Assistance", "Aid will be delivered in consultation with the authorities."},
      {"hyphen", "en", "Meeting", "Minister Kang Kyung-wha met her counterpart."},
      {"joined", "en", "Speech", "Minister Kyungwha Kang spoke at the forum."},
      {"spaced", "en", "Visit", "Minister Kang Kyung Wha visited the region."},
      {"diacritics", "en", "Phone call", "Minister Mevlüt Çavuşoğlu thanked the people of Türkiye."},
      {"nonprolif", "en", "Talks", "They discussed non-proliferation and cyber defence."},
      {"japan", "en", "Japan", "Policy consultations with Japan were held.", {"JP"}},
      {"covid", "en", "Pandemic", "Cooperation against COVID-19 continued."},
  });
  return db;
}

TEST(KoreanWords, FindTheWordWithParticlesAndInsideCompounds) {
  auto found = search(korean(), "외교부").all();
  EXPECT_EQ(sorted(found), (std::vector<std::string>{"compound", "genitive", "topic"}));
  // the word with a particle attached means the same word
  EXPECT_EQ(sorted(search(korean(), "외교부의").all()), sorted(found));
}

TEST(KoreanWords, RankExactAboveStemAboveCompound) {
  auto db = testing::index_of({
      {"inside", "ko", "가", "외교부장관은 오늘 도착하였다."},
      {"particle", "ko", "가", "외교부는 오늘 도착하였다."},
      {"bare", "ko", "가", "외교부 오늘 도착하였다."},
  });
  EXPECT_EQ(search(db, "외교부").strict, (std::vector<std::string>{"bare", "particle", "inside"}));
}

TEST(KoreanWords, CompoundIsNotFoundAcrossTwoWords) {
  auto found = search(korean(), "정상회담").all();
  EXPECT_TRUE(has(found, "summit"));
  EXPECT_FALSE(has(found, "conference"));  // only 정상회의 … 회담
}

// The bigrams of two- and three-syllable words are indexed without positions: a longer
// word is still found inside a compound, never from its bigrams spread over short words.
TEST(KoreanWords, FourSyllablesInsideAWordButNeverFromShortWordsBigrams) {
  auto db = testing::index_of({
      {"inside", "ko", "가", "외교장관회담이 열렸다."},
      {"scattered", "ko", "가", "외교 교장 장관 회담이 열렸다."},
  });
  EXPECT_EQ(search(db, "외교장관").all(), (std::vector<std::string>{"inside"}));
}

TEST(KoreanWords, ThreeSyllablesInsideAWordButNeverAcrossTwo) {
  auto db = testing::index_of({{"inside", "ko", "가", "북미정상회의가 열렸다."},
                               {"apart", "ko", "가", "남북 정상 회의가 열렸다."}});
  EXPECT_EQ(search(db, "정상회").all(), std::vector<std::string>{"inside"});
  EXPECT_EQ(search(db, "미정상").all(), std::vector<std::string>{"inside"});
}

TEST(KoreanWords, VerbEndingsShareTheNounsStem) {
  // 개최하였다 is the verb of 개최
  auto db = testing::index_of({{"held", "ko", "결과", "협의회를 개최하였다."}, {"other", "ko", "결과", "협의회를 취소하였다."}});
  EXPECT_EQ(search(db, "개최").all(), std::vector<std::string>{"held"});
  EXPECT_EQ(search(db, "\"협의회를 개최\"").all(), std::vector<std::string>{"held"});
}

TEST(KoreanWords, MiddleDotCompoundsMatchTheJoinedForm) {
  for (const char* q : {"한미", "한·미", "한ㆍ미", "韓美"}) {
    auto found = search(korean(), q).all();
    for (const char* id : {"dot", "jamo-dot", "joined", "trilateral"}) EXPECT_TRUE(has(found, id)) << q << " " << id;
    EXPECT_FALSE(has(found, "unrelated")) << q;
  }
  // as a phrase, the dotted and the joined spelling meet too
  EXPECT_TRUE(has(search(korean(), "\"한미 외교장관회담\"").all(), "dot"));
  EXPECT_TRUE(has(search(korean(), "\"한·미 외교장관회담\"").all(), "joined"));
}

TEST(KoreanWords, HanjaAbbreviationsReadAsTheirWords) {
  EXPECT_EQ(search(korean(), "일본 관방장관").strict, std::vector<std::string>{"hanja-japan"});
  EXPECT_EQ(search(korean(), "日 관방장관").strict, std::vector<std::string>{"hanja-japan"});
  EXPECT_TRUE(has(search(korean(), "미국 국무장관").strict, "hanja-us"));
}

TEST(MixedTokens, LatinAndNumbersWithKoreanParticles) {
  EXPECT_EQ(search(korean(), "NATO").all(), std::vector<std::string>{"nato"});
  EXPECT_EQ(search(korean(), "NATO는").all(), std::vector<std::string>{"nato"});
  EXPECT_EQ(search(korean(), "코로나19").all(), std::vector<std::string>{"covid"});
  EXPECT_EQ(search(korean(), "코로나19에").all(), std::vector<std::string>{"covid"});
}

TEST(EnglishWords, InflectionsMatchAndTheTypedFormRanksFirst) {
  EXPECT_EQ(sorted(search(english(), "consultation").all()), (std::vector<std::string>{"japan", "plural", "singular"}));
  auto db = testing::index_of({{"a", "en", "x", "They held consultations today."}, {"b", "en", "x", "They held consultation today."}});
  EXPECT_EQ(search(db, "consultations").strict, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(search(db, "consultation").strict, (std::vector<std::string>{"b", "a"}));
  // quotes keep a word from its inflections
  EXPECT_EQ(search(db, "\"consultation\"").all(), std::vector<std::string>{"b"});
}

TEST(EnglishWords, HyphenatedJoinedAndSpacedNamesMatchEachOther) {
  for (const char* q : {"Kyung-wha", "Kyungwha", "Kyung wha", "Kang Kyung-wha", "\"Kyung-wha\""}) {
    auto found = search(english(), q).strict;
    EXPECT_EQ(sorted(found), (std::vector<std::string>{"hyphen", "joined", "spaced"})) << q;
  }
  EXPECT_EQ(sorted(search(english(), "nonproliferation").all()), std::vector<std::string>{"nonprolif"});
  EXPECT_EQ(sorted(search(english(), "non-proliferation").all()), std::vector<std::string>{"nonprolif"});
  EXPECT_EQ(search(english(), "COVID19").all(), std::vector<std::string>{"covid"});
}

TEST(EnglishWords, DiacriticsDoNotMatter) {
  for (const char* q : {"Cavusoglu", "Çavuşoğlu", "\"Mevlut Cavusoglu\"", "Turkiye"}) {
    EXPECT_EQ(search(english(), q).strict, std::vector<std::string>{"diacritics"}) << q;
  }
}

TEST(StopWords, IgnoredOutsideQuotesAndAloneTheyFindNothing) {
  EXPECT_EQ(search(english(), "the consultations of").strict, search(english(), "consultations").strict);
  BuiltQuery only_stop = testing::meaning("the of and");
  EXPECT_TRUE(only_stop.matching.empty());  // an empty query matches nothing
  EXPECT_TRUE(only_stop.partial.empty());
  EXPECT_TRUE(testing::meaning("!!! ,,,").matching.empty());
  EXPECT_TRUE(testing::meaning("NOT the").matching.empty());
}

TEST(Matching, AllWordsFirstThenPartialMatchesWithMoreWordsFirst) {
  auto db = testing::index_of({
      {"all", "en", "x", "Seoul hosted trade talks on fisheries."},
      {"two", "en", "x", "Seoul hosted trade officials."},
      {"one", "en", "x", "Fisheries were discussed elsewhere."},
      {"none", "en", "x", "Nothing relevant here."},
  });
  auto found = search(db, "Seoul trade fisheries");
  EXPECT_EQ(found.strict, std::vector<std::string>{"all"});
  ASSERT_EQ(found.partial.size(), 2u);
  EXPECT_EQ(found.partial.front(), "two");
  EXPECT_EQ(search(db, "Seoul trade fisheries", MatchMode::kAll).all(), std::vector<std::string>{"all"});
  EXPECT_EQ(sorted(search(db, "Seoul trade fisheries", MatchMode::kAny).all()), (std::vector<std::string>{"all", "one", "two"}));
  EXPECT_TRUE(search(db, "Seoul trade fisheries", MatchMode::kAny).partial.empty());
  // negation applies to both parts
  auto without = search(db, "Seoul fisheries -elsewhere");
  EXPECT_FALSE(has(without.all(), "one"));
}

TEST(Ranking, NearWordsAndTitleWordsRankHigher) {
  auto near = testing::index_of({
      {"far", "en", "x", "Humanitarian workers arrived; the ministry later sent assistance and supplies to them."},
      {"near", "en", "x", "Humanitarian assistance arrived; the ministry later sent workers and supplies to them."},
  });
  EXPECT_EQ(search(near, "humanitarian assistance").strict.front(), "near");
  auto title = testing::index_of({
      {"body", "en", "Annual report", "The report covers an earthquake and other events of the year."},
      {"title", "en", "Earthquake", "The report covers flooding and other events of the year in total."},
  });
  EXPECT_EQ(search(title, "earthquake").strict.front(), "title");
}

TEST(Countries, NameInOneLanguageFindsReleasesInTheOther) {
  auto db = testing::index_of({
      {"en", "en", "Afghanistan", "Talks on Afghanistan and its reconstruction.", {"AF"}},
      {"ko", "ko", "평화 프로세스", "아프가니스탄의 평화 프로세스를 논의하였다.", {"AF"}},
      {"nz", "ko", "통화", "뉴질랜드 외교장관과 통화하였다.", {"NZ"}},
      {"other", "en", "Japan", "Talks with Japan.", {"JP"}},
  });
  EXPECT_EQ(search(db, "Afghanistan").strict, (std::vector<std::string>{"en", "ko"}));  // direct first
  EXPECT_EQ(search(db, "아프가니스탄").strict, (std::vector<std::string>{"ko", "en"}));
  EXPECT_EQ(search(db, "아프가니스탄의").strict, (std::vector<std::string>{"ko", "en"}));
  EXPECT_EQ(search(db, "New Zealand").strict, std::vector<std::string>{"nz"});
  EXPECT_TRUE(search(db, "Zealand").all().empty());  // half a name is no country
}

TEST(Prefixes, ExpandWithinLimits) {
  EXPECT_EQ(sorted(search(english(), "consult*").all()), (std::vector<std::string>{"japan", "plural", "singular"}));
  EXPECT_EQ(sorted(search(english(), "Kyung-w*").all()), (std::vector<std::string>{"hyphen", "joined"}));
  std::string many;
  for (int i = 0; i < static_cast<int>(kMaxPrefixTerms) + 1; ++i) many += "ab" + std::to_string(i) + "* ";
  try {
    testing::meaning(many);
    FAIL() << "too many prefixes accepted";
  } catch (const ApiError& e) {
    EXPECT_EQ(e.status, 400);
    EXPECT_EQ(e.param, "q");
    EXPECT_NE(std::string(e.what()).find("column"), std::string::npos) << e.what();
  }
}

TEST(Fields, TitleAndFiltersKeepTheirMeaning) {
  EXPECT_EQ(search(english(), "title:consultations").all(), std::vector<std::string>{"plural"});
  EXPECT_EQ(sorted(search(english(), "consultations -Japan", MatchMode::kAll).all()),
            (std::vector<std::string>{"plural", "singular"}));
  EXPECT_THROW(testing::meaning("country:Atlantis"), ApiError);
  EXPECT_THROW(testing::meaning("lang:fr"), ApiError);
}

TEST(Limits, WordsTooLongToIndexMeanNothing) {
  std::string long_word(text::kMaxWordBytes + 1, 'x');
  EXPECT_EQ(search(english(), long_word + " consultations").strict, search(english(), "consultations").strict);
  EXPECT_TRUE(testing::meaning(long_word).matching.empty());
}

}  // namespace
}  // namespace dipsearch
