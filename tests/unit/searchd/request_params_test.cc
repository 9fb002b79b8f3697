// Query strings as the daemon reads them (httplib's parsing, then params_from_query) and
// writes them back into links (encode_query): a link must read as the request it came from.
#include "searchd/request_params.h"

#include <gtest/gtest.h>
#include <httplib.h>

namespace dipsearch::searchd {
namespace {

ParamMap read_query(const std::string& query_string) {
  httplib::Request request;
  httplib::detail::parse_query_text(query_string, request.params);
  return params_from_query(request);
}

TEST(RequestParams, AValueGivenTwiceCountsOnceHoweverItIsEscaped) {
  // httplib reads two identical texts as one; two spellings of one value must agree with it.
  EXPECT_EQ(read_query("q=a&q=%61"), read_query("q=a&q=a"));
  EXPECT_EQ(read_query("q=a&q=%61").at("q"), std::vector<std::string>{"a"});
  EXPECT_EQ(read_query("country=JP&country=J%50&country=CN").at("country"), (std::vector<std::string>{"JP", "CN"}));
  // Different values stay, in order, for the rules that refuse or cap them.
  EXPECT_EQ(read_query("q=a&q=b").at("q"), (std::vector<std::string>{"a", "b"}));
}

TEST(RequestParams, WrittenLinksReadBackAsTheSameParameters) {
  // Shapes the fuzz target found: a value repeated under two spellings, control and
  // non-UTF-8 bytes, names without values, '+' for a space.
  for (const std::string query :
       {"q=ChJP&q=C%68JP&y=ChJP", "%01%00+%BFsoo&%01%00%20%BFsoo&sort=d%2Calkn&osrtd", "fac%00%22q%22=5&q=any&q=an%79",
        "q=%E2%80%9Cdenuclearization%E2%80%9D&country=KR,US&from=2021-01&lang=ko"}) {
    const ParamMap params = read_query(query);
    EXPECT_EQ(read_query(encode_query(params)), params) << query;
  }
}

}  // namespace
}  // namespace dipsearch::searchd
