// Country extraction, one row per sentence: the exact set of ISO codes it must yield. The rows
// hold the traps: longest names, case, person names, Korean particles and look-alike words.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entities_test_support.h"

namespace dipsearch::entities {
namespace {

struct CountryCase {
  const char* text;
  std::vector<std::string> codes;  // sorted
};

void PrintTo(const CountryCase& c, std::ostream* os) { *os << c.text; }

class EnglishCountries : public ::testing::TestWithParam<CountryCase> {};
class KoreanCountries : public ::testing::TestWithParam<CountryCase> {};

TEST_P(EnglishCountries, Extract) {
  EXPECT_EQ(testing::extract(GetParam().text, "en").countries, GetParam().codes)
      << GetParam().text;
}

TEST_P(KoreanCountries, Extract) {
  EXPECT_EQ(testing::extract(GetParam().text, "ko").countries, GetParam().codes)
      << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, EnglishCountries,
    ::testing::Values(
        CountryCase{"Talks with Afghanistan and Pakistan.", {"AF", "PK"}},
        CountryCase{"Papua New Guinea signed the treaty.", {"PG"}},
        CountryCase{"South Africa and Sudan agreed.", {"SD", "ZA"}},
        CountryCase{"South Sudan joined.", {"SS"}},
        CountryCase{"Guinea-Bissau and Equatorial Guinea.", {"GQ", "GW"}},
        CountryCase{"The island of New Guinea.", {}},
        CountryCase{"Peace on the Korean Peninsula.", {}},
        CountryCase{"Peace on the Korean peninsula and Korea's role.", {"KR"}},
        CountryCase{"The Republic of Korea (ROK) hosted.", {"KR"}},
        CountryCase{"The Democratic People's Republic of Korea launched.", {"KP"}},
        CountryCase{"The Democratic People’s Republic of Korea launched.", {"KP"}},
        CountryCase{"DPRK and ROK officials.", {"KP", "KR"}},
        CountryCase{"North Korean and South Korean delegations.", {"KP", "KR"}},
        CountryCase{"Let us work together.", {}},
        CountryCase{"The US and China.", {"CN", "US"}},
        CountryCase{"U.S.-ROK alliance.", {"KR", "US"}},
        CountryCase{"A grant of US$ 10 million.", {}},
        CountryCase{"USA and UK.", {"GB", "US"}},
        CountryCase{"Korean and American officials.", {"KR", "US"}},
        CountryCase{"Latin America and North America.", {}},
        CountryCase{"Latin American countries and the United States of America.", {"US"}},
        CountryCase{"The Afghan government.", {"AF"}},
        CountryCase{"Türkiye, formerly Turkey.", {"TR"}},
        CountryCase{"Viet Nam and Vietnam.", {"VN"}},
        CountryCase{"Côte d’Ivoire and Cote d'Ivoire.", {"CI"}},
        CountryCase{"Trinidad and Tobago; St. Kitts & Nevis.", {"KN", "TT"}},
        CountryCase{"Myanmar (Burma).", {"MM"}},
        CountryCase{"Hong Kong and Macau.", {"HK", "MO"}},
        CountryCase{"the Russian Federation and the PRC", {"CN", "RU"}},
        CountryCase{"Czechia and the UAE", {"AE", "CZ"}},
        CountryCase{"The South China Sea and the Indian Ocean.", {}},
        CountryCase{"Chinese Taipei competed.", {"TW"}},
        // Proper names need their capitals: "china" is porcelain, "turkey" a bird.
        CountryCase{"fine china and roast turkey", {}},
        // Ambiguous names: a country without person cues, a person with them.
        CountryCase{"Mr. Chad Smith visited.", {}},
        CountryCase{"Michael Jordan played.", {}},
        CountryCase{"Talks with Jordan and Egypt.", {"EG", "JO"}},
        CountryCase{"The Republic of Chad.", {"TD"}},
        CountryCase{"Students of Georgia Tech.", {}},
        CountryCase{"The Embassy in Georgia, Tbilisi.", {"GE"}},
        CountryCase{"Jordan Peterson spoke.", {}},
        CountryCase{"A visit to New Jersey.", {}},
        CountryCase{"The Government of Jersey.", {"JE"}},
        // The U.S. state: never Georgia the country.
        CountryCase{"Workers detained in the State of Georgia.", {}},
        CountryCase{"A plant in Ellabell, Georgia, U.S., was raided.", {"US"}},
        CountryCase{"Talks in Amman, Jordan and in Tbilisi, Georgia.", {"GE", "JO"}},
        CountryCase{"Armenia, Georgia and Azerbaijan.", {"AM", "AZ", "GE"}},
        // Both Koreas.
        CountryCase{"Inter-Korean talks and inter-Korean relations.", {"KP", "KR"}},
        CountryCase{"Trust between the two Koreas.", {"KP", "KR"}},
        CountryCase{"An interim agreement.", {}},
        CountryCase{"The Korean War ended in an armistice.", {}},
        // The two Congos: never one for the other.
        CountryCase{"The Democratic Republic of Congo and the DRC.", {"CD"}},
        CountryCase{"The Republic of the Congo and the Republic of Congo.", {"CG"}},
        CountryCase{"Congo-Kinshasa and Congo - Brazzaville.", {"CD", "CG"}},
        CountryCase{"Demonyms: Ecuadorian, Zimbabwean and Azerbaijani firms.", {"AZ", "EC", "ZW"}},
        // Currencies, straits and the peninsula's nuclear issue name no country.
        CountryCase{"A fund of two million US dollars and US$5 million in loans.", {}},
        CountryCase{"Grants of 3 million U.S. dollars reached Fiji.", {"FJ"}},
        CountryCase{"Calm in the Taiwan Strait and on the Korea Peninsula.", {}},
        CountryCase{"China's position on the Korean nuclear issue is clear.", {"CN"}},
        CountryCase{"", {}}));

INSTANTIATE_TEST_SUITE_P(
    Table, KoreanCountries,
    ::testing::Values(
        CountryCase{"아프가니스탄의 평화", {"AF"}},
        // Korea paired with a region or an organization; 한 before a one-syllable word is "one".
        CountryCase{"제3차 한-아프리카 협력 포럼", {"KR"}},
        CountryCase{"한·중남미 고위급 회의와 한-EU 정상회담", {"KR"}},
        // A partner that is a country is still named: the pair is Korea and the Emirates.
        CountryCase{"한-UAE 정상회담", {"AE", "KR"}},
        CountryCase{"한·두 차례 더 협의할 예정", {}},
        // A visit written as a verb: the endings of 하다 after 방한, 방미.
        CountryCase{"다음 주 방한하는 정상과 오찬을 합니다.", {"KR"}},
        CountryCase{"지난해 방미했던 대표단", {"US"}},
        CountryCase{"방한복과 방한용품을 지급했다.", {}},
        // Japan's own order and China's pair with the North; a spelling beside 싱가포르.
        CountryCase{"일한중 3국 회의와 일한관계", {"CN", "JP", "KR"}},
        CountryCase{"열심히 일한 사람들", {}},
        CountryCase{"중북 접경 지역의 안전", {"CN", "KP"}},
        CountryCase{"이 나라 중북부 지역의 비", {}},
        CountryCase{"싱가폴에서 열린 회담", {"SG"}},
        CountryCase{"베트남과 협력", {"VN"}},
        CountryCase{"미국은 일본에서 열린 회의에", {"JP", "US"}},
        CountryCase{"아프가니스탄과의 관계, 베트남측, 중국산 제품", {"AF", "CN", "VN"}},
        CountryCase{"대한민국 정부와 한국 국민", {"KR"}},
        CountryCase{"우리나라의 외교", {"KR"}},
        CountryCase{"북한의 핵 문제", {"KP"}},
        // Words that start like country names.
        CountryCase{"인도적 지원과 인도주의 원칙", {}},
        CountryCase{"인도양 항로", {}},
        CountryCase{"인도와 파키스탄", {"IN", "PK"}},
        CountryCase{"인도·태평양 전략과 인도-태평양 지역", {}},
        CountryCase{"인도네시아 정부", {"ID"}},
        CountryCase{"범죄인 인도 조약", {}},
        CountryCase{"중요한 미래 일정", {}},
        CountryCase{"호주와 호응", {"AU"}},
        CountryCase{"일본군과 일정", {"JP"}},
        CountryCase{"한반도 평화", {}},
        CountryCase{"한편 한인 사회는", {}},
        // Abbreviation compounds.
        CountryCase{"한·미 정상회담", {"KR", "US"}},
        CountryCase{"한ㆍ미 정상회담", {"KR", "US"}},
        CountryCase{"한미 동맹", {"KR", "US"}},
        CountryCase{"한미동맹 강화", {"KR", "US"}},
        CountryCase{"한일 관계", {"JP", "KR"}},
        CountryCase{"한·중·일 정상회의", {"CN", "JP", "KR"}},
        CountryCase{"한중일 협력", {"CN", "JP", "KR"}},
        CountryCase{"한-아프가니스탄 정책협의회", {"AF", "KR"}},
        CountryCase{"한·아프간 관계", {"AF", "KR"}},
        CountryCase{"한·미관계", {"KR", "US"}},
        CountryCase{"한인니 협력", {"ID", "KR"}},
        CountryCase{"미일 동맹과 미중 경쟁", {"CN", "JP", "US"}},
        CountryCase{"아프가니스탄·파키스탄 특별대표", {"AF", "PK"}},
        CountryCase{"일·가정 양립과 중·장기 과제", {}},
        // 미래 is no 미 (the United States); Korea paired with it is still Korea.
        CountryCase{"한·미래 포럼", {"KR"}},
        // A part that starts a region is no country: 중남미 is Latin America (Korea's partner).
        CountryCase{"한-중남미 협력과 대중남미 정책", {"KR"}},
        CountryCase{"한-중남미 협력과 한·중 관계", {"CN", "KR"}},
        // A saved page that lost the middle part keeps both separators.
        CountryCase{"한··중 정상회의", {"CN", "KR"}},
        // Pairs that name both only before a word of relations: 북미 is also North America.
        CountryCase{"북미 대화와 북미정상회담", {"KP", "US"}},
        CountryCase{"북미 지역과 북미국", {}},
        CountryCase{"남북관계 개선과 남북 정상회담", {"KP", "KR"}},
        CountryCase{"남북한 관계", {"KP", "KR"}},
        CountryCase{"남북전쟁과 남북 방향", {}},
        CountryCase{"남북미 정상회동", {"KP", "KR", "US"}},
        CountryCase{"북핵 문제와 북핵수석대표", {"KP"}},
        CountryCase{"대북 제재와 대북정책", {"KP"}},
        CountryCase{"탈북 청소년과 납북자 가족", {"KP"}},
        CountryCase{"버마 군부", {"MM"}},
        CountryCase{"인도 태평양 지역과 대만 해협, 대만해협의 평화", {}},
        CountryCase{"인도 정부와 대만 당국", {"IN", "TW"}},
        CountryCase{"한국국제협력단(KOICA)", {"KR"}},
        // Hanja in headlines.
        CountryCase{"韓日 외교장관 회담", {"JP", "KR"}},
        CountryCase{"日 관방장관", {"JP"}},
        CountryCase{"美 국무장관, 中 외교부장", {"CN", "US"}},
        CountryCase{"北 미사일 발사", {"KP"}},
        CountryCase{"4月 7日 회의中", {}},
        CountryCase{"中小企業 지원", {}},
        // Missions: 주 + country.
        CountryCase{"주미 대사관", {"US"}},
        CountryCase{"주중대사", {"CN"}},
        CountryCase{"주아프가니스탄 대사관", {"AF"}},
        CountryCase{"주한미군", {"KR", "US"}},
        CountryCase{"주중에 열린다", {}},
        // Ambiguous words: 수단 is also "means".
        CountryCase{"외교적 수단을 통해", {}},
        CountryCase{"수단 정부는", {"SD"}},
        CountryCase{"수단 내 교전", {"SD"}},
        CountryCase{"이집트, 수단, 리비아", {"EG", "LY", "SD"}},
        CountryCase{"남수단과 남아공", {"SS", "ZA"}},
        CountryCase{"튀르키예와 터키", {"TR"}},
        CountryCase{"중앙아프리카공화국과 도미니카 공화국", {"CF", "DO"}},
        CountryCase{"UN에서 美와", {"US"}},
        CountryCase{"한국전쟁과 한국어 교육", {"KR"}},
        // A lone abbreviation names a country before a government word only, and 한 never.
        CountryCase{"미 국무장관과 북 외무성, 일 외무상", {"JP", "KP", "US"}},
        CountryCase{"한 정부 관계자는 미 관련 일정을", {}}));

TEST(CountryExtraction, HeadlinesAreTitleCase) {
  // Capitals next to an ambiguous name prove nothing in a headline; honorifics still do.
  EXPECT_EQ(testing::extract("", "en", "Korea-Jordan Talks Held in Amman").countries,
            (std::vector<std::string>{"JO", "KR"}));
  EXPECT_EQ(testing::extract("", "en", "Award Ceremony Honors Mr. Chad Smith").countries,
            std::vector<std::string>{});
}

TEST(CountryExtraction, MenusOfPageChromeDoNotCount) {
  // Link lists that open or close a saved page name countries one a line, or several on a line
  // with nothing else.
  const std::string prose =
      "Korea and Japan held talks on trade in Tokyo and agreed to meet again.";
  EXPECT_EQ(testing::extract(prose + "\n\nRelated\nUkraine\nRussia\n  2. China\n", "en").countries,
            (std::vector<std::string>{"JP", "KR"}));
  EXPECT_EQ(testing::extract("Countries\nUkraine\nRussia\n\n" + prose, "en").countries,
            (std::vector<std::string>{"JP", "KR"}));
  EXPECT_EQ(testing::extract(prose + "\nUkraine | Russia | China\n", "en").countries,
            (std::vector<std::string>{"JP", "KR"}));
  EXPECT_EQ(testing::extract("우크라이나\n러시아\n\n한국과 일본은 도쿄에서 무역 협의를 갖고 다시 만나기로 하였다.",
                             "ko").countries,
            (std::vector<std::string>{"JP", "KR"}));
}

TEST(CountryExtraction, ListsBetweenParagraphsCount) {
  const std::string prose = "Korea held talks on trade in Seoul and agreed to meet again soon.";
  // One name on a line of its own, or a list of names inside the text, is content.
  EXPECT_EQ(testing::extract(prose + "\nParticipants:\nUkraine\nRussia\n" + prose, "en").countries,
            (std::vector<std::string>{"KR", "RU", "UA"}));
  EXPECT_EQ(testing::extract(prose + "\nUkraine\n", "en").countries,
            (std::vector<std::string>{"KR", "UA"}));
  EXPECT_EQ(testing::extract("Egypt, Sudan, Libya", "en").countries,
            (std::vector<std::string>{"EG", "LY", "SD"}));
}

TEST(CountryExtraction, TitleCountsToo) {
  const Entities e = testing::extract("No country here.", "en", "Korea-Japan Talks");
  EXPECT_EQ(e.countries, (std::vector<std::string>{"JP", "KR"}));
}

}  // namespace
}  // namespace dipsearch::entities
