// Links that must stand out from the next candidate, and the cases that bring versions
// together without dates: a president's remarks beside the other releases of one meeting,
// a candidate that may not link but still competes, a summit's release put out days later,
// an editorial translated in full, and how far a Korean opening is read.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/index/mentioned_days.h"
#include "common/index/version_links.h"
#include "tests/unit/index/linkable_release_fixture.h"

namespace dipsearch {
namespace {

using namespace dipsearch::link_fixture;

const Official kMoon{"moon-jae-in", "Moon Jae-in", "문재인"};
const Official kTrump{"donald-trump", "Donald Trump", "도널드 트럼프"};
const Official kBiden{"joe-biden", "Joe Biden", "조 바이든"};
const Official kKishida{"fumio-kishida", "Fumio Kishida", "기시다 후미오"};
const Official kYoon{"yoon-suk-yeol", "Yoon Suk Yeol", "윤석열"};
const Official kBlinken{"antony-blinken", "Antony Blinken", "토니 블링컨"};
const Official kPark{"park-jin", "Park Jin", "박진"};
const Official kSpokesperson{"ned-price", "Ned Price", "네드 프라이스"};

// A release whose opening mentions no day and states the numbers and Latin names given.
LinkableRelease stating(LinkableRelease r, std::set<std::string> numbers, std::set<std::string> names) {
  return with_opening(std::move(r), {}, std::move(numbers), std::move(names));
}

TEST(LinkVersions, TitlesAgreeingOnPeopleAloneLinkOnlyWhenThePairStandsOut) {
  // One meeting, one day: the president's remarks at the press conference in English, and in
  // Korean the leaders' greeting and their remarks at lunch, both naming the same people and
  // a country the English one does not.
  const LinkableRelease en = release("en-remarks", "en", "20190630", "Remarks by President Moon at Joint Press Conference",
                                     {"KR", "US"}, {kMoon, kTrump});
  const LinkableRelease greeting = release("ko-greeting", "ko", "20190630", "트럼프 대통령, 문재인 대통령 판문점 회동 발언",
                                           {"KP", "KR", "US"}, {kMoon, kTrump});
  const LinkableRelease lunch = release("ko-lunch", "ko", "20190630", "트럼프 대통령과 문재인 대통령 오찬 전 발언",
                                        {"KP", "KR", "US"}, {kMoon, kTrump});
  const VersionEvidence e = version_evidence(en, greeting);
  EXPECT_TRUE(e.enough_in_common());
  EXPECT_TRUE(e.titles_name_only_people());
  // Neither Korean release stands out: no link, where the dates alone linked one before.
  EXPECT_TRUE(linked_ids({en, greeting, lunch}).empty());
  // Alone on its day it links.
  EXPECT_EQ(linked_ids({en, greeting}), std::vector<std::string>{"en-remarks ko-greeting"});
  // Titles that share a number besides the people do not need the margin.
  LinkableRelease numbered = en, greeting_numbered = greeting;
  retitle(numbered, "Remarks by President Moon at 3rd Joint Press Conference");
  retitle(greeting_numbered, "문재인 대통령 제3차 공동기자회견 발언");
  EXPECT_FALSE(version_evidence(numbered, greeting_numbered).titles_name_only_people());
}

TEST(LinkVersions, ACandidateThatMayNotLinkStillCountsAsTheNextOne) {
  // An undated Korean briefing of a phone call, and two undated English releases: one states
  // four of its facts but names one official of two; the other names both, the same
  // countries, and the president in its title, but states none of its facts (another call).
  const LinkableRelease ko =
      stating(release("ko-call", "ko", "", "트럼프 대통령과 전화통화 관련 브리핑", {"KR", "US"}, {kMoon, kTrump}),
              {"30", "2018"}, {"olympics", "pyeongchang"});
  const LinkableRelease facts =
      stating(release("en-facts", "en", "", "Briefing on the Phone Call", {"KR", "US"}, {kMoon}), {"30", "2018"},
              {"olympics", "pyeongchang"});
  const LinkableRelease other_call =
      stating(release("en-other-call", "en", "", "President Moon and President Trump Agree", {"KR", "US"}, {kMoon, kTrump}),
              {"15"}, {"exercises"});
  ASSERT_TRUE(evidence_ignoring_dates(facts, ko).openings_alone_agree());
  const VersionEvidence other = evidence_ignoring_dates(other_call, ko);
  ASSERT_FALSE(other.enough_without_dates() || other.openings_alone_agree());
  ASSERT_GT(other.score() + kUndatedVersionMargin, evidence_ignoring_dates(facts, ko).score());
  // The other call may not link, but it scores as much: the facts' release does not stand out.
  EXPECT_TRUE(linked_ids({ko, facts, other_call}).empty());
  EXPECT_EQ(linked_ids({ko, facts}), std::vector<std::string>{"en-facts ko-call"});
  // What the candidates hold: the other call as a next candidate only.
  bool only_next = false;
  for (const VersionLink& c : version_candidates({ko, facts, other_call}, {true, true, true})) {
    if (c.en == 2) only_next = c.only_next;
  }
  EXPECT_TRUE(only_next);
}

TEST(LinkVersions, ASummitsReleasePutOutDaysLaterLinksWhenItStandsOut) {
  // The English release on the day of a summit of three leaders; the Korean one two days
  // later, its title saying 한미일 where the English one says trilateral.
  const LinkableRelease en = stating(
      release("en-summit", "en", "20230814", "Trilateral Leaders Summit", {"JP", "KR", "US"}, {kBiden, kKishida, kYoon}),
      {}, {});
  LinkableRelease ko = stating(
      release("ko-summit", "ko", "20230816", "한미일 정상회의", {"JP", "KR", "US"}, {kBiden, kKishida, kYoon}), {}, {});
  EXPECT_EQ(linked_ids({en, ko}), std::vector<std::string>{"en-summit ko-summit"});
  ko.date = "20230817";
  EXPECT_EQ(linked_ids({en, ko}), std::vector<std::string>{"en-summit ko-summit"});
  // Four days is further than a version is put out after its original.
  ko.date = "20230818";
  EXPECT_TRUE(linked_ids({en, ko}).empty());
  // Two Korean releases of the summit a day apart: neither stands out.
  ko.date = "20230816";
  LinkableRelease principles = ko;
  principles.id = "ko-principles";
  principles.date = "20230817";
  retitle(principles, "캠프 데이비드 원칙");
  EXPECT_TRUE(linked_ids({en, ko, principles}).empty());
  // Two leaders in common are not a summit of three: the same two meet again and again.
  LinkableRelease two = ko;
  two.officials = {kBiden, kYoon};
  LinkableRelease en_two = en;
  en_two.officials = {kBiden, kYoon};
  EXPECT_TRUE(linked_ids({en_two, two}).empty());
  // Undated, the same people say nothing of which summit it is.
  LinkableRelease undated = ko;
  undated.date.clear();
  EXPECT_TRUE(linked_ids({en, undated}).empty());
}

TEST(LinkVersions, AnEditorialTranslatedInFullLinksByTwoOfficialsAndThreeFactsWrittenAlike) {
  // Undated both: the English editorial names a spokesperson the Korean one leaves out, and
  // the Korean one keeps three English words of the quotes it translates.
  const LinkableRelease en = stating(release("en-editorial", "en", "", "A vital and longstanding ally", {"KR", "US"},
                                             {kBlinken, kPark, kSpokesperson}),
                                     {}, {"agreement", "cooperation", "technology"});
  const LinkableRelease ko = stating(release("ko-editorial", "ko", "", "미국 정부의 견해를 반영하는 논평", {"KR", "US"},
                                             {kBlinken, kPark}),
                                     {}, {"agreement", "cooperation", "technology"});
  EXPECT_EQ(linked_ids({en, ko}), std::vector<std::string>{"en-editorial ko-editorial"});
  // Two facts are not enough.
  const LinkableRelease fewer = stating(ko, {}, {"agreement", "cooperation"});
  EXPECT_TRUE(linked_ids({en, fewer}).empty());
}

TEST(VersionEvidence, ANameMatchedByItsSoundAloneCountsHalf) {
  // Four names both openings write in Latin letters, against four whose only match is a
  // Hangul word's sound (a loanword such as 브리핑 sounds like many English words).
  const LinkableRelease en = stating(release("en", "en", "", "Press Conference", {"KR"}, {}), {}, {"forum", "summit"});
  const LinkableRelease ko = stating(release("ko", "ko", "", "정례브리핑", {"KR"}, {}), {}, {"forum", "summit"});
  LinkableRelease en_sounds = en, ko_sounds = ko;
  en_sounds.latin_sounds = std::set<std::string>{"plkn", "pnmnt", "tntnk"};
  ko_sounds.hangul_sounds = std::set<std::string>{"plkn", "pnmnt", "tntnk"};
  const VersionEvidence written = evidence_ignoring_dates(en, ko);
  const VersionEvidence sounded = evidence_ignoring_dates(en_sounds, ko_sounds);
  EXPECT_EQ(sounded.opening_sounds, 3u);
  EXPECT_EQ(sounded.written_alike(), written.written_alike());
  EXPECT_DOUBLE_EQ(sounded.score() - written.score(), 0.5 * 0.5 * 3);
}

TEST(OpeningClues, AHangulSyllableWeighsTwoInTheReach) {
  EXPECT_EQ(opening_of("abcdef", 4), "abcd");
  EXPECT_EQ(opening_of("가나다라", 4), "가나");
  // Never cut inside a character.
  EXPECT_EQ(opening_of("a가", 2), "a");
  EXPECT_EQ(opening_of("é가", 3), "é");
  // Malformed and truncated bytes weigh their bytes; the cut stays between characters.
  EXPECT_EQ(opening_of(std::string("a\xEA\xB0" "b", 4), 3), std::string("a\xEA\xB0"));
  EXPECT_EQ(opening_of(std::string("a\xEA\xB0", 3), 2), "a");
  EXPECT_EQ(opening_of(std::string("\xFF" "가", 4), 3), std::string("\xFF" "가"));
  // Only a syllable weighs two, not another character of the same lead bytes (U+A000, Yi).
  EXPECT_EQ(opening_of("\xEA\x80\x80" "a", 3), "\xEA\x80\x80");
  // A Korean opening is read twice as many syllables into it as a byte reach would read.
  std::string korean;
  while (korean.size() < kOpeningCluesReach * 5 / 4) korean += "가";
  EXPECT_TRUE(release_opening_clues("", korean + " 2019").numbers.count("2019"));
  std::string longer;
  while (longer.size() < kOpeningCluesReach * 3 / 2) longer += "가";
  EXPECT_FALSE(release_opening_clues("", longer + " 2019").numbers.count("2019"));
  // English is read by its bytes.
  EXPECT_FALSE(release_opening_clues("", std::string(kOpeningCluesReach, ' ') + "in 2019").numbers.count("2019"));
}

}  // namespace
}  // namespace dipsearch
