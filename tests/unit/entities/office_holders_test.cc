// Who held an office on a date, from the bundled registry: one row per short mention.
#include "common/entities/office_holders.h"

#include <gtest/gtest.h>

#include <string>

#include "entities_test_support.h"

namespace dipsearch::entities::detail {
namespace {

const OfficialsRegistry& registry() {
  static const OfficialsRegistry r = OfficialsRegistry::load(testing::data_dir());
  return r;
}

// The key of the one holder, or "" when none or several fit.
std::string holder(std::string_view word, bool hangul, std::string_view title, std::string_view date) {
  const int i = office_holder(registry(), word, hangul, title, date);
  return i < 0 ? std::string() : registry().all()[static_cast<size_t>(i)].key;
}

struct Row {
  const char* word;
  bool hangul;
  const char* title;
  const char* date;
  const char* key;
};

TEST(OfficeHolder, FindsTheOneHolderOfTheOfficeTheTitleNames) {
  const Row rows[] = {
      {"Kerry", false, "Secretary", "2014-05-01", "john-kerry"},
      {"Kerry", false, "U.S. Secretary of State", "2014-05-01", "john-kerry"},
      {"Kerry", false, "Secretary of State", "", "john-kerry"},  // undated: the office in full
      {"Kerry", false, "Secretary", "", ""},                     // undated: anyone's secretary
      {"Kerry", false, "Deputy Secretary", "2014-05-01", ""},    // another rank
      {"Kerry", false, "Ambassador", "2014-05-01", ""},          // no head of an office
      {"Kerry", false, "Secretary", "2019-05-01", ""},           // out of office then
      {"Kerry", false, "", "2014-05-01", ""},
      {"Kang", false, "Foreign Minister", "2019-03-01", "kang-kyung-wha"},
      {"강", true, "장관", "2019-03-01", "kang-kyung-wha"},
      {"강", true, "외교부 장관", "2019-03-01", "kang-kyung-wha"},
      {"강", true, "부장관", "2019-03-01", ""},  // a deputy
      {"강", true, "대사", "2019-03-01", ""},    // no head of an office
      {"강", true, "장관", "", ""},              // undated, a head many hold names no one
      {"라이스", true, "미 국무장관", "", "condoleezza-rice"},  // undated, the office in full
      {"라이스", true, "(신임) 미 국무장관", "", "condoleezza-rice"},
      {"왕이", true, "중국 외교부장", "", "wang-yi"},
      {"왕이", true, "대만 외교부장", "", ""},  // another country's office
      // Dated, an office named in full whose head is no common one (대사, 부통령).
      {"나가미네", true, "주한일본대사", "2016-09-01", "yasumasa-nagamine"},
      {"나가미네", true, "주한일본대사", "2021-09-01", ""},  // out of office then
      {"펜스", true, "미국 부통령", "2018-03-01", "mike-pence"},
      {"강", true, "외교부 장관", "2019-03-01", "kang-kyung-wha"},  // dated, in full
  };
  for (const Row& r : rows) {
    EXPECT_EQ(holder(r.word, r.hangul, r.title, r.date), r.key) << r.word << " / " << r.title << " / " << r.date;
  }
  // The same rows again, in reverse: a title's words are kept between calls for reuse, and
  // a shorter title after a longer one must not keep any of them.
  for (auto r = std::rbegin(rows); r != std::rend(rows); ++r) {
    EXPECT_EQ(holder(r->word, r->hangul, r->title, r->date), r->key) << r->word << " / " << r->title;
  }
}

}  // namespace
}  // namespace dipsearch::entities::detail
