// Linking English releases with their Korean versions: the evidence two releases share, the
// mutual best choice, and reading a release back from the value slots the indexer writes.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "common/index/document_builder.h"
#include "common/index/version_links.h"
#include "tests/unit/index/linkable_release_fixture.h"
#include "common/schema.h"

namespace dipsearch {
namespace {

using namespace dipsearch::link_fixture;

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
  retitle(en, "Outcome of the ROK-U.S. Foreign Ministers' Talks");
  retitle(ko, "한미 외교장관 통화 결과");
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

// Candidates of marked releases are those of the whole list that hold one, and choosing
// among every candidate is link_versions.
TEST(VersionCandidates, MarkedReleasesGetTheirPairsOfTheWholeList) {
  auto twin = korean_call();
  twin.id = "ko-0";
  const std::vector<LinkableRelease> releases = {
      twin, english_call(), korean_call(),
      release("en-9", "en", "20190301", english_call().title, {"KP", "KR", "US", "VN"}, {kKang, kPompeo})};
  auto pairs_of = [](const std::vector<VersionLink>& candidates) {
    std::set<std::pair<size_t, size_t>> out;
    for (const VersionLink& c : candidates) out.emplace(c.en, c.ko);
    return out;
  };
  const std::vector<VersionLink> all = version_candidates(releases, std::vector<bool>(releases.size(), true));
  EXPECT_EQ(pairs_of(all), (std::set<std::pair<size_t, size_t>>{{1, 0}, {1, 2}}));
  EXPECT_EQ(pairs_of(version_candidates(releases, {false, false, true, false})),
            (std::set<std::pair<size_t, size_t>>{{1, 2}}));
  EXPECT_EQ(pairs_of(version_candidates(releases, {false, true, false, false})), pairs_of(all));
  EXPECT_TRUE(version_candidates(releases, {false, false, false, true}).empty());
  const std::vector<VersionLink> chosen = choose_versions(releases, all);
  const std::vector<VersionLink> linked = link_versions(releases);
  ASSERT_EQ(chosen.size(), 1u);
  ASSERT_EQ(linked.size(), 1u);
  EXPECT_EQ(std::make_pair(chosen[0].en, chosen[0].ko), std::make_pair(linked[0].en, linked[0].ko));
}

TEST(LinkVersions, AnUndatedVersionLinksWhenOfficialsCountriesAndTitlesAgree) {
  auto undated = korean_call();
  undated.date = "";
  const std::vector<VersionLink> links = link_versions({english_call(), undated});
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].en, 0u);
  EXPECT_EQ(links[0].ko, 1u);
  // Month-only on one side, a month-only date on the other: still candidates of each other.
  auto month_only = english_call();
  month_only.date = "20190200";
  EXPECT_EQ(link_versions({month_only, undated}).size(), 1u);
}

TEST(LinkVersions, AnUndatedReleaseNeedsTitlesThatAgreeBesidesItsBody) {
  // The same two officials and countries in the bodies link dated releases (above), but not
  // an undated one: the same two meet again and again.
  auto en = english_call();
  auto ko = korean_call();
  retitle(en, "Outcome of the ROK-U.S. Foreign Ministers' Talks");
  retitle(ko, "한미 외교장관 통화 결과");
  ko.date = "";
  EXPECT_TRUE(link_versions({en, ko}).empty());
  // Nor do titles alone: every official on one side must be on the other.
  ko = korean_call();
  ko.date = "";
  ko.officials = {kKang, kPompeo, kWangYi};
  ko.countries = {"CN", "KP", "KR", "US", "VN"};
  EXPECT_TRUE(link_versions({english_call(), ko}).empty());
}

