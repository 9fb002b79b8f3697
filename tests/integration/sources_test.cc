// Where releases come from, end to end: a directory's sidecar gives saved pages their URLs and
// sites (its bad lines reported with file and line), an HTML page gives its own canonical URL,
// and the source facet, filter, hits, exports and feed all show the same site.
#include <gtest/gtest.h>

#include <chrono>

#include "test_support.h"

namespace dipsearch::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string html_page(const std::string& title, const std::string& url, const std::string& body) {
  return "<html lang='en'><head><title>" + title + " | Press</title><link rel='canonical' href='" + url +
         "'></head><body><main><h1>" + title + "</h1><p>Date : 2023-06-01</p><p>" + body +
         "</p></main></body></html>";
}

class Sources : public ::testing::Test {
 protected:
  void index(int expected_exit) {
    const CommandResult r = run_indexer({"--db", (dir_.path() / "db").string(), (dir_.path() / "pages").string()});
    ASSERT_EQ(r.exit_code, expected_exit) << r.out << r.err;
    err_ = r.err;
  }

  TempDir dir_;
  std::string err_;
};

TEST_F(Sources, SidecarUrlsSitesAndFacetsEndToEnd) {
  const fs::path pages = dir_.path() / "pages";
  write_file(pages / "ministry-1.txt", page("Korea and Chile Sign a Youth Exchange Arrangement", "2023-05-03",
                                            "The two governments signed an arrangement on youth exchanges in Seoul."));
  write_file(pages / "ministry-2.txt", page("Menu Line Taken for a Title", "2023-05-04",
                                            "The ministers discussed fisheries cooperation and port access in Busan."));
  write_file(pages / "embassy-3.html", html_page("Reception for Korean War Veterans", "https://embassy.example.org/news/3",
                                                 "The Ambassador hosted a reception for veterans and their families."));
  write_file(pages / "manifest.tsv",
             "id\turl\ttitle\tsource\n"
             "ministry-1\thttps://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=901\t\t\n"
             "ministry-2\thttps://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=902\tFisheries Talks Held in Busan\t\n"
             "ministry-3\tnot a url\t\t\n");
  index(1);  // the bad sidecar line is a rejection; the rest is indexed
  EXPECT_NE(err_.find("manifest.tsv:4"), std::string::npos) << err_;
  EXPECT_NE(err_.find("not an http(s) URL"), std::string::npos) << err_;

  Daemon d(dir_.path() / "db");
  const json all = d.get_json("/api/search?facets=source");
  ASSERT_EQ(all["total"], 3);
  std::map<std::string, json> facet;
  for (const auto& f : all["facets"]["source"]) facet[f["value"]] = f;
  ASSERT_EQ(facet.size(), 2u) << all["facets"].dump();
  EXPECT_EQ(facet["mofa.go.kr"]["count"], 2);
  EXPECT_EQ(facet["mofa.go.kr"]["label"], "Ministry of Foreign Affairs, Republic of Korea");
  EXPECT_EQ(facet["mofa.go.kr"]["label_ko"], "외교부");
  EXPECT_EQ(facet["embassy.example.org"]["count"], 1);
  EXPECT_EQ(facet["embassy.example.org"]["label"], "embassy.example.org");

  // The filter, with disjunctive counts: the source facet still counts the other site.
  const json filtered = d.get_json("/api/search?source=mofa.go.kr&facets=source,lang&sort=date_asc");
  ASSERT_EQ(filtered["total"], 2);
  EXPECT_EQ(filtered["facets"]["source"].size(), 2u);
  const json& hit = filtered["hits"][1];
  EXPECT_EQ(hit["id"], "ministry-2");
  EXPECT_EQ(hit["title"], "Fisheries Talks Held in Busan");  // the sidecar's correction
  EXPECT_EQ(hit["url"], "https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=902");
  EXPECT_EQ(hit["source"]["key"], "mofa.go.kr");
  EXPECT_EQ(d.get_json("/api/search?source=MOFA.GO.KR")["total"], 2);  // keys in any case
  EXPECT_EQ(d.post_json("/api/search", R"({"source": ["embassy.example.org"]})")["total"], 1);

  // The HTML page's canonical URL, in the document, the exports and the feed.
  const json doc = d.get_json("/api/documents/embassy-3");
  EXPECT_EQ(doc["url"], "https://embassy.example.org/news/3");
  EXPECT_EQ(doc["source"]["key"], "embassy.example.org");
  EXPECT_NE(doc["source_file"].get<std::string>().find("embassy-3.html"), std::string::npos);
  auto csv = d.client().Get("/api/export?format=csv&source=embassy.example.org");
  ASSERT_TRUE(csv && csv->status == 200);
  EXPECT_EQ(csv->body.rfind("id,date,lang,title,url,source,source_label,", 0), 0u) << csv->body;
  EXPECT_NE(csv->body.find("https://embassy.example.org/news/3,embassy.example.org,embassy.example.org,"),
            std::string::npos)
      << csv->body;
  auto ndjson = d.client().Get("/api/export?format=ndjson&source=mofa.go.kr");
  ASSERT_TRUE(ndjson && ndjson->status == 200);
  EXPECT_EQ(json::parse(ndjson->body.substr(0, ndjson->body.find('\n')))["source"]["label_ko"], "외교부");
  auto feed = d.client().Get("/api/feed.atom?source=embassy.example.org");
  ASSERT_TRUE(feed && feed->status == 200);
  EXPECT_NE(feed->body.find("<link rel=\"alternate\" href=\"https://embassy.example.org/news/3\""), std::string::npos)
      << feed->body;
  EXPECT_NE(feed->body.find("<author><name>embassy.example.org</name></author>"), std::string::npos) << feed->body;

  // A bad source parameter names itself.
  int status = 0;
  const json bad = d.get_json("/api/search?source=" + url_encode("Ministry of Foreign Affairs"), &status);
  EXPECT_EQ(status, 400);
  EXPECT_EQ(bad["error"]["param"], "source");
}

