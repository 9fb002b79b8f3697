// What dipsearchd's answers carry besides their data: compression that decodes (with
// Debian's zlib and brotli) to the very bytes of the plain answer, Vary and Date, Range
// for static files only, feed links that no Host header can change, feeds that stay
// well-formed XML, CSV cells no spreadsheet runs as formulas, and memory in /metrics.
#include <brotli/decode.h>
#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <zlib.h>

#include <ctime>
#include <fstream>
#include <iomanip>
#include <set>
#include <sstream>
#include <thread>

#include "raw_http.h"
#include "test_support.h"

namespace dipsearch::testing {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

std::string gunzip(const std::string& data) {
  z_stream s{};
  if (inflateInit2(&s, 15 + 16) != Z_OK) return "<inflateInit2 failed>";
  s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  s.avail_in = static_cast<uInt>(data.size());
  std::string out;
  char buffer[65536];
  int rc = Z_OK;
  while (rc == Z_OK) {
    s.next_out = reinterpret_cast<Bytef*>(buffer);
    s.avail_out = sizeof buffer;
    rc = inflate(&s, Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - s.avail_out);
  }
  inflateEnd(&s);
  return rc == Z_STREAM_END && s.avail_in == 0 ? out : "<not a complete gzip stream>";
}

std::string unbrotli(const std::string& data) {
  BrotliDecoderState* state = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
  size_t available_in = data.size();
  const auto* next_in = reinterpret_cast<const uint8_t*>(data.data());
  std::string out;
  BrotliDecoderResult rc = BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT;
  while (rc == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT) {
    uint8_t buffer[65536];
    size_t available_out = sizeof buffer;
    uint8_t* next_out = buffer;
    rc = BrotliDecoderDecompressStream(state, &available_in, &next_in, &available_out, &next_out, nullptr);
    out.append(reinterpret_cast<char*>(buffer), sizeof buffer - available_out);
  }
  BrotliDecoderDestroyInstance(state);
  return rc == BROTLI_DECODER_RESULT_SUCCESS && available_in == 0 ? out : "<not a complete brotli stream>";
}

// A release no spreadsheet or XML parser should take at its word.
std::string awkward_releases() {
  const std::string fffe = "\xEF\xBF\xBE", ffff = "\xEF\xBF\xBF";
  return json{{"id", "fx-awkward-1"},
              {"title", "=HYPERLINK(\"http://attacker.example\",\"Click\") Zanzibar" + ffff},
              {"date", "2024-02-02"},
              {"body", "+1 Zanzibar talks" + fffe + " continued.\n\n@SUM(A1) -2 figures"},
              {"url", "-http://example.org/awkward"}}
             .dump(-1, ' ', false, json::error_handler_t::strict) +
         "\n";
}

class HttpAnswers : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    sources_ = new TempDir();
    write_file(sources_->path() / "awkward.jsonl", awkward_releases());
    corpus_ = new ServedCorpus({std::string(DIPSEARCH_FIXTURES) + "/search", DIPSEARCH_SAMPLE_DIR,
                                sources_->path().string()});
  }
  static void TearDownTestSuite() {
    delete corpus_;
    delete sources_;
  }
  static Daemon& daemon() { return corpus_->daemon(); }

  // GET with the given Accept-Encoding, the body left as sent.
  static httplib::Result get_encoded(const std::string& path, const std::string& accept_encoding) {
    httplib::Client c = daemon().client();
    c.set_decompress(false);
    httplib::Headers headers;
    if (!accept_encoding.empty()) headers.emplace("Accept-Encoding", accept_encoding);
    return c.Get(path.c_str(), headers);
  }

  static TempDir* sources_;
  static ServedCorpus* corpus_;
};

TempDir* HttpAnswers::sources_ = nullptr;
ServedCorpus* HttpAnswers::corpus_ = nullptr;

