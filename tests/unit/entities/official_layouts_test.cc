// Official extraction on the layouts of real releases that the plain title-and-name rules
// missed: greetings one a line, titles on the next line, family names in capitals, comma-set
// Korean names, monarchs, bodies inside titles, headlines that still prove a name, counterparts
// and titles in the plural, and short mentions that only the registry's dated roles explain.
// Every sentence here is written for the test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entities_test_support.h"

namespace dipsearch::entities {
namespace {

struct Found {
  std::string key;
  std::string title;  // "-": not checked
};

void expect_officials(const Entities& e, const std::vector<Found>& want, const std::string& text) {
  ASSERT_EQ(testing::official_keys(e).size(), want.size())
      << text << "\n got: " << ::testing::PrintToString(testing::official_keys(e));
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(e.officials[i].key, want[i].key) << text;
    if (want[i].title != "-") {
      EXPECT_EQ(e.officials[i].title, want[i].title) << text;
    }
  }
}

void expect_officials(const std::string& body, const std::vector<Found>& want,
                      const std::string& date = "", const std::string& title = "") {
  expect_officials(testing::extract(body, "en", title, date), want, body);
}

TEST(OfficialLayouts, GreetingsOneALineAreNoHeadlines) {
  // Title Case lines ending with a comma list the guests a speech greets.
  expect_officials("Opening Remarks\n\nDeputy Minister Hong Gildong,\nAmbassador Daniel Whitmore,\n"
                   "Distinguished Guests,\nIt is a pleasure to be here.",
                   {{"hong-gil-dong", "Deputy Minister"}, {"daniel-whitmore", "Ambassador"}});
}

TEST(OfficialLayouts, TitleAloneOnTheNextLine) {
  expect_officials("The Honorable Kim Chul-soo,\nMember of the National Assembly,\n"
                   "The Honorable Taro Yamada,\nPresident Dr. Hong Gildong,\nDear friends,\n"
                   "Welcome to the forum.",
                   {{"kim-chul-soo", "Member of the National Assembly"},
                    {"hong-gil-dong", "President"}});
}

TEST(OfficialLayouts, FamilyNamesInCapitals) {
  expect_officials("Ms. TANAKA Yumi, Press Secretary: We will announce it today.",
                   {{"tanaka-yumi", "Press Secretary"}});
  expect_officials("She thanked H.E. PARK Minsoo, Ambassador of the Republic of Korea to Japan;",
                   {{"park-min-soo", "Ambassador of the Republic of Korea to Japan"}});
  expect_officials("YUN Dukmin, the Ambassador of the ROK to Japan, spoke in Tokyo.",
                   {{"yun-duk-min", "Ambassador of the ROK to Japan"}});
  expect_officials("The ROK and NATO Secretariat officials met in MARCH.", {});
}

TEST(OfficialLayouts, KoreanFamilyNameSetOffByAComma) {
  expect_officials("Minister of Foreign Affairs Kang, Kyung-wha co-chaired the meeting.",
                   {{"kang-kyung-wha", "Minister of Foreign Affairs"}});
  expect_officials("Kim, Lee and Park attended the seminar.", {});
}

TEST(OfficialLayouts, MonarchsAndRegnalNumbers) {
  expect_officials("King Harald received the envoy.", {{"harald", "King"}});
  expect_officials("Her Majesty Queen Elizabeth II opened the session.",
                   {{"elizabeth-ii", "Queen"}});
  expect_officials("Minister Whitmore spoke.", {});
}

TEST(OfficialLayouts, BodiesInsideTitles) {
  expect_officials("Director-General of the Asian and Oceanian Affairs Bureau Taro Yamada of the "
                   "Ministry attended.",
                   {{"taro-yamada", "Director-General of the Asian and Oceanian Affairs Bureau"}});
  expect_officials("Special Envoy for the Six-Party Talks Daniel Whitmore visited.",
                   {{"daniel-whitmore", "Special Envoy for the Six-Party Talks"}});
  expect_officials("Deputy Special Representative for the Democratic People's Republic of Korea "
                   "(DPRK) Jane Parker met them.",
                   {{"jane-parker", "Deputy Special Representative for the Democratic People's "
                                    "Republic of Korea (DPRK)"}});
  expect_officials("Research Director of the Center for Peace Studies Hong Gildong joined.",
                   {{"hong-gil-dong", "Research Director of the Center for Peace Studies"}});
  expect_officials("Secretary-General of the Korea-Japan Parliamentarians' Union Taro Yamada "
                   "spoke.",
                   {{"taro-yamada", "Secretary-General of the Korea-Japan Parliamentarians' Union"}});
  expect_officials("Chargé d’Affaires of the Embassy of France Mr. Julien Dupont attended.",
                   {{"julien-dupont", "Chargé d’Affaires of the Embassy"}});  // "of France" qualifies
}

TEST(OfficialLayouts, HeadlinesThatStillProveAName) {
  // A possessive or an honorific is no capital a headline puts on any word.
  expect_officials("Good afternoon.", {{"hong-gil-dong", "Spokesperson"}}, "",
                   "Spokesperson Hong Gil-dong's Regular Briefing on May 2");
  expect_officials("The text follows.", {{"taro-yamada", "Minister for Foreign Affairs"}}, "",
                   "Statement by Mr. Taro Yamada, Minister for Foreign Affairs, on the Floods");
  expect_officials("The event was held.", {}, "", "Ambassador Visits Coastal Province Museum");
}

TEST(OfficialLayouts, CounterpartsAndTitlesInThePlural) {
  expect_officials("He met his Indian counterpart Ravi Kumar Singh on Monday. She called her "
                   "counterpart, Daniel Whitmore, later.",
                   {{"ravi-kumar-singh", ""}, {"daniel-whitmore", ""}});
  expect_officials("The two counterparts met. He thanked his counterpart Kim.", {});
  expect_officials("Prime Ministers Hong Gildong and Taro Yamada met, and Directors-General Kim "
                   "and Tanaka spoke.",
                   {{"hong-gil-dong", ""}, {"taro-yamada", ""}});
}

TEST(OfficialLayouts, ShortMentionsAndTheRegistrysDatedRoles) {
  // No full name in the release: the one registry official with that family name who held
  // such an office on the release date.
  expect_officials("Secretary Kerry said so.", {{"john-kerry", "Secretary"}}, "2014-05-01");
  expect_officials("Secretary Kerry said so.", {}, "2018-05-01");
  expect_officials("Minister Kang spoke in Geneva.", {{"kang-kyung-wha", "Minister"}},
                   "2019-03-01");
  expect_officials("Vice Minister Kang spoke in Geneva.", {}, "2019-03-01");
  expect_officials("Ambassador Kim spoke in Geneva.", {}, "2012-03-01");
  // Undated, the short mention could be anyone's.
  expect_officials("Secretary Kerry said so.", {});
  expect_officials("Minister Smith spoke in Geneva.", {});
  // A transcript's speaker labels are in capitals, names too.
  expect_officials("SECRETARY KERRY: Thank you all.", {{"john-kerry", "SECRETARY"}}, "2013-05-02");
  const Entities ko = testing::extract("정 장관은 회의에서 발언했다.", "ko", "", "2021-06-01");
  expect_officials(ko, {{"chung-eui-yong", "장관"}}, "정 장관");
  expect_officials(testing::extract("정 장관은 회의에서 발언했다.", "ko"), {}, "정 장관, undated");
}

TEST(OfficialLayouts, CounterpartsTheRegistryKnowsByDate) {
  // Leaders and foreign ministers of partners, named by family name with their office.
  expect_officials("Chancellor Merkel of Germany and Prime Minister May of the UK attended.",
                   {{"angela-merkel", "Chancellor"}, {"theresa-may", "Prime Minister"}},
                   "2018-01-26");
  expect_officials("Deputy Secretary Blinken visited Seoul.", {{"antony-blinken", "-"}},
                   "2016-04-01");
  expect_officials("Prime Minister May spoke.", {}, "2020-01-01");  // no longer in office
  expect_officials("The Minister May 5 schedule was released.", {}, "2018-01-26");
  expect_officials(testing::extract("메르켈 총리와 마크롱 대통령이 만났다.", "ko"),
                   {{"angela-merkel", "총리"}, {"emmanuel-macron", "대통령"}}, "메르켈, 마크롱");
}

void expect_korean(const std::string& body, const std::vector<Found>& want) {
  expect_officials(testing::extract(body, "ko"), want, body);
}

TEST(OfficialLayouts, KoreanNamesInQuotesBeforeTheirTitle) {
  expect_korean("장관은 ‘대니얼 위트모어(Daniel Whitmore)’ 호주 국방장관과 만났다.",
                {{"daniel-whitmore", "호주 국방장관"}});
  expect_korean("장관은 「대니얼 위트모어」 호주 국방장관과 만났다.",
                {{"ko-dae-ni-eol-wi-teu-mo-eo", "호주 국방장관"}});
}

TEST(OfficialLayouts, KoreanTransliterationsOfForeignNames) {
  // Hyphenated family names, and a given name that says the two words are one foreign name.
  expect_korean("차관은 모하메드 알-아흐마디 아랍에미리트 외교부 차관과 협의했다.",
                {{"ko-mo-ha-me-deu-al-a-heu-ma-di", "아랍에미리트 외교부 차관"}});
  expect_korean("네드 스미스 대변인은 발표문에서 밝혔다.",
                {{"ko-ne-deu-seu-mi-seu", "대변인"}});
  expect_korean("데이비드 스미스 위원장을 비롯한 대표단을 면담합니다.",
                {{"ko-de-i-bi-deu-seu-mi-seu", "위원장"}});
  expect_korean("장관은 마이크 스미스(Mike Smith) 의원과 면담했다.", {{"mike-smith", "의원"}});
}

TEST(OfficialLayouts, KoreanTitlesOfPartiesAndMissions) {
  expect_korean("김영희 당 부부장이 담화를 발표했다.", {{"ko-gim-yeong-hui", "당 부부장"}});
  expect_korean("이날 행사에는 팡팡 주한 중국대사관 대리 대사가 참석했다.",
                {{"ko-pang-pang", "주한 중국대사관 대리 대사"}});
}

TEST(OfficialLayouts, KoreanWordsThatAreNoNames) {
  // An adverb before a Korean name, verb forms, nouns that start like a family name.
  expect_korean("혹시 최영희 외무상의 연설을 분석했는지 묻자 답했다.",
                {{"ko-choe-yeong-hui", "외무상"}});
  expect_korean("저는 군인으로 살아왔지만, 주한미국대사로 부임한 영예는 크다.", {});
  expect_korean("차기 방위비 협상 대표를 임명하였다.", {});
  expect_korean("설립 60주년 기념식 장관님 환영사", {});
  expect_korean("방한 예정인 알렉산드라 힐(Alexandra Hill) 외교장관과 회담한다.",
                {{"alexandra-hill", "외교장관"}});
}

TEST(OfficialLayouts, KoreanRowsOfTranscriptsAndMinutes) {
  // A speaker's row: name, office and a colon; two-syllable names too.
  expect_korean("▲홍길 행정관: 안녕하세요. 여기는 회견장입니다.\n▲김철수 비서관: 반갑습니다.",
                {{"ko-hong-gil", "행정관"}, {"ko-gim-cheol-su", "비서관"}});
  expect_korean("○ 홍길동 국민소통수석 : 발표하겠습니다.", {{"ko-hong-gil-dong", "국민소통수석"}});
  // Minutes give the office first.
  expect_korean("○외교부장관 홍길동 네, 말씀드리겠습니다.\n○위원장 김철수 다음 분 질의하십시오.",
                {{"ko-hong-gil-dong", "외교부장관"}, {"ko-gim-cheol-su", "위원장"}});
  // Rows that name no one: a title before a noun, a row without a colon.
  expect_korean("대변인 정례 브리핑 (4.5)\n장관 주최 주한외교단 리셉션\n▲정례 브리핑 일정", {});
}

TEST(OfficialLayouts, KoreanSpeakerNamesHimself) {
  expect_korean("안녕하십니까, 외교부장관 박진입니다.", {{"park-jin", "외교부장관"}});
}

}  // namespace
}  // namespace dipsearch::entities