TEST_F(Sources, EditingTheSidecarRereadsItsFiles) {
  const fs::path pages = dir_.path() / "pages";
  write_file(pages / "ministry-1.txt", page("Korea and Chile Sign a Youth Exchange Arrangement", "2023-05-03",
                                            "The two governments signed an arrangement on youth exchanges in Seoul."));
  write_file(pages / "manifest.tsv", "id\turl\nministry-1\thttps://www.mofa.go.kr/eng/view.do?seq=1\n");
  // Old enough to be stamped (files changed just before a run are read again anyway).
  const auto hour_ago = fs::file_time_type::clock::now() - std::chrono::hours(1);
  fs::last_write_time(pages / "ministry-1.txt", hour_ago);
  fs::last_write_time(pages / "manifest.tsv", hour_ago);
  index(0);
  const CommandResult unchanged = run_indexer({"--db", (dir_.path() / "db").string(), pages.string()});
  ASSERT_EQ(unchanged.exit_code, 0) << unchanged.err;
  EXPECT_NE(unchanged.out.find("unchanged 1"), std::string::npos) << unchanged.out;
  // Only the sidecar changes; the page's file does not.
  write_file(pages / "manifest.tsv", "id\tsource\n*\tkorea.kr\n");
  fs::last_write_time(pages / "manifest.tsv", hour_ago + std::chrono::minutes(30));
  const CommandResult again = run_indexer({"--db", (dir_.path() / "db").string(), pages.string()});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("updated 1"), std::string::npos) << again.out;
  Daemon d(dir_.path() / "db");
  const json doc = d.get_json("/api/documents/ministry-1");
  EXPECT_EQ(doc["source"]["key"], "korea.kr");
  EXPECT_EQ(doc["url"], "");
}

TEST_F(Sources, TheSampleSaysItIsInvented) {
  const CommandResult r = run_indexer({"--db", (dir_.path() / "db").string(), DIPSEARCH_SAMPLE_DIR});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  Daemon d(dir_.path() / "db");
  const json all = d.get_json("/api/search?facets=source&per_page=100");
  ASSERT_EQ(all["facets"]["source"].size(), 1u);
  EXPECT_EQ(all["facets"]["source"][0]["value"], "sample");
  EXPECT_EQ(all["facets"]["source"][0]["label"], "Invented sample releases (dipsearch)");
  EXPECT_EQ(all["facets"]["source"][0]["count"], all["total"]);
  for (const auto& hit : all["hits"]) EXPECT_EQ(hit["source"]["key"], "sample") << hit["id"];
}

}  // namespace
}  // namespace dipsearch::testing
