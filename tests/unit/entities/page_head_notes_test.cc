// Entities that a page states in its head rather than its body (Release::head_notes, which the
// page reader fills): the briefer named on the date line, the countries of a notice's head row.
#include <gtest/gtest.h>

#include "entities_test_support.h"

namespace dipsearch::entities {
namespace {

Release briefing() {
  Release r;
  r.lang = "ko";
  r.date = "2025-04-08";
  r.title = "외교부 대변인 브리핑";
  r.body =
      "안녕하십니까? 4월 8일 정례브리핑을 시작합니다.\n\n"
      "외교부는 4월 10일 서울에서 개최되는 회의에 참석하는 대표단의 일정을 안내해 드립니다.";
  return r;
}

TEST(PageHeadNotes, BrieferOnTheDateLineIsExtracted) {
  Release r = briefing();
  EXPECT_TRUE(testing::extractor().extract(r).officials.empty());
  r.head_notes = {"홍길동 대변인"};
  const Entities e = testing::extractor().extract(r);
  ASSERT_EQ(e.officials.size(), 1u) << ::testing::PrintToString(testing::official_keys(e));
  EXPECT_EQ(e.officials[0].name_ko, "홍길동");
  EXPECT_EQ(e.officials[0].title, "대변인");
}

TEST(PageHeadNotes, SpeakerRowWithTheOfficeFirst) {
  Release r = briefing();
  r.head_notes = {"대변인 홍길동"};
  const Entities e = testing::extractor().extract(r);
  ASSERT_EQ(e.officials.size(), 1u) << ::testing::PrintToString(testing::official_keys(e));
  EXPECT_EQ(e.officials[0].name_ko, "홍길동");
  EXPECT_EQ(e.officials[0].title, "대변인");
}

TEST(PageHeadNotes, CountriesOfTheHeadRowAreExtracted) {
  Release r;
  r.lang = "ko";
  r.title = "남미 지역 대규모 집회 관련 안전유의";
  r.body = "최근 일부 도시에서 대규모 집회가 이어지고 있습니다. 신변안전에 유의해주시기 바랍니다.";
  EXPECT_TRUE(testing::extractor().extract(r).countries.empty());
  r.head_notes = {"페루, 칠레, 볼리비아"};
  EXPECT_EQ(testing::extractor().extract(r).countries, (std::vector<std::string>{"BO", "CL", "PE"}));
}

// Each note is a paragraph of its own: a name in a note does not take the title that opens
// the body, nor the other way round.
TEST(PageHeadNotes, NotesDoNotRunIntoTheBody) {
  Release r = briefing();
  r.head_notes = {"홍길동"};
  r.body = "대변인 정례브리핑을 시작합니다.";
  const Entities e = testing::extractor().extract(r);
  for (const OfficialMention& o : e.officials) EXPECT_NE(o.title, "대변인") << o.name;
}

}  // namespace
}  // namespace dipsearch::entities
