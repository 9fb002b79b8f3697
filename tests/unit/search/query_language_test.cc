// The query's language and the preference for releases in it: which language a query is
// written in, that releases in it rank first among comparable matches, and that queries
// naming a country or an official prefer neither language.
#include <gtest/gtest.h>

#include "common/query/query_parser.h"
#include "common/search/query_language.h"
#include "tests/unit/search/query_test_support.h"

namespace dipsearch {
namespace {

std::string language_of(const std::string& q) {
  query::NodePtr root = query::parse_query(q);
  return query_language(root.get());
}

TEST(QueryLanguage, HangulMakesAKoreanQueryLatinAnEnglishOne) {
  EXPECT_EQ(language_of("외교장관회담"), "ko");
  EXPECT_EQ(language_of("\"joint statement\""), "en");
  EXPECT_EQ(language_of("consult*"), "en");
  // Korean queries hold Latin acronyms; the Hangul decides.
  EXPECT_EQ(language_of("NATO 정상회의"), "ko");
  EXPECT_EQ(language_of("title:(공동성명)"), "ko");
}

TEST(QueryLanguage, FieldsNegationsAndNumbersSayNothing) {
  EXPECT_EQ(language_of("2021"), "");
  EXPECT_EQ(language_of("date:2020..2021"), "");
  EXPECT_EQ(language_of("lang:ko"), "");
  EXPECT_EQ(language_of("2021 -북한"), "");
  EXPECT_EQ(language_of("sanctions -북한"), "en");
  EXPECT_EQ(query_language(nullptr), "");
}

TEST(QueryLanguage, NoPreferenceLeavesTheQueryAsItIs) {
  const Xapian::Query q("Zword");
  EXPECT_EQ(prefer_language(q, q, "", 1.5).get_description(), q.get_description());
  EXPECT_EQ(prefer_language(q, q, "ko", 0).get_description(), q.get_description());
  EXPECT_EQ(prefer_language(q, Xapian::Query(), "ko", 1.5).get_description(), q.get_description());
  EXPECT_TRUE(prefer_language(Xapian::Query(), q, "ko", 1.5).empty());
}

// An English release whose headline quotes a Korean title, against a Korean release that
// uses the same words once in a longer text.
const Xapian::Database& both_languages() {
  static const Xapian::WritableDatabase db = testing::index_of({
      {"en-quoting", "en", "한일 외교장관회담 공동발표문",
       "한일 외교장관회담 공동발표문. The foreign ministers of Korea and Japan issued a joint "
       "statement after their meeting."},
      {"ko-release", "ko", "양국 장관 회담 결과",
       "양국 장관은 오늘 서울에서 만나 협력 방안을 폭넓게 논의하였다. 회담 후 양측은 외교장관회담 "
       "공동발표문을 내고 교류를 늘리기로 하였다. 양측은 다음 회의를 내년에 열기로 하였다."},
      {"en-meeting", "en", "Foreign Ministers' Meeting",
       "The foreign ministers of Korea and Japan met in Seoul today and discussed cooperation in "
       "trade, culture and security at length. After the talks they issued a joint press release "
       "and agreed to meet again next year in Tokyo."},
      {"ko-quoting", "ko", "Joint Press Release", "Joint Press Release. 양국은 보도문을 발표하였다."},
      {"ko-japan", "ko", "일본 관련 회담", "외교부는 일본 외무성과 회담을 가졌다.", {"JP"}},
      {"en-japan", "en", "Japan", "The minister visited Japan and met the foreign minister of Japan.", {"JP"}},
  });
  return db;
}

std::vector<std::string> ranked_with(const std::string& q, double query_language) {
  RankingParams params;
  params.query_language = query_language;
  query::NodePtr root = query::parse_query(q);
  const BuiltQuery built = build_query(q, root.get(), MatchMode::kAuto, testing::countries(), params);
  return testing::ranked(both_languages(), built.matching);
}

TEST(LanguagePreference, AKoreanQueryFindsKoreanReleasesBeforeEnglishOnesQuotingIt) {
  // Without the preference the English release, whose headline is the phrase, comes first.
  EXPECT_EQ(ranked_with("\"외교장관회담 공동발표문\"", 0), (std::vector<std::string>{"en-quoting", "ko-release"}));
  EXPECT_EQ(ranked_with("\"외교장관회담 공동발표문\"", RankingParams{}.query_language),
            (std::vector<std::string>{"ko-release", "en-quoting"}));
  // The preference changes the order, never what matches.
  EXPECT_EQ(testing::search(both_languages(), "외교장관회담").strict.size(), 2u);
}

TEST(LanguagePreference, AnEnglishQueryPrefersEnglishReleases) {
  EXPECT_EQ(ranked_with("\"joint press release\"", 0), (std::vector<std::string>{"ko-quoting", "en-meeting"}));
  EXPECT_EQ(ranked_with("\"joint press release\"", RankingParams{}.query_language),
            (std::vector<std::string>{"en-meeting", "ko-quoting"}));
}

TEST(LanguagePreference, QueriesNamingACountrySearchBothLanguagesAlike) {
  RankingParams without;
  without.query_language = 0;
  for (const std::string q : {"일본", "Japan", "Japan minister"}) {
    query::NodePtr root = query::parse_query(q);
    const BuiltQuery preferred = build_query(q, root.get(), MatchMode::kAuto, testing::countries(), RankingParams{});
    const BuiltQuery plain = build_query(q, root.get(), MatchMode::kAuto, testing::countries(), without);
    EXPECT_EQ(preferred.matching.get_description(), plain.matching.get_description()) << q;
    EXPECT_EQ(preferred.partial.get_description(), plain.partial.get_description()) << q;
  }
  // A negated country does not count: the phrase typed still prefers its language.
  const std::string q = "\"외교장관 회담\" -일본";
  query::NodePtr root = query::parse_query(q);
  const BuiltQuery preferred = build_query(q, root.get(), MatchMode::kAuto, testing::countries(), RankingParams{});
  const BuiltQuery plain = build_query(q, root.get(), MatchMode::kAuto, testing::countries(), without);
  EXPECT_NE(preferred.matching.get_description(), plain.matching.get_description());
}

size_t count_of(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// Each release's weight, by id.
std::map<std::string, double> weights(const Xapian::Database& db, const Xapian::Query& q) {
  Xapian::Enquire enquire(db);
  enquire.set_query(q);
  rank_by_relevance(enquire);
  std::map<std::string, double> out;
  const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
  for (auto it = mset.begin(); it != mset.end(); ++it) out[decode_stored(it.get_document().get_data()).id] = it.get_weight();
  return out;
}

TEST(LanguagePreference, TheBoostWeighsLikeTheQueryWithoutCheckingPositionsAgain) {
  RankingParams without;
  without.query_language = 0;
  for (const std::string q : {"\"외교장관회담 공동발표문\"", "\"joint press release\"", "회담 \"공동 발표문\"",
                              "\"joint press\" release -\"press conference\""}) {
    query::NodePtr root = query::parse_query(q);
    const Xapian::Query plain = build_query(q, root.get(), MatchMode::kAuto, testing::countries(), without).matching;
    const Xapian::Query preferred =
        build_query(q, root.get(), MatchMode::kAuto, testing::countries(), RankingParams{}).matching;
    // The copy checks fewer phrases than the query: not the words typed in a row.
    const size_t phrases = count_of(plain.get_description(), "PHRASE");
    EXPECT_LT(count_of(preferred.get_description(), "PHRASE"), 2 * phrases) << q;
    // Every release weighs what the query copied whole would weigh it.
    const std::string lang = query_language(root.get());
    const auto expected = weights(both_languages(), prefer_language(plain, plain, lang, RankingParams{}.query_language));
    const auto got = weights(both_languages(), preferred);
    ASSERT_EQ(got.size(), expected.size()) << q;
    EXPECT_FALSE(got.empty()) << q;
    for (const auto& [id, weight] : expected) EXPECT_NEAR(got.at(id), weight, 1e-9) << q << " " << id;
  }
}

TEST(LanguagePreference, OnlyQueriesAskingForAPhraseAreWeighedByLanguage) {
  RankingParams without;
  without.query_language = 0;
  auto same_as_without = [&](const std::string& q) {
    query::NodePtr root = query::parse_query(q);
    return build_query(q, root.get(), MatchMode::kAuto, testing::countries(), RankingParams{}).matching.get_description() ==
           build_query(q, root.get(), MatchMode::kAuto, testing::countries(), without).matching.get_description();
  };
  EXPECT_TRUE(same_as_without("외교장관회담 공동발표문"));
  EXPECT_TRUE(same_as_without("joint press release"));
  EXPECT_TRUE(same_as_without("회담 -\"공동 발표문\""));  // a phrase the releases must not hold
  EXPECT_FALSE(same_as_without("\"joint press release\""));
  EXPECT_FALSE(same_as_without("회담 \"공동 발표문\""));
  EXPECT_TRUE(holds_phrase(query::parse_query("title:\"joint press\"").get()));
  EXPECT_FALSE(holds_phrase(nullptr));
}

}  // namespace
}  // namespace dipsearch
