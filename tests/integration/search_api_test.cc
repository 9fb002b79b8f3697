// The search API over HTTP against a real dipsearchd serving a small fixture corpus.
#include <gtest/gtest.h>

#include <atomic>
#include <map>
#include <set>
#include <thread>

#include "test_support.h"

namespace dipsearch::testing {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

class SearchApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    corpus_ = new ServedCorpus({std::string(DIPSEARCH_FIXTURES) + "/search"});
    daemon_ = &corpus_->daemon();
  }
  static void TearDownTestSuite() { delete corpus_; }

  static json search(const std::string& query_string, int expected_status = 200) {
    int status = 0;
    json j = daemon_->get_json("/api/search?" + query_string, &status);
    EXPECT_EQ(status, expected_status) << query_string << " → " << j.dump();
    return j;
  }

  static std::vector<std::string> ids(const json& response) {
    std::vector<std::string> out;
    for (const auto& h : response["hits"]) out.push_back(h["id"]);
    return out;
  }

  static bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  }

  static ServedCorpus* corpus_;
  static Daemon* daemon_;
};

ServedCorpus* SearchApi::corpus_ = nullptr;
Daemon* SearchApi::daemon_ = nullptr;

TEST_F(SearchApi, EnglishWordsMatchTheirInflections) {
  json r = search("q=consultation&match=all");
  auto found = ids(r);
  EXPECT_TRUE(contains(found, "fx-en-001")) << r.dump();  // "consultations"
  EXPECT_TRUE(contains(found, "fx-en-002"));              // "consultation"
  EXPECT_TRUE(contains(found, "fx-en-004"));
  EXPECT_EQ(r["total"], found.size());
  for (const auto& h : r["hits"]) {
    if (h["id"] == "fx-en-001") {
      EXPECT_NE(h["snippet"].get<std::string>().find("<mark>consultations</mark>"), std::string::npos);
    }
  }
}

TEST_F(SearchApi, KoreanWordFindsItWithParticlesAttached) {
  json r = search("q=" + url_encode("외교부"));
  auto found = ids(r);
  EXPECT_TRUE(contains(found, "fx-ko-001")) << r.dump();  // 외교부는 (and 외교부 장관은)
  EXPECT_TRUE(contains(found, "fx-ko-002"));              // 외교부의
  for (const auto& h : r["hits"]) {
    if (h["id"] == "fx-ko-002") {
      EXPECT_NE(h["snippet"].get<std::string>().find("<mark>외교부의</mark>"), std::string::npos) << h.dump();
    }
  }
}

TEST_F(SearchApi, KoreanCompoundIsNotMatchedAcrossWords) {
  auto found = ids(search("q=" + url_encode("정상회담")));
  EXPECT_TRUE(contains(found, "fx-ko-004"));
  EXPECT_FALSE(contains(found, "fx-ko-003"));  // only 정상회의 … 회담
}

TEST_F(SearchApi, SnippetsAndFieldsNeverCarryMarkupFromDocuments) {
  json r = search("q=condemned");
  ASSERT_EQ(r["total"], 1) << r.dump();
  const json& hit = r["hits"][0];
  std::string snippet = hit["snippet"];
  EXPECT_EQ(snippet.find("<script"), std::string::npos) << snippet;
  EXPECT_NE(snippet.find("&lt;script&gt;"), std::string::npos) << snippet;
  EXPECT_NE(snippet.find("&amp;"), std::string::npos) << snippet;
  // Only <mark> tags are markup in a snippet.
  std::string without_marks = snippet;
  for (const char* tag : {"<mark>", "</mark>"}) {
    for (size_t p; (p = without_marks.find(tag)) != std::string::npos;) without_marks.erase(p, strlen(tag));
  }
  EXPECT_EQ(without_marks.find('<'), std::string::npos) << snippet;
  // Titles are plain text in JSON; the page sets them as text.
  EXPECT_EQ(hit["title"], "Statement <b>on</b> cyber <img src=x onerror=alert(1)> security");
}

TEST_F(SearchApi, FacetCountsAgreeWithTheHits) {
  json r = search("per_page=100&facet_size=100");
  ASSERT_EQ(r["total"], 10);
  std::map<std::string, int> countries, langs, years;
  for (const auto& h : r["hits"]) {
    for (const auto& c : h["countries"]) ++countries[c];
    ++langs[h["lang"]];
    std::string date = h["date"];
    ++years[date.empty() ? "undated" : date.substr(0, 4)];
  }
  std::map<std::string, int> facet_countries, facet_langs, facet_years;
  for (const auto& f : r["facets"]["country"]) facet_countries[f["value"]] = f["count"];
  for (const auto& f : r["facets"]["lang"]) facet_langs[f["value"]] = f["count"];
  for (const auto& f : r["facets"]["date"]) {
    if (f["count"] > 0) facet_years[f["value"]] = f["count"];
  }
  EXPECT_EQ(facet_countries, countries);
  EXPECT_EQ(facet_langs, langs);
  EXPECT_EQ(facet_years, years);
  EXPECT_EQ(langs["en"], 6);
  EXPECT_EQ(langs["ko"], 4);
  EXPECT_GE(countries["AF"], 3);
}

