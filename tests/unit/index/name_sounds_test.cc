// The sounds of names in Latin letters and in Hangul (common/index/name_sounds.h): the same
// name in both scripts sounds alike, other names do not, and the texts give the names' sounds.
#include <gtest/gtest.h>

#include <algorithm>

#include "common/index/name_sounds.h"

namespace dipsearch {
namespace {

bool sound_alike(const char* latin, const char* hangul) {
  const std::vector<std::string> sounds = latin_sounds(latin);
  return std::find(sounds.begin(), sounds.end(), hangul_sound(hangul)) != sounds.end();
}

TEST(NameSounds, ANameSoundsAlikeInBothScripts) {
  EXPECT_TRUE(sound_alike("Trump", "트럼프"));
  EXPECT_TRUE(sound_alike("Minnesota", "미네소타"));
  EXPECT_TRUE(sound_alike("Volodin", "볼로딘"));
  EXPECT_TRUE(sound_alike("Kishida", "기시다"));
  EXPECT_TRUE(sound_alike("Panmunjom", "판문점"));
  EXPECT_TRUE(sound_alike("Hungary", "헝가리"));      // ng before a vowel: ㅇ then ㄱ
  EXPECT_TRUE(sound_alike("Carter", "카터"));         // an r no vowel follows is not written
  EXPECT_TRUE(sound_alike("Freetown", "프리타운"));
  EXPECT_TRUE(sound_alike("COVAX", "코백스"));
  EXPECT_EQ(hangul_sound("트럼프"), "tlmp");
}

TEST(NameSounds, OtherNamesSoundOtherwise) {
  EXPECT_FALSE(sound_alike("Trump", "클린턴"));
  EXPECT_FALSE(sound_alike("Minnesota", "미시간"));
  EXPECT_FALSE(sound_alike("Volodin", "블라디보스토크"));
  EXPECT_TRUE(latin_sounds("").empty());
  EXPECT_TRUE(latin_sounds("1234").empty());
  EXPECT_EQ(hangul_sound("abc"), "");
}

TEST(NameSounds, ALatinTextGivesItsCapitalisedNamesAndRunsOfThem) {
  const std::set<std::string> sounds = latin_name_sounds(
      "Negotiations went on. We met in Panmunjom with Speaker Vyacheslav Volodin of Minnesota on negotiations.");
  for (const char* s : {"pnmnjm", "pltn", "mnst"}) EXPECT_EQ(sounds.count(s), 1u) << s;
  EXPECT_EQ(sounds.count(latin_sounds("Negotiations")[0]), 0u);  // a sentence's first word alone, or not capitalised
  // Two capitalised words in a row are one name too: "New Zealand" is written 뉴질랜드.
  EXPECT_EQ(latin_name_sounds("the envoy of New Zealand").count(hangul_sound("뉴질랜드")), 1u);
}

TEST(NameSounds, AHangulTextGivesItsWordsWithoutParticlesAndShortPartsJoined) {
  const std::set<std::string> sounds = hangul_name_sounds("트럼프와 볼로딘의 미네소타에서, 아미 베라 의원님");
  for (const char* name : {"트럼프", "볼로딘", "미네소타"}) EXPECT_EQ(sounds.count(hangul_sound(name)), 1u) << name;
  EXPECT_EQ(sounds.count(hangul_sound("아미베라")), 0u);  // mpl: too short to tell a name
  EXPECT_EQ(hangul_name_sounds("영 킴벌리").count(hangul_sound("영킴벌리")), 1u);
  EXPECT_TRUE(hangul_name_sounds("Latin only, 12345").empty());
}

}  // namespace
}  // namespace dipsearch
