// Korean stems, one row per word: particles, 하다/되다 endings, plural 들 and 측, and the
// nouns that must survive whole.
#include <gtest/gtest.h>

#include "common/text/korean.h"

namespace dipsearch::text {
namespace {

struct StemRow {
  std::string word;
  std::string stem;
};

class KoreanStem : public ::testing::TestWithParam<StemRow> {};

TEST_P(KoreanStem, MatchesTable) { EXPECT_EQ(strip_particle(GetParam().word), GetParam().stem) << GetParam().word; }

INSTANTIATE_TEST_SUITE_P(
    Particles, KoreanStem,
    ::testing::Values(StemRow{"외교부는", "외교부"}, StemRow{"외교부의", "외교부"},
                      StemRow{"외교부장관은", "외교부장관"}, StemRow{"서울에서", "서울"},
                      StemRow{"미국으로부터", "미국"}, StemRow{"베트남과의", "베트남"},
                      StemRow{"아프가니스탄의", "아프가니스탄"}, StemRow{"협의회를", "협의회"},
                      StemRow{"장관은", "장관"}, StemRow{"정부를", "정부"}, StemRow{"서울로", "서울"}));

INSTANTIATE_TEST_SUITE_P(
    NounsThatLookLikeParticles, KoreanStem,
    ::testing::Values(StemRow{"결과", "결과"}, StemRow{"추가", "추가"}, StemRow{"회의", "회의"},
                      StemRow{"정상회의", "정상회의"}, StemRow{"한반도", "한반도"},
                      StemRow{"벨기에", "벨기에"}, StemRow{"이란", "이란"}, StemRow{"외교부은", "외교부은"},
                      StemRow{"한국로", "한국로"}, StemRow{"대가", "대가"}));

// A particle that starts like the end of a protected noun must not cut through it.
INSTANTIATE_TEST_SUITE_P(
    ProtectedNounsKeepTheirParticleOff, KoreanStem,
    ::testing::Values(StemRow{"결과는", "결과"}, StemRow{"회의를", "회의"}, StemRow{"국가와", "국가"},
                      StemRow{"정상회의의", "정상회의"}, StemRow{"발사와", "발사"},
                      StemRow{"구호대가", "구호대"}, StemRow{"대가를", "대가"}));

INSTANTIATE_TEST_SUITE_P(
    VerbEndings, KoreanStem,
    ::testing::Values(StemRow{"개최하였다", "개최"}, StemRow{"협의하고", "협의"},
                      StemRow{"개최되는", "개최"}, StemRow{"강조하였으며", "강조"},
                      StemRow{"참석하는", "참석"}, StemRow{"평가하였다", "평가"},
                      StemRow{"이행하겠다고", "이행"}, StemRow{"진행되었다", "진행"},
                      // one-syllable stems and nouns ending like 한, 할, 해 stay whole
                      StemRow{"위하여", "위하여"}, StemRow{"북한", "북한"}, StemRow{"역할", "역할"},
                      StemRow{"피해", "피해"}, StemRow{"대한", "대한"}));

// Formal endings of 하다/되다 verbs, and the past tense of other verbs: every past form of
// a verb shares the stem its query finds (밝혔다 and 밝혔습니다 are both 밝히).
INSTANTIATE_TEST_SUITE_P(
    FormalAndPastEndings, KoreanStem,
    ::testing::Values(StemRow{"개최했습니다", "개최"}, StemRow{"도착했습니다", "도착"},
                      StemRow{"참석하였습니다", "참석"}, StemRow{"파견됐습니다", "파견"},
                      StemRow{"개최합니다", "개최"}, StemRow{"진행되었습니다", "진행"},
                      StemRow{"밝혔다", "밝히"}, StemRow{"밝혔습니다", "밝히"}, StemRow{"밝혔으며", "밝히"},
                      StemRow{"가졌다", "가지"}, StemRow{"가졌습니다", "가지"}, StemRow{"열렸다", "열리"},
                      StemRow{"나눴다", "나누"}, StemRow{"보였다", "보이"},
                      StemRow{"말했다", "말하"}, StemRow{"말했습니다", "말하"}, StemRow{"내놓았고", "내놓"},
                      // the past before a noun, as with 하다/되다
                      StemRow{"가졌던", "가지"}, StemRow{"밝혔던", "밝히"}, StemRow{"개최했던", "개최"},
                      StemRow{"진행됐던", "진행"}, StemRow{"논의되었던", "논의"},
                      // a stem of one syllable stays whole
                      StemRow{"있다", "있다"}, StemRow{"갔다", "갔다"}, StemRow{"했다", "했다"},
                      StemRow{"받았다", "받았다"}));

// 가지다 written short (갖다) and its other forms share the past tense's stem; the noun
// 가지 ("kind") and words that only start like it stay as they are.
INSTANTIATE_TEST_SUITE_P(
    HaveAndItsShortForm, KoreanStem,
    ::testing::Values(StemRow{"갖고", "가지"}, StemRow{"갖습니다", "가지"}, StemRow{"갖기로", "가지"},
                      StemRow{"갖는", "가지"}, StemRow{"가진", "가지"}, StemRow{"가지고", "가지"},
                      StemRow{"가지", "가지"}, StemRow{"가지는", "가지"}, StemRow{"갖가지", "갖가지"},
                      StemRow{"가지런히", "가지런히"}));

INSTANTIATE_TEST_SUITE_P(
    PluralAndSide, KoreanStem,
    ::testing::Values(StemRow{"국민들에게", "국민"}, StemRow{"기업들의", "기업"},
                      StemRow{"이집트측은", "이집트"}, StemRow{"카자흐스탄측에서", "카자흐스탄"},
                      StemRow{"그들", "그들"}, StemRow{"양측은", "양측"}));

TEST(KoreanParticle, WholeParticlesAreRecognisedButEndingsAreNot) {
  EXPECT_TRUE(is_particle("는"));
  EXPECT_TRUE(is_particle("에서"));
  EXPECT_TRUE(is_particle("와의"));
  EXPECT_FALSE(is_particle("하였다"));
  EXPECT_FALSE(is_particle("외교"));
}

TEST(KoreanStemInput, NonSyllablesAreLeftAlone) {
  EXPECT_EQ(strip_particle(""), "");
  EXPECT_EQ(strip_particle("abc는"), "abc는");
  EXPECT_EQ(strip_particle("ㅎㅎ"), "ㅎㅎ");
}

}  // namespace
}  // namespace dipsearch::text