TEST_F(SearchApi, DateBucketsComeInTimeOrderWithEveryBucket) {
  json r = search("");
  std::vector<std::string> values;
  for (const auto& f : r["facets"]["date"]) values.push_back(f["value"]);
  EXPECT_EQ(values, (std::vector<std::string>{"2018", "2019", "2020", "2021", "2022", "2023", "undated"}));
  // By month, every month from the first to the last; the date facet ignores the date
  // filter (disjunctive), so a histogram can show where the selection lies.
  json months = search("date_interval=month&from=2021-08&to=2021-08");
  EXPECT_EQ(months["total"], 2);
  const json& buckets = months["facets"]["date"];
  ASSERT_EQ(buckets.size(), 65u) << months.dump();  // 2018-03 … 2023-06, undated
  EXPECT_EQ(buckets.front()["value"], "2018-03");
  EXPECT_EQ(buckets[63]["value"], "2023-06");
  EXPECT_EQ(buckets.back(), (json{{"value", "undated"}, {"count", 1}}));  // fx-en-004
  std::map<std::string, int> counts;
  for (const auto& b : buckets) counts[b["value"]] = b["count"];
  EXPECT_EQ(counts["2021-08"], 2);
  EXPECT_EQ(counts["2021-09"], 0);
}

TEST_F(SearchApi, UndatedReleasesAreCountedInTheDateFacet) {
  auto undated = [](const json& r) -> int {
    const json& last = r["facets"]["date"].back();
    return last["value"] == "undated" ? last["count"].get<int>() : 0;
  };
  EXPECT_EQ(undated(search("")), 1);
  // Counted with every filter but the date's own, like every date bucket: a page can say
  // how many undated releases a date filter leaves out.
  EXPECT_EQ(undated(search("from=2021&to=2022")), 1);
  EXPECT_EQ(undated(search("lang=ko")), 0);
  EXPECT_EQ(undated(search("q=" + url_encode("외교부"))), 0);
  // Over a facet that is not otherwise counted on its own (no date filter) as well.
  EXPECT_EQ(undated(search("country=AF&date_interval=month")), undated(search("country=AF&from=1990")));
}

TEST_F(SearchApi, FacetsAreDisjunctive) {
  json all = search("per_page=100");
  json af = search("country=AF&per_page=100");
  // The country facet ignores the country filter; the others apply it.
  EXPECT_EQ(af["facets"]["country"], all["facets"]["country"]);
  std::map<std::string, int> langs;
  for (const auto& h : af["hits"]) ++langs[h["lang"]];
  for (const auto& f : af["facets"]["lang"]) EXPECT_EQ(langs[f["value"]], f["count"]) << f.dump();
  // Two countries: OR within the field.
  json two = search("country=AF&country=JP");
  json jp = search("country=JP");
  EXPECT_EQ(two["total"].get<int>(), af["total"].get<int>() + jp["total"].get<int>());
}

TEST_F(SearchApi, FiltersByLanguageAndDate) {
  json r = search("lang=ko&from=2021-01-01&to=2023-05-31");
  auto found = ids(r);
  std::sort(found.begin(), found.end());
  EXPECT_EQ(found, (std::vector<std::string>{"fx-ko-002", "fx-ko-003"}));
}

TEST_F(SearchApi, SortsByDateBothWays) {
  auto dates = [](const json& r) {
    std::vector<std::string> out;
    for (const auto& h : r["hits"]) out.push_back(h["date"]);
    return out;
  };
  auto desc = dates(search("sort=date_desc&per_page=100"));
  auto asc = dates(search("sort=date_asc&per_page=100"));
  EXPECT_TRUE(std::is_sorted(desc.rbegin(), desc.rend()));
  // The undated release (fx-en-004) comes last both ways.
  ASSERT_EQ(asc.size(), 10u);
  EXPECT_EQ(asc.back(), "");
  EXPECT_EQ(desc.back(), "");
  EXPECT_TRUE(std::is_sorted(asc.begin(), asc.end() - 1));
  EXPECT_EQ(desc.front(), "2023-06-01");
}

