// Search parameters as a hostile or careless script sends them, through a real dipsearchd:
// lists past their documented maximum, JSON bodies with unknown, null, repeated or
// unreadable fields, NULs and huge values in messages, and queries with nothing to search.
#include <gtest/gtest.h>

#include "common/search/search_request.h"
#include "test_support.h"

namespace dipsearch::testing {
namespace {

using nlohmann::json;

class RequestParameters : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { corpus_ = new ServedCorpus({std::string(DIPSEARCH_FIXTURES) + "/search"}); }
  static void TearDownTestSuite() { delete corpus_; }
  static Daemon& daemon() { return corpus_->daemon(); }

  static json post(const std::string& body, int expected_status) {
    int status = 0;
    json r = daemon().post_json("/api/search", body, &status);
    EXPECT_EQ(status, expected_status) << body.substr(0, 80) << " → " << r.dump().substr(0, 300);
    return r;
  }
  static json get(const std::string& query_string, int expected_status) {
    int status = 0;
    json r = daemon().get_json("/api/search?" + query_string, &status);
    EXPECT_EQ(status, expected_status) << query_string.substr(0, 80) << " → " << r.dump().substr(0, 300);
    return r;
  }
  static std::string message(const json& r) { return r["error"].value("message", ""); }

  static ServedCorpus* corpus_;
};

ServedCorpus* RequestParameters::corpus_ = nullptr;

TEST_F(RequestParameters, ListsHoldAtMostTheDocumentedNumberOfValues) {
  ASSERT_EQ(kMaxListValues, 100u);  // README and OpenAPI say so
  // 200,000 values (a megabyte) cost minutes of CPU when they were all matched.
  json many = json::array();
  for (int i = 0; i < 200000; ++i) many.push_back(i % 2 ? "en" : "ko");
  json r = post(json{{"lang", many}}.dump(), 400);
  EXPECT_EQ(r["error"]["param"], "lang");
  EXPECT_NE(message(r).find("at most 100"), std::string::npos) << message(r);
  // In a query string too, counted before any value is looked at.
  std::string countries;
  for (int i = 0; i <= 100; ++i) countries += "&country=c" + std::to_string(i);
  r = get("q=Korea" + countries, 400);
  EXPECT_EQ(r["error"]["param"], "country");
  EXPECT_NE(message(r).find("101 values"), std::string::npos) << message(r);
  // Commas make values too: one value listing 101 codes, or two values listing 60 each.
  std::string listed = "JP";
  for (int i = 1; i <= 100; ++i) listed += ",JP";
  r = get("country=" + listed, 400);
  EXPECT_EQ(r["error"]["param"], "country");
  EXPECT_NE(message(r).find("101 values"), std::string::npos) << message(r);
  json halves = json::array();
  for (int half = 0; half < 2; ++half) {
    std::string sixty = "en";
    for (int i = 1; i < 60; ++i) sixty += ",ko";
    halves.push_back(sixty);
  }
  r = post(json{{"lang", halves}}.dump(), 400);
  EXPECT_EQ(r["error"]["param"], "lang");
  EXPECT_NE(message(r).find("120 values"), std::string::npos) << message(r);
  std::string hundred_fields = "id";
  for (int i = 1; i < 100; ++i) hundred_fields += ",title";
  get("q=Korea&fields=" + hundred_fields, 200);
  r = get("q=Korea&fields=" + hundred_fields + ",date", 400);
  EXPECT_EQ(r["error"]["param"], "fields");
  // A hundred is allowed; duplicates (in any case) count once.
  json hundred = json::array();
  for (int i = 0; i < 50; ++i) hundred.insert(hundred.end(), {"JP", "jp"});
  json jp = get("country=JP", 200);
  json repeated = post(json{{"country", hundred}}.dump(), 200);
  EXPECT_EQ(repeated["total"], jp["total"]);
  EXPECT_EQ(repeated["facets"], jp["facets"]);
}

TEST_F(RequestParameters, NumbersTooLargeAreRefusedNotFailed) {
  for (const std::string& number : {std::string("1e400"), std::string("-1e400"), "1" + std::string(300000, '0')}) {
    json r = post("{\"page\":" + number + "}", 400);
    EXPECT_EQ(r["error"]["code"], "invalid_json") << number.substr(0, 10);
    EXPECT_LT(message(r).size(), 200u);
  }
  // Nothing about them reaches the log, which stays short.
  EXPECT_LT(daemon().stderr_text().size(), 2000u) << daemon().stderr_text().substr(0, 300);
  json r = post(R"({"page":9223372036854775808})", 400);
  EXPECT_EQ(r["error"]["param"], "page");
  EXPECT_NE(message(r).find("between 1 and 10000, not \"9223372036854775808\""), std::string::npos) << message(r);
  r = get("page=99999999999999999999", 400);
  EXPECT_NE(message(r).find("between 1 and 10000"), std::string::npos) << message(r);
  r = post(R"({"per_page":-5})", 400);
  EXPECT_NE(message(r).find("not \"-5\""), std::string::npos) << message(r);
}

TEST_F(RequestParameters, JsonFieldsAreKnownAndGivenOnce) {
  json r = post(R"({"bogus":1})", 400);
  EXPECT_EQ(r["error"]["param"], "bogus");
  EXPECT_EQ(message(r), "unknown parameter \"bogus\"");
  r = post(R"({"bogus":null})", 400);
  EXPECT_EQ(message(r), "unknown parameter \"bogus\"");
  r = post(R"({"q":"Korea","q":"Japan"})", 400);
  EXPECT_EQ(r["error"]["param"], "q");
  EXPECT_NE(message(r).find("more than once"), std::string::npos) << message(r);
  // As in a query string: a repeated q is refused there too.
  get("q=Korea&q=Japan", 400);
  // A known field that is null is absent; nested duplicates are a wrong type, not a crash.
  EXPECT_EQ(post(R"({"q":null,"country":null})", 200)["total"], 10);
  post(R"({"country":{"a":1,"a":2}})", 400);
}

TEST_F(RequestParameters, MessagesKeepWhatFollowsANulAndStayShort) {
  json r = post(R"({"country":"J\u0000P"})", 400);
  EXPECT_EQ(r["error"]["param"], "country");
  EXPECT_NE(message(r).find(std::string("not \"J\0P\"", 9)), std::string::npos) << r.dump();
  r = post(json{{"sort", std::string(100000, 'x')}}.dump(), 400);
  EXPECT_EQ(r["error"]["param"], "sort");
  EXPECT_LT(message(r).size(), 300u);
  EXPECT_EQ(message(r).substr(message(r).size() - 4), "…\"") << message(r);
}

TEST_F(RequestParameters, OnlyABlankQueryListsEveryRelease) {
  // Blank: every release, no notice.
  for (const char* q : {"", "%20%20", "%09"}) {
    json r = get(std::string("q=") + q, 200);
    EXPECT_EQ(r["total"], 10) << q;
    EXPECT_FALSE(r.contains("notice")) << q;
  }
  // Something typed with nothing in it to search for: nothing, and the answer says why.
  for (const char* q : {"the", "()", "%22%22", "(%20)", "...", "NOT%20the", "the%20OR%20of"}) {
    json r = get(std::string("q=") + q, 200);
    EXPECT_EQ(r["total"], 0) << q;
    EXPECT_EQ(r["total_partial"], 0) << q;
    EXPECT_TRUE(r["hits"].empty()) << q;
    EXPECT_EQ(r["notice"]["code"], "nothing_to_search") << q << " → " << r.dump().substr(0, 200);
    EXPECT_NE(r["notice"]["message"].get<std::string>().find("stop words"), std::string::npos);
  }
  // A query with words has no notice, even when it finds nothing.
  EXPECT_FALSE(get("q=quokka", 200).contains("notice"));
  EXPECT_FALSE(get("q=%22the%20Republic%22", 200).contains("notice"));
}

}  // namespace
}  // namespace dipsearch::testing