TEST(LinkVersions, AnUndatedReleaseDoesNotLinkToTheSameOfficialsAtAnotherMeeting) {
  auto undated = korean_call();
  undated.date = "";
  auto earlier_call = english_call();
  earlier_call.id = "en-0";
  earlier_call.date = "20180614";
  // Two calls between the same two officials: nothing tells which one the undated release is.
  EXPECT_TRUE(link_versions({earlier_call, english_call(), undated}).empty());
  // When one of them is gone (a release deleted), the other links; when it comes back, the
  // link goes again: links are recomputed from whatever releases there are.
  EXPECT_EQ(link_versions({english_call(), undated}).size(), 1u);
  EXPECT_TRUE(link_versions({english_call(), undated, earlier_call}).empty());
  // A dated pair is not held back by an undated look-alike of one side.
  auto dated = korean_call();
  const std::vector<VersionLink> links = link_versions({english_call(), dated, undated});
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].ko, 1u);
}

TEST(LinkVersions, DatePartsBothStateMustAgree) {
  auto en = english_call();
  auto ko = korean_call();
  ko.date = "20200200";  // month-only, a year later: a date read wrong or another call
  EXPECT_TRUE(link_versions({en, ko}).empty());
  ko.date = "20190300";  // the next month: a version published across a month's end
  EXPECT_EQ(link_versions({en, ko}).size(), 1u);
  EXPECT_TRUE(dates_conflict("20190220", "20190500"));
  EXPECT_TRUE(dates_conflict("20190220", "20210000"));
  EXPECT_FALSE(dates_conflict("20190220", "20200000"));  // a year apart, month unknown
  EXPECT_FALSE(dates_conflict("20190220", ""));
  EXPECT_FALSE(dates_conflict("20191231", "20200101"));
}

// Two years of the same annual meeting, and an English release of one of them that states
// no date: only the day its opening mentions tells them apart.
const Official kGuterres{"antonio-guterres", "Antonio Guterres", "안토니우 구테흐스"};

TEST(LinkVersions, AnUndatedReleaseLinksToTheVersionOfTheDayItsOpeningMentions) {
  const std::vector<LinkableRelease> releases = {
      release("en-cd", "en", "", "Foreign Minister Delivers Address at High-Level Segment of Conference on Disarmament",
              {"KR"}, {kKang}),
      release("ko-cd-2019", "ko", "20190225", "강경화 장관, 군축회의 고위급회기 연설", {"KR"}, {kKang}),
      release("ko-cd-2020", "ko", "20200224", "강경화 장관, 군축회의 고위급회기 연설", {"KR"}, {kKang}),
  };
  const std::vector<std::string> bodies = {"1. Foreign Minister Kang attended the meeting on February 24 (local time).",
                                           "1. 강경화 장관은 2.25(월) 오전 군축회의에 참석하였다.",
                                           "□ 강경화 장관은 2.24(월) 오전 군축회의에 참석하였다."};
  const BodyOf body_of = [&](size_t i) { return bodies[i]; };
  const std::vector<VersionLink> links = link_versions(releases, body_of);
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(releases[links[0].ko].id, "ko-cd-2020");
  // Without the bodies, one official in common is too little to link an undated release.
  EXPECT_TRUE(link_versions(releases).empty());
  // An opening that mentions another day links to neither.
  const std::vector<std::string> other_day = {"1. The Minister attended the meeting on March 3.", bodies[1], bodies[2]};
  EXPECT_TRUE(link_versions(releases, [&](size_t i) { return other_day[i]; }).empty());
}

TEST(LinkVersions, AnUndatedReleaseMatchesADatedOneByItsDateOrTheDayBefore) {
  // The Korean version states its date (the day after the meeting) and mentions no day.
  const std::vector<LinkableRelease> releases = {
      release("en-wmd", "en", "", "Foreign Minister Attends Security Council Meeting on Weapons of Mass Destruction",
              {"KR", "US"}, {kKang, kPompeo}),
      release("ko-wmd", "ko", "20170922", "강경화 장관, 대량살상무기 비확산에 관한 안보리 장관급회의 참석", {"KR", "US"},
              {kKang, kPompeo}),
  };
  auto linked_with = [&](std::string english_body) {
    const std::vector<std::string> bodies = {std::move(english_body), "강경화 장관은 회의에 참석하였다."};
    return link_versions(releases, [&](size_t i) { return bodies[i]; }).size();
  };
  EXPECT_EQ(linked_with("The Minister attended the meeting in New York on September 21, local time."), 1u);
  EXPECT_EQ(linked_with("The Minister attended the meeting in New York on September 22, local time."), 1u);
  EXPECT_EQ(linked_with("The Minister attended the meeting in New York on September 23, local time."), 0u);
}