TEST_F(SearchApi, PagingWalksTheWholeResultOnce) {
  std::set<std::string> seen;
  for (int page = 1; page <= 4; ++page) {
    json r = search("per_page=3&page=" + std::to_string(page));
    for (const auto& id : ids(r)) EXPECT_TRUE(seen.insert(id).second) << id;
  }
  EXPECT_EQ(seen.size(), 10u);
}

TEST_F(SearchApi, AllWordsFirstThenPartialMatchesMarked) {
  json r = search("q=" + url_encode("Afghanistan humanitarian reconstruction"));
  EXPECT_EQ(r["total"], 0) << r.dump();  // no release has all three words
  ASSERT_GT(r["total_partial"].get<int>(), 0);
  for (const auto& h : r["hits"]) EXPECT_EQ(h.value("partial", false), true);
  json strict = search("q=" + url_encode("Afghanistan humanitarian reconstruction") + "&match=all");
  EXPECT_EQ(strict["hits"].size(), 0u);
  json any = search("q=" + url_encode("Afghanistan humanitarian reconstruction") + "&match=any");
  EXPECT_GE(any["total"].get<int>(), 2);

  json mixed = search("q=" + url_encode("Afghanistan assistance"));
  ASSERT_GE(mixed["hits"].size(), 2u);
  EXPECT_EQ(mixed["hits"][0]["id"], "fx-en-002");
  EXPECT_FALSE(mixed["hits"][0].contains("partial"));
  EXPECT_EQ(mixed["hits"].back().value("partial", false), true);
}

TEST_F(SearchApi, CountryNameFindsReleasesInTheOtherLanguage) {
  json r = search("q=Afghanistan&match=all&per_page=100");
  auto found = ids(r);
  EXPECT_TRUE(contains(found, "fx-ko-002")) << r.dump();
  // Text matches rank above the cross-language one.
  EXPECT_EQ(found.back(), "fx-ko-002");
  auto ko = ids(search("q=" + url_encode("아프가니스탄") + "&match=all&per_page=100"));
  EXPECT_TRUE(contains(ko, "fx-en-002"));
}

TEST_F(SearchApi, QueryLanguage) {
  EXPECT_EQ(ids(search("q=" + url_encode("\"humanitarian assistance\""))), std::vector<std::string>{"fx-en-002"});
  EXPECT_EQ(search("q=" + url_encode("\"assistance humanitarian\""))["total"], 0);
  auto no_japan = ids(search("q=" + url_encode("consultations -Japan") + "&match=all"));
  EXPECT_FALSE(contains(no_japan, "fx-en-001"));
  EXPECT_TRUE(contains(no_japan, "fx-en-004"));
  EXPECT_EQ(ids(search("q=" + url_encode("title:cyber"))), std::vector<std::string>{"fx-en-003"});
  EXPECT_EQ(search("q=" + url_encode("country:AF lang:ko"))["total"], 1);
  EXPECT_EQ(ids(search("q=" + url_encode("date:2019..2019-12"))), std::vector<std::string>{"fx-en-005"});
  auto prefix = ids(search("q=" + url_encode("recon*")));
  EXPECT_EQ(prefix, std::vector<std::string>{"fx-en-005"});
  auto either = ids(search("q=" + url_encode("cyberspace OR Hanoi") + "&per_page=100"));
  std::sort(either.begin(), either.end());
  EXPECT_EQ(either, (std::vector<std::string>{"fx-en-003", "fx-en-006"}));
}

TEST_F(SearchApi, PostBodyGivesTheSameAnswerAsGet) {
  json get = search("q=consultations&country=JP&country=VN&lang=en&per_page=5&sort=date_desc");
  int status = 0;
  json post = daemon_->post_json("/api/search",
                                 R"({"q":"consultations","country":["JP","VN"],"lang":"en","per_page":5,"sort":"date_desc"})",
                                 &status);
  EXPECT_EQ(status, 200);
  get.erase("took_ms");
  post.erase("took_ms");
  EXPECT_EQ(get, post);
}

TEST_F(SearchApi, DocumentHasTheWholeRelease) {
  int status = 0;
  json d = daemon_->get_json("/api/documents/fx-en-002", &status);
  EXPECT_EQ(status, 200);
  EXPECT_EQ(d["id"], "fx-en-002");
  EXPECT_NE(d["body"].get<std::string>().find("consultation with international"), std::string::npos);
  // The file it came from, without the server's directories.
  EXPECT_EQ(d["source_file"], "releases.jsonl");
  EXPECT_EQ(d["url"], "https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=900002");
  EXPECT_EQ(d["source"]["key"], "mofa.go.kr");
  EXPECT_FALSE(d["indexed_at"].get<std::string>().empty());
  EXPECT_EQ(d["date"], "2021-08-20");
}

