// The officials registry: the bundled file loads and answers lookups by any spelling; a broken
// file is refused with the file, the entry and the field named.
#include "common/entities/officials_registry.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "common/entities/data_error.h"
#include "entities_test_support.h"

namespace dipsearch::entities {
namespace {

using testing::data_dir;
using testing::ScratchDir;

const OfficialsRegistry& registry() {
  static const OfficialsRegistry r = OfficialsRegistry::load(data_dir());
  return r;
}

TEST(OfficialsRegistry, BundledFileHasTheRequiredPeople) {
  for (const char* key :
       {"kim-sung-hwan", "yun-byung-se", "kang-kyung-wha", "chung-eui-yong", "park-jin",
        "cho-tae-yul", "cho-hyun", "choi-jong-moon", "choi-jong-kun", "lee-kyung-chul",
        "meerwais-nab", "antony-blinken", "wang-yi", "yoshimasa-hayashi", "sergey-lavrov",
        "antonio-guterres", "noh-kyu-duk", "kim-in-chul", "yu-myung-hwan", "stephen-biegun",
        "wendy-sherman", "kurt-campbell", "jens-stoltenberg", "akitaka-saiki", "takeo-mori"}) {
    EXPECT_NE(registry().find_by_key(key), nullptr) << key;
  }
  EXPECT_EQ(registry().find_by_key("nobody"), nullptr);
  const RegistryOfficial* lee = registry().find_by_key("lee-kyung-chul");
  ASSERT_NE(lee, nullptr);
  EXPECT_EQ(lee->name_ko, "이경철");
  EXPECT_EQ(lee->country, "KR");
}

struct SpellingCase {
  const char* spelling;
  const char* key;  // nullptr: no one
};

class RegistryMatchName : public ::testing::TestWithParam<SpellingCase> {};

TEST_P(RegistryMatchName, AnySpelling) {
  const RegistryOfficial* o = registry().match_name(GetParam().spelling);
  if (GetParam().key == nullptr) {
    EXPECT_EQ(o, nullptr) << GetParam().spelling;
  } else {
    ASSERT_NE(o, nullptr) << GetParam().spelling;
    EXPECT_EQ(o->key, GetParam().key);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, RegistryMatchName,
    ::testing::Values(SpellingCase{"Choi Jongmoon", "choi-jong-moon"},
                      SpellingCase{"choi jong-moon", "choi-jong-moon"},
                      SpellingCase{"CHOI JONG MOON", "choi-jong-moon"},
                      SpellingCase{"최종문", "choi-jong-moon"},
                      SpellingCase{"Kyung-wha Kang", "kang-kyung-wha"},
                      SpellingCase{"미르와이스 나브", "meerwais-nab"},
                      SpellingCase{"미르와이스나브", "meerwais-nab"},
                      SpellingCase{"Mevlut Cavusoglu", "mevlut-cavusoglu"},
                      SpellingCase{"Hayashi Yoshimasa", "yoshimasa-hayashi"},
                      SpellingCase{"Blinken", "antony-blinken"},
                      SpellingCase{"블링컨", "antony-blinken"},
                      SpellingCase{"Choi", nullptr},
                      SpellingCase{"", nullptr}));

// What the issue asks of the bundled file: the Korean foreign ministers, vice ministers and
// spokespersons of the last 15 years, one holder known for every year.
TEST(OfficialsRegistry, CoversKoreanForeignMinistryLeadersSince2010) {
  const std::vector<std::pair<std::string, std::string>> offices = {
      {"Minister of Foreign Affairs", "2010"}, {"First Vice Minister", "2010"},
      {"Second Vice Minister", "2010"}, {"Spokesperson", "2010"}};
  for (const auto& [office, since] : offices) {
    for (int year = std::stoi(since); year <= 2025; ++year) {
      const std::string date = std::to_string(year) + "-06-15";
      bool held = false;
      for (const RegistryOfficial& o : registry().all()) {
        if (o.country != "KR") continue;
        const std::string title = registry().title_at(o, date, "en");
        held = held || (title.rfind(office, 0) == 0 ||
                        (office != "Minister of Foreign Affairs" &&
                         title.find(office) != std::string::npos));
      }
      EXPECT_TRUE(held) << office << " in " << year;
    }
  }
}

struct LookupCase {
  const char* phrase;
  std::vector<std::string> keys;
};

class RegistryLookupName : public ::testing::TestWithParam<LookupCase> {};

TEST_P(RegistryLookupName, QueryPhrases) {
  EXPECT_EQ(registry().lookup_name(GetParam().phrase), GetParam().keys) << GetParam().phrase;
}

INSTANTIATE_TEST_SUITE_P(
    Table, RegistryLookupName,
    ::testing::Values(
        // One person, either language: a search for one name finds releases naming the other.
        LookupCase{"정의용", {"chung-eui-yong"}}, LookupCase{"Chung Eui-yong", {"chung-eui-yong"}},
        LookupCase{"chung euiyong", {"chung-eui-yong"}}, LookupCase{"  정 의용 ", {"chung-eui-yong"}},
        LookupCase{"chung-eui-yong", {"chung-eui-yong"}},
        LookupCase{"ＣＨＵＮＧ ＥＵＩ－ＹＯＮＧ", {"chung-eui-yong"}},
        LookupCase{"Blinken", {"antony-blinken"}}, LookupCase{"블링컨", {"antony-blinken"}},
        LookupCase{"Antony J. Blinken", {"antony-blinken"}},
        LookupCase{"Çavuşoğlu", {"mevlut-cavusoglu"}}, LookupCase{"cavusoglu", {"mevlut-cavusoglu"}},
        LookupCase{"하야시 요시마사", {"yoshimasa-hayashi"}},
        // A spacing no spelling lists still derives its person's key.
        LookupCase{"Choi Jong Moon", {"choi-jong-moon"}},
        LookupCase{"choi jongmoon", {"choi-jong-moon"}},
        // No one: a surname alone, a title, an unknown name, nothing.
        LookupCase{"Kang", {}}, LookupCase{"장관", {}}, LookupCase{"Minister", {}},
        LookupCase{"Hong Gil-dong", {}}, LookupCase{"", {}}, LookupCase{"   ", {}}));

TEST(OfficialsRegistry, ReversedOrderNeverStartsWithAKoreanFamilyName) {
  // "Sung Kim" must not claim "Kim Sung", the start of Korean names written family name first;
  // other two-word names match in either order.
  EXPECT_EQ(registry().match_name("Kim Sung"), nullptr);
  ASSERT_NE(registry().match_name("Sung Kim"), nullptr);
  EXPECT_EQ(registry().match_name("Sung Kim")->key, "sung-kim");
  ASSERT_NE(registry().match_name("Kishida Fumio"), nullptr);
  EXPECT_EQ(registry().match_name("Kishida Fumio")->key, "fumio-kishida");
}

TEST(OfficialsRegistry, SpellingsAsTyped) {
  const RegistryOfficial* lim = registry().find_by_key("lim-soo-suk");
  ASSERT_NE(lim, nullptr);
  const std::vector<std::string> stated = registry().spellings(*lim, false);
  EXPECT_EQ(stated.front(), "Lim Soo-suk");
  EXPECT_NE(std::find(stated.begin(), stated.end(), "임수석"), stated.end());
  EXPECT_EQ(std::find(stated.begin(), stated.end(), "Soosuk Lim"), stated.end());
  // Either order of the two-word Latin ones, as match_name takes them.
  const std::vector<std::string> both = registry().spellings(*lim, true);
  EXPECT_NE(std::find(both.begin(), both.end(), "Soo-suk Lim"), both.end());
  EXPECT_NE(std::find(both.begin(), both.end(), "Soosuk Lim"), both.end());
  // Never an order that starts with a Korean family name ("Kim Sung" for "Sung Kim").
  const RegistryOfficial* kim = registry().find_by_key("sung-kim");
  ASSERT_NE(kim, nullptr);
  const std::vector<std::string> kims = registry().spellings(*kim, true);
  EXPECT_EQ(std::find(kims.begin(), kims.end(), "Kim Sung"), kims.end());
}

TEST(OfficialsRegistry, TitleAtDate) {
  const RegistryOfficial* kang = registry().find_by_key("kang-kyung-wha");
  ASSERT_NE(kang, nullptr);
  EXPECT_EQ(registry().title_at(*kang, "2019-05-01", "en"), "Minister of Foreign Affairs");
  EXPECT_EQ(registry().title_at(*kang, "2019-05-01", "ko"), "외교부 장관");
  EXPECT_EQ(registry().title_at(*kang, "2017-06", "en"), "Minister of Foreign Affairs");
  EXPECT_EQ(registry().title_at(*kang, "2016-01-01", "en"), "");
  EXPECT_EQ(registry().title_at(*kang, "2022-01-01", "en"), "");
  EXPECT_EQ(registry().title_at(*kang, "", "en"), "");
  const RegistryOfficial* cho = registry().find_by_key("cho-tae-yul");
  ASSERT_NE(cho, nullptr);
  EXPECT_EQ(registry().title_at(*cho, "2024-03-02", "en"), "Minister of Foreign Affairs");
  EXPECT_EQ(registry().title_at(*cho, "2014-03-02", "en"),
            "Second Vice Minister of Foreign Affairs");
}

struct RegistryErrorCase {
  const char* json;
  const char* expected;  // part of the message after the file name
};

class RegistryErrors : public ::testing::TestWithParam<RegistryErrorCase> {};

TEST_P(RegistryErrors, NameFileEntryAndField) {
  ScratchDir dir;
  dir.write("officials/registry.json", GetParam().json);
  try {
    OfficialsRegistry::load(dir.path());
    FAIL() << "accepted: " << GetParam().json;
  } catch (const DataError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("registry.json"), std::string::npos) << message;
    EXPECT_NE(message.find(GetParam().expected), std::string::npos) << message;
  }
}

#define OK_ENTRY R"({"key":"kim-a","name_en":"Kim A","name_ko":"김아","country":"KR"})"

INSTANTIATE_TEST_SUITE_P(
    Table, RegistryErrors,
    ::testing::Values(
        RegistryErrorCase{"[", "not valid JSON"},
        RegistryErrorCase{"{}", "must hold a JSON array"},
        RegistryErrorCase{"[" OK_ENTRY ", 3]", "entry [1]: must be a JSON object"},
        RegistryErrorCase{R"([{"name_en":"Kim A"}])", "entry [0]: field \"key\": missing"},
        RegistryErrorCase{R"([{"key":"Kim A","name_en":"Kim A"}])",
                          "entry [0] (key \"Kim A\"): field \"key\": must be lower-case"},
        RegistryErrorCase{"[" OK_ENTRY "," OK_ENTRY "]",
                          "entry [1] (key \"kim-a\"): field \"key\": duplicate key"},
        RegistryErrorCase{R"([{"key":"kim-a"}])", "field \"name_en\": missing"},
        RegistryErrorCase{R"([{"key":"kim-a","name_en":""}])",
                          "field \"name_en\": must be a non-empty string"},
        RegistryErrorCase{R"([{"key":"kim-a","name_en":"Kim A","name_ko":"Kim"}])",
                          "field \"name_ko\": must be written in Hangul"},
        RegistryErrorCase{R"([{"key":"kim-a","name_en":"Kim A","country":"XX"}])",
                          "field \"country\": unknown ISO 3166-1 alpha-2 code \"XX\""},
        RegistryErrorCase{R"([{"key":"kim-a","name_en":"Kim A","country":"kr"}])",
                          "field \"country\""},
        RegistryErrorCase{R"([{"key":"kim-a","name_en":"Kim A","aliases":"Kim"}])",
                          "field \"aliases\": must be an array"},
        RegistryErrorCase{R"([{"key":"kim-a","name_en":"Kim A","aliases":["x", ""]}])",
                          "field \"aliases[1]\": must be a non-empty string"},
        RegistryErrorCase{R"([{"key":"kim-a","name_en":"Kim A","alias":["x"]}])",
                          "field \"alias\": unknown field"},
        RegistryErrorCase{R"([{"key":"kim-a","name_en":"Kim A","roles":[{"from":"2020"}]}])",
                          "field \"roles[0].title_en\": missing"},
        RegistryErrorCase{
            R"([{"key":"kim-a","name_en":"Kim A","roles":[{"title_en":"X","from":"2020-13"}]}])",
            "field \"roles[0].from\": must be a date"},
        RegistryErrorCase{
            R"([{"key":"kim-a","name_en":"Kim A",)"
            R"("roles":[{"title_en":"X","from":"2021","to":"2020-05"}]}])",
            "field \"roles[0].to\": ends before it starts"},
        RegistryErrorCase{
            R"([{"key":"kim-a","name_en":"Kim A","roles":[{"title_en":"X","since":"2020"}]}])",
            "field \"roles[0].since\": unknown field"},
        RegistryErrorCase{"[" OK_ENTRY R"(,{"key":"kim-b","name_en":"Kim B","aliases":["KIM A"]}])",
                          "entry [1] (key \"kim-b\"): field \"aliases[0]\": spelling \"KIM A\" "
                          "already belongs to \"kim-a\""},
        RegistryErrorCase{"[" OK_ENTRY R"(,{"key":"kim-b","name_en":"Kim B","name_ko":"김 아"}])",
                          "field \"name_ko\": spelling \"김 아\" already belongs to \"kim-a\""}));

TEST(OfficialsRegistry, MissingFileIsAnError) {
  ScratchDir dir;
  EXPECT_THROW(OfficialsRegistry::load(dir.path()), DataError);
}

TEST(OfficialsRegistry, SiteFilesAddEntries) {
  ScratchDir dir;
  dir.write("officials/registry.json", "[" OK_ENTRY "]");
  dir.write("officials/local.json", R"([{"key":"hong-gil-dong","name_en":"Hong Gil-dong",
      "name_ko":"홍길동","country":"KR","roles":[{"title_en":"Director-General"}]}])");
  const OfficialsRegistry r = OfficialsRegistry::load(dir.path());
  EXPECT_EQ(r.all().size(), 2u);
  ASSERT_NE(r.match_name("Hong Gildong"), nullptr);
  EXPECT_EQ(r.match_name("홍길동")->key, "hong-gil-dong");
  // A clash across files names the second file.
  dir.write("officials/more.json", "[" OK_ENTRY "]");
  try {
    OfficialsRegistry::load(dir.path());
    FAIL();
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find("more.json: entry [0]"), std::string::npos) << e.what();
  }
}