TEST(LinkVersions, AnUndatedReleaseDoesNotLinkToAMeetingWithAnotherCountry) {
  // The same minister, the same kind of meeting, the day mentioned: but with Mexico, not Japan.
  std::vector<LinkableRelease> releases = {
      release("en-sd", "en", "", "Outcome of ROK-Japan Strategic Dialogue", {"JP", "KR"}, {kKang}),
      release("ko-sd", "ko", "20190304", "한-멕시코 전략대화 개최 결과", {"KR", "MX"}, {kKang}),
  };
  const std::vector<std::string> bodies = {"The dialogue took place on March 4 in Seoul.", "3.4(월) 서울에서 개최"};
  const BodyOf body_of = [&](size_t i) { return bodies[i]; };
  EXPECT_TRUE(link_versions(releases, body_of).empty());
  releases[1].countries = {"JP", "KR"};
  retitle(releases[1], "한-일 전략대화 개최 결과");
  EXPECT_EQ(link_versions(releases, body_of).size(), 1u);
  // Naming no partner contradicts nothing (here the two officials make up for the countries).
  releases[1].countries = {"KR"};
  releases[0].officials = releases[1].officials = {kKang, kPompeo};
  EXPECT_EQ(link_versions(releases, body_of).size(), 1u);
}

TEST(LinkVersions, DatedReleasesWhoseOpeningsSpeakOfDifferentDaysDoNotLink) {
  // A day apart by their dates (one read wrong, or another meeting), and the same two officials.
  const std::vector<LinkableRelease> releases = {english_call(), korean_call()};
  const std::vector<std::string> same = {"On February 20, the Minister spoke with the Secretary.", "2.20(수) 통화하였다."};
  const std::vector<std::string> different = {"On February 20, the Minister spoke with the Secretary.",
                                              "3.14(목) 통화하였다."};
  EXPECT_EQ(link_versions(releases, [&](size_t i) { return same[i]; }).size(), 1u);
  EXPECT_TRUE(link_versions(releases, [&](size_t i) { return different[i]; }).empty());
}

TEST(LinkVersions, TitlesNamingDifferentMeetingSeriesDisagree) {
  auto en = english_call();
  auto ko = korean_call();
  retitle(en, "Foreign Minister Delivers Keynote Speech at High-Level Segment of UNHRC");
  retitle(ko, "강경화 장관, 제네바 군축회의(CD) 고위급회기 연설");
  const VersionEvidence e = version_evidence(en, ko);
  EXPECT_EQ(e.title_terms, 1u);  // the high-level segment
  EXPECT_TRUE(e.terms_differ);   // the Human Rights Council is not the Conference on Disarmament
  retitle(ko, "강경화 장관, 유엔 인권이사회 고위급회기 기조연설");
  EXPECT_EQ(version_evidence(en, ko).title_terms, 2u);
  EXPECT_FALSE(version_evidence(en, ko).terms_differ);
  EXPECT_GT(version_evidence(en, ko).score(), e.score());
}

// A release is one occasion: a phone call is not a summit, an inaugural speech is not the
// same minister's farewell. Naming the same occasion is no evidence (every release of a
// summit names it): it neither adds to the score nor makes titles agree.
TEST(LinkVersions, TitlesNamingDifferentOccasionsDisagree) {
  auto ko = korean_call();
  EXPECT_FALSE(version_evidence(english_call(), ko).terms_differ);
  retitle(ko, "한미 외교장관, 정상회담 준비 협의");
  EXPECT_TRUE(version_evidence(english_call(), ko).terms_differ);
  retitle(ko, "한미 정상회담 관련 외교장관 통화");  // a call about the summit is a call
  EXPECT_FALSE(version_evidence(english_call(), ko).terms_differ);

  // One minister's speeches put on one day, titles sharing the minister and the ordinal.
  std::vector<LinkableRelease> releases = {
      release("en-in", "en", "20180619", "Inaugural Speech by the 38th Minister of Foreign Affairs, Kang Kyung-wha", {},
              {kKang}),
      release("ko-out", "ko", "20180619", "제38대 강경화 외교부 장관 이임식 이임사", {}, {kKang}),
  };
  EXPECT_TRUE(version_evidence(releases[0], releases[1]).terms_differ);
  EXPECT_TRUE(linked_ids(releases).empty());
  releases.push_back(release("ko-in", "ko", "20180619", "제38대 강경화 외교부 장관 취임식 취임사", {}, {kKang}));
  EXPECT_EQ(linked_ids(releases), std::vector<std::string>{"en-in ko-in"});
  const VersionEvidence same = version_evidence(releases[0], releases[2]);
  EXPECT_EQ(same.title_terms, 0u);
  EXPECT_DOUBLE_EQ(same.score(), kVersionLinkThreshold);  // the minister and the ordinal, on one day
}