TEST_F(HttpAnswers, CompressedAnswersDecodeToTheSameBytes) {
  for (const std::string path : {"/api/search?per_page=100", "/api/export?format=ndjson", "/api/export?format=csv",
                                 "/api/feed.atom", "/", "/app.js"}) {
    auto plain = get_encoded(path, "");
    ASSERT_TRUE(plain) << path;
    ASSERT_EQ(plain->status, 200) << path;
    EXPECT_FALSE(plain->has_header("Content-Encoding")) << path;
    EXPECT_EQ(plain->get_header_value("Vary"), "Accept-Encoding") << path;
    for (const auto& [coding, decode] :
         std::vector<std::pair<std::string, std::string (*)(const std::string&)>>{{"gzip", gunzip}, {"br", unbrotli}}) {
      auto packed = get_encoded(path, coding);
      ASSERT_TRUE(packed) << path << " " << coding;
      EXPECT_EQ(packed->get_header_value("Content-Encoding"), coding) << path;
      EXPECT_EQ(packed->get_header_value("Vary"), "Accept-Encoding") << path;
      EXPECT_LT(packed->body.size(), plain->body.size() / 2) << path << " " << coding;
      if (path.find("search") != std::string::npos) {
        // took_ms differs from one answer to the next; everything else is the same.
        json a = json::parse(plain->body), b = json::parse(decode(packed->body), nullptr, false);
        ASSERT_FALSE(b.is_discarded()) << path << " " << coding;
        a.erase("took_ms");
        b.erase("took_ms");
        EXPECT_EQ(a, b) << path << " " << coding;
      } else {
        EXPECT_EQ(decode(packed->body), plain->body) << path << " " << coding;
      }
    }
  }
}

TEST_F(HttpAnswers, AcceptEncodingIsReadAsTheRfcSays) {
  const std::pair<std::string, std::string> cases[] = {
      {"gzip, deflate, br", "br"}, {"BR", "br"},       {"br;q=0, gzip", "gzip"}, {"gzip;q=0", ""},
      {"identity", ""},            {"*", "br"},        {"*;q=0", ""},            {"deflate", ""},
      {"gzip;q=0.5, br;q=0", "gzip"},
  };
  for (const auto& [accept, expected] : cases) {
    auto res = get_encoded("/api/search?per_page=50", accept);
    ASSERT_TRUE(res) << accept;
    EXPECT_EQ(res->get_header_value("Content-Encoding"), expected) << accept;
  }
  // Small answers are not worth compressing; errors neither.
  auto small = get_encoded("/api/health", "gzip");
  ASSERT_TRUE(small);
  EXPECT_FALSE(small->has_header("Content-Encoding"));
}

TEST_F(HttpAnswers, EveryAnswerHasADate) {
  auto date_of = [](const std::string& value) {
    std::tm tm{};
    std::istringstream in(value);
    in >> std::get_time(&tm, "%a, %d %b %Y %H:%M:%S GMT");
    return in.fail() ? -1 : static_cast<long>(timegm(&tm));
  };
  const long now = static_cast<long>(std::time(nullptr));
  for (const char* path : {"/api/health", "/api/search?sort=x", "/no/such/page", "/"}) {
    auto res = daemon().client().Get(path);
    ASSERT_TRUE(res) << path;
    const long date = date_of(res->get_header_value("Date"));
    EXPECT_NEAR(date, now, 60) << path << ": '" << res->get_header_value("Date") << "'";
  }
  // Refusals the connection layer writes itself too.
  RawConnection c(daemon().port());
  ASSERT_TRUE(c.send_all("POST /api/search HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"));
  auto refused = c.next_response(5000);
  ASSERT_TRUE(refused.has_value());
  EXPECT_NEAR(date_of(refused->header("Date")), now, 60);
}

