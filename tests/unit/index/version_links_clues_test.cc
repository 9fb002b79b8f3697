// The clues linking reads besides dates: terms titles name in either language, and the days a
// release's opening mentions.
#include <gtest/gtest.h>

#include "common/index/version_links_clues.h"

namespace dipsearch {
namespace {

TEST(TitleTerms, AnEnglishAndAKoreanNameForOneBodyAreOneTerm) {
  const TitleTerms en = title_terms("Vice Minister Delivers Statement at High-Level Segment of 46th Human Rights Council", true);
  const TitleTerms ko = title_terms("제2차관, 제46차 유엔 인권이사회 고위급 회기 기조연설", false);
  EXPECT_EQ(en.terms, ko.terms);  // the Council, and the high-level segment (spaces or not)
  EXPECT_EQ(en.events, ko.events);
  EXPECT_EQ(en.events.size(), 1u);  // a segment is no meeting series of its own
}

TEST(TitleTerms, DifferentMeetingSeriesAreDifferentEvents) {
  const TitleTerms hrc = title_terms("Minister Delivers Keynote Speech at UNHRC", true);
  const TitleTerms cd = title_terms("장관, 제네바 군축회의(CD) 고위급회기 연설", false);
  ASSERT_EQ(hrc.events.size(), 1u);
  ASSERT_EQ(cd.events.size(), 1u);
  EXPECT_NE(*hrc.events.begin(), *cd.events.begin());
  EXPECT_TRUE(title_terms("Outcome of Bilateral Meeting", true).terms.empty());
}

TEST(MentionedDays, ReadsTheWaysBothLanguagesWriteADay) {
  EXPECT_EQ(mentioned_days("The Minister met her counterpart on February 25 (local time)."), (std::set<int>{225}));
  EXPECT_EQ(mentioned_days("Held on Feb. 15, and again on 3 March 2019."), (std::set<int>{215, 303}));
  EXPECT_EQ(mentioned_days("장관은 2.25(월) 오전 회의에 참석하였다."), (std::set<int>{225}));
  EXPECT_EQ(mentioned_days("현지시각 2017.9.21(목) 뉴욕에서"), (std::set<int>{921}));
  EXPECT_EQ(mentioned_days("차관보는 10.7.(금) 면담하고"), (std::set<int>{1007}));
  EXPECT_EQ(mentioned_days("3월 28일 회담을 갖고"), (std::set<int>{328}));
  EXPECT_EQ(mentioned_days("대변인 정례브리핑 (7.12)"), (std::set<int>{712}));
}

TEST(MentionedDays, LeavesOutRangesYearsAndImpossibleDays) {
  EXPECT_TRUE(mentioned_days("2.16-19 간 독일을 방문하여").empty());      // a range without a weekday
  EXPECT_TRUE(mentioned_days("In May 2018, the two sides agreed.").empty());  // a month without a day
  EXPECT_TRUE(mentioned_days("13.45(월) and February 31").empty());
  EXPECT_TRUE(mentioned_days("").empty());
}

TEST(MentionedDays, ReadsOnlyTheOpening) {
  const std::string late = std::string(kMentionedDaysReach, ' ') + "on February 25";
  EXPECT_TRUE(mentioned_days(late).empty());
}

}  // namespace
}  // namespace dipsearch
