// Cross-origin use of the API: only the origins named with --cors-origin may read answers
// from a browser, and OPTIONS (the browser's preflight) is answered for every API route.
#include <gtest/gtest.h>

#include "test_support.h"

namespace dipsearch::testing {
namespace {

const std::string kAllowed = "https://app.example.org";

class ApiCors : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    CommandResult r = run_indexer({"--db", db().string(), std::string(DIPSEARCH_FIXTURES) + "/search"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() { delete dir_; }
  static std::filesystem::path db() { return dir_->path() / "db"; }
  static TempDir* dir_;
};

TempDir* ApiCors::dir_ = nullptr;

httplib::Result preflight(const Daemon& daemon, const std::string& path, const std::string& origin,
                          const std::string& method) {
  return daemon.client().Options(path.c_str(), httplib::Headers{{"Origin", origin},
                                                                {"Access-Control-Request-Method", method},
                                                                {"Access-Control-Request-Headers", "content-type"}});
}

TEST_F(ApiCors, AnAllowedOriginReadsAnswersAndOthersDoNot) {
  Daemon daemon(db(), {"--cors-origin", kAllowed, "--cors-origin", "http://localhost:3000"});
  auto res = daemon.client().Get("/api/search?q=Afghanistan", httplib::Headers{{"Origin", kAllowed}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Access-Control-Allow-Origin"), kAllowed);
  EXPECT_EQ(res->get_header_value("Vary"), "Origin");
  EXPECT_EQ(res->get_header_value("Access-Control-Expose-Headers"), "Content-Disposition");
  // Errors too, so a page can show the message.
  res = daemon.client().Get("/api/search?page=0", httplib::Headers{{"Origin", "http://localhost:3000"}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_EQ(res->get_header_value("Access-Control-Allow-Origin"), "http://localhost:3000");

  for (const std::string other : {"https://elsewhere.example", "https://app.example.org:8443", "null"}) {
    res = daemon.client().Get("/api/search?q=Afghanistan", httplib::Headers{{"Origin", other}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);
    EXPECT_FALSE(res->has_header("Access-Control-Allow-Origin")) << other;
    EXPECT_EQ(res->get_header_value("Vary"), "Origin");
  }
}

TEST_F(ApiCors, PreflightNamesTheRoutesMethodsForAnAllowedOrigin) {
  Daemon daemon(db(), {"--cors-origin", kAllowed});
  auto res = preflight(daemon, "/api/search", kAllowed, "POST");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 204);
  EXPECT_EQ(res->get_header_value("Access-Control-Allow-Origin"), kAllowed);
  EXPECT_EQ(res->get_header_value("Access-Control-Allow-Methods"), "GET, POST");
  EXPECT_EQ(res->get_header_value("Access-Control-Allow-Headers"), "Content-Type");
  EXPECT_FALSE(res->get_header_value("Access-Control-Max-Age").empty());
  EXPECT_EQ(res->get_header_value("Allow"), "GET, POST, OPTIONS");
  EXPECT_TRUE(res->body.empty());

  res = preflight(daemon, "/api/documents/some-id", kAllowed, "GET");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 204);
  EXPECT_EQ(res->get_header_value("Access-Control-Allow-Methods"), "GET");

  // Another origin learns the methods (Allow) but gets no permission.
  res = preflight(daemon, "/api/search", "https://elsewhere.example", "POST");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 204);
  EXPECT_FALSE(res->has_header("Access-Control-Allow-Origin"));
  EXPECT_FALSE(res->has_header("Access-Control-Allow-Methods"));

  // No such route: still a JSON 404.
  res = preflight(daemon, "/api/nothing-here", kAllowed, "GET");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
}

TEST_F(ApiCors, WithoutTheOptionNoOriginMayRead) {
  Daemon daemon(db());
  auto res = daemon.client().Get("/api/health", httplib::Headers{{"Origin", kAllowed}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_FALSE(res->has_header("Access-Control-Allow-Origin"));
  res = preflight(daemon, "/api/search", kAllowed, "POST");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 204);
  EXPECT_EQ(res->get_header_value("Allow"), "GET, POST, OPTIONS");
  EXPECT_FALSE(res->has_header("Access-Control-Allow-Origin"));
}

TEST_F(ApiCors, AStarAllowsEveryOriginWithoutVary) {
  Daemon daemon(db(), {"--cors-origin=*"});
  auto res = daemon.client().Get("/api/health", httplib::Headers{{"Origin", "https://anyone.example"}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->get_header_value("Access-Control-Allow-Origin"), "*");
  // The answer does not depend on Origin (it may still vary with Accept-Encoding).
  for (size_t i = 0; i < res->get_header_value_count("Vary"); ++i) {
    EXPECT_EQ(res->get_header_value("Vary", i).find("Origin"), std::string::npos);
  }
}

TEST_F(ApiCors, OriginsAreCheckedAtStartup) {
  for (const std::string bad : {"app.example.org", "https://app.example.org/", "ftp://app.example.org",
                                "https://", "https://app.example.org/search"}) {
    CommandResult r = run_command({DIPSEARCH_DAEMON_BIN, "--db", db().string(), "--port", "0", "--cors-origin", bad}, 30);
    EXPECT_EQ(r.exit_code, 2) << bad;
    EXPECT_NE(r.err.find("--cors-origin: '" + bad + "' is not an origin"), std::string::npos) << r.err;
  }
  CommandResult r = run_command({DIPSEARCH_DAEMON_BIN, "--db", db().string(), "--port", "0"}, 30,
                                {"DIPSEARCH_CORS_ORIGINS=https://a.example, /path"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("DIPSEARCH_CORS_ORIGINS: '/path' is not an origin"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace dipsearch::testing
