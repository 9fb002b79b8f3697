// What API users page and count with: the facet values a list leaves out (facet_stats),
// undated releases last in both date orders, and cursors that read one result list to
// its end across a rebuild, refused with a clear error when they cannot.
#include <gtest/gtest.h>

#include <fstream>
#include <set>

#include "test_support.h"

namespace dipsearch::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string kFixtures = std::string(DIPSEARCH_FIXTURES) + "/search/releases.jsonl";

class ApiPaging : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    corpus_ = new ServedCorpus({std::string(DIPSEARCH_FIXTURES) + "/search", DIPSEARCH_SAMPLE_DIR});
    daemon_ = &corpus_->daemon();
  }
  static void TearDownTestSuite() { delete corpus_; }
  static json get(const std::string& path, int expected_status = 200) {
    int status = 0;
    json j = daemon_->get_json(path, &status);
    EXPECT_EQ(status, expected_status) << path << " → " << j.dump().substr(0, 600);
    return j;
  }
  static void expect_refused(const std::string& path, const std::string& param, const std::string& words) {
    json j = get(path, 400);
    EXPECT_EQ(j["error"]["param"], param) << path << " → " << j.dump();
    EXPECT_NE(j["error"]["message"].get<std::string>().find(words), std::string::npos) << j.dump();
  }
  static ServedCorpus* corpus_;
  static Daemon* daemon_;
};

ServedCorpus* ApiPaging::corpus_ = nullptr;
Daemon* ApiPaging::daemon_ = nullptr;

std::vector<std::string> ids_of(const json& answer) {
  std::vector<std::string> ids;
  for (const auto& hit : answer["hits"]) ids.push_back(hit["id"]);
  return ids;
}

// Every hit of a search, page by page with cursors from cursor=start.
std::vector<std::string> page_with_cursors(const Daemon& daemon, const std::string& query, int per_page) {
  std::vector<std::string> ids;
  std::string cursor = "start";
  for (int pages = 0; pages < 200; ++pages) {
    int status = 0;
    json j = daemon.get_json("/api/search?" + query + "&per_page=" + std::to_string(per_page) + "&cursor=" + cursor,
                             &status);
    EXPECT_EQ(status, 200) << j.dump();
    for (auto& id : ids_of(j)) ids.push_back(id);
    if (status != 200 || j["next_cursor"].is_null()) break;
    cursor = j["next_cursor"];
  }
  return ids;
}

// ---- facet_stats -------------------------------------------------------------------------

// "other" adds up the counts of the values a list leaves out, as Elasticsearch's
// sum_other_doc_count: a release with two countries left out is in it twice.
TEST_F(ApiPaging, FacetStatsCountWhatTheListsLeaveOut) {
  json all = get("/api/search?per_page=1&facet_size=1000");
  json cut = get("/api/search?per_page=1&facet_size=2");
  for (const char* field : {"country", "official", "lang", "source"}) {
    long long every = 0;
    for (const auto& v : all["facets"][field]) every += v["count"].get<long long>();
    long long listed = 0;
    for (const auto& v : cut["facets"][field]) listed += v["count"].get<long long>();
    const json& stats = cut["facet_stats"][field];
    EXPECT_EQ(stats["distinct"], all["facets"][field].size()) << field << " " << stats.dump();
    EXPECT_EQ(stats["other"].get<long long>(), every - listed) << field << " " << stats.dump();
    EXPECT_EQ(all["facet_stats"][field]["other"], 0) << field;
  }
  EXPECT_GT(cut["facet_stats"]["country"]["other"].get<long long>(), 0);
  // A release carries several countries: the left-out counts add up past the releases.
  EXPECT_GT(cut["facet_stats"]["country"]["other"].get<long long>() + cut["facets"]["country"][0]["count"].get<long long>(),
            all["total"].get<long long>());
  // The date facet lists every bucket: nothing to count; only the facets asked for.
  EXPECT_FALSE(cut["facet_stats"].contains("date"));
  json some = get("/api/search?per_page=1&facets=lang");
  EXPECT_EQ(some["facet_stats"].size(), 1u) << some.dump();
  // A selected value below the cut is listed, so not counted in other.
  json selected = get("/api/search?per_page=1&facet_size=0&lang=ko&facets=lang");
  ASSERT_EQ(selected["facets"]["lang"].size(), 1u);
  long long en = 0;
  for (const auto& v : all["facets"]["lang"]) en += v["value"] == "en" ? v["count"].get<long long>() : 0;
  EXPECT_EQ(selected["facet_stats"]["lang"]["other"].get<long long>(), en);
}

// ---- undated releases -------------------------------------------------------------------

