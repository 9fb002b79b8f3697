// Word shapes that make a headline-like line no headline (a topic's name, a speech's formal
// sentence, an office's name, a place) and the lines that only look like them.
#include "common/release/headline_shapes.h"

#include <gtest/gtest.h>

namespace dipsearch::release {
namespace {

TEST(HeadlineShapes, TopicAndColumnNames) {
  EXPECT_TRUE(names_a_topic("Portugal-Republic of Korea Relations"));
  EXPECT_TRUE(names_a_topic("Consular Affairs"));
  EXPECT_TRUE(names_a_topic("코스타 아나 대사 칼럼"));
  // A headline says what happened to the relations; a column's own headline ends otherwise.
  EXPECT_FALSE(names_a_topic("Lisbon and Seoul Agree to Deepen Fisheries Relations Further"));
  EXPECT_FALSE(names_a_topic("Ministers discuss bilateral relations"));
  EXPECT_FALSE(names_a_topic("칼럼"));
  EXPECT_TRUE(names_a_topic("Korea-China Relations"));
  EXPECT_TRUE(names_a_topic("Korea and Japan Relations"));
  EXPECT_FALSE(names_a_topic("Strengthening Korea-ASEAN Relations"));
  EXPECT_FALSE(names_a_topic("Future of Portugal-Korea Relations"));
  // Partners joined by an en dash, after the country's long form, or a section's adjective.
  EXPECT_TRUE(names_a_topic("Korea–Japan Relations"));
  EXPECT_TRUE(names_a_topic("Republic of Korea-Japan Relations"));
  EXPECT_TRUE(names_a_topic("Bilateral Relations"));
  EXPECT_FALSE(names_a_topic("Strengthening Relations"));
  EXPECT_FALSE(names_a_topic("코스타 대사 신년사"));
}

TEST(HeadlineShapes, SectionsNamedByTheirItems) {
  EXPECT_TRUE(names_kinds_of_items("Speeches and Contributions"));
  EXPECT_TRUE(names_kinds_of_items("News & Events"));
  EXPECT_TRUE(names_a_topic("Speeches and Contributions"));
  EXPECT_FALSE(names_kinds_of_items("Speeches and Remarks by the Minister"));
  EXPECT_FALSE(names_kinds_of_items("Ministers and Ambassadors"));
}

TEST(HeadlineShapes, FormalSpeech) {
  EXPECT_TRUE(speaks_formally("여러분 안녕하십니까?"));
  EXPECT_TRUE(speaks_formally("깊이 감사드립니다."));
  EXPECT_FALSE(speaks_formally("해양부 장관 “최선 다하겠습니다”"));
  EXPECT_FALSE(speaks_formally("북해 어업 협력 강화"));
  EXPECT_FALSE(speaks_formally("Thank you."));
  // Without a stop only greetings and thanks: a notice's headline keeps the formal ending.
  EXPECT_TRUE(speaks_formally("여러분 안녕하십니까"));
  EXPECT_TRUE(speaks_formally("대단히 감사합니다"));
  EXPECT_FALSE(speaks_formally("여권 발급 업무 일시 중단을 알려드립니다"));
  EXPECT_FALSE(speaks_formally("해외안전여행 앱을 새롭게 소개합니다"));
}

TEST(HeadlineShapes, OfficesWithoutTheirDeeds) {
  EXPECT_TRUE(names_an_office("NORTH SEA FISHERIES COUNCIL SECRETARY-GENERAL"));
  EXPECT_FALSE(names_an_office("NORTH SEA FISHERIES COUNCIL SECRETARY-GENERAL CALLS ON PORTUGUESE AMBASSADOR"));
  EXPECT_FALSE(names_an_office("Embassy Hosts Fisheries Reception"));
}

TEST(HeadlineShapes, KoreanMeetingIsNoPlace) {
  EXPECT_TRUE(is_place("Lisbon, Portugal"));
  EXPECT_FALSE(is_place("주북해대사관, 북해지역 어업영사회의 개최"));
}

TEST(HeadlineShapes, SentenceCaseDescriptionAboveTitleCase) {
  EXPECT_TRUE(captions_title_case("Two ministers walking along the harbour", "Lisbon-Seoul Fisheries Ministers’ Meeting"));
  // A headline in sentence case keeps its subtitle, whatever the subtitle's case.
  EXPECT_FALSE(captions_title_case("Ministers agree on quotas", "talks to resume in spring"));
  EXPECT_FALSE(captions_title_case("Lisbon-Seoul Fisheries Ministers’ Meeting", "Two ministers walking along the harbour"));
}

}  // namespace
}  // namespace dipsearch::release