// A word that holds an occasion's letters and means something else names no occasion: 통화
// is also currency (통화스와프, a currency swap; 국제통화기금, the IMF), 핵협의그룹 is a body,
// not a consultation.
TEST(LinkVersions, WordsHoldingAnOccasionsLettersNameNoOccasion) {
  const auto en_swap = release("en-s", "en", "20230115", "Korea and UAE Sign Currency Swap at the Summit", {"AE", "KR"}, {});
  const auto ko_swap = release("ko-s", "ko", "20230115", "한-UAE 통화스와프 계약 체결", {"AE", "KR"}, {});
  EXPECT_FALSE(version_evidence(en_swap, ko_swap).terms_differ);
  EXPECT_TRUE(version_evidence(en_swap, release("ko-c", "ko", "20230115", "한-UAE 정상 통화", {"AE", "KR"}, {})).terms_differ);
  const auto en_ncg = release("en-n", "en", "20230718", "Nuclear Consultative Group Meets after the Summit", {"KR", "US"}, {});
  const auto ko_ncg = release("ko-n", "ko", "20230718", "제1차 한미 핵협의그룹 회의 개최", {"KR", "US"}, {});
  EXPECT_FALSE(version_evidence(en_ncg, ko_ncg).terms_differ);
  EXPECT_TRUE(version_evidence(en_ncg, release("ko-d", "ko", "20230718", "한미 국장급 협의 개최", {"KR", "US"}, {})).terms_differ);
  // 국제통화기금 (the IMF) holds 통화 too: it is no phone call set against a summit.
  const auto en_imf = release("en-i", "en", "20231015", "Foreign Minister Meets IMF Managing Director at the G20 Summit", {"KR"}, {});
  const auto ko_imf = release("ko-i", "ko", "20231015", "국제통화기금(IMF) 총재 접견", {"KR"}, {});
  EXPECT_FALSE(version_evidence(en_imf, ko_imf).terms_differ);
}

TEST(LinkVersions, BodiesAreReadOnlyForReleasesLinkingAsksAbout) {
  // A dated pair with nothing in common and an unrelated release: no body is needed.
  std::vector<size_t> read;
  const std::vector<LinkableRelease> releases = {
      english_call(), release("ko-x", "ko", "20190220", "재외국민 안전 공지", {"KR"}, {}),
      release("en-y", "en", "20180101", "Consular Notice", {"KR"}, {})};
  EXPECT_TRUE(link_versions(releases, [&](size_t i) {
                read.push_back(i);
                return std::string();
              }).empty());
  EXPECT_TRUE(read.empty());
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
  EXPECT_EQ(r.days, std::set<int>());  // stored, and no day mentioned
  stored.body = "1. The Minister spoke with the Secretary by phone on February 20.";
  const LinkableRelease with_day = linkable_release(build_document(stored, "digest", "/src/en-1.txt"));
  EXPECT_EQ(with_day.days, (std::set<int>{220}));
  // And the numbers and names of the opening (not the list's "1.", nor common words).
  EXPECT_EQ(with_day.opening_numbers, (std::set<std::string>{"2", "20"}));
  EXPECT_EQ(with_day.opening_names.count("secretary"), 1u);
  EXPECT_EQ(with_day.opening_names.count("the"), 0u);
}