TEST_F(SearchApi, StopWordsLeftOutAreNamed) {
  json r = search("q=the%20of");
  EXPECT_EQ(r["total"], 0);
  EXPECT_EQ(r["ignored_words"], (json{"the", "of"}));
  EXPECT_FALSE(r.contains("suggestion"));
  EXPECT_EQ(search("q=the%20consultations")["ignored_words"], json{"the"});
  EXPECT_EQ(search("q=consultations")["ignored_words"], json::array());
  // Inside quotes they are searched.
  EXPECT_EQ(search("q=%22consultation%20with%22")["ignored_words"], json::array());
}

TEST_F(SearchApi, MisspeltWordsGetASuggestionThatFindsReleases) {
  json r = search("q=consultatoins");
  EXPECT_EQ(r["total"], 0);
  EXPECT_EQ(r["suggestion"], "consultations") << r.dump();
  EXPECT_GT(search("q=consultations")["total"].get<int>(), 0);
  // Syntax around the word stays; known words stay as typed.
  EXPECT_EQ(search("q=" + url_encode("\"humanitarain assistance\" -Japan"))["suggestion"],
            "\"humanitarian assistance\" -Japan");
  // Korean: one syllable off.
  EXPECT_EQ(search("q=" + url_encode("외교뷰"))["suggestion"], "외교부");
  // No suggestion when something matched, nothing is close, or the correction finds nothing
  // with the filters.
  EXPECT_FALSE(search("q=consultations")["suggestion"].is_string());
  EXPECT_FALSE(search("q=zebrafish")["suggestion"].is_string());
  EXPECT_FALSE(search("q=consultatoins&from=1990&to=1991")["suggestion"].is_string());
}

TEST_F(SearchApi, HealthCountsDocuments) {
  json h = daemon_->get_json("/api/health");
  EXPECT_EQ(h["status"], "ok");
  EXPECT_EQ(h["documents"], 10);
  EXPECT_FALSE(h["last_indexed"].get<std::string>().empty());
}

// ---- Bad input: a clear JSON error naming what was wrong; the daemon keeps serving ----

struct BadRequest {
  std::string query_string;
  int status;
  std::string param;
  std::string message_part;
};

class SearchApiBadInput : public SearchApi, public ::testing::WithParamInterface<BadRequest> {};

TEST_P(SearchApiBadInput, AnswersWithAJsonErrorNamingTheParameter) {
  const BadRequest& c = GetParam();
  json r = search(c.query_string, c.status);
  ASSERT_TRUE(r.contains("error")) << r.dump();
  EXPECT_EQ(r["error"].value("param", ""), c.param) << r.dump();
  EXPECT_NE(r["error"]["message"].get<std::string>().find(c.message_part), std::string::npos) << r.dump();
  EXPECT_EQ(daemon_->get_json("/api/health")["status"], "ok");
}

// Readable test names: the query string's parameter.
void PrintTo(const BadRequest& c, std::ostream* os) { *os << c.query_string; }

INSTANTIATE_TEST_SUITE_P(
    Table, SearchApiBadInput,
    ::testing::Values(
        BadRequest{"q=%22unbalanced", 400, "q", "column 1"},
        BadRequest{"q=(a%20b", 400, "q", "parenthesis"},
        BadRequest{"q=*", 400, "q", "*"},
        BadRequest{"per_page=100000", 400, "per_page", "between 1 and 100"},
        BadRequest{"per_page=abc", 400, "per_page", "whole number"},
        BadRequest{"page=600", 400, "page", "/api/export"},
        BadRequest{"sort=sideways", 400, "sort", "sideways"},
        BadRequest{"country=XX", 400, "country", "XX"},
        BadRequest{"lang=fr", 400, "lang", "fr"},
        BadRequest{"from=2021-13-45", 400, "from", "2021-13-45"},
        BadRequest{"from=2022-01-01&to=2021-01-01", 400, "to", "before"},
        BadRequest{"facet_size=999999", 400, "facet_size", "between"},
        BadRequest{"colour=blue", 400, "colour", "unknown parameter"},
        BadRequest{"sort=date_asc&sort=date_desc", 400, "sort", "only once"},
        BadRequest{"q=country:Atlantis", 400, "q", "Atlantis"},
        BadRequest{"q=%FF%FE", 400, "q", "UTF-8"}));

