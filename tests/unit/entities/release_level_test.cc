// Whole releases, written like the ministry's, with the traps real pages hold: a country that
// is also a U.S. state, a menu of countries after the body, a foreign name in both scripts.
#include <gtest/gtest.h>

#include "entities_test_support.h"

namespace dipsearch::entities {
namespace {

Release release(const std::string& title, const std::string& body, const std::string& lang) {
  Release r;
  r.title = title;
  r.body = body;
  r.lang = lang;
  r.date = "2024-06-12";
  return r;
}

TEST(ReleaseLevel, EnglishMeetingWithAMenuAfterTheBody) {
  const Entities e = testing::extractor().extract(release(
      "Outcome of the Korea-Georgia Foreign Ministers' Meeting",
      "1. Minister of Foreign Affairs Cho Tae-yul held talks with H.E. Ilia Darchiashvili, "
      "Minister of Foreign Affairs of Georgia, in Seoul on 12 June 2024.\n"
      "2. The two ministers agreed to expand cooperation in energy, logistics and the digital "
      "economy, building on the Trans-Caspian route that links Georgia, Azerbaijan and "
      "Kazakhstan.\n"
      "  o Minister Darchiashvili thanked Korea for its support, including the humanitarian "
      "assistance provided through the UN.\n"
      "3. Minister Cho also explained the Government's efforts regarding the Korean workers "
      "detained at a plant in the State of Georgia in the United States, and the two ministers "
      "agreed that the matter was unrelated to the bilateral relationship. (End)\n"
      "Related Countries\n"
      "Georgia\n"
      "Azerbaijan\n"
      "Armenia\n",
      "en"));
  // Georgia the country and the U.S. state in one release; Armenia only in the closing menu.
  EXPECT_EQ(e.countries, (std::vector<std::string>{"AZ", "GE", "KR", "KZ", "US"}));
  EXPECT_EQ(testing::official_keys(e),
            (std::vector<std::string>{"cho-tae-yul", "ilia-darchiashvili"}));
  ASSERT_EQ(e.officials.size(), 2u);
  EXPECT_EQ(e.officials[1].title, "Minister of Foreign Affairs");
}

TEST(ReleaseLevel, KoreanMeetingNamesTheSamePeople) {
  const Entities e = testing::extractor().extract(release(
      "조태열 외교부 장관, 다르치아슈빌리 조지아 외교장관과 회담",
      "□ 조태열 외교부 장관은 6.12.(수) 서울에서 일리아 다르치아슈빌리(Ilia Darchiashvili) 조지아 외교장관과 회담을 갖고 양국 관계 발전 방안을 "
      "논의하였다.\n"
      " ㅇ 양 장관은 카스피해 횡단 물류 경로를 통한 협력을 확대하기로 하였으며, 다르치아슈빌리 장관은 한국의 인도적 지원에 사의를 표하였다.\n"
      "□ 조 장관은 미국 조지아주 공장에서 구금된 우리 국민 문제에 대해서도 설명하였다.\n"
      "□ 한편, 조 장관은 회담에 앞서 주한조지아대사관 관계자들과도 인사를 나누었다. 끝.\n",
      "ko"));
  EXPECT_EQ(e.countries, (std::vector<std::string>{"GE", "KR", "US"}));
  // The Latin spelling in brackets gives the unknown minister the English release's key.
  EXPECT_EQ(testing::official_keys(e),
            (std::vector<std::string>{"cho-tae-yul", "ilia-darchiashvili"}));
  ASSERT_EQ(e.officials.size(), 2u);
  EXPECT_EQ(e.officials[1].name, "일리아 다르치아슈빌리");
  EXPECT_EQ(e.officials[1].name_en, "Ilia Darchiashvili");
  EXPECT_EQ(e.officials[1].title, "조지아 외교장관");
}

}  // namespace
}  // namespace dipsearch::entities
