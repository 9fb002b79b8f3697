// Linking English releases with their Korean versions: the evidence two releases share, the
// mutual best choice, and reading a release back from the value slots the indexer writes.
#include <gtest/gtest.h>

#include "common/index/document_builder.h"
#include "common/index/version_links.h"
#include "common/schema.h"

namespace dipsearch {
namespace {

using Official = LinkableRelease::Official;

const Official kKang{"kang-kyung-wha", "Kang Kyung-wha", "강경화"};
const Official kPompeo{"mike-pompeo", "Mike Pompeo", "마이크 폼페이오"};
const Official kWangYi{"wang-yi", "Wang Yi", "왕이"};

LinkableRelease release(std::string id, std::string lang, std::string date, std::string title,
                        std::vector<std::string> countries, std::vector<Official> officials) {
  return {std::move(id), std::move(lang), std::move(date), std::move(title), std::move(countries), std::move(officials)};
}

LinkableRelease english_call() {
  return release("en-1", "en", "20190220", "Foreign Minister Kang Kyung-wha Holds Phone Talks with U.S. Secretary Pompeo",
                 {"KP", "KR", "US", "VN"}, {kKang, kPompeo});
}
LinkableRelease korean_call() {
  return release("ko-1", "ko", "20190220", "강경화 장관, 폼페이오 국무장관과 통화", {"KP", "KR", "US", "VN"}, {kKang, kPompeo});
}

TEST(VersionEvidence, AVersionSharesOfficialsCountriesAndNamesInTheTitles) {
  const VersionEvidence e = version_evidence(english_call(), korean_call());
  EXPECT_EQ(e.days_apart, 0);
  EXPECT_DOUBLE_EQ(e.officials, 1.0);
  EXPECT_DOUBLE_EQ(e.countries, 1.0);
  EXPECT_EQ(e.title_officials, 2u);  // Kang and Pompeo in both titles
  EXPECT_TRUE(e.titles_agree());
  EXPECT_GE(e.score(), kVersionLinkThreshold);
}

TEST(VersionEvidence, NumbersAndMonthNamesInTitlesAgree) {
  const auto en = release("en-b", "en", "20180621", "Spokesperson's Press Briefing (June 21, 2018)", {"KR"}, {});
  const auto ko = release("ko-b", "ko", "20180621", "대변인 정례 브리핑 (6.21)", {"KR"}, {});
  const VersionEvidence e = version_evidence(en, ko);
  EXPECT_EQ(e.title_numbers, 2u);  // 6 (June) and 21
  EXPECT_FALSE(e.numbers_differ);
  const auto other_day = release("ko-c", "ko", "20180622", "대변인 정례 브리핑 (6.22)", {"KR"}, {});
  EXPECT_TRUE(version_evidence(en, other_day).numbers_differ);  // 6 is shared, 22 is not
  EXPECT_LT(version_evidence(en, other_day).score(), e.score());
}

TEST(VersionEvidence, LatinNamesInAKoreanTitleCount) {
  const auto en = release("en-n", "en", "20230405", "Foreign Minister Attends NATO Foreign Ministers' Meeting", {"BE", "KR"}, {});
  const auto ko = release("ko-n", "ko", "20230405", "외교장관, NATO 외교장관회의 참석", {"BE", "KR"}, {});
  EXPECT_EQ(version_evidence(en, ko).title_names, 1u);
}

TEST(VersionEvidence, OnlyEnglishWithKoreanWithinADay) {
  EXPECT_LT(version_evidence(korean_call(), english_call()).days_apart, 0);  // the order is English, Korean
  auto late = korean_call();
  late.date = "20190222";
  EXPECT_LT(version_evidence(english_call(), late).days_apart, 0);
  late.date = "20190221";
  EXPECT_EQ(version_evidence(english_call(), late).days_apart, 1);
  auto month_only = korean_call();
  month_only.date = "20190200";
  EXPECT_LT(version_evidence(english_call(), month_only).days_apart, 0);
  auto undated = korean_call();
  undated.date = "";
  EXPECT_LT(version_evidence(english_call(), undated).days_apart, 0);
  // Across a month's end.
  auto en = english_call();
  en.date = "20190228";
  auto ko = korean_call();
  ko.date = "20190301";
  EXPECT_EQ(version_evidence(en, ko).days_apart, 1);
}

TEST(LinkVersions, LinksAPairAndLeavesUnrelatedReleasesAlone) {
  const std::vector<LinkableRelease> releases = {
      english_call(),
      korean_call(),
      // Same day, same country, other officials and a title with nothing in common.
      release("ko-2", "ko", "20190220", "재외국민 안전 공지", {"KR"}, {}),
      release("en-2", "en", "20190220", "Consular Notice on Travel Safety", {"KR"}, {}),
  };
  const std::vector<VersionLink> links = link_versions(releases);
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].en, 0u);
  EXPECT_EQ(links[0].ko, 1u);
}

