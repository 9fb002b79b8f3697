// Official extraction on the classes of misses and false hits found on real releases: offices
// whose words the title lists lacked (plurals, a body's possessive, a place before a Korean
// title), family names that look like something else (King, a Korean family name in capitals
// after the given name), a title in lower case, a Korean guest named in Hangul on an English
// page, names of five words, names the page misspells, a day and a place read as a foreign
// name; words between a title and its name (a bracketed qualifier, a rank, an honorific),
// initials before a particle, shortened given names and double surnames repeated alone. Every sentence here is written for the
// test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entities_test_support.h"

namespace dipsearch::entities {
namespace {

struct Found {
  std::string key;
  std::string title;
};

void expect_officials(const std::string& body, const std::string& lang,
                      const std::vector<Found>& want, const std::string& date = "") {
  const Entities e = testing::extract(body, lang, "", date);
  ASSERT_EQ(testing::official_keys(e).size(), want.size())
      << body << "\n got: " << ::testing::PrintToString(testing::official_keys(e));
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(e.officials[i].key, want[i].key) << body;
    EXPECT_EQ(e.officials[i].title, want[i].title) << body;
  }
}

TEST(OfficialRealClasses, PluralWordsInsideEnglishTitles) {
  expect_officials("The Director-General for International Organizations Taro Yamada attended.", "en",
                   {{"taro-yamada", "Director-General for International Organizations"}});
  expect_officials("The Special Envoy for Maritime Issues Daniel Whitmore spoke.", "en",
                   {{"daniel-whitmore", "Special Envoy for Maritime Issues"}});
  expect_officials("Minister of Foreign and Expatriates Affairs Omar Haddad signed it.", "en",
                   {{"omar-haddad", "Minister of Foreign and Expatriates Affairs"}});
  expect_officials("The delegation was led by Director for Conflict Prevention Anna Kowal of the "
                   "External Service.",
                   "en", {{"anna-kowal", "Director for Conflict Prevention"}});
}

TEST(OfficialRealClasses, BodyWithAPossessiveAfterANameAndComma) {
  expect_officials("Wei Lan, Vice Chairman of the Chinese People's Consultative Conference will "
                   "travel to Lusaka next week.",
                   "en",
                   {{"wei-lan", "Vice Chairman of the Chinese People's Consultative Conference"}});
}

TEST(OfficialRealClasses, FamilyNamesThatLookLikeOtherWords) {
  // King ends a name when no name follows it; a monarch's title before a name stays a title.
  expect_officials("Special Envoy Daniel King met the press.", "en",
                   {{"daniel-king", "Special Envoy"}});
  expect_officials("He sat with Prime Minister Hun Sen King Norodom Sihamoni had sent.", "en",
                   {{"hun-sen", "Prime Minister"}, {"norodom-sihamoni", "King"}});
  // A Korean family name in capitals after the given name.
  expect_officials("Vice Minister of Patriots Min Chul PARK attended the service.", "en",
                   {{"min-chul-park", "Vice Minister of Patriots"}});
}

TEST(OfficialRealClasses, LowerCaseHeadAfterACapitalizedWord) {
  // A family name with its office: the one foreign minister of that name on that day.
  expect_officials("I have met your Foreign minister Yun twice.", "en",
                   {{"yun-byung-se", "Foreign minister"}}, "2014-10-01");
  expect_officials("the foreign minister said so.", "en", {});
}

TEST(OfficialRealClasses, HangulNameAfterAnEnglishHonorific) {
  expect_officials("The Honorable 홍길동,\nDeputy Speaker of the National Assembly,\n"
                   "The Honorable 김철수,\nDistinguished guests,\nWelcome to Jeju.",
                   "en", {{"ko-hong-gil-dong", "Deputy Speaker of the National Assembly"}});
}

TEST(OfficialRealClasses, PlaceBetweenSpellingAndKoreanTitle) {
  expect_officials("장관은 오늘 라시드 알-나세르(Rashid Al-Nasser) UAE 두바이 행정청장과 면담합니다.",
                   "ko", {{"rashid-al-nasser", "UAE 두바이 행정청장"}});
}

TEST(OfficialRealClasses, NamesOfFiveWords) {
  expect_officials("It was opened by Prime Minister Ana Luisa Maria Ortega Vidal yesterday.", "en",
                   {{"ana-luisa-maria-ortega-vidal", "Prime Minister"}});
}

TEST(OfficialRealClasses, NameMisspeltByThePage) {
  // Two edits from the name of the one person who held the stated office on that day.
  expect_officials("President Park Geun-hey welcomed the delegation.", "en",
                   {{"park-geun-hye", "President"}}, "2014-05-02");
  expect_officials("장관은 하야시 요시사마 일본 외무상과 통화했다.", "ko",
                   {{"yoshimasa-hayashi", "일본 외무상"}}, "2022-05-02");
  // Undated, or another given name: a person of that family name the registry does not know.
  expect_officials("President Park Geun-hey welcomed the delegation.", "en",
                   {{"park-geun-hey", "President"}});
  expect_officials("President Park Chan-woo welcomed the delegation.", "en",
                   {{"park-chan-woo", "President"}}, "2014-05-02");
}

TEST(OfficialRealClasses, DayAndPlaceAreNoForeignName) {
  expect_officials("대통령은 3월 6일 화요일 청와대에서 에스토니아 대통령과 회담합니다.", "ko", {});
  expect_officials("장관은 목요일 서울에서 칠레 외교장관과 회담합니다.", "ko", {});
}

TEST(OfficialRealClasses, WhatStandsBetweenATitleAndTheName) {
  // A one-word qualifier in brackets, an abbreviated military rank, "-designate".
  expect_officials("The envoy met Secretary (West) Ravi Kumar Menon of the ministry.", "en",
                   {{"ravi-kumar-menon", "Secretary"}});
  expect_officials("Deputy Commander Lt. Gen. Andrew Whitfield briefed the group.", "en",
                   {{"andrew-whitfield", "Deputy Commander"}});
  expect_officials("The Ambassador-designate to the ROK Maria Luisa Santos paid a call.", "en",
                   {{"maria-luisa-santos", "Ambassador-designate to the ROK"}});
  // Honorifics: "H.E" without its last full stop, and an Arabic one leading a name.
  expect_officials("The State Minister of Palau, H.E Tomas Remengesau paid a call.", "en",
                   {{"tomas-remengesau", ""}});
  expect_officials("Sayyid Hamad Alharthy, Foreign Minister received the delegation.", "en",
                   {{"hamad-alharthy", "Foreign Minister"}});
}

TEST(OfficialRealClasses, InitialsParticlesAndShortenedGivenNames) {
  expect_officials("He met Foreign Minister of Chile Ricardo F. del Campo on Tuesday.", "en",
                   {{"ricardo-del-campo", "Foreign Minister"}});
  expect_officials("Ambassador Ma. Teresa Cruz-De Leon met the Secretary General.", "en",
                   {{"ma-teresa-cruz-de-leon", "Ambassador"}});
  expect_officials("Minister Md. Rahim Uddin arrived.", "en", {{"md-rahim-uddin", "Minister"}});
  // A double surname repeated alone is the same person, not a second one.
  expect_officials("Ambassador Teresa Cruz-De Leon arrived. Ambassador Cruz-De Leon then spoke.",
                   "en", {{"teresa-cruz-de-leon", "Ambassador"}});
}

}  // namespace
}  // namespace dipsearch::entities
