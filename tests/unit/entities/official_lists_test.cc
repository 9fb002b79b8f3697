// Officials as participant lists, minutes and cut-off pages name them, in both languages, and
// the words that only look like them (private bodies, local councils). Every sentence here is
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

Keys english(const std::string& body, const std::string& title = "") {
  return official_keys(extract(body, "en", title));
}

Keys korean(const std::string& body) { return official_keys(extract(body, "ko")); }

TEST(OfficialLists, ForeignMinistersWithTheirTitleInsideAList) {
  EXPECT_EQ(english("The Minister met the Minister of Foreign Affairs of Chile Alberto van "
                    "Klaveren Stork, the Secretary of Foreign Affairs of Mexico Juan Ramón de la "
                    "Fuente, and the Minister for Foreign Affairs of Malaysia Mohamad bin Haji "
                    "Hasan."),
            (Keys{"alberto-van-klaveren-stork", "juan-ramon-de-la-fuente",
                  "mohamad-bin-haji-hasan"}));
}

TEST(OfficialLists, LongNamesAndMiddleInitials) {
  EXPECT_EQ(english("Foreign Minister Annalena Charlotte Alma Baerbock and Foreign Minister José "
                    "Manuel Albares Bueno of Spain spoke."),
            (Keys{"annalena-charlotte-alma-baerbock", "jose-manuel-albares-bueno"}));
  // Middle initials come and go: the key leaves them out.
  EXPECT_EQ(english("Special Envoy Daniel R. Whitmore and Ambassador Jane K. Parker attended."),
            (Keys{"daniel-whitmore", "jane-parker"}));
}

TEST(OfficialLists, OfficesInLowerCaseBeforeTheirMinistry) {
  EXPECT_EQ(english("The delegation included deputy head of the Policy Bureau Park Min-soo of "
                    "the Ministry of National Defense, and director for policy Taro Yamada of "
                    "the Ministry of Defense."),
            (Keys{"park-min-soo", "taro-yamada"}));
  // A place or a body before "of the Ministry" is no one.
  EXPECT_EQ(english("Officials from Seoul and Busan Metropolitan City of the Ministry attended."),
            Keys{});
}

TEST(OfficialLists, RomanizedKoreanNameAfterATitleInAHeadline) {
  EXPECT_EQ(english("Good afternoon.", "Regular Briefing by Spokesperson Hong Gil Dong"),
            Keys{"hong-gil-dong"});
  EXPECT_EQ(english("Good afternoon.", "Regular Briefing by Spokesperson Baik Tae Hyun"),
            Keys{"baik-tae-hyun"});
  // Any other capitalized words after a title in a headline prove nothing.
  EXPECT_EQ(english("Good afternoon.", "Minister Congratulates New Envoy"), Keys{});
}

TEST(OfficialLists, NameCutOffByTheEndOfTheSavedPage) {
  // The registry knows one person whose name begins so.
  EXPECT_EQ(english("Minister Kono voiced hope that President Moon Jae-i"), Keys{"moon-jae-in"});
  // Inside the text the same letters are someone else's whole name.
  EXPECT_EQ(english("President Moon Jae-i spoke. The meeting ended."), Keys{"moon-jae-i"});
}

TEST(OfficialLists, UndatedFamilyNameWithTheOfficeInFull) {
  // Undated, a title that names the office says who it is when one registry person ever held it.
  EXPECT_EQ(english("Minister Yun will meet US Secretary of State Kerry in Munich."),
            Keys{"john-kerry"});
  EXPECT_EQ(english("As Foreign Minister Wong has outlined, the region is changing."),
            Keys{"penny-wong"});
  // A head and a rank alone, or another office, name no one.
  EXPECT_EQ(english("Deputy Secretary Kerry spoke."), Keys{});
  EXPECT_EQ(english("Minister of Trade Wong spoke."), Keys{});
}

