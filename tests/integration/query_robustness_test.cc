// Bad and strange queries through a real dipsearchd serving the sample corpus: each gets a
// clear 400 naming the query and where it went wrong, or a sensible empty result; never a
// 500, never a hang (every request is bounded by the client's timeouts), and the daemon keeps
// answering afterwards.
#include <gtest/gtest.h>

#include "test_support.h"

namespace dipsearch::testing {
namespace {

using nlohmann::json;

class QueryRobustness : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    const auto db = dir_->path() / "db";
    CommandResult r = run_indexer({"--db", db.string(), "--quiet", DIPSEARCH_SAMPLE_DIR});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    daemon_ = new Daemon(db);
  }
  static void TearDownTestSuite() {
    delete daemon_;
    delete dir_;
  }

  // GET /api/search with q (URL-encoded here unless raw) and the answer's status.
  static json get(const std::string& q, int* status, bool raw = false) {
    return daemon_->get_json("/api/search?q=" + (raw ? q : url_encode(q)), status);
  }

  static void expect_empty_result(const std::string& q, bool raw = false) {
    int status = 0;
    json r = get(q, &status, raw);
    EXPECT_EQ(status, 200) << q << " → " << r.dump();
    EXPECT_EQ(r.value("total", -1), 0) << q;
    EXPECT_EQ(r.value("total_partial", -1), 0) << q;
    EXPECT_TRUE(r["hits"].empty()) << q;
  }

  static void expect_bad_query(const std::string& q, const std::string& message_part, bool raw = false) {
    int status = 0;
    json r = get(q, &status, raw);
    EXPECT_EQ(status, 400) << q.substr(0, 80) << " → " << r.dump().substr(0, 300);
    EXPECT_EQ(r["error"].value("code", ""), "invalid_query") << r.dump().substr(0, 300);
    EXPECT_EQ(r["error"].value("param", ""), "q");
    EXPECT_NE(r["error"].value("message", "").find(message_part), std::string::npos) << r.dump().substr(0, 300);
  }

  void TearDown() override {
    int status = 0;
    EXPECT_EQ(daemon_->get_json("/api/health", &status)["status"], "ok");
    EXPECT_EQ(status, 200);
  }

  static TempDir* dir_;
  static Daemon* daemon_;
};

TempDir* QueryRobustness::dir_ = nullptr;
Daemon* QueryRobustness::daemon_ = nullptr;

TEST_F(QueryRobustness, OnlyStopWordsFindNothing) {
  expect_empty_result("the");
  expect_empty_result("of the and to");
  expect_empty_result("NOT the");
  // a stop word inside quotes is a word
  int status = 0;
  EXPECT_GT(get("\"the Republic of Korea\"", &status)["total"].get<int>(), 0);
  EXPECT_EQ(status, 200);
}

TEST_F(QueryRobustness, OnlyPunctuationFindsNothing) {
  expect_empty_result("!!!");
  expect_empty_result("... ,,, ;;");
  expect_empty_result("「」 · ㆍ —");
  expect_empty_result("\"!!!\"");
}

TEST_F(QueryRobustness, TenThousandCharactersAreRefusedWithTheLimit) {
  // In a JSON body the query reaches the query parser, which names its limit.
  int status = 0;
  json r = daemon_->post_json("/api/search", json{{"q", std::string(10000, 'x')}}.dump(), &status);
  EXPECT_EQ(status, 400) << r.dump().substr(0, 300);
  EXPECT_EQ(r["error"].value("param", ""), "q");
  EXPECT_NE(r["error"].value("message", "").find("at most 1024 bytes"), std::string::npos) << r.dump();
  std::string korean;
  while (korean.size() < 30000) korean += "외교부 ";
  r = daemon_->post_json("/api/search", json{{"q", korean}}.dump(), &status);
  EXPECT_EQ(status, 400) << r.dump().substr(0, 300);
  EXPECT_NE(r["error"].value("message", "").find("characters"), std::string::npos) << r.dump();
  // In a URL, a query over the limit but under the server's URL limit gets the same answer.
  expect_bad_query(std::string(5000, 'a'), "at most 1024 bytes");
  // Past the server's URL limit the request line itself is refused, still as a JSON error.
  r = get(std::string(10000, 'a'), &status);
  EXPECT_GE(status, 400);
  EXPECT_LT(status, 500);
  EXPECT_TRUE(r["error"].contains("message")) << r.dump();
}

TEST_F(QueryRobustness, ManyTermsAndPrefixesAreRefused) {
  std::string words;
  for (int i = 0; i < 80; ++i) words += "w" + std::to_string(i) + " ";
  expect_bad_query(words, "terms");
  std::string prefixes;
  for (int i = 0; i < 9; ++i) prefixes += "pre" + std::to_string(i) + "* ";
  expect_bad_query(prefixes, "prefix");
}

TEST_F(QueryRobustness, LoneStarAndUnbalancedSyntaxNameThePosition) {
  expect_bad_query("*", "column 1");
  expect_bad_query("Afghanistan *", "column 13");
  expect_bad_query("(Afghanistan consultations", "column 1");
  expect_bad_query("Afghanistan consultations)", "column 26");
  expect_bad_query("\"unbalanced quote", "column 1");
  expect_bad_query(std::string(40, '(') + "a" + std::string(40, ')'), "column");
}

TEST_F(QueryRobustness, ControlCharactersSeparateWords) {
  for (const char* raw : {"Afghanistan%00consultations", "Afghanistan%09consultations%0A", "%01%02%03",
                          "Afghanistan%1Bconsultations", "Afghanistan%7Fconsultations"}) {
    int status = 0;
    json r = get(raw, &status, true);
    EXPECT_EQ(status, 200) << raw << " → " << r.dump().substr(0, 300);
    EXPECT_TRUE(r.contains("hits")) << raw;
  }
  int status = 0;
  json tab = get("Afghanistan%09consultations", &status, true);
  json space = get("Afghanistan consultations", &status);
  EXPECT_EQ(tab["total"], space["total"]);
}

TEST_F(QueryRobustness, InvalidUtf8InTheUrlIsRefused) {
  expect_bad_query("%FF%FE", "UTF-8", true);
  expect_bad_query("Korea%C3%28", "UTF-8", true);
  expect_bad_query("%ED%A0%80", "UTF-8", true);  // an encoded surrogate half
  expect_bad_query("%E2%82", "UTF-8", true);     // truncated sequence
}

TEST_F(QueryRobustness, OddButValidQueriesAnswer) {
  const std::vector<std::string> queries = {"a*", "외*", "-Korea", "NOT (Korea OR Japan)", "\"\"", "()",
                                            "title:\"\"x", std::string(300, 'x'), std::string(110, 'z') + "*",
                                            "日", "ＮＡＴＯ", "한ㆍ미", "Kyung-wha", "U.S.", "2+2", "C++", "#$%^&"};
  for (const std::string& q : queries) {
    int status = 0;
    json r = get(q, &status);
    EXPECT_TRUE(status == 200 || status == 400) << q.substr(0, 60) << " → " << status;
    if (status == 400) {
      EXPECT_EQ(r["error"].value("param", ""), "q") << q;
    } else {
      EXPECT_TRUE(r["hits"].is_array()) << q;
    }
  }
}

}  // namespace
}  // namespace dipsearch::testing