// Role titles come split into words, as office matching compares them: English ones lower-cased
// and cut at spaces, hyphens, commas and full stops; Korean ones at spaces.
TEST(OfficialsRegistry, RoleTitlesSplitIntoWords) {
  ScratchDir dir;
  dir.write("officials/registry.json", R"([{"key":"hong-gil-dong","name_en":"Hong Gil-dong",
      "roles":[{"title_en":"Vice-Minister of Foreign Affairs, Trade","title_ko":"외교부  제1차관"},
               {"title_en":"Ambassador"}]}])");
  const OfficialsRegistry r = OfficialsRegistry::load(dir.path());
  const std::vector<OfficialRole>& roles = r.all().at(0).roles;
  ASSERT_EQ(roles.size(), 2u);
  EXPECT_EQ(roles[0].words_en,
            (std::vector<std::string>{"vice", "minister", "of", "foreign", "affairs", "trade"}));
  EXPECT_EQ(roles[0].words_ko, (std::vector<std::string>{"외교부", "제1차관"}));
  EXPECT_EQ(roles[1].words_en, (std::vector<std::string>{"ambassador"}));
  EXPECT_TRUE(roles[1].words_ko.empty());
  EXPECT_EQ(detail::latin_title_words("U.S. Secretary of State"),
            (std::vector<std::string>{"u", "s", "secretary", "of", "state"}));
}

}  // namespace
}  // namespace dipsearch::entities