TEST(OfficialLists, HeadsOfPrivateBodiesAreNoOfficials) {
  EXPECT_EQ(english("Guests included President of the Seoul Peace Foundation Kang Min-ho and "
                    "Chairman of the Korea Trade Society Lim Jae-sung."),
            Keys{});
  EXPECT_EQ(english("Richard Roe, President of the Council on Foreign Relations, argued so."),
            Keys{});
  EXPECT_EQ(english("President of the Washington Times Foundation Kim Ki-joon was present."),
            Keys{});
  // A public foundation named after its country is an agency.
  EXPECT_EQ(english("President of the Korea Foundation Kim Chul-soo opened the forum."),
            Keys{"kim-chul-soo"});
}

TEST(OfficialLists, LongForeignNamesInKorean) {
  EXPECT_EQ(korean("장관은 후안 라몬 데 라 푸엔테 멕시코 외교장관과 회담을 가졌다."),
            Keys{"ko-hu-an-ra-mon-de-ra-pu-en-te"});
  EXPECT_EQ(korean("차관은 마리아 라우라 다 호샤 브라질 외교차관과 회담하였다."),
            Keys{"ko-ma-ri-a-ra-u-ra-da-ho-sya"});
  // A given name that ends like a particle (-로).
  EXPECT_EQ(korean("이날 회의에는 마르셀로 에브라드 멕시코 경제장관도 참석하였다."),
            Keys{"ko-ma-reu-sel-ro-e-beu-ra-deu"});
  // A particle before a last word that looks Korean (나흐얀); a middle initial; an office "to
  // the UN" (주유엔) is no name.
  EXPECT_EQ(korean("이날 자이드 알 나흐얀 아랍에미리트 외교장관도 참석하였다."),
            Keys{"ko-ja-i-deu-al-na-heu-yan"});
  EXPECT_EQ(korean("국장은 마크 W. 램버트 미 국무부 부차관보와 협의하였다."),
            Keys{"ko-ma-keu-raem-beo-teu"});
  // (An edit from the registry's spelling, with the post named in full: its holder.)
  EXPECT_EQ(korean("차관은 린다 토머스-그린필드 주유엔 미국대사와 면담하였다."),
            Keys{"linda-thomas-greenfield"});
  EXPECT_EQ(korean("차관은 린다 토머스-그린빌드 주유엔 대사와 면담하였다."),
            Keys{"ko-rin-da-to-meo-seu-geu-rin-bil-deu"});
  // A name does not start with a particle (다 is also "all"), nor take a sentence's words.
  EXPECT_EQ(korean("회의에서 다 호샤 브라질 외교차관은 발언하였다."), Keys{"ko-ho-sya"});
}

TEST(OfficialLists, LocalGovernmentBodiesAreNoPeople) {
  EXPECT_EQ(korean("이날 행사에는 부산시 의회 의장과 수원시 교육청 국장이 참석했다."), Keys{});
  // A name that ends like a place, before an office of its own, is a person.
  EXPECT_EQ(korean("이상구 의원은 질의했다. 김진도 청장은 답변했다."),
            (Keys{"ko-i-sang-gu", "ko-gim-jin-do"}));
}

TEST(OfficialLists, RegistryNameGluedToAConnective) {
  EXPECT_EQ(korean("다음으로김홍균 1차관은 미국을 방문합니다."), Keys{"kim-hong-kyun"});
  // Behind a connective only registry names count, and only with a title.
  EXPECT_EQ(korean("다음으로김철수 차관은 미국을 방문합니다."), Keys{});
  EXPECT_EQ(korean("다음으로김홍균 사진전이 열립니다."), Keys{});
}

TEST(OfficialLists, RowsOfMinutes) {
  EXPECT_EQ(korean("국회 외교통일위원회 회의록\n출석 의원 김철수 이영희 박민수\n"),
            (Keys{"ko-gim-cheol-su", "ko-i-yeong-hui", "ko-bak-min-su"}));
  EXPECT_EQ(korean("의원 김철수 이영희\n"), (Keys{"ko-gim-cheol-su", "ko-i-yeong-hui"}));
  // Two Korean-looking words after a title inside a sentence are nouns as often as names.
  EXPECT_EQ(korean("오늘 대사 신임장 제정식 참석이 있었다."), Keys{});
}

}  // namespace
}  // namespace dipsearch::entities
