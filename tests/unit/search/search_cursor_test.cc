// Cursor text: what encode_cursor writes decodes to the same fields, and anything else —
// changed, cut, padded, made for another search or pointing past the result window — is a
// 400 naming `cursor`.
#include <gtest/gtest.h>

#include "common/search/api_error.h"
#include "common/search/search_cursor.h"
#include "common/search/search_request.h"
#include "query_test_support.h"

namespace dipsearch {
namespace {

SearchRequest parsed(const ParamMap& params) { return parse_search_request(params, testing::countries()); }

ApiError error_of(const ParamMap& params) {
  try {
    parsed(params);
  } catch (const ApiError& e) {
    return e;
  }
  ADD_FAILURE() << "no error";
  return ApiError(0, "", "", "");
}

TEST(SearchCursor, DecodesWhatItEncodes) {
  const SearchCursor cursor{"gen-000012", "1733500000000000000-4242", "0123456789abcdef0123456789abcdef", 40};
  const std::string text = encode_cursor(cursor);
  EXPECT_EQ(text.find_first_not_of("0123456789abcdef"), std::string::npos) << text;
  const SearchCursor back = decode_cursor(text);
  EXPECT_EQ(back.generation, cursor.generation);
  EXPECT_EQ(back.commit, cursor.commit);
  EXPECT_EQ(back.search, cursor.search);
  EXPECT_EQ(back.offset, 40u);
}

TEST(SearchCursor, EveryChangedCharacterIsRefused) {
  const std::string text = encode_cursor({"gen-000012", "c", "s", 7});
  for (size_t i = 0; i < text.size(); ++i) {
    std::string changed = text;
    changed[i] = changed[i] == '0' ? '1' : '0';
    EXPECT_THROW(decode_cursor(changed), ApiError) << i;
    EXPECT_THROW(decode_cursor(text.substr(0, i)), ApiError) << i;
  }
  EXPECT_THROW(decode_cursor(text + "00"), ApiError);
}

TEST(SearchCursor, BindsTheSearchItWasMadeFor) {
  const SearchRequest first = parsed({{"q", {"talks"}}, {"country", {"JP"}}, {"cursor", {"start"}}});
  EXPECT_TRUE(first.cursor_paging);
  EXPECT_FALSE(first.cursor);
  EXPECT_EQ(first.first_hit(), 0);
  const std::string next = encode_cursor({"gen-1", "c", search_fingerprint(first), 20});
  // How much a page shows may change; what is listed may not.
  const SearchRequest second = parsed({{"q", {"talks"}}, {"country", {"jp"}}, {"per_page", {"5"}}, {"cursor", {next}}});
  EXPECT_EQ(second.first_hit(), 20);
  for (const ParamMap& other : std::vector<ParamMap>{{{"q", {"talk"}}, {"country", {"JP"}}},
                                                     {{"q", {"talks"}}},
                                                     {{"q", {"talks"}}, {"country", {"JP"}}, {"sort", {"date_desc"}}},
                                                     {{"q", {"talks"}}, {"country", {"JP"}}, {"match", {"all"}}},
                                                     {{"q", {"talks"}}, {"country", {"JP"}}, {"from", {"2020"}}}}) {
    ParamMap params = other;
    params["cursor"] = {next};
    const ApiError e = error_of(params);
    EXPECT_EQ(e.param, "cursor");
    EXPECT_NE(std::string(e.what()).find("another search"), std::string::npos) << e.what();
  }
}

TEST(SearchCursor, StaysInsideTheResultWindow) {
  const SearchRequest r = parsed({{"q", {"talks"}}});
  for (std::uint64_t offset : {std::uint64_t{kMaxResultWindow} + 1, ~std::uint64_t{0}}) {
    const ApiError e = error_of({{"q", {"talks"}}, {"cursor", {encode_cursor({"g", "c", search_fingerprint(r), offset})}}});
    EXPECT_EQ(e.status, 400);
    EXPECT_EQ(e.param, "cursor") << offset;
  }
  const ApiError e = error_of({{"q", {"talks"}}, {"cursor", {"start"}}, {"page", {"2"}}});
  EXPECT_EQ(e.param, "page");
}

}  // namespace
}  // namespace dipsearch