TEST(LinkVersions, BodiesAloneLinkOnlyWhenTheyAgreeOnEveryone) {
  auto en = english_call();
  auto ko = korean_call();
  en.title = "Outcome of the ROK-U.S. Foreign Ministers' Talks";
  ko.title = "한미 외교장관 통화 결과";
  ASSERT_FALSE(version_evidence(en, ko).titles_agree());
  EXPECT_EQ(link_versions({en, ko}).size(), 1u);  // the same two officials and countries
  ko.officials = {kKang};                          // one official in common is not enough
  EXPECT_TRUE(link_versions({en, ko}).empty());
  ko.officials = {kKang, kPompeo};
  ko.countries = {"KR", "US"};                     // nor half the countries
  EXPECT_TRUE(link_versions({en, ko}).empty());
}

TEST(LinkVersions, EachReleaseLinksOnceToItsBestMatch) {
  // Two Korean releases of the day name Kang; only one also names Pompeo like the English one.
  auto weaker = release("ko-0", "ko", "20190220", "강경화 장관, 왕이 부장과 통화", {"CN", "KR"}, {kKang, kWangYi});
  const std::vector<LinkableRelease> releases = {weaker, english_call(), korean_call()};
  const std::vector<VersionLink> links = link_versions(releases);
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].en, 1u);
  EXPECT_EQ(links[0].ko, 2u);
}

TEST(LinkVersions, TheChoiceDoesNotDependOnOrder) {
  // Two identical Korean candidates: the smaller id wins, whichever comes first.
  auto twin = korean_call();
  twin.id = "ko-0";
  const auto first = link_versions({english_call(), korean_call(), twin});
  const auto second = link_versions({twin, korean_call(), english_call()});
  ASSERT_EQ(first.size(), 1u);
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(first[0].ko, 2u);
  EXPECT_EQ(second[0].ko, 0u);
}

TEST(LinkVersions, PairKeyIsTheSameFromBothSides) {
  EXPECT_EQ(version_pair_key("en-1", "ko-1"), version_pair_key("ko-1", "en-1"));
  EXPECT_NE(version_pair_key("en-1", "ko-1"), version_pair_key("en-1", "ko-2"));
}

TEST(LinkableRelease, ReadsWhatTheDocumentBuilderStores) {
  StoredDocument stored;
  stored.id = "en-1";
  stored.lang = "en";
  stored.date = "2019-02-20";
  stored.title = "Foreign Minister Kang Kyung-wha Holds Phone Talks";
  stored.body = "Body text.";
  stored.countries = {"KR", "US"};
  stored.officials = {{"kang-kyung-wha", "Kang Kyung-wha", "Foreign Minister", "Kang Kyung-wha", "강경화"}};
  const LinkableRelease r = linkable_release(build_document(stored, "digest", "/src/en-1.txt"));
  EXPECT_EQ(r.id, "en-1");
  EXPECT_EQ(r.lang, "en");
  EXPECT_EQ(r.date, "20190220");
  EXPECT_EQ(r.title, stored.title);
  EXPECT_EQ(r.countries, (std::vector<std::string>{"KR", "US"}));
  ASSERT_EQ(r.officials.size(), 1u);
  EXPECT_EQ(r.officials[0].key, "kang-kyung-wha");
  EXPECT_EQ(r.officials[0].name_en, "Kang Kyung-wha");
  EXPECT_EQ(r.officials[0].name_ko, "강경화");
}

TEST(TranslationSlotEntry, KeepsATitleOnOneField) {
  EXPECT_EQ(schema::translation_slot_entry("ko-1", "ko", "a\tb\nc"), "ko-1\tko\ta b c");
}

}  // namespace
}  // namespace dipsearch
