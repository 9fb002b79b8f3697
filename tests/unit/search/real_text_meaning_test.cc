// What queries find in text written the way real releases are: Korean compounds spaced or
// not, verbs in their formal and past forms, names spelled another way, dates that must
// hold for every match, and queries whose words a release only partly has.
#include <algorithm>

#include <gtest/gtest.h>

#include "common/entities/officials_registry.h"
#include "tests/unit/search/query_test_support.h"

namespace dipsearch {
namespace {

using testing::Doc;
using testing::has;
using testing::search;

TEST(KoreanSpacing, ACompoundTypedAsOneWordFindsItWrittenInTwo) {
  auto db = testing::index_of({{"spaced", "ko", "출발", "긴급 구호대는 오늘 출발했습니다."},
                               {"joined", "ko", "출발", "긴급구호대는 어제 출발하였다."},
                               {"other", "ko", "출발", "구호 물품이 긴급하게 전달되었다."}});
  for (const char* q : {"긴급구호대", "\"긴급구호대\"", "긴급구호대를"}) {
    auto found = search(db, q).strict;
    EXPECT_TRUE(has(found, "spaced")) << q;
    EXPECT_TRUE(has(found, "joined")) << q;
    EXPECT_FALSE(has(found, "other")) << q;
  }
  // written as typed ranks first
  EXPECT_EQ(search(db, "긴급구호대").strict.front(), "joined");
}

TEST(KoreanSpacing, AOneSyllablePrefixWrittenApartStillFindsTheCompound) {
  // 핵 (nuclear) and 북 (the North) stand before a compound with or without a space
  auto db = testing::index_of({{"spaced", "ko", "그룹", "한미 핵 협의그룹이 출범했다."},
                               {"joined", "ko", "그룹", "핵협의그룹 회의가 열렸다."},
                               {"apart", "ko", "그룹", "핵 문제를 다루는 협의 그룹이 열렸다."}});
  auto found = search(db, "핵협의그룹").strict;
  EXPECT_TRUE(has(found, "spaced"));
  EXPECT_TRUE(has(found, "joined"));
  EXPECT_FALSE(has(found, "apart"));
  EXPECT_EQ(found.front(), "joined");  // written as typed ranks first
}

TEST(KoreanSpacing, QuotedWordsFindThemWrittenAsOne) {
  auto db = testing::index_of({{"joined", "ko", "동맹", "한미동맹은 굳건하다."},
                               {"spaced", "ko", "동맹", "한미 동맹이 굳건하다."},
                               {"apart", "ko", "동맹", "한미 양국은 동맹을 강조했다."}});
  auto found = search(db, "\"한미 동맹\"").all();
  EXPECT_TRUE(has(found, "joined"));
  EXPECT_TRUE(has(found, "spaced"));
  EXPECT_FALSE(has(found, "apart"));
}

TEST(KoreanVerbs, FormalAndPastFormsMeetTheQuerysForm) {
  auto db = testing::index_of({{"formal", "ko", "도착", "구호대가 현지에 도착했습니다."},
                               {"past", "ko", "입장", "정부는 입장을 밝혔습니다."},
                               {"held", "ko", "회담", "양국은 회담을 가졌습니다."},
                               {"other", "ko", "출발", "구호대가 오늘 출발했습니다."}});
  EXPECT_EQ(search(db, "도착했다").strict, std::vector<std::string>{"formal"});
  EXPECT_EQ(search(db, "밝혔다").strict, std::vector<std::string>{"past"});
  EXPECT_EQ(search(db, "회담을 가졌다").strict, std::vector<std::string>{"held"});
  EXPECT_EQ(search(db, "구호대가 도착했다").strict, std::vector<std::string>{"formal"});
}

TEST(FilterFields, DateRangeHoldsForThePartialMatchesToo) {
  auto db = testing::index_of({{"in-all", "en", "x", "Seoul hosted trade talks.", {}, "2021-03-01"},
                               {"in-some", "en", "x", "Seoul hosted a reception.", {}, "2021-05-01"},
                               {"out-some", "en", "x", "Seoul hosted officials.", {}, "2019-05-01"},
                               {"undated", "en", "x", "Seoul hosted trade fairs."}});
  auto found = search(db, "Seoul trade date:2021");
  EXPECT_EQ(found.strict, std::vector<std::string>{"in-all"});
  EXPECT_EQ(found.partial, std::vector<std::string>{"in-some"});
  // a date range alone, or with one word, relaxes nothing
  EXPECT_TRUE(search(db, "Seoul date:2021").partial.empty());
  EXPECT_EQ(search(db, "Seoul trade date:2021", MatchMode::kAny).strict.size(), 2u);
}

TEST(PartialMatches, AJoinedWordCountsByItsParts) {
  auto db = testing::index_of({{"mekong", "en", "x", "The Mekong-ROK foreign ministers' meeting took place."},
                               {"other", "en", "x", "The ASEAN foreign ministers' meeting took place."}});
  auto found = search(db, "Mekong-Korea foreign ministers meeting");
  EXPECT_TRUE(found.strict.empty());
  ASSERT_EQ(found.partial.size(), 2u);
  EXPECT_EQ(found.partial.front(), "mekong");
}

TEST(PartialMatches, ALongKoreanWordCountsByItsHalves) {
  auto db = testing::index_of({{"halves", "ko", "통화", "외교부 제1차관이 전화통화를 가졌습니다."},
                               {"one", "ko", "통화", "대통령이 전화통화를 가졌습니다."}});
  auto found = search(db, "외교차관 전화통화");
  EXPECT_TRUE(found.strict.empty());
  EXPECT_EQ(found.partial, (std::vector<std::string>{"halves", "one"}));
}

// 이산가족 is also found written 이 산가족 (a phrase), but a lone 이 (this) is no half of it:
// a release with only "이 회의는" is no partial match, in match=auto or match=any.
TEST(PartialMatches, AOneSyllableHalfIsNoWordOfItsOwn) {
  auto db = testing::index_of({{"this", "ko", "회의", "이 회의는 내일 열린다."},
                               {"half", "ko", "행사", "가족 상봉 행사가 열렸다."}});
  auto found = search(db, "이산가족 상봉");
  EXPECT_TRUE(found.strict.empty());
  EXPECT_EQ(found.partial, std::vector<std::string>{"half"});
  EXPECT_EQ(search(db, "이산가족 상봉", MatchMode::kAny).strict, std::vector<std::string>{"half"});
  auto lone = testing::index_of({{"lone", "ko", "안건", "한 가지 안건과 그 외 사항을 논의했다."}});
  for (const char* q : {"한미동맹 강화", "외교장관 회담"}) {
    EXPECT_TRUE(search(lone, q).all().empty()) << q;
    EXPECT_TRUE(search(lone, q, MatchMode::kAny).strict.empty()) << q;
  }
}

TEST(Officials, AnotherSpellingInTheTypedScriptRanksAsTyped) {
  static const entities::OfficialsRegistry registry = entities::OfficialsRegistry::load(DIPSEARCH_DEFAULT_DATA_DIR);
  auto db = testing::index_of({{"korean", "ko", "회담", "강경화 외교부 장관은 회담을 가졌다."},
                               {"english", "en", "Meeting", "Foreign Minister Kang Kyung-wha held a meeting."}});
  EXPECT_EQ(search(db, "Kyungwha Kang", MatchMode::kAuto, &registry).strict,
            (std::vector<std::string>{"english", "korean"}));
  EXPECT_EQ(search(db, "강경화", MatchMode::kAuto, &registry).strict, (std::vector<std::string>{"korean", "english"}));
}

// English pages write Korean names in either order ("Soosuk Lim"); a Latin name typed finds
// both, and weighs them as typed, above the person's name in the other language.
TEST(Officials, ALatinNameTypedFindsItInTheOtherOrder) {
  static const entities::OfficialsRegistry registry = entities::OfficialsRegistry::load(DIPSEARCH_DEFAULT_DATA_DIR);
  auto db = testing::index_of({{"korean", "ko", "브리핑", "임수석 대변인은 정례브리핑에서 입장을 밝혔다."},
                               {"other-order", "en", "Briefing", "Spokesperson Soosuk Lim opened the briefing."},
                               {"unrelated", "en", "Briefing", "The spokesperson opened the briefing."}});
  EXPECT_EQ(search(db, "Lim Soo-suk", MatchMode::kAuto, &registry).strict,
            (std::vector<std::string>{"other-order", "korean"}));
  // Typed in Hangul, the Korean release stays first.
  const auto hangul = search(db, "임수석", MatchMode::kAuto, &registry).strict;
  ASSERT_FALSE(hangul.empty());
  EXPECT_EQ(hangul.front(), "korean");
}

TEST(Officials, AFullNameHoldingTheTypedOneCountsItOnce) {
  static const entities::OfficialsRegistry registry = entities::OfficialsRegistry::load(DIPSEARCH_DEFAULT_DATA_DIR);
  auto db = testing::index_of(
      {{"throughout", "en", "Talks", "Blinken met the minister. Blinken said the talks went well. Blinken left."},
       {"once", "en", "Talks", "Secretary of State Antony Blinken met the minister today. The talks went well."},
       {"other", "en", "Talks", "The minister met the ambassador. The talks went well."},
       {"another", "en", "Visit", "The delegation arrived in Seoul for a visit."}});
  // "Antony Blinken" holds "Blinken": one mention, weighed once
  EXPECT_EQ(search(db, "Blinken", MatchMode::kAuto, &registry).strict,
            (std::vector<std::string>{"throughout", "once"}));
}

// A short Hangul name is also an ordinary word (비건, "vegan"): the registry's full name is
// what tells the person from the word, so it keeps its weight.
TEST(Officials, AShortHangulNameKeepsItsFullNameWeight) {
  static const entities::OfficialsRegistry registry = entities::OfficialsRegistry::load(DIPSEARCH_DEFAULT_DATA_DIR);
  auto db = testing::index_of(
      {{"word", "ko", "식단", "비건 식단을 찾는 사람이 늘었다. 비건 메뉴와 비건 식품도 늘었다."},
       {"person", "ko", "방한", "스티븐 비건 대북정책특별대표가 오늘 서울에 도착했다."},
       {"other", "ko", "회의", "양국 대표가 오늘 서울에서 만났다."}});
  EXPECT_EQ(search(db, "비건", MatchMode::kAuto, &registry).strict, (std::vector<std::string>{"person", "word"}));
}

TEST(CountryNames, ANameInsideAnotherNameWeighsNothing) {
  // 인도 in 인도·태평양 and "Republic of Korea" in the North's full name are not the
  // country: the extractor tags no IN, no KR there, and the name weighs only where it does.
  auto db = testing::index_of(
      {{"region", "ko", "전략", "인도·태평양 전략 인도·태평양 협력 인도·태평양 지역의 평화", {}},
       {"india", "ko", "회담", "한국과 인도는 외교장관회담을 가졌다.", {"IN", "KR"}},
       {"north", "en", "x", "The Democratic People's Republic of Korea launched a missile.", {"KP"}},
       {"south", "en", "x", "The Republic of Korea hosted the talks.", {"KR"}}});
  auto found = search(db, "인도").strict;
  ASSERT_EQ(found.size(), 2u);  // still found, ranked last
  EXPECT_EQ(found.front(), "india");
  found = search(db, "\"Republic of Korea\" talks").all();
  EXPECT_EQ(found.front(), "south");
  found = search(db, "Republic of Korea").strict;  // and the Korean release, through the tag
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found.front(), "south");
  EXPECT_TRUE(has(found, "north"));
}

TEST(CountryNames, APossessiveNameIsTheCountry) {
  // "North Korea's" names the country as "North Korea" does, written either way.
  auto db = testing::index_of({{"plain", "en", "x", "North Korea launched a satellite.", {"KP"}},
                               {"possessive", "en", "x", "North Korea's satellite launch.", {"KP"}},
                               {"south", "en", "x", "South Korea's satellite launch.", {"KR"}}});
  auto found = search(db, "North Korea's satellite").strict;
  std::sort(found.begin(), found.end());
  EXPECT_EQ(found, (std::vector<std::string>{"plain", "possessive"}));  // not the South's
}

TEST(OrganizationNames, AShortFormFindsTheFullNameAndBack) {
  auto db = testing::index_of({{"full", "en", "x", "The United Nations envoy visited Seoul."},
                               {"short", "en", "x", "The UN envoy visited Seoul."},
                               {"other", "en", "x", "The envoy of the union visited Seoul."}});
  for (const char* q : {"UN envoy", "United Nations envoy"}) {
    auto found = search(db, q).strict;
    std::sort(found.begin(), found.end());
    EXPECT_EQ(found, (std::vector<std::string>{"full", "short"})) << q;  // never "union"
  }
  auto korean = testing::index_of({{"full", "ko", "x", "유엔 안전보장이사회는 결의를 채택했다."},
                                   {"short", "ko", "x", "유엔 안보리는 결의를 채택했다."}});
  EXPECT_EQ(search(korean, "안보리 결의").strict.size(), 2u);
}

}  // namespace
}  // namespace dipsearch