TEST(LinkableRelease, ADocumentWithoutStoredDaysSaysSo) {
  Xapian::Document doc;
  doc.add_value(schema::kTitleSlot, "Title");
  EXPECT_FALSE(linkable_release(doc).days.has_value());
  doc.add_value(schema::kMentionedDaysSlot, "0220");  // not ours
  EXPECT_FALSE(linkable_release(doc).days.has_value());
}

// An undated release links by the days stored with it as by the days read from its body.
TEST(LinkVersions, StoredDaysStandForTheBody) {
  std::vector<LinkableRelease> releases = {
      release("en-cd", "en", "", "Foreign Minister Delivers Address at High-Level Segment of Conference on Disarmament",
              {"KR"}, {kKang}),
      release("ko-cd-2019", "ko", "20190225", "강경화 장관, 군축회의 고위급회기 연설", {"KR"}, {kKang}),
      release("ko-cd-2020", "ko", "20200224", "강경화 장관, 군축회의 고위급회기 연설", {"KR"}, {kKang}),
  };
  releases[0].days = std::set<int>{224};
  releases[1].days = std::set<int>{225};
  releases[2].days = std::set<int>{224};
  const std::vector<VersionLink> links = link_versions(releases, [](size_t) -> std::string {
    ADD_FAILURE() << "a body was read although the days are stored";
    return {};
  });
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(releases[links[0].ko].id, "ko-cd-2020");
  releases[0].days = std::set<int>{303};  // another day: neither
  EXPECT_TRUE(link_versions(releases).empty());
}

TEST(LinkVersions, AVersionPutOutDaysAfterTheMeetingLinksByTheDayBothMention) {
  // The English version came out six days after the meeting and the Korean one the day after;
  // both openings mention the meeting's day.
  std::vector<LinkableRelease> releases = {
      release("en-apt", "en", "20230719", "Foreign Minister Attends 24th ASEAN Plus Three Foreign Ministers' Meeting",
              {"KR"}, {kKang}),
      release("ko-apt", "ko", "20230714", "강경화 장관, 제24차 아세안+3 외교장관회의 참석", {"KR"}, {kKang}),
      release("ko-other", "ko", "20230719", "강경화 장관, 재외공관장 회의 주재", {"KR"}, {kKang}),
  };
  releases[0].days = std::set<int>{713};
  releases[1].days = std::set<int>{713};
  releases[2].days = std::set<int>{719};
  std::vector<VersionLink> links = link_versions(releases);
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(releases[links[0].ko].id, "ko-apt");
  // Undated on the Korean side, the same.
  releases[1].date = "";
  links = link_versions(releases);
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(releases[links[0].ko].id, "ko-apt");
  // Without stored days the dates alone keep them apart.
  releases[0].days.reset();
  releases[1].date = "20230714";
  releases[1].days.reset();
  EXPECT_TRUE(link_versions(releases).empty());
}

TEST(LinkVersions, AnAnnouncementDoesNotLinkToTheOutcomeOfTheMeetingItAnnounces) {
  // The Korean release of February 23 announces the session of February 25-26; the English
  // one of February 27 reports the speech of February 26.
  std::vector<LinkableRelease> releases = {
      release("en-hrc", "en", "20180227", "Foreign Minister Delivers Keynote Speech at 37th UNHRC Session", {"KR"},
              {kKang}),
      release("ko-hrc", "ko", "20180223", "강경화 장관, 제37차 유엔 인권이사회 고위급회기 참석", {"KR"}, {kKang}),
  };
  releases[0].days = std::set<int>{226};
  releases[1].days = std::set<int>{225, 226};
  EXPECT_TRUE(link_versions(releases).empty());
  // The Korean outcome, put out after the session, is the version.
  releases[1].date = "20180226";
  EXPECT_EQ(link_versions(releases).size(), 1u);
}

TEST(TranslationSlotEntry, KeepsATitleOnOneField) {
  EXPECT_EQ(schema::translation_slot_entry("ko-1", "ko", "a\tb\nc"), "ko-1\tko\ta b c");
}

}  // namespace
}  // namespace dipsearch
