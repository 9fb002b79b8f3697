// The country catalog: ICU names in both languages, alias lookups for the query side, and the
// errors an admin sees for a broken alias file.
#include "common/entities/country_catalog.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "common/entities/data_error.h"
#include "entities_test_support.h"

namespace dipsearch::entities {
namespace {

using testing::data_dir;
using testing::ScratchDir;

const CountryCatalog& catalog() { return CountryCatalog::instance(data_dir()); }

TEST(CountryCatalog, KnowsEveryIcuRegion) {
  EXPECT_GE(catalog().all().size(), 240u);
  EXPECT_TRUE(std::is_sorted(catalog().all().begin(), catalog().all().end(),
                             [](const Country& a, const Country& b) { return a.code < b.code; }));
  for (const Country& c : catalog().all()) {
    EXPECT_EQ(c.code.size(), 2u) << c.code;
    EXPECT_FALSE(c.name_en.empty()) << c.code;
    EXPECT_FALSE(c.name_ko.empty()) << c.code;
  }
}

TEST(CountryCatalog, LeavesOutCodesIsoOnlyReserves) {
  EXPECT_EQ(catalog().find("IC"), nullptr);  // Canary Islands belong to ES
  EXPECT_EQ(catalog().find("EA"), nullptr);
  EXPECT_NE(catalog().find("XK"), nullptr);  // Kosovo: the code everyone uses
}

struct FindCase {
  const char* code;
  const char* name_en;
  const char* name_ko;
};

class CountryFind : public ::testing::TestWithParam<FindCase> {};

TEST_P(CountryFind, NamesFromIcuInBothLanguages) {
  const Country* c = catalog().find(GetParam().code);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->name_en, GetParam().name_en);
  EXPECT_EQ(c->name_ko, GetParam().name_ko);
}

INSTANTIATE_TEST_SUITE_P(Table, CountryFind,
                         ::testing::Values(FindCase{"AF", "Afghanistan", "아프가니스탄"},
                                           FindCase{"af", "Afghanistan", "아프가니스탄"},
                                           FindCase{"Kr", "South Korea", "대한민국"},
                                           FindCase{"KP", "North Korea", "북한"},
                                           FindCase{"US", "United States", "미국"},
                                           // labels.tsv: as the ministry writes them.
                                           FindCase{"VN", "Viet Nam", "베트남"},
                                           FindCase{"AU", "Australia", "호주"},
                                           FindCase{"KN", "Saint Kitts and Nevis", "세인트키츠 네비스"},
                                           FindCase{"PG", "Papua New Guinea", "파푸아뉴기니"}));

TEST(CountryCatalog, FindRejectsUnknownCodes) {
  EXPECT_EQ(catalog().find("ZZ"), nullptr);
  EXPECT_EQ(catalog().find(""), nullptr);
  EXPECT_EQ(catalog().find("AFG"), nullptr);
}

struct LookupCase {
  const char* phrase;
  std::vector<std::string> codes;
};

class CountryLookup : public ::testing::TestWithParam<LookupCase> {};

TEST_P(CountryLookup, NameOrAliasInEitherLanguage) {
  EXPECT_EQ(catalog().lookup_name(GetParam().phrase), GetParam().codes) << GetParam().phrase;
}

INSTANTIATE_TEST_SUITE_P(
    Table, CountryLookup,
    ::testing::Values(
        LookupCase{"afghanistan", {"AF"}}, LookupCase{"Afghanistan", {"AF"}},
        LookupCase{"아프가니스탄", {"AF"}}, LookupCase{"아프간", {"AF"}},
        LookupCase{"afghan", {"AF"}}, LookupCase{"u.s.", {"US"}}, LookupCase{"U.S.", {"US"}},
        LookupCase{"미국", {"US"}}, LookupCase{"united states", {"US"}},
        LookupCase{"United States of America", {"US"}}, LookupCase{"美", {"US"}},
        LookupCase{"republic of korea", {"KR"}}, LookupCase{"ROK", {"KR"}},
        LookupCase{"대한민국", {"KR"}}, LookupCase{"한국", {"KR"}},
        LookupCase{"south korea", {"KR"}}, LookupCase{"north korea", {"KP"}},
        LookupCase{"DPRK", {"KP"}}, LookupCase{"북한", {"KP"}},
        LookupCase{"Democratic People's Republic of Korea", {"KP"}},
        LookupCase{"Türkiye", {"TR"}}, LookupCase{"turkey", {"TR"}},
        LookupCase{"튀르키예", {"TR"}}, LookupCase{"터키", {"TR"}},
        LookupCase{"Czechia", {"CZ"}}, LookupCase{"czech republic", {"CZ"}},
        LookupCase{"viet nam", {"VN"}}, LookupCase{"vietnam", {"VN"}}, LookupCase{"UAE", {"AE"}},
        LookupCase{"호주", {"AU"}}, LookupCase{"오스트레일리아", {"AU"}},
        LookupCase{"PRC", {"CN"}}, LookupCase{"중국", {"CN"}}, LookupCase{"UK", {"GB"}},
        LookupCase{"britain", {"GB"}}, LookupCase{"영국", {"GB"}},
        LookupCase{"russian federation", {"RU"}}, LookupCase{"Myanmar", {"MM"}},
        LookupCase{"Burma", {"MM"}}, LookupCase{"Hong Kong", {"HK"}},
        LookupCase{"홍콩", {"HK"}}, LookupCase{"Saint Lucia", {"LC"}},
        LookupCase{"St. Lucia", {"LC"}}, LookupCase{"trinidad and tobago", {"TT"}},
        LookupCase{"중앙아프리카공화국", {"CF"}}, LookupCase{"중앙 아프리카 공화국", {"CF"}},
        LookupCase{"  papua   new guinea ", {"PG"}}, LookupCase{"ＵＳＡ", {"US"}},
        LookupCase{"미일", {"JP", "US"}},
        // Not offered to queries: compound-only abbreviations, stop phrases, the pronoun.
        LookupCase{"미", {}}, LookupCase{"한", {}}, LookupCase{"us", {}},
        LookupCase{"korean peninsula", {}}, LookupCase{"latin america", {}},
        // Context words and pairs: they tag releases but do not widen a search.
        LookupCase{"남북", {}}, LookupCase{"북미", {}}, LookupCase{"inter-Korean", {}},
        LookupCase{"방한", {}}, LookupCase{"미측", {}}, LookupCase{"대북", {"KP"}},
        LookupCase{"", {}}, LookupCase{"atlantis", {}}));

TEST(CountryCatalog, InstanceIsSharedPerDataDirectory) {
  EXPECT_EQ(&CountryCatalog::instance(data_dir()), &CountryCatalog::instance(data_dir()));
}

TEST(CountryCatalog, IsKnownCountryCode) {
  EXPECT_TRUE(is_known_country_code("AF"));
  EXPECT_FALSE(is_known_country_code("af"));
  EXPECT_FALSE(is_known_country_code("ZZ"));
  EXPECT_FALSE(is_known_country_code("IC"));
}

TEST(CountryCatalog, AliasFileRefinesIcuNames) {
  // "Chad" comes from ICU; the alias file marks it ambiguous.
  bool found = false;
  for (const CountryAlias& a : catalog().names()) {
    if (a.text == "Chad") {
      found = true;
      EXPECT_TRUE(a.flags & kAliasContext);
    }
    if (a.text == "US") {
      EXPECT_TRUE(a.flags & kAliasExactCase);
    }
    if (a.text == "미") {
      EXPECT_TRUE(a.flags & kAliasCompound);
    }
  }
  EXPECT_TRUE(found);
}

struct AliasErrorCase {
  const char* content;  // nullptr: no file at all
  const char* expected;
};

class AliasFileErrors : public ::testing::TestWithParam<AliasErrorCase> {};

TEST_P(AliasFileErrors, NameTheFileAndLine) {
  ScratchDir dir;
  if (GetParam().content != nullptr) dir.write("countries/aliases.tsv", GetParam().content);
  try {
    CountryCatalog c(dir.path());
    FAIL() << "accepted a bad alias file";
  } catch (const DataError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("aliases.tsv"), std::string::npos) << message;
    EXPECT_NE(message.find(GetParam().expected), std::string::npos) << message;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, AliasFileErrors,
    ::testing::Values(AliasErrorCase{nullptr, "cannot read"},
                      AliasErrorCase{"# ok\nXX\tNowhere\n", ":2: unknown country code \"XX\""},
                      AliasErrorCase{"af\tAfghanistan\n", ":1: unknown country code \"af\""},
                      AliasErrorCase{"AF,ZZ\tAfpak\n", ":1: unknown country code \"ZZ\""},
                      AliasErrorCase{"AF\n", ":1: expected CODE<TAB>alias"},
                      AliasErrorCase{"AF\tx\tcase\textra\n", ":1: expected CODE<TAB>alias"},
                      AliasErrorCase{"AF\t\n", ":1: empty alias"},
                      AliasErrorCase{"\nAF\tAfghanistan\tloud\n", ":2: unknown option \"loud\""},
                      AliasErrorCase{"AF\t\xff\xfe\n", ":1: not valid UTF-8"}));

// Facets show the catalog's names: ICU's, except where readers of diplomatic releases expect
// another one (labels.tsv). ICU's names still match text and queries.
TEST(CountryCatalog, LabelsReplaceIcuNamesUsersDoNotExpect) {
  const std::vector<FindCase> labels = {
      {"TR", "Türkiye", "튀르키예"},          {"CD", "DR Congo", "콩고민주공화국"},
      {"CG", "Republic of the Congo", "콩고공화국"}, {"PS", "Palestine", "팔레스타인"},
      {"MM", "Myanmar", "미얀마"},             {"HK", "Hong Kong", "홍콩"},
      {"MO", "Macao", "마카오"},               {"ZA", "South Africa", "남아프리카공화국"},
      {"KR", "South Korea", "대한민국"},        {"US", "United States", "미국"}};
  for (const FindCase& c : labels) {
    const Country* country = catalog().find(c.code);
    ASSERT_NE(country, nullptr) << c.code;
    EXPECT_EQ(country->name_en, c.name_en) << c.code;
    EXPECT_EQ(country->name_ko, c.name_ko) << c.code;
  }
  EXPECT_EQ(catalog().lookup_name("Turkey"), std::vector<std::string>{"TR"});
  EXPECT_EQ(catalog().lookup_name("터키"), std::vector<std::string>{"TR"});
  EXPECT_EQ(catalog().lookup_name("팔레스타인 지구"), std::vector<std::string>{"PS"});
  EXPECT_EQ(catalog().lookup_name("Congo - Kinshasa"), std::vector<std::string>{"CD"});
}

TEST(CountryCatalog, LabelFileIsOptionalAndKeepsIcuNamesOnDash) {
  ScratchDir dir;
  dir.write("countries/aliases.tsv", "AF\tAfghan\n");
  EXPECT_EQ(CountryCatalog(dir.path()).find("TR")->name_en, "Turkey");  // no label file
  dir.write("countries/labels.tsv", "# ok\r\nTR\tTürkiye\t-\n");
  const CountryCatalog c(dir.path());
  EXPECT_EQ(c.find("TR")->name_en, "Türkiye");
  EXPECT_EQ(c.find("TR")->name_ko, "터키");
  EXPECT_EQ(c.lookup_name("türkiye"), std::vector<std::string>{"TR"});
}

class LabelFileErrors : public ::testing::TestWithParam<AliasErrorCase> {};

TEST_P(LabelFileErrors, NameTheFileAndLine) {
  ScratchDir dir;
  dir.write("countries/aliases.tsv", "AF\tAfghan\n");
  dir.write("countries/labels.tsv", GetParam().content);
  try {
    CountryCatalog c(dir.path());
    FAIL() << "accepted a bad label file";
  } catch (const DataError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("labels.tsv"), std::string::npos) << message;
    EXPECT_NE(message.find(GetParam().expected), std::string::npos) << message;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, LabelFileErrors,
    ::testing::Values(AliasErrorCase{"TR\tTürkiye\n", ":1: expected CODE<TAB>English label<TAB>Korean label"},
                      AliasErrorCase{"# c\nZZ\tNowhere\t없음\n", ":2: unknown country code \"ZZ\""},
                      AliasErrorCase{"tr\tTürkiye\t튀르키예\n", ":1: unknown country code \"tr\""},
                      AliasErrorCase{"TR\t\t튀르키예\n", ":1: empty label"},
                      AliasErrorCase{"TR\tTürkiye\tTurkiye\n", ":1: the Korean label has no Hangul"},
                      AliasErrorCase{"TR\t\xff\t튀르키예\n", ":1: not valid UTF-8"}));

TEST(CountryCatalog, AcceptsAMinimalAliasFile) {
  ScratchDir dir;
  dir.write("countries/aliases.tsv",
            "\xEF\xBB\xBF# comment\r\n\r\nAF\tAfghanistan\r\n-\tNowhere Land\n");
  CountryCatalog c(dir.path());
  EXPECT_EQ(c.lookup_name("Afghanistan"), std::vector<std::string>{"AF"});
  EXPECT_TRUE(c.lookup_name("nowhere land").empty());
}

}  // namespace
}  // namespace dipsearch::entities
