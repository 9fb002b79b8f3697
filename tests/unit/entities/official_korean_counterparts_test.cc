// Foreign counterparts as Korean releases name them: a family name alone with an office, on
// pages without a date, and the registry facts that explain them; a speaker who names himself
// after his office; a leader's brand (윤석열표). Every sentence here is
// written for the test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entities_test_support.h"

namespace dipsearch::entities {
namespace {

using testing::extract;
using testing::official_keys;
using Keys = std::vector<std::string>;

Keys korean(const std::string& body, const std::string& date = "") {
  return official_keys(extract(body, "ko", "", date));
}

TEST(KoreanCounterparts, UndatedFamilyNameWithTheOfficeInFull) {
  // Undated, an office named in full (a specific post, or a ministry and its head) says who
  // it is when one registry person ever held it; qualifiers before it do not matter.
  EXPECT_EQ(korean("나가미네 주한일본대사는 인사말을 전했다."), Keys{"yasumasa-nagamine"});
  EXPECT_EQ(korean("장관은 라이스 신임 미 국무장관과 통화하였다."), Keys{"condoleezza-rice"});
  // A head with the country whose office it is (the registry's posts say whose they are).
  EXPECT_EQ(korean("장관은 하야시 요시사마 일본 외무상과 만났다."), Keys{"yoshimasa-hayashi"});
  EXPECT_EQ(korean("장관은 하야시 일본 외무상과 만났다."), Keys{"yoshimasa-hayashi"});
  // A head many people hold names no registry person without a date.
  EXPECT_EQ(korean("장관은 하야시 외무상과 만났다."), Keys{"ko-ha-ya-si"});
  EXPECT_EQ(korean("라이스 장관은 회의에 참석하였다."), Keys{});
  EXPECT_EQ(korean("나가미네 대사는 인사말을 전했다."), Keys{});
}

TEST(KoreanCounterparts, DatedFamilyNameWithTheOffice) {
  // Dated, the office's head is enough when one registry holder of that name held it then.
  EXPECT_EQ(korean("라이스 국무장관은 회견을 열었다.", "2006-05-02"), Keys{"condoleezza-rice"});
  // Outside the holder's term it is someone else.
  EXPECT_EQ(korean("라이스 국무장관은 회견을 열었다.", "2012-05-02"), Keys{"ko-ra-i-seu"});
}

TEST(KoreanCounterparts, UndatedMisspeltFullNameWithTheOfficeInFull) {
  // One edit from the registry's spelling, with the office named in full.
  EXPECT_EQ(korean("네드 프라이쓰 국무부 대변인은 브리핑에서 밝혔다."), Keys{"ned-price"});
  // A head alone does not say whose name it misspells.
  EXPECT_EQ(korean("네드 프라이쓰 대변인은 브리핑에서 밝혔다."), Keys{"ko-ne-deu-peu-ra-i-sseu"});
}

TEST(KoreanCounterparts, KoreanNameEndingLikeAnAdjective) {
  // 운 ends names (홍도운) as well as adjectives and verbs (어려운, 반가운).
  EXPECT_EQ(korean("관련 홍도운 대변인 서면 브리핑이 있었다.", "2023-01-02"), Keys{"ko-hong-do-un"});
  EXPECT_EQ(korean("이번 어려운 대변인 업무를 맡았다. 반가운 대사 소식이다.", "2023-01-02"), Keys{});
  EXPECT_EQ(korean("우스운 대변인 이야기다. 지겨운 대변인 회견이었다. 가여운 대변인 사정이다.", "2023-01-02"),
            Keys{});
}

TEST(KoreanCounterparts, LeaderNamedByTheGovernmentTheyLead) {
  // A leader's name glued to their government, or before their administration or term.
  EXPECT_EQ(korean("이재명정부 출범 후 첫 회의가 열렸다."), Keys{"lee-jae-myung"});
  EXPECT_EQ(korean("부시 2기 출범을 앞두고 협의하였다."), Keys{"george-w-bush"});
  EXPECT_EQ(korean("오바마 행정부는 입장을 밝혔다."), Keys{"barack-obama"});
  // A minister leads no government; a short name alone is still an ordinary word.
  EXPECT_EQ(korean("박진정부 회의가 열렸다. 왕이 정부는 밝혔다."), Keys{});
  EXPECT_EQ(korean("부시 이야기를 나누었다."), Keys{});
  // The words after the era name another's title, not the leader's.
  const Entities e = extract("이재명정부 외교부 장관 조현은 회의에 참석하였다.", "ko");
  EXPECT_EQ(official_keys(e), (Keys{"lee-jae-myung", "cho-hyun"}));
  for (const OfficialMention& o : e.officials) {
    if (o.key == "lee-jae-myung") {
      EXPECT_NE(o.title, "외교부 장관");
    }
  }
}

TEST(KoreanCounterparts, CounterpartsTheRegistryKnowsByFamilyName) {
  // Registry facts: a counterpart of the Korean ministry and the family names Korean media use
  // alone (with a title when short, even past a name's Chinese characters).
  EXPECT_EQ(korean("국장은 후나코시 국장과 협의하였다.", "2022-06-01"), Keys{"takehiro-funakoshi"});
  EXPECT_EQ(korean("사이도프 우즈베키스탄 외교장관은 방한하였다.", "2023-06-01"),
            Keys{"bakhtiyor-saidov"});
  EXPECT_EQ(korean("아베(安倍)총리께서 방한하셨다."), Keys{"shinzo-abe"});
  EXPECT_EQ(korean("아베 마리아를 불렀다."), Keys{});
}

TEST(KoreanCounterparts, SpeakerNamingHimselfAfterHisOffice) {
  // A greeting's speaker: the office first, then the name with the copula.
  EXPECT_EQ(korean("안녕하십니까. 12대 주태국대사 최민수입니다."), Keys{"ko-choe-min-su"});
  EXPECT_EQ(korean("여러분, 외교부 대변인 박서윤입니다."), Keys{"ko-bak-seo-yun"});
  EXPECT_EQ(korean("안녕하세요. 저는 주미대사 한지훈입니다."), Keys{"ko-han-ji-hun"});
  // A verb qualifying the office, and a greeting with no comma before 저는.
  EXPECT_EQ(korean("안녕하십니까. 새로 부임한 주미대사 한지훈입니다."), Keys{"ko-han-ji-hun"});
  EXPECT_EQ(korean("안녕하세요 저는 주미대사 한지훈입니다"), Keys{"ko-han-ji-hun"});
  // A word after an office with the copula that is no Korean name is nothing.
  EXPECT_EQ(korean("이번 행사의 주최는 대사관 영사부입니다."), Keys{});
  // Nor is a line saying what follows, though its noun starts like a family name: a
  // particle before the office, or a noun for what a release holds.
  EXPECT_EQ(korean("아래는 장관 연설문입니다."), Keys{});
  EXPECT_EQ(korean("다음은 대사 기고문입니다."), Keys{});
  EXPECT_EQ(korean("다음은 대사 한마디입니다."), Keys{});
  EXPECT_EQ(korean("주미대사 기고문입니다."), Keys{});
  EXPECT_EQ(korean("장관 서한문입니다."), Keys{});
  EXPECT_EQ(korean("외교부 장관 신년사입니다."), Keys{});
  EXPECT_EQ(korean("주중대사 인터뷰입니다."), Keys{});
  EXPECT_EQ(korean("장관 송년사입니다."), Keys{});
  EXPECT_EQ(korean("대사 강연문입니다."), Keys{});
  EXPECT_EQ(korean("대사 기고글입니다."), Keys{});
  EXPECT_EQ(korean("대변인 성명서입니다."), Keys{});
  EXPECT_EQ(korean("총영사 안내문입니다."), Keys{});
  EXPECT_EQ(korean("총영사 공고문입니다."), Keys{});
  EXPECT_EQ(korean("차관 인사말입니다."), Keys{});
}

TEST(KoreanCounterparts, GivenNameThatIsAlsoATitle) {
  // 주석 is a title's head, yet 조주석 before a title of its own is a name; alone it is not.
  EXPECT_EQ(korean("외교부는 조주석 재외동포국장 주재로 회의를 열었다."), Keys{"ko-jo-ju-seok"});
  EXPECT_EQ(korean("조주석 일정이 발표되었다."), Keys{});
}

TEST(KoreanCounterparts, LeaderBrandAndRegistrySpellings) {
  // A leader's name glued to 표 (his brand of a policy) names him, as 정부 does.
  EXPECT_EQ(korean("윤석열표 통일 정책이 소개되었다."), Keys{"yoon-suk-yeol"});
  // Korean spellings of counterparts the registry lists (facts): a UN under-secretary, and a
  // Japanese ambassador as Korean media spell him besides the standard transliteration.
  EXPECT_EQ(korean("장관은 로즈마리 디칼로 유엔 사무차장을 만났다."), Keys{"rosemary-dicarlo"});
  EXPECT_EQ(korean("벳쇼 코로 주한일본대사가 인사말을 했다."), Keys{"koro-bessho"});
}

}  // namespace
}  // namespace dipsearch::entities
