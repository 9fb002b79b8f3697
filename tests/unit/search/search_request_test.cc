// Search parameter validation: the error a bad value gets names the parameter and quotes the
// value in a message that stays valid UTF-8 and short, whatever bytes were sent (found by the
// search_params fuzz target: raw bytes of a name or value were copied into the message).
#include <gtest/gtest.h>

#include "common/release/utf8_check.h"
#include "common/search/api_error.h"
#include "common/search/search_request.h"
#include "query_test_support.h"

namespace dipsearch {
namespace {

struct BadParamRow {
  const char* label;
  ParamMap params;
  std::string param;    // the parameter the error names
  std::string message;  // what the message must hold
};

void PrintTo(const BadParamRow& row, std::ostream* os) { *os << row.label; }

ApiError error_of(const ParamMap& params) {
  try {
    parse_search_request(params, testing::countries());
  } catch (const ApiError& e) {
    return e;
  }
  ADD_FAILURE() << "no error";
  return ApiError(0, "", "", "");
}

class BadParamTest : public ::testing::TestWithParam<BadParamRow> {};

TEST_P(BadParamTest, NamesTheParameterInValidShortText) {
  const BadParamRow& row = GetParam();
  const ApiError e = error_of(row.params);
  EXPECT_EQ(e.status, 400);
  EXPECT_EQ(e.param, row.param);
  const std::string message = e.what();
  EXPECT_NE(message.find(row.message), std::string::npos) << message;
  EXPECT_FALSE(release::find_invalid_utf8(message)) << message;
  EXPECT_FALSE(release::find_invalid_utf8(e.param)) << e.param;
  EXPECT_LT(message.size(), 400u) << message;
}

const std::string kLong(100000, 'x');

INSTANTIATE_TEST_SUITE_P(
    Rows, BadParamTest,
    ::testing::Values(
        BadParamRow{"unknown_name", {{"colour", {"blue"}}}, "colour", "unknown parameter \"colour\""},
        BadParamRow{"unknown_name_not_utf8", {{"c\xc3\xc3\xc3oun", {"x"}}}, "c\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbdoun",
                    "unknown parameter \"c\xef\xbf\xbd"},
        BadParamRow{"unknown_name_long", {{kLong, {"x"}}}, std::string(64, 'x'), "unknown parameter \"xxx"},
        BadParamRow{"country_not_utf8", {{"country", {"K\xff"}}}, "country", "not \"K\xef\xbf\xbd\""},
        BadParamRow{"country_long", {{"country", {kLong}}}, "country", "xxx…\""},
        BadParamRow{"official_not_utf8", {{"official", {"lee-\xe0\x80"}}}, "official", "not \"lee-"},
        BadParamRow{"from_not_utf8", {{"from", {"2021-\xc0\xaf"}}}, "from", "not \"2021-\xef\xbf\xbd"},
        BadParamRow{"to_long", {{"to", {kLong}}}, "to", "not \"xxx"},
        BadParamRow{"sort_not_utf8", {{"sort", {"date_\xed\xa0\x80"}}}, "sort", "not \"date_"},
        BadParamRow{"page_not_a_number", {{"page", {"2\xff"}}}, "page", "whole number, not \"2\xef\xbf\xbd\""},
        BadParamRow{"facets_not_utf8", {{"facets", {"country,\xfe"}}}, "facets", "not \"\xef\xbf\xbd\""}),
    [](const ::testing::TestParamInfo<BadParamRow>& info) { return std::string(info.param.label); });

}  // namespace
}  // namespace dipsearch