TEST_F(SearchApi, UnknownDocumentAndRoutesAreJsonErrors) {
  int status = 0;
  json r = daemon_->get_json("/api/documents/no-such-release", &status);
  EXPECT_EQ(status, 404);
  EXPECT_EQ(r["error"]["code"], "not_found");
  r = daemon_->get_json("/api/documents/..%2F..%2Fetc%2Fpasswd", &status);
  EXPECT_TRUE(status == 400 || status == 404) << status;
  EXPECT_TRUE(r.contains("error"));
  r = daemon_->get_json("/api/nothing-here", &status);
  EXPECT_EQ(status, 404);
  EXPECT_EQ(r["error"]["code"], "not_found");
  auto c = daemon_->client();
  auto res = c.Delete("/api/search");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 405);
  EXPECT_EQ(res->get_header_value("Allow"), "GET, POST");
  EXPECT_TRUE(json::parse(res->body).contains("error"));
}

TEST_F(SearchApi, BadPostBodiesAreRefused) {
  int status = 0;
  json r = daemon_->post_json("/api/search", "{\"q\": ", &status);
  EXPECT_EQ(status, 400);
  EXPECT_EQ(r["error"]["code"], "invalid_json");
  r = daemon_->post_json("/api/search", R"({"per_page": "ten"})", &status);
  EXPECT_EQ(status, 400);
  EXPECT_EQ(r["error"]["param"], "per_page");
  r = daemon_->post_json("/api/search", R"({"qq": "x"})", &status);
  EXPECT_EQ(status, 400);
  EXPECT_EQ(r["error"]["param"], "qq");
  r = daemon_->post_json("/api/search", R"([1,2,3])", &status);
  EXPECT_EQ(status, 400);
  // Oversized, compressed and chunked bodies are refused before they are read (Debian's
  // cpp-httplib would otherwise inflate or accept them past its limit).
  std::string big = raw_exchange(daemon_->port(),
                                 "POST /api/search HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                 "Content-Length: 2097152\r\n\r\n{\"q\":");
  EXPECT_EQ(big.rfind("HTTP/1.1 413", 0), 0u) << big;
  EXPECT_NE(big.find("body_too_large"), std::string::npos) << big;
  std::string gzip = raw_exchange(daemon_->port(),
                                  "POST /api/search HTTP/1.1\r\nHost: x\r\nContent-Encoding: gzip\r\n"
                                  "Content-Length: 2\r\n\r\n\x1f\x8b");
  EXPECT_EQ(gzip.rfind("HTTP/1.1 415", 0), 0u) << gzip;
  std::string chunked = raw_exchange(daemon_->port(),
                                     "POST /api/search HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                                     "2\r\n{}\r\n0\r\n\r\n");
  EXPECT_EQ(chunked.rfind("HTTP/1.1 411", 0), 0u) << chunked;
  EXPECT_NE(chunked.find("\"error\""), std::string::npos) << chunked;
  EXPECT_EQ(daemon_->get_json("/api/health")["status"], "ok");
}

TEST_F(SearchApi, ServesTheSearchPage) {
  auto c = daemon_->client();
  auto res = c.Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->get_header_value("Content-Type").find("text/html"), std::string::npos);
  const std::string etag = res->get_header_value("ETag");
  EXPECT_FALSE(etag.empty());
  // An unchanged page is revalidated for the price of a 304.
  res = c.Get("/", httplib::Headers{{"If-None-Match", etag}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 304);
  EXPECT_TRUE(res->body.empty());
  res = c.Head("/app.js");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  res = c.Head("/api/health");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  res = c.Get("/../CMakeLists.txt");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
  res = c.Get("/index.php");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
  EXPECT_TRUE(json::parse(res->body).contains("error"));
  // web/package.json only tells Node.js that the scripts are modules; it is not served.
  res = c.Get("/package.json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
}

}  // namespace
}  // namespace dipsearch::testing

namespace dipsearch::testing {
namespace {

// Searches for every release share no Xapian object across threads: a shared
// Xapian::Query::MatchAll, whose reference count is not atomic, once crashed the daemon
// under exactly this load.
TEST_F(SearchApi, ConcurrentSearchesForEveryReleaseAllAnswer) {
  constexpr int kThreads = 8, kRequests = 150;
  std::atomic<int> answered{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      httplib::Client client("127.0.0.1", daemon_->port());
      client.set_read_timeout(10);
      for (int i = 0; i < kRequests; ++i) {
        auto res = client.Get(t % 2 ? "/api/search?per_page=1" : "/api/search?q=-quokka&per_page=1");
        if (res && res->status == 200) ++answered;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(answered.load(), kThreads * kRequests);
  EXPECT_EQ(daemon_->get_json("/api/health")["status"], "ok");
}

}  // namespace
}  // namespace dipsearch::testing
