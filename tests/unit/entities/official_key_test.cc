// Keys derived from names: every spelling of one romanized Korean name gives one key; Hangul
// names give a stable ASCII key.
#include "common/entities/official_key.h"

#include <gtest/gtest.h>

namespace dipsearch::entities {
namespace {

struct KeyCase {
  const char* name;
  const char* key;
};

class OfficialKey : public ::testing::TestWithParam<KeyCase> {};

TEST_P(OfficialKey, Derive) {
  const std::string key = official_key(GetParam().name);
  EXPECT_EQ(key, GetParam().key) << GetParam().name;
  if (!key.empty()) {
    EXPECT_TRUE(is_valid_official_key(key)) << key;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, OfficialKey,
    ::testing::Values(KeyCase{"Choi Jongmoon", "choi-jong-moon"},
                      KeyCase{"Choi Jong-moon", "choi-jong-moon"},
                      KeyCase{"Choi Jong Moon", "choi-jong-moon"},
                      KeyCase{"CHOI JONG-MOON", "choi-jong-moon"},
                      KeyCase{"Lee Kyung-chul", "lee-kyung-chul"},
                      KeyCase{"Lee Kyungchul", "lee-kyung-chul"},
                      KeyCase{"Kang Kyungwha", "kang-kyung-wha"},
                      KeyCase{"Kim Sunghwan", "kim-sung-hwan"},
                      KeyCase{"Yun Byungse", "yun-byung-se"},
                      KeyCase{"Moon Jaein", "moon-jae-in"},
                      KeyCase{"Park Jin", "park-jin"},
                      KeyCase{"Cho Hyun", "cho-hyun"},
                      // A given name of one syllable stays whole ("hoon" is not "ho-on").
                      KeyCase{"Suh Hoon", "suh-hoon"},
                      KeyCase{"Kim Kwang", "kim-kwang"},
                      KeyCase{"Wang Yi", "wang-yi"},
                      KeyCase{"Yang Jiechi", "yang-jiechi"},
                      KeyCase{"Meerwais Nab", "meerwais-nab"},
                      KeyCase{"Mevlüt Çavuşoğlu", "mevlut-cavusoglu"},
                      KeyCase{"Jean-Yves Le Drian", "jean-yves-le-drian"},
                      KeyCase{"Bùi Thanh Sơn", "bui-thanh-son"},
                      // Middle initials come and go: not part of the key.
                      KeyCase{"Antony J. Blinken", "antony-blinken"},
                      KeyCase{"Kurt M. Campbell", "kurt-campbell"},
                      KeyCase{"S. Jaishankar", "s-jaishankar"},
                      KeyCase{"Retno L. P. Marsudi", "retno-marsudi"},
                      KeyCase{"최종문", "ko-choe-jong-mun"},
                      KeyCase{"이경철", "ko-i-gyeong-cheol"},
                      KeyCase{"하야시 요시마사", "ko-ha-ya-si-yo-si-ma-sa"},
                      KeyCase{"마크 W. 램버트", "ko-ma-keu-raem-beo-teu"},
                      KeyCase{"", ""},
                      KeyCase{" - . ", ""}));

TEST(OfficialKey, Validity) {
  EXPECT_TRUE(is_valid_official_key("lee-kyung-chul"));
  EXPECT_TRUE(is_valid_official_key("g20"));
  EXPECT_FALSE(is_valid_official_key(""));
  EXPECT_FALSE(is_valid_official_key("Lee-kyung-chul"));
  EXPECT_FALSE(is_valid_official_key("lee--kyung"));
  EXPECT_FALSE(is_valid_official_key("-lee"));
  EXPECT_FALSE(is_valid_official_key("lee-"));
  EXPECT_FALSE(is_valid_official_key("lee kyung"));
  EXPECT_FALSE(is_valid_official_key("이경철"));
}

TEST(OfficialKey, CompactForm) {
  EXPECT_EQ(detail::compact_latin("Choi Jong-moon"), "choijongmoon");
  EXPECT_EQ(detail::compact_latin("Mevlüt Çavuşoğlu"), "mevlutcavusoglu");
  EXPECT_EQ(detail::romanize_syllable(U'경'), "gyeong");
  EXPECT_EQ(detail::romanize_syllable(U'A'), "");
}

}  // namespace
}  // namespace dipsearch::entities