TEST_F(HttpAnswers, RangeAppliesToStaticFilesOnly) {
  auto whole = daemon().client().Get("/api/search?q=Korea");
  ASSERT_TRUE(whole);
  // An 8 KB header of 2,000 ranges once made a 185 MB multipart answer.
  std::string many = "bytes=0-1";
  for (int i = 1; i < 2000; ++i) many += ",1-2";
  for (const std::string& range : {many, std::string("bytes=0-9")}) {
    auto res = daemon().client().Get("/api/search?q=Korea", {{"Range", range}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200) << range.substr(0, 20);
    EXPECT_FALSE(res->has_header("Content-Range"));
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json; charset=utf-8");
    json a = json::parse(whole->body), b = json::parse(res->body);
    a.erase("took_ms");
    b.erase("took_ms");
    EXPECT_EQ(a, b);
  }
  auto export_ranged = daemon().client().Get("/api/export?format=csv", {{"Range", "bytes=0-9"}});
  ASSERT_TRUE(export_ranged);
  EXPECT_EQ(export_ranged->status, 200);
  EXPECT_GT(export_ranged->body.size(), 10u);
  // The page's files: one range is served, several are not (the whole file comes).
  auto page = daemon().client().Get("/");
  auto part = daemon().client().Get("/", {{"Range", "bytes=0-9"}});
  ASSERT_TRUE(page && part);
  EXPECT_EQ(part->status, 206);
  EXPECT_EQ(part->body, page->body.substr(0, 10));
  EXPECT_EQ(part->get_header_value("Content-Range"), "bytes 0-9/" + std::to_string(page->body.size()));
  auto parts = daemon().client().Get("/", {{"Range", "bytes=0-9,20-29"}});
  ASSERT_TRUE(parts);
  EXPECT_EQ(parts->status, 200);
  EXPECT_EQ(parts->body, page->body);
}

std::vector<std::string> feed_links(const std::string& feed) {
  std::vector<std::string> hrefs;
  for (size_t p = 0; (p = feed.find("href=\"", p)) != std::string::npos;) {
    p += 6;
    hrefs.push_back(feed.substr(p, feed.find('"', p) - p));
  }
  return hrefs;
}

TEST_F(HttpAnswers, FeedLinksNeverReflectTheHostHeader) {
  auto res = daemon().client().Get("/api/feed.atom?q=Korea", {{"Host", "attacker.example"}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->body.find("attacker.example"), std::string::npos);
  const std::string own = "http://127.0.0.1:" + std::to_string(daemon().port()) + "/";
  // An entry's alternate link is the release's original page; every other link is ours.
  std::set<std::string> originals;
  const json newest = daemon().get_json("/api/search?q=Korea&sort=date_desc&per_page=50");
  ASSERT_TRUE(newest.contains("hits")) << newest.dump();
  for (const auto& hit : newest["hits"]) {
    originals.insert(hit.value("url", ""));
  }
  for (const auto& href : feed_links(res->body)) {
    std::string unescaped = href;  // the feed writes & as &amp;
    for (size_t p = 0; (p = unescaped.find("&amp;", p)) != std::string::npos; ++p) unescaped.erase(p + 1, 4);
    if (originals.count(unescaped)) continue;
    EXPECT_EQ(href.rfind(own, 0), 0u) << href << " (not among the " << originals.size() << " releases' pages)";
  }
  // With --public-url, the address users reach the daemon at.
  Daemon proxied(corpus_->database(), {"--public-url", "https://search.example.net/dip/"});
  auto behind = proxied.client().Get("/api/feed.atom?q=Korea", {{"Host", "attacker.example"}});
  ASSERT_TRUE(behind);
  auto hrefs = feed_links(behind->body);
  ASSERT_FALSE(hrefs.empty());
  EXPECT_EQ(hrefs.front(), "https://search.example.net/dip/api/feed.atom?q=Korea");
  EXPECT_EQ(behind->body.find("attacker.example"), std::string::npos);
  // A URL that is not one is refused at start.
  CommandResult bad = run_command({DIPSEARCH_DAEMON_BIN, "--public-url", "search.example.net?x=1"}, 20);
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("--public-url"), std::string::npos) << bad.err;
}

TEST_F(HttpAnswers, FeedsStayWellFormedWhateverTheTextHolds) {
  // U+FFFE/U+FFFF in a release, and U+FFFF in the query (the feed's title).
  for (const char* path : {"/api/feed.atom?q=Zanzibar", "/api/feed.atom?q=Zanzibar%EF%BF%BF"}) {
    auto res = daemon().client().Get(path);
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    if (std::string(path) == "/api/feed.atom?q=Zanzibar") {
      EXPECT_NE(res->body.find("fx-awkward-1"), std::string::npos);
    }
    xmlDocPtr doc = xmlReadMemory(res->body.data(), static_cast<int>(res->body.size()), "feed.atom", nullptr,
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    EXPECT_NE(doc, nullptr) << path << " is not well-formed XML";
    xmlFreeDoc(doc);
  }
}

TEST_F(HttpAnswers, CsvCellsThatLookLikeFormulasAreNeutralised) {
  auto res = daemon().client().Get("/api/export?q=Zanzibar&format=csv");
  ASSERT_TRUE(res);
  const std::string& csv = res->body;
  EXPECT_NE(csv.find("\"'=HYPERLINK(\"\"http://attacker.example\"\""), std::string::npos) << csv;
  EXPECT_NE(csv.find(",'-http://example.org/awkward,"), std::string::npos) << csv;
  EXPECT_NE(csv.find("\"'+1 Zanzibar talks"), std::string::npos) << csv;
  for (const char* raw : {",=HYPERLINK", ",\"=HYPERLINK", ",+1", ",\"+1", ",-http"}) {
    EXPECT_EQ(csv.find(raw), std::string::npos) << raw;
  }
  // NDJSON carries the text as it is.
  auto ndjson = daemon().client().Get("/api/export?q=Zanzibar&format=ndjson");
  ASSERT_TRUE(ndjson);
  EXPECT_EQ(json::parse(ndjson->body)["title"].get<std::string>().rfind("=HYPERLINK", 0), 0u);
}

TEST_F(HttpAnswers, MetricsShowTheProcessesMemoryAndConnections) {
  auto res = daemon().client().Get("/metrics");
  ASSERT_TRUE(res);
  const std::string& m = res->body;
  auto value_of = [&m](const std::string& name) {
    const size_t p = m.find("\n" + name + " ");
    return p == std::string::npos ? -1.0 : std::stod(m.substr(p + name.size() + 2));
  };
  EXPECT_NE(m.find("# TYPE process_resident_memory_bytes gauge"), std::string::npos);
  EXPECT_GT(value_of("process_resident_memory_bytes"), 1e6) << m;
  EXPECT_GT(value_of("process_open_fds"), 3) << m;
  // This one at least: the connection that asked before (the start-up probe) is still
  // counted busy until its worker hands it back, which may come after this answer.
  EXPECT_GE(value_of("dipsearch_http_connections{state=\"busy\"}"), 1) << m;
  EXPECT_NE(m.find("dipsearch_http_refused_total{reason=\"max_connections\"} 0\n"), std::string::npos) << m;
}

// Resident memory as /metrics reports it, in bytes.
double resident_bytes(Daemon& d) {
  auto res = d.client().Get("/metrics");
  if (!res) return -1;
  const std::string name = "\nprocess_resident_memory_bytes ";
  const size_t p = res->body.find(name);
  return p == std::string::npos ? -1 : std::stod(res->body.substr(p + name.size()));
}

TEST_F(HttpAnswers, MemoryIsReturnedAfterLargeRequests) {
  Daemon d(corpus_->database());
  const double before = resident_bytes(d);
  ASSERT_GT(before, 0);
  // Eight clients at once, each sending megabyte bodies: tens of megabytes in flight.
  const std::string body = json{{"q", std::string(1000000, 'x')}}.dump();
  std::vector<std::thread> clients;
  for (int t = 0; t < 8; ++t) {
    clients.emplace_back([&] {
      httplib::Client c = d.client();
      for (int i = 0; i < 4; ++i) c.Post("/api/search", body, "application/json");
    });
  }
  for (auto& t : clients) t.join();
  // Once they are answered, the daemon is back near where it started (it kept the high-
  // water mark, about 35 MB more, before).
  double after = resident_bytes(d);
  for (int i = 0; i < 40 && after - before > 10e6; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    after = resident_bytes(d);
  }
  EXPECT_LT(after - before, 10e6) << "resident memory went from " << before << " to " << after << " bytes";
}

}  // namespace
}  // namespace dipsearch::testing
