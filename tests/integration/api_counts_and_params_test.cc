// What an answer's counts mean with match=auto (full matches in `total`, partial ones in
// `total_partial`, both paged and exported), and one set of parameter rules for every
// route and both ways of sending them (URL and JSON body).
#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "test_support.h"

namespace dipsearch::testing {
namespace {

using nlohmann::json;

const std::string kMixed = "q=" + url_encode("Afghanistan assistance");

class CountsAndParams : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    corpus_ = new ServedCorpus({std::string(DIPSEARCH_FIXTURES) + "/search"});
    daemon_ = &corpus_->daemon();
  }
  static void TearDownTestSuite() { delete corpus_; }
  static json get(const std::string& path, int expected_status = 200) {
    int status = 0;
    json j = daemon_->get_json(path, &status);
    EXPECT_EQ(status, expected_status) << path << " → " << j.dump();
    return j;
  }
  // A 400 whose error names `param` and whose message holds `words`.
  static void expect_refused(int status, const json& answer, const std::string& param, const std::string& words) {
    EXPECT_EQ(status, 400) << answer.dump();
    EXPECT_EQ(answer["error"]["param"], param) << answer.dump();
    EXPECT_NE(answer["error"]["message"].get<std::string>().find(words), std::string::npos) << answer.dump();
  }
  static void expect_get_refused(const std::string& path, const std::string& param, const std::string& words) {
    int status = 0;
    json answer = daemon_->get_json(path, &status);
    expect_refused(status, answer, param, words);
  }
  static std::vector<json> ndjson(const std::string& path) {
    auto res = daemon_->client().Get(path.c_str());
    EXPECT_TRUE(res && res->status == 200) << path;
    std::vector<json> rows;
    if (!res) return rows;
    std::istringstream lines(res->body);
    for (std::string line; std::getline(lines, line);) rows.push_back(json::parse(line));
    return rows;
  }
  static ServedCorpus* corpus_;
  static Daemon* daemon_;
};

ServedCorpus* CountsAndParams::corpus_ = nullptr;
Daemon* CountsAndParams::daemon_ = nullptr;

// Pages hold total + total_partial hits: the full matches, then the partial ones. Pages the
// full matches fill only count the partial ones, the later ones rank them: the same count.
TEST_F(CountsAndParams, PagesHoldTheFullThenThePartialMatchesAsCounted) {
  json first = get("/api/search?" + kMixed + "&per_page=1");
  const int total = first["total"], partial = first["total_partial"];
  ASSERT_GT(total, 0);
  ASSERT_GT(partial, 0);
  std::vector<std::string> paged;
  for (int page = 1; page <= total + partial + 1; ++page) {
    json r = get("/api/search?" + kMixed + "&per_page=1&page=" + std::to_string(page));
    EXPECT_EQ(r["total"], total);  // the same on every page
    EXPECT_EQ(r["total_partial"], partial);
    for (const auto& h : r["hits"]) {
      EXPECT_EQ(h.value("partial", false), page > total) << page;
      paged.push_back(h["id"]);
    }
  }
  EXPECT_EQ(paged.size(), static_cast<size_t>(total + partial));
  // Facets count the full matches, as `total` does.
  int by_lang = 0;
  for (const auto& b : first["facets"]["lang"]) by_lang += b["count"].get<int>();
  EXPECT_EQ(by_lang, total);

  // The export holds the full matches; with partial=1 exactly what the pages hold, in order.
  std::vector<json> full = ndjson("/api/export?" + kMixed);
  EXPECT_EQ(full.size(), static_cast<size_t>(total));
  for (const auto& row : full) EXPECT_FALSE(row.contains("partial"));
  std::vector<json> all = ndjson("/api/export?" + kMixed + "&partial=1");
  ASSERT_EQ(all.size(), paged.size());
  for (size_t i = 0; i < all.size(); ++i) {
    EXPECT_EQ(all[i]["id"], paged[i]) << i;
    EXPECT_EQ(all[i]["partial"], static_cast<int>(i) >= total) << i;
  }
}