TEST_F(ApiPaging, UndatedReleasesComeLastInBothDateOrders) {
  for (const char* sort : {"date_asc", "date_desc"}) {
    for (const char* q : {"", "consultations"}) {
      json j = get("/api/search?per_page=100&sort=" + std::string(sort) + "&q=" + q);
      ASSERT_GT(j["hits"].size(), 2u) << sort << " " << q;
      bool seen_undated = false;
      std::string previous;
      for (const auto& hit : j["hits"]) {
        const std::string date = hit["date"];
        if (date.empty()) {
          seen_undated = true;
          continue;
        }
        EXPECT_FALSE(seen_undated) << sort << " q=" << q << ": " << hit["id"] << " after an undated release";
        if (!previous.empty()) {
          EXPECT_TRUE(sort[5] == 'a' ? previous <= date : previous >= date) << sort << " " << date;
        }
        previous = date;
      }
      EXPECT_TRUE(seen_undated) << sort << " q=" << q;
      EXPECT_EQ(j["hits"].back()["date"], "") << sort << " q=" << q;
    }
  }
  // The date facet counts them, last.
  json facets = get("/api/search?per_page=1&facets=date&q=consultations");
  EXPECT_EQ(facets["facets"]["date"].back()["value"], "undated") << facets.dump();
}

// date_asc ranks by a weight of its own; its hits still show their relevance scores.
TEST_F(ApiPaging, DateAscendingShowsRelevanceScores) {
  std::map<std::string, double> relevance;
  const json by_relevance = get("/api/search?per_page=100&q=consultations");
  for (const auto& hit : by_relevance["hits"]) {
    relevance[hit["id"].get<std::string>()] = hit["score"].get<double>();
  }
  json asc = get("/api/search?per_page=100&q=consultations&sort=date_asc&match=all");
  ASSERT_GT(asc["hits"].size(), 2u);
  ASSERT_EQ(asc["hits"].size(), relevance.size());
  for (const auto& hit : asc["hits"]) {
    EXPECT_EQ(hit["score"].get<double>(), relevance.at(hit["id"].get<std::string>())) << hit["id"];
  }
}

// The export lists the same order.
TEST_F(ApiPaging, ExportInDateAscendingOrderEndsWithTheUndated) {
  auto res = daemon_->client().Get("/api/export?format=csv&sort=date_asc&q=consultations");
  ASSERT_TRUE(res && res->status == 200);
  auto rows = parse_csv(res->body);
  ASSERT_GT(rows.size(), 3u);
  EXPECT_EQ(rows.back()[1], "");
  EXPECT_NE(rows[1][1], "");
}

// ---- cursors ----------------------------------------------------------------------------

TEST_F(ApiPaging, CursorsPageThroughTheListThePagesHold) {
  for (const std::string& query : std::vector<std::string>{"q=consultations", "q=" + url_encode("Afghanistan assistance"),
                                                           "sort=date_asc", "lang=ko"}) {
    json whole = get("/api/search?per_page=100&" + query);
    std::vector<std::string> expected = ids_of(whole);
    ASSERT_EQ(expected.size(), std::min<size_t>(100, whole["total"].get<size_t>() + whole["total_partial"].get<size_t>()));
    EXPECT_EQ(page_with_cursors(*daemon_, query, 3), expected) << query;
  }
  // The last page says there is none after it; a page without cursor=start has no cursor.
  json last = get("/api/search?q=consultations&per_page=100&cursor=start");
  EXPECT_TRUE(last.contains("next_cursor") && last["next_cursor"].is_null()) << last.dump();
  EXPECT_FALSE(get("/api/search?q=consultations&per_page=1").contains("next_cursor"));
  // POST takes it by the same rules.
  json first = get("/api/search?q=consultations&per_page=2&cursor=start");
  int status = 0;
  json posted = daemon_->post_json(
      "/api/search", json{{"q", "consultations"}, {"per_page", 2}, {"cursor", first["next_cursor"]}}.dump(), &status);
  EXPECT_EQ(status, 200) << posted.dump();
  EXPECT_EQ(ids_of(posted), ids_of(get("/api/search?q=consultations&per_page=2&page=2")));
}

TEST_F(ApiPaging, CursorsAreCheckedAsUntrustedInput) {
  const std::string cursor = get("/api/search?q=consultations&per_page=1&cursor=start")["next_cursor"];
  ASSERT_GT(cursor.size(), 40u);
  std::string tampered = cursor;
  tampered[tampered.size() / 3] = tampered[tampered.size() / 3] == '1' ? '2' : '1';
  expect_refused("/api/search?q=consultations&cursor=" + tampered, "cursor", "checksum");
  expect_refused("/api/search?q=consultations&cursor=" + cursor.substr(0, cursor.size() - 1), "cursor", "cut short");
  expect_refused("/api/search?q=consultations&cursor=" + cursor.substr(0, 20), "cursor", "cursor");
  expect_refused("/api/search?q=consultations&cursor=zz" + cursor.substr(2), "cursor", "hexadecimal");
  expect_refused("/api/search?q=consultations&cursor=" + std::string(2000, 'a'), "cursor", "too long");
  expect_refused("/api/search?q=consultations&cursor=", "cursor", "cursor");
  // Another search, another order or another filter: not the list the cursor pages through.
  expect_refused("/api/search?q=Afghanistan&cursor=" + cursor, "cursor", "another search");
  expect_refused("/api/search?q=consultations&sort=date_asc&cursor=" + cursor, "cursor", "another search");
  expect_refused("/api/search?q=consultations&lang=en&cursor=" + cursor, "cursor", "another search");
  // How much a page shows may change.
  get("/api/search?q=consultations&per_page=5&fields=id&facets=&cursor=" + cursor);
  expect_refused("/api/search?q=consultations&page=2&cursor=" + cursor, "page", "cursor");
  expect_refused("/api/search?q=consultations&cursor=start&cursor=" + cursor, "cursor", "once");
  expect_refused("/api/export?q=consultations&cursor=start", "cursor", "export");
  expect_refused("/api/feed.atom?q=consultations&cursor=start", "cursor", "feed");
  expect_refused("/api/trends?q=consultations&cursor=start", "cursor", "trends");
}

