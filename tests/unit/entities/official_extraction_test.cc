// Official extraction, one row per text: the officials it must yield (key, name as written,
// title as stated), in order. Rows cover titles before and after names, short mentions that
// resolve within a release, unknown people, and texts that name no one.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entities_test_support.h"

namespace dipsearch::entities {
namespace {

struct Expected {
  std::string key;
  std::string name;   // "" : not checked
  std::string title;  // "-" : not checked
};

struct OfficialCase {
  const char* text;
  std::vector<Expected> officials;
};

void PrintTo(const OfficialCase& c, std::ostream* os) { *os << c.text; }

void check(const Entities& e, const OfficialCase& c) {
  ASSERT_EQ(testing::official_keys(e).size(), c.officials.size())
      << c.text << "\n got: " << ::testing::PrintToString(testing::official_keys(e));
  for (size_t i = 0; i < c.officials.size(); ++i) {
    const OfficialMention& got = e.officials[i];
    const Expected& want = c.officials[i];
    EXPECT_EQ(got.key, want.key) << c.text;
    if (!want.name.empty()) {
      EXPECT_EQ(got.name, want.name) << c.text;
    }
    if (want.title != "-") {
      EXPECT_EQ(got.title, want.title) << c.text;
    }
  }
}

class EnglishOfficials : public ::testing::TestWithParam<OfficialCase> {};
class KoreanOfficials : public ::testing::TestWithParam<OfficialCase> {};

TEST_P(EnglishOfficials, Extract) { check(testing::extract(GetParam().text, "en"), GetParam()); }
TEST_P(KoreanOfficials, Extract) { check(testing::extract(GetParam().text, "ko"), GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    Table, EnglishOfficials,
    ::testing::Values(
        OfficialCase{"Minister of Foreign Affairs Kang Kyung-wha met Foreign Minister Wang Yi.",
                     {{"kang-kyung-wha", "Kang Kyung-wha", "Minister of Foreign Affairs"},
                      {"wang-yi", "Wang Yi", "Foreign Minister"}}},
        OfficialCase{"Vice Minister of Foreign Affairs Choi Jongmoon of the ROK had a meeting.",
                     {{"choi-jong-moon", "Choi Jongmoon", "Vice Minister of Foreign Affairs"}}},
        OfficialCase{"H.E. Meerwais Nab, Deputy Foreign Minister for Political Affairs of "
                     "Afghanistan, headed the delegation. Deputy Minister Nab said so.",
                     {{"meerwais-nab", "Meerwais Nab",
                       "Deputy Foreign Minister for Political Affairs"}}},
        OfficialCase{"Mr. Lee Kyung-chul, Special Representative for Afghanistan and Pakistan "
                     "of the ROK, attended. Special Representative Lee noted the progress.",
                     {{"lee-kyung-chul", "Lee Kyung-chul",
                       "Special Representative for Afghanistan and Pakistan"}}},
        // Short mentions resolve to the full name, also when it comes later.
        OfficialCase{"Minister Chung welcomed the visit. Foreign Minister Chung Eui-yong and "
                     "U.S. Secretary of State Antony J. Blinken met. Secretary Blinken agreed.",
                     {{"chung-eui-yong", "Chung Eui-yong", "Foreign Minister"},
                      {"antony-blinken", "Antony J. Blinken", "Secretary of State"}}},
        OfficialCase{"President Biden thanked President Moon Jae-in.",
                     {{"joe-biden", "Biden", "President"},
                      {"moon-jae-in", "Moon Jae-in", "President"}}},
        OfficialCase{"Chief Cabinet Secretary Hayashi Yoshimasa and Foreign Minister Motegi.",
                     {{"yoshimasa-hayashi", "Hayashi Yoshimasa", "Chief Cabinet Secretary"},
                      {"toshimitsu-motegi", "Motegi", "Foreign Minister"}}},
        OfficialCase{"UN Secretary-General António Guterres spoke.",
                     {{"antonio-guterres", "António Guterres", "Secretary-General"}}},
        OfficialCase{"Minister Mevlut Cavusoglu and Minister Çavuşoğlu.",
                     {{"mevlut-cavusoglu", "Mevlut Cavusoglu", "Minister"}}},
        // Registry names count without a title.
        OfficialCase{"Choi Jong Moon and Kang Kyungwha attended.",
                     {{"choi-jong-moon", "Choi Jong Moon", ""},
                      {"kang-kyung-wha", "Kang Kyungwha", ""}}},
        // Unknown people: a title and a full name; keys from the name as written.
        OfficialCase{"Ambassador Daniel Whitmore and Prime Minister Anthony Albanese met.",
                     {{"daniel-whitmore", "Daniel Whitmore", "Ambassador"},
                      {"anthony-albanese", "Anthony Albanese", "Prime Minister"}}},
        OfficialCase{"Director-General for North American Affairs Hong Gildong briefed. "
                     "Director-General Hong added details.",
                     {{"hong-gil-dong", "Hong Gildong",
                       "Director-General for North American Affairs"}}},
        OfficialCase{"Mr. Hong Gil-dong, Director-General for Climate Change, spoke.",
                     {{"hong-gil-dong", "Hong Gil-dong", "Director-General for Climate Change"}}},
        OfficialCase{"H.E. Hong Gil-dong attended.", {{"hong-gil-dong", "Hong Gil-dong", ""}}},
        // Nothing: titles without names, honorifics without titles, unresolved short forms.
        OfficialCase{"The Minister of Foreign Affairs said the Ministry would respond.", {}},
        OfficialCase{"Mr. President, thank you.", {}},
        OfficialCase{"Mr. Hong Gil-dong attended the event.", {}},
        OfficialCase{"Minister Kang and Deputy Minister Nab spoke.", {}},
        OfficialCase{"The Foreign Ministers of the two countries met in Seoul.", {}},
        OfficialCase{"The UN Security Council and the Vice Minister met on Monday.", {}},
        OfficialCase{"Kerry Brown, a scholar, spoke.", {}},
        OfficialCase{"H.E. Mr. Hong Gil-dong attended.", {{"hong-gil-dong", "Hong Gil-dong", ""}}},
        OfficialCase{"Spokesperson and Deputy Minister for Public Affairs Choi Youngsam briefed.",
                     {{"choi-young-sam", "Choi Youngsam",
                       "Spokesperson and Deputy Minister for Public Affairs"}}},
        OfficialCase{"She met Minister of Foreign Affairs of Russia Sergey LAVROV.",
                     {{"sergey-lavrov", "Sergey LAVROV", "Minister of Foreign Affairs"}}},
        OfficialCase{"Secretary of Foreign Affairs of Mexico Marcelo Ebrard visited.",
                     {{"marcelo-ebrard", "Marcelo Ebrard", "Secretary of Foreign Affairs"}}},
        OfficialCase{"Minister of Foreign Affairs of the Republic of Korea Chung Eui-yong spoke.",
                     {{"chung-eui-yong", "Chung Eui-yong", "Minister of Foreign Affairs"}}},
        OfficialCase{"Korea's Special Representative for Korean Peninsula Peace and Security "
                     "Affairs Noh Kyu-duk met Japanese Foreign Minister Yoshimasa Hayashi.",
                     {{"noh-kyu-duk", "Noh Kyu-duk",
                       "Special Representative for Korean Peninsula Peace and Security Affairs"},
                      {"yoshimasa-hayashi", "Yoshimasa Hayashi", "Foreign Minister"}}},
        OfficialCase{"Ambassador to the United States Cho Hyun-dong arrived.",
                     {{"cho-hyun-dong", "Cho Hyun-dong", "Ambassador to the United States"}}},
        OfficialCase{"Crown Prince Mohammed bin Salman and Maria van der Berg met.",
                     {{"mohammed-bin-salman", "Mohammed bin Salman", "Crown Prince"}}},
        OfficialCase{"Minister Kang and H.E. Dr. S. Jaishankar, External Affairs Minister of "
                     "India, co-chaired. Minister Jaishankar said so.",
                     {{"subrahmanyam-jaishankar", "S. Jaishankar", "External Affairs Minister"}}},
        OfficialCase{"He met Ambassador Monica Juma, Cabinet Secretary for Foreign Affairs of "
                     "Kenya. Cabinet Secretary Juma agreed.",
                     {{"monica-juma", "Monica Juma", "Cabinet Secretary for Foreign Affairs"}}},
        OfficialCase{"He met the Ukrainian Foreign Minister, Dmytro Kuleba, in Brussels.",
                     {{"dmytro-kuleba", "Dmytro Kuleba", "Foreign Minister"}}},
        OfficialCase{"He met the Foreign Minister, and Seoul agreed.", {}},
        OfficialCase{"He called US Deputy Secretary of State Tony Blinken.",
                     {{"antony-blinken", "Tony Blinken", "Deputy Secretary of State"}}},
        OfficialCase{"Chairman Kim Jong Un and Kim Jong-un.",
                     {{"kim-jong-un", "Kim Jong Un", "Chairman"}}},
        // Title Case headlines: capitalized words there are not names unless the body agrees.
        OfficialCase{"Vice Minister Congratulates New Ambassador Appointee\n"
                     "The event was held.",
                     {}},
        OfficialCase{"Vice Minister Hong Gil-dong Meets Delegation\n"
                     "Vice Minister Hong Gil-dong met them.",
                     {{"hong-gil-dong", "Hong Gil-dong", "Vice Minister"}}},
        OfficialCase{"Foreign Minister Kang Kyung-wha Holds Talks\nThe talks were held.",
                     {{"kang-kyung-wha", "Kang Kyung-wha", "Foreign Minister"}}},
        // The office after a comma, past a country qualifier; a full name and its office alone.
        OfficialCase{"He met Mr. Daniel Whitmore, U.S. Special Envoy for Arctic Affairs, in Seoul.",
                     {{"daniel-whitmore", "Daniel Whitmore", "Special Envoy for Arctic Affairs"}}},
        OfficialCase{"Kim Gunn met Sung Kim, U.S. Special Representative for North Korea.",
                     {{"kim-gunn", "Kim Gunn", "-"},
                      {"sung-kim", "Sung Kim", "Special Representative for North Korea"}}},
        OfficialCase{"In New York, Special Representative Hong Gil-dong met the press.",
                     {{"hong-gil-dong", "Hong Gil-dong", "Special Representative"}}},
        OfficialCase{"The Spokesperson of the Ministry of Foreign Affairs, Lim Soo-suk, said so.",
                     {{"lim-soo-suk", "Lim Soo-suk",
                       "Spokesperson of the Ministry of Foreign Affairs"}}},
        // Middle initials, particles of Western names, titles with bodies and acronyms.
        OfficialCase{"He called Mr. Daniel R. Whitmore, Deputy Secretary of State.",
                     {{"daniel-whitmore", "Daniel R. Whitmore", "Deputy Secretary of State"}}},
        OfficialCase{"President of the European Commission Ursula von der Leyen spoke.",
                     {{"ursula-von-der-leyen", "Ursula von der Leyen",
                       "President of the European Commission"}}},
        OfficialCase{"Chairman of the Joint Chiefs of Staff Hong Gil-dong and Coordinator for "
                     "Indo-Pacific Affairs of the U.S. National Security Council Daniel Whitmore.",
                     {{"hong-gil-dong", "Hong Gil-dong", "Chairman of the Joint Chiefs of Staff"},
                      {"daniel-whitmore", "Daniel Whitmore",
                       "Coordinator for Indo-Pacific Affairs of the U.S. National Security "
                       "Council"}}},
        OfficialCase{"Ambassador-at-large for Climate Change Hong Gil-dong and Ambassador "
                     "Extraordinary and Plenipotentiary Kim Chul-soo presented credentials.",
                     {{"hong-gil-dong", "Hong Gil-dong", "Ambassador-at-large for Climate Change"},
                      {"kim-chul-soo", "Kim Chul-soo",
                       "Ambassador Extraordinary and Plenipotentiary"}}},
        // A registry surname names the person's administration or government.
        OfficialCase{"The Biden Administration and the Moon Jae-in Government agreed.",
                     {{"joe-biden", "Biden", ""}, {"moon-jae-in", "Moon Jae-in", ""}}},
        OfficialCase{"Blinken Smith and Ms. Obama Jones attended.", {}},
        OfficialCase{"", {}}));

INSTANTIATE_TEST_SUITE_P(
    Table, KoreanOfficials,
    ::testing::Values(
        OfficialCase{"정의용 외교부 장관은 7일 회의에 참석했다. 정 장관은 협력을 강조했다.",
                     {{"chung-eui-yong", "정의용", "외교부 장관"}}},
        OfficialCase{"조태열 외교부장관은 이날 발언했다.",
                     {{"cho-tae-yul", "조태열", "외교부장관"}}},
        OfficialCase{"조태열외교부장관은 이날 발언했다.",
                     {{"cho-tae-yul", "조태열", "외교부장관"}}},
        OfficialCase{"이경철 아프가니스탄·파키스탄 특별대표가 참석하였다.",
                     {{"lee-kyung-chul", "이경철", "아프가니스탄·파키스탄 특별대표"}}},
        OfficialCase{"최종문 외교부 제2차관은 면담하였다.",
                     {{"choi-jong-moon", "최종문", "외교부 제2차관"}}},
        OfficialCase{"하야시 요시마사 日 관방장관과 면담했다.",
                     {{"yoshimasa-hayashi", "하야시 요시마사", "日 관방장관"}}},
        OfficialCase{"장관은 왕이 중국 외교부장과 통화했다.",
                     {{"wang-yi", "왕이", "중국 외교부장"}}},
        OfficialCase{"미르와이스 나브(Meerwais Nab) 아프가니스탄 외교부 정무차관과 협의했다. "
                     "나브 차관은 지지를 표명했다.",
                     {{"meerwais-nab", "미르와이스 나브", "아프가니스탄 외교부 정무차관"}}},
        OfficialCase{"블링컨 장관과 토니 블링컨 미국 국무장관",
                     {{"antony-blinken", "토니 블링컨", "미국 국무장관"}}},
        // Weak (short) registry names need a title; look-alike words never match.
        OfficialCase{"그가 왕이 되었다. 박진감 넘치는 경기.", {}},
        OfficialCase{"박진 장관은 발언했다.", {{"park-jin", "박진", "장관"}}},
        // Unknown people.
        OfficialCase{"홍길동 외교부 국장은 설명했다. 홍 국장은 덧붙였다.",
                     {{"ko-hong-gil-dong", "홍길동", "외교부 국장"}}},
        OfficialCase{"대니얼 위트모어(Daniel Whitmore) 신임 주한미국대사는 도착했다.",
                     {{"daniel-whitmore", "대니얼 위트모어", "신임 주한미국대사"}}},
        // Nothing.
        OfficialCase{"한국 정부 대변인은 논평했다.", {}},
        OfficialCase{"양국 외교장관은 한미 외교장관회담을 가졌다.", {}},
        OfficialCase{"외교부 대변인은 정례브리핑에서 밝혔다.", {}},
        OfficialCase{"정 장관은 발언했다.", {}},
        OfficialCase{"주한미국대사관은 공지했다.", {}},
        OfficialCase{"국방 장관과 문화 장관, 북핵 수석대표, 이사회 의장이 참석했다.", {}},
        OfficialCase{"조약 체결 이후 협상 대표는 귀국했다.", {}},
        OfficialCase{"정책 실장과 기획 조정관, 방문한 미국 대통령, 이번 중국 외교부장", {}},
        OfficialCase{"조현 외교부 장관과 이와야 다케시 일본 외무상이 만났다.",
                     {{"cho-hyun", "조현", "외교부 장관"},
                      {"takeshi-iwaya", "이와야 다케시", "일본 외무상"}}},
        OfficialCase{"장관은 마자오쉬 중국 외교부 상무부부장(차관)과 만났다.",
                     {{"ko-ma-ja-o-swi", "마자오쉬", "중국 외교부 상무부부장"}}},
        OfficialCase{"윤병세 장관은 조지 치코티 앙골라 외교장관과 만났다. 치코티 장관은 답했다.",
                     {{"yun-byung-se", "윤병세", "장관"},
                      {"ko-jo-ji-chi-ko-ti", "조지 치코티", "앙골라 외교장관"}}},
        OfficialCase{"토니 블링컨 미 국무장관", {{"antony-blinken", "토니 블링컨", "미 국무장관"}}},
        OfficialCase{"윤 장관은 기시다 후미오(岸田文雄) 일본 외무대신과 만났다. "
                     "기시다 대신은 답했다.",
                     {{"fumio-kishida", "기시다 후미오", "일본 외무대신"}}},
        OfficialCase{"왕이 중국 공산당 중앙정치국 위원 겸 외교부장과 통화했다. 시진핑 주석의 방한.",
                     {{"wang-yi", "왕이", "중국 공산당 중앙정치국 위원 겸 외교부장"},
                      {"xi-jinping", "시진핑", "주석"}}},
        OfficialCase{"장관은 팜 빈 민 베트남 부총리 겸 외교장관과 회담했다.",
                     {{"pham-binh-minh", "팜 빈 민", "베트남 부총리 겸 외교장관"}}},
        OfficialCase{"장관은 마르코 루비오(Marco Rubio) 미국 국무장관과 통화했다.",
                     {{"marco-rubio", "마르코 루비오", "미국 국무장관"}}},
        OfficialCase{"차관은 바르샤바를 방문하여 폴란드 외교부 차관과 협의했다.", {}},
        OfficialCase{"외교부 제1차관 최종건은 노규덕 한반도평화교섭본부장과 협의했다.",
                     {{"choi-jong-kun", "최종건", "외교부 제1차관"},
                      {"noh-kyu-duk", "노규덕", "한반도평화교섭본부장"}}},
        // Foreign names: several words, Hanja or Latin in brackets, long transliterations,
        // titles of international bodies and acronyms in brackets.
        OfficialCase{"장관은 다카하시 겐이치(高橋健一) 일본 외무성 사무차관과 협의하였다.",
                     {{"ko-da-ka-ha-si-gen-i-chi", "다카하시 겐이치", "일본 외무성 사무차관"}}},
        OfficialCase{"차관은 성 김(Sung Kim) 미국 국무부 대북특별대표와 협의했다.",
                     {{"sung-kim", "성 김", "미국 국무부 대북특별대표"}}},
        OfficialCase{"차관은 호세 마누엘 알바레스(José Manuel Albares) 스페인 외교장관과 만났다.",
                     {{"jose-manuel-albares", "호세 마누엘 알바레스", "스페인 외교장관"}}},
        OfficialCase{"장관은 크리스토페르 스톨텐하우겐 NATO 사무차장과 면담했다.",
                     {{"ko-keu-ri-seu-to-pe-reu-seu-tol-ten-ha-u-gen", "크리스토페르 스톨텐하우겐",
                       "NATO 사무차장"}}},
        OfficialCase{"차관은 대니얼 위트모어(Daniel Whitmore) 미국 국가안보회의(NSC) "
                     "인도태평양조정관과 면담했다.",
                     {{"daniel-whitmore", "대니얼 위트모어", "미국 국가안보회의(NSC) 인도태평양조정관"}}},
        OfficialCase{"아이하라 다로 주한일본대사를 초치하였다.",
                     {{"ko-a-i-ha-ra-da-ro", "아이하라 다로", "주한일본대사"}}},
        OfficialCase{"홍길동 한반도 평화교섭본부장은 협의하였다.",
                     {{"ko-hong-gil-dong", "홍길동", "한반도 평화교섭본부장"}}},
        OfficialCase{"이날 회의에는 홍길동 기획재정부 국제경제관리관이 참석하였다.",
                     {{"ko-hong-gil-dong", "홍길동", "기획재정부 국제경제관리관"}}},
        // Not names: sides, groups of countries, verb forms before a name.
        OfficialCase{"주요국 장관들과 정부측 대표, 참가국 대사들이 참석하였다.", {}},
        OfficialCase{"논의하기 위해 개최된 주요국 아프가니스탄 특사 화상회의에 참석하였다.", {}},
        OfficialCase{"장관은 이날 만난 홍길동 주일대사와 논의했다.",
                     {{"ko-hong-gil-dong", "홍길동", "주일대사"}}}));

TEST(OfficialExtraction, OneWordSpellingsInHeadlines) {
  const Entities e =
      testing::extract("The meeting was held.", "en",
                       "Foreign Minister Meets Secretary Blinken Today");
  EXPECT_EQ(testing::official_keys(e), std::vector<std::string>{"antony-blinken"});
}

TEST(OfficialExtraction, RegistryTitleWhenTheReleaseStatesNone) {
  Entities e = testing::extract("Kang Kyung-wha attended the forum.", "en", "", "2019-05-01");
  ASSERT_EQ(e.officials.size(), 1u);
  EXPECT_EQ(e.officials[0].title, "Minister of Foreign Affairs");
  EXPECT_EQ(e.officials[0].name_en, "Kang Kyung-wha");
  EXPECT_EQ(e.officials[0].name_ko, "강경화");
  e = testing::extract("강경화는 포럼에 참석했다.", "ko", "", "2019-05-01");
  ASSERT_EQ(e.officials.size(), 1u);
  EXPECT_EQ(e.officials[0].title, "외교부 장관");
  e = testing::extract("Kang Kyung-wha attended the forum.", "en", "", "2023-05-01");
  ASSERT_EQ(e.officials.size(), 1u);
  EXPECT_EQ(e.officials[0].title, "");
}

TEST(OfficialExtraction, UnknownPeopleKeepTheirWrittenNames) {
  Entities e = testing::extract("Ambassador Daniel Whitmore arrived.", "en");
  ASSERT_EQ(e.officials.size(), 1u);
  EXPECT_EQ(e.officials[0].name_en, "Daniel Whitmore");
  EXPECT_EQ(e.officials[0].name_ko, "");
  e = testing::extract("대니얼 위트모어(Daniel Whitmore) 신임 주한미국대사는 도착했다.", "ko");
  ASSERT_EQ(e.officials.size(), 1u);
  EXPECT_EQ(e.officials[0].name_ko, "대니얼 위트모어");
  EXPECT_EQ(e.officials[0].name_en, "Daniel Whitmore");
}

TEST(OfficialExtraction, TitleLineAndBodyAreOneRelease) {
  Release r;
  r.title = "Foreign Minister Kang Kyung-wha Meets Afghan Deputy Foreign Minister";
  r.body = "Minister Kang welcomed Deputy Minister Nab. H.E. Meerwais Nab thanked her.";
  const Entities e = testing::extractor().extract(r);
  EXPECT_EQ(testing::official_keys(e),
            (std::vector<std::string>{"kang-kyung-wha", "meerwais-nab"}));
  EXPECT_EQ(e.countries, (std::vector<std::string>{"AF"}));
}

TEST(OfficialExtraction, StatedFieldsOfJsonSourcesAreIncluded) {
  Release r;
  r.body = "Foreign Minister Wang Yi and Vice Minister of Foreign Affairs Choi Jongmoon met.";
  r.countries = {"kr", "ZZ"};
  r.officials = {{"Choi Jong-moon", "Second Vice Minister"}, {"Hong Gil-dong", "Envoy"}};
  const Entities e = testing::extractor().extract(r);
  EXPECT_EQ(e.countries, std::vector<std::string>{"KR"});
  EXPECT_EQ(testing::official_keys(e),
            (std::vector<std::string>{"choi-jong-moon", "hong-gil-dong", "wang-yi"}));
  EXPECT_EQ(e.officials[0].title, "Second Vice Minister");
  EXPECT_EQ(e.officials[0].name_ko, "최종문");
  EXPECT_EQ(e.officials[1].name_en, "Hong Gil-dong");
}

TEST(OfficialExtraction, KoreanNameWithItsLatinSpelling) {
  Entities e = testing::extract("정의용(Chung Eui-yong) 외교부 장관은 말했다.", "ko");
  ASSERT_EQ(e.officials.size(), 1u);
  EXPECT_EQ(e.officials[0].key, "chung-eui-yong");
  EXPECT_EQ(e.officials[0].title, "외교부 장관");
  e = testing::extract("정의용, 외교부 장관은 말했다.", "ko");  // a comma ends the name
  ASSERT_EQ(e.officials.size(), 1u);
  EXPECT_EQ(e.officials[0].title, "");
}

}  // namespace
}  // namespace dipsearch::entities