TEST_F(CountsAndParams, CsvExportMarksPartialRowsInALastColumn) {
  auto res = daemon_->client().Get(("/api/export?format=csv&partial=1&" + kMixed).c_str());
  ASSERT_TRUE(res && res->status == 200);
  const std::string& body = res->body;
  EXPECT_EQ(body.substr(0, body.find("\r\n")), "id,date,lang,title,url,source,source_label,countries,officials,official_names,body,partial");
  EXPECT_NE(body.find(",0\r\n"), std::string::npos);
  EXPECT_EQ(body.size() - body.rfind(",1\r\n"), 4u);  // the last row is a partial match
  expect_get_refused("/api/export?partial=yes", "partial", "partial must be 0 or 1");
  // A citation has nowhere to say it is a partial match.
  for (const std::string format : {"ris", "bibtex", "csljson"}) {
    expect_get_refused("/api/export?partial=1&format=" + format, "partial", "applies only to format=ndjson or format=csv");
  }
}

TEST_F(CountsAndParams, PostReadsTheUrlsParametersToo) {
  int status = 0;
  json both = daemon_->post_json("/api/search?country=JP&per_page=100", R"({"q": ""})", &status);
  EXPECT_EQ(status, 200);
  json url_only = get("/api/search?country=JP&per_page=100");
  EXPECT_EQ(both["total"], url_only["total"]);
  EXPECT_LT(both["total"].get<int>(), get("/api/search")["total"].get<int>());

  json twice = daemon_->post_json("/api/search?country=JP", R"({"country": "CN"})", &status);
  expect_refused(status, twice, "country", "given both in the URL and in the request body");
  json unknown = daemon_->post_json("/api/search?per_pgae=5", "{}", &status);
  expect_refused(status, unknown, "per_pgae", "unknown parameter");
}

TEST_F(CountsAndParams, ListsMaySeparateValuesWithCommas) {
  json one_by_one = get("/api/search?country=JP&country=AF&lang=en&lang=ko");
  json commas = get("/api/search?country=JP,%20af&lang=en,ko");
  EXPECT_EQ(commas["total"], one_by_one["total"]);
  EXPECT_GT(commas["total"].get<int>(), get("/api/search?country=JP")["total"].get<int>());
  int status = 0;
  json body = daemon_->post_json("/api/search", R"({"country": "JP,AF", "lang": ["en", "ko"]})", &status);
  EXPECT_EQ(status, 200);
  EXPECT_EQ(body["total"], one_by_one["total"]);
  // Every item must be valid: an empty one or a wrong one is named.
  expect_get_refused("/api/search?country=JP,,CN", "country", "ISO 3166-1");
  expect_get_refused("/api/search?country=JP,XX", "country", "\"XX\"");
  expect_get_refused("/api/search?lang=en,fr", "lang", "\"fr\"");
}

TEST_F(CountsAndParams, ExportAndFeedRefuseWhatTheyDoNotUse) {
  for (const std::string name : {"page", "per_page", "facets", "facet_size", "date_interval"}) {
    expect_get_refused("/api/export?" + name + "=1", name, name + " does not apply here");
    expect_get_refused("/api/feed.atom?" + name + "=1", name, name + " does not apply here");
  }
  expect_get_refused("/api/feed.atom?sort=date_asc", "sort", "sort does not apply here");
  // What they do use still works.
  EXPECT_EQ(daemon_->client().Get("/api/export?sort=date_asc&country=JP")->status, 200);
  EXPECT_EQ(daemon_->client().Get("/api/feed.atom?country=JP&match=all")->status, 200);
}

TEST_F(CountsAndParams, FieldsChooseWhatEachHitCarries) {
  json r = get("/api/search?" + kMixed + "&fields=id,title,date&per_page=100");
  ASSERT_GT(r["hits"].size(), 1u);
  for (const auto& h : r["hits"]) {
    std::set<std::string> keys;
    for (const auto& [key, value] : h.items()) keys.insert(key);
    keys.erase("partial");  // a partial match says so whatever is chosen
    EXPECT_EQ(keys, (std::set<std::string>{"id", "title", "date"})) << h.dump();
  }
  EXPECT_EQ(r["hits"].back().value("partial", false), true);
  int status = 0;
  json body = daemon_->post_json("/api/search", R"({"q": "Afghanistan", "fields": ["id", "snippet"]})", &status);
  EXPECT_EQ(status, 200);
  ASSERT_FALSE(body["hits"].empty());
  EXPECT_EQ(body["hits"][0].size(), 2u) << body.dump();
  EXPECT_NE(body["hits"][0]["snippet"].get<std::string>().find("<mark>"), std::string::npos);
  expect_get_refused("/api/search?fields=id,body", "fields", "not \"body\"");
  expect_get_refused("/api/export?fields=id", "fields", "fields does not apply here");
}

}  // namespace
}  // namespace dipsearch::testing