// A rebuild lands between two pages: the cursor reads on in the index it began with, where
// page numbers shift; a daemon that no longer has that index says so (410).
TEST(ApiCursorAcrossRebuild, ReadsOneListToItsEndOrSaysItIsGone) {
  TempDir dir;
  const fs::path db = dir.path() / "db";
  const fs::path src = dir.path() / "src" / "releases.jsonl";
  fs::create_directories(src.parent_path());
  fs::copy_file(kFixtures, src);
  ASSERT_EQ(run_indexer({"--db", db.string(), src.parent_path().string()}).exit_code, 0);
  std::vector<std::string> before;
  std::string cursor;
  {
    Daemon daemon(db);
    json all = daemon.get_json("/api/search?sort=date_asc&per_page=100");
    before = ids_of(all);
    json first = daemon.get_json("/api/search?sort=date_asc&per_page=3&cursor=start");
    ASSERT_EQ(ids_of(first), std::vector<std::string>(before.begin(), before.begin() + 3));
    cursor = first["next_cursor"];

    // Two older releases, which come first in date_asc order.
    std::ofstream(src, std::ios::app)
        << R"({"id": "fx-en-901", "date": "2001-01-01", "title": "Early Note One", "body": "An early note."})" "\n"
        << R"({"id": "fx-en-902", "date": "2001-01-02", "title": "Early Note Two", "body": "Another early note."})" "\n";
    ASSERT_EQ(run_indexer({"--db", db.string(), "--rebuild", src.parent_path().string()}).exit_code, 0);
    json shifted = daemon.get_json("/api/search?sort=date_asc&per_page=3&page=2");
    EXPECT_EQ(daemon.get_json("/api/search?per_page=1")["total"], before.size() + 2);
    EXPECT_NE(ids_of(shifted), std::vector<std::string>(before.begin() + 3, before.begin() + 6));

    std::vector<std::string> paged(before.begin(), before.begin() + 3);
    for (int pages = 0; pages < 20 && !cursor.empty(); ++pages) {
      int status = 0;
      json next = daemon.get_json("/api/search?sort=date_asc&per_page=3&cursor=" + cursor, &status);
      ASSERT_EQ(status, 200) << next.dump();
      for (auto& id : ids_of(next)) paged.push_back(id);
      cursor = next["next_cursor"].is_null() ? "" : next["next_cursor"].get<std::string>();
    }
    EXPECT_EQ(paged, before);
    // A new list starts on the rebuilt index.
    json fresh = daemon.get_json("/api/search?sort=date_asc&per_page=3&cursor=start");
    EXPECT_EQ(ids_of(fresh)[0], "fx-en-901");
    cursor = fresh["next_cursor"];
  }
  // The cursor of the index before the next rebuild, read by a daemon that never had it.
  ASSERT_EQ(run_indexer({"--db", db.string(), "--rebuild", src.parent_path().string()}).exit_code, 0);
  Daemon restarted(db);
  int status = 0;
  json gone = restarted.get_json("/api/search?sort=date_asc&per_page=3&cursor=" + cursor, &status);
  EXPECT_EQ(status, 410) << gone.dump();
  EXPECT_EQ(gone["error"]["code"], "cursor_expired");
  EXPECT_EQ(gone["error"]["param"], "cursor");
  EXPECT_NE(gone["error"]["message"].get<std::string>().find("rebuild"), std::string::npos) << gone.dump();

  // An incremental run that changes the index in place ends the cursors made on it.
  cursor = restarted.get_json("/api/search?sort=date_asc&per_page=3&cursor=start")["next_cursor"];
  std::ofstream(src, std::ios::app)
      << R"({"id": "fx-en-903", "date": "2001-01-03", "title": "Early Note Three", "body": "A third note."})" "\n";
  ASSERT_EQ(run_indexer({"--db", db.string(), src.parent_path().string()}).exit_code, 0);
  gone = restarted.get_json("/api/search?sort=date_asc&per_page=3&cursor=" + cursor, &status);
  EXPECT_EQ(status, 410) << gone.dump();
  EXPECT_NE(gone["error"]["message"].get<std::string>().find("changed"), std::string::npos) << gone.dump();
}

}  // namespace
}  // namespace dipsearch::testing
