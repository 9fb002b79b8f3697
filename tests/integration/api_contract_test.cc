// The analysts' contract beyond search: export, feed, related releases, metrics and the
// OpenAPI description, against a real dipsearchd.
#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <fstream>
#include <set>
#include <sstream>

#include "common/search/search_request.h"
#include "searchd/download_name.h"
#include "searchd/route_table.h"
#include "test_support.h"

namespace dipsearch::testing {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

class ApiContract : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    corpus_ = new ServedCorpus({std::string(DIPSEARCH_FIXTURES) + "/search", DIPSEARCH_SAMPLE_DIR});
    daemon_ = &corpus_->daemon();
  }
  static void TearDownTestSuite() { delete corpus_; }
  static httplib::Result get(const std::string& path) { return daemon_->client().Get(path.c_str()); }
  // A 400 whose error names `param`.
  static void expect_refused(const std::string& path, const std::string& param) {
    int status = 0;
    json r = daemon_->get_json(path, &status);
    EXPECT_EQ(status, 400) << path;
    EXPECT_EQ(r["error"]["param"], param) << path << " → " << r.dump();
  }
  static ServedCorpus* corpus_;
  static Daemon* daemon_;
};

ServedCorpus* ApiContract::corpus_ = nullptr;
Daemon* ApiContract::daemon_ = nullptr;

TEST_F(ApiContract, NdjsonExportHasEveryMatchOnce) {
  json search = daemon_->get_json("/api/search?q=Afghanistan&per_page=1");
  auto res = get("/api/export?q=Afghanistan&format=ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->get_header_value("Content-Type").find("application/x-ndjson"), std::string::npos);
  EXPECT_EQ(res->get_header_value("Transfer-Encoding"), "chunked");
  std::istringstream lines(res->body);
  std::set<std::string> ids;
  std::string line;
  while (std::getline(lines, line)) {
    json row = json::parse(line);
    EXPECT_TRUE(ids.insert(row["id"]).second) << row["id"];
    EXPECT_FALSE(row["body"].get<std::string>().empty());
  }
  EXPECT_EQ(ids.size(), search["total"].get<size_t>());
  EXPECT_GT(ids.size(), 3u);
}

TEST_F(ApiContract, CsvExportIsRfc4180WithAHeader) {
  json search = daemon_->get_json("/api/search?lang=en&per_page=1");
  auto res = get("/api/export?lang=en&format=csv&sort=date_asc");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->get_header_value("Content-Type").find("text/csv"), std::string::npos);
  auto rows = parse_csv(res->body);
  ASSERT_GE(rows.size(), 2u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"id", "date", "lang", "title", "url", "source", "source_label",
                                               "countries", "officials", "official_names", "body"}));
  EXPECT_EQ(rows.size() - 1, search["total"].get<size_t>());
  std::string previous;
  for (size_t i = 1; i < rows.size(); ++i) {
    ASSERT_EQ(rows[i].size(), 11u) << i;
    EXPECT_EQ(rows[i][2], "en");
    if (rows[i][1].empty()) {
      previous = "9999";  // date_asc lists the undated last
    } else {
      EXPECT_GE(rows[i][1], previous);  // date_asc
      previous = rows[i][1];
    }
  }
  // A body with quotes, an ampersand and line breaks survives the round trip.
  bool found = false;
  for (const auto& row : rows) {
    if (row[0] == "fx-en-003") {
      found = true;
      EXPECT_NE(row[10].find("alert('x')"), std::string::npos);
      EXPECT_NE(row[10].find("\n\n"), std::string::npos);
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(ApiContract, ExportRejectsBadParameters) {
  expect_refused("/api/export?format=xlsx", "format");
  expect_refused("/api/export?q=%22open", "q");
}

TEST_F(ApiContract, CsvExportForSpreadsheetsHasAByteOrderMarkAndANamedFile) {
  auto plain = get("/api/export?q=Afghanistan&format=csv");
  auto marked = get("/api/export?q=Afghanistan&format=csv&bom=1");
  ASSERT_TRUE(plain && marked);
  EXPECT_EQ(marked->status, 200);
  EXPECT_EQ(plain->body.substr(0, 3), "id,");
  EXPECT_EQ(marked->body, "\xEF\xBB\xBF" + plain->body);
  // Named after the query and the day (UTC; either side of a midnight the request spans),
  // in ASCII and (RFC 5987) in UTF-8.
  auto named = [](const std::string& path, auto expected) {
    const std::string before = searchd::utc_day();
    auto res = get(path);
    const std::string after = searchd::utc_day();
    EXPECT_TRUE(res);
    const std::string header = res ? res->get_header_value("Content-Disposition") : "";
    EXPECT_TRUE(header == expected(before) || header == expected(after)) << path << " → " << header;
  };
  named("/api/export?q=Afghanistan&format=csv&bom=1", [](const std::string& day) {
    return "attachment; filename=\"dipsearch-Afghanistan-" + day + ".csv\"; filename*=UTF-8''dipsearch-Afghanistan-" +
           day + ".csv";
  });
  // (cpp-httplib's client decodes percent escapes in header values: the UTF-8 name reads
  // back as Hangul; the browser tests check the escapes.)
  named("/api/export?format=ndjson&q=" + url_encode("\"외교부 장관\" OR title:visit"), [](const std::string& day) {
    return "attachment; filename=\"dipsearch-OR-title-visit-" + day +
           ".ndjson\"; filename*=UTF-8''dipsearch-외교부-장관-OR-title-visit-" + day + ".ndjson";
  });
  named("/api/export?format=csv", [](const std::string& day) {
    return "attachment; filename=\"dipsearch-all-" + day + ".csv\"; filename*=UTF-8''dipsearch-all-" + day + ".csv";
  });
  // bom is 0 or 1, and for CSV only.
  expect_refused("/api/export?format=csv&bom=yes", "bom");
  expect_refused("/api/export?format=ndjson&bom=1", "bom");
  expect_refused("/api/export?format=csv&bom=1&bom=0", "bom");
}

TEST_F(ApiContract, CountriesTableLabelsEveryCode) {
  json r = daemon_->get_json("/api/countries");
  ASSERT_TRUE(r["countries"].is_array());
  std::map<std::string, json> by_code;
  for (const auto& c : r["countries"]) by_code[c["code"]] = c;
  EXPECT_GT(by_code.size(), 240u);
  // The labels the facets use, the ministry's where ICU says otherwise.
  EXPECT_EQ(by_code["AU"], (json{{"code", "AU"}, {"label", "Australia"}, {"label_ko", "호주"}}));
  EXPECT_EQ(by_code["VN"]["label"], "Viet Nam");
  EXPECT_EQ(by_code["TR"]["label_ko"], "튀르키예");
  json facets = daemon_->get_json("/api/search?per_page=1&facet_size=300&facets=country");
  for (const auto& f : facets["facets"]["country"]) {
    EXPECT_EQ(by_code[f["value"]]["label"], f["label"]) << f.dump();
    EXPECT_EQ(by_code[f["value"]]["label_ko"], f["label_ko"]) << f.dump();
  }
}

TEST_F(ApiContract, AtomFeedParsesAndHasStableIds) {
  auto res = get("/api/feed.atom?q=Afghanistan");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->get_header_value("Content-Type").find("application/atom+xml"), std::string::npos);
  xmlDocPtr doc = xmlReadMemory(res->body.data(), static_cast<int>(res->body.size()), "feed.atom", nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  ASSERT_NE(doc, nullptr) << res->body.substr(0, 500);
  xmlNodePtr root = xmlDocGetRootElement(doc);
  ASSERT_STREQ(reinterpret_cast<const char*>(root->name), "feed");
  ASSERT_NE(root->ns, nullptr);
  EXPECT_STREQ(reinterpret_cast<const char*>(root->ns->href), "http://www.w3.org/2005/Atom");
  std::vector<std::string> ids, updated;
  for (xmlNodePtr entry = root->children; entry; entry = entry->next) {
    if (entry->type != XML_ELEMENT_NODE || xmlStrcmp(entry->name, BAD_CAST "entry") != 0) continue;
    for (xmlNodePtr child = entry->children; child; child = child->next) {
      if (child->type != XML_ELEMENT_NODE) continue;
      xmlChar* text = xmlNodeGetContent(child);
      if (xmlStrcmp(child->name, BAD_CAST "id") == 0) ids.emplace_back(reinterpret_cast<char*>(text));
      if (xmlStrcmp(child->name, BAD_CAST "updated") == 0) updated.emplace_back(reinterpret_cast<char*>(text));
      xmlFree(text);
    }
  }
  xmlFreeDoc(doc);
  json search = daemon_->get_json("/api/search?q=Afghanistan&per_page=1");
  EXPECT_EQ(ids.size(), std::min<size_t>(50, search["total"].get<size_t>()));
  EXPECT_TRUE(std::is_sorted(updated.rbegin(), updated.rend()));  // newest first
  for (const auto& id : ids) EXPECT_EQ(id.rfind("urn:dipsearch:release:", 0), 0u) << id;
  auto again = get("/api/feed.atom?q=Afghanistan");
  EXPECT_EQ(again->body, res->body);  // same search, same feed
}

TEST_F(ApiContract, AtomFeedEscapesDocumentText) {
  auto res = get("/api/feed.atom?q=condemned");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->body.find("<script"), std::string::npos);
  EXPECT_EQ(res->body.find("<img"), std::string::npos);
  EXPECT_EQ(res->body.find("javascript:"), std::string::npos);  // not a web URL: no link
  xmlDocPtr doc = xmlReadMemory(res->body.data(), static_cast<int>(res->body.size()), "feed.atom", nullptr, XML_PARSE_NONET);
  EXPECT_NE(doc, nullptr);
  xmlFreeDoc(doc);
}

TEST_F(ApiContract, FeedIsCappedAtFiftyNewest) {
  auto res = get("/api/feed.atom");
  ASSERT_TRUE(res);
  size_t entries = 0;
  for (size_t p = 0; (p = res->body.find("<entry>", p)) != std::string::npos; ++p) ++entries;
  EXPECT_EQ(entries, 50u);
}

TEST_F(ApiContract, SimilarReleasesExcludeTheReleaseItself) {
  int status = 0;
  json r = daemon_->get_json("/api/documents/fx-en-002/similar", &status);
  EXPECT_EQ(status, 200);
  ASSERT_TRUE(r["hits"].is_array());
  ASSERT_GE(r["hits"].size(), 1u) << r.dump();
  EXPECT_LE(r["hits"].size(), 10u);
  std::set<std::string> ids;
  for (const auto& h : r["hits"]) ids.insert(h["id"]);
  EXPECT_FALSE(ids.count("fx-en-002"));
  // A release on humanitarian assistance relates first to other humanitarian assistance.
  EXPECT_NE(r["hits"][0]["title"].get<std::string>().find("Humanitarian Assistance"), std::string::npos) << r.dump();
  daemon_->get_json("/api/documents/no-such-id/similar", &status);
  EXPECT_EQ(status, 404);
  daemon_->get_json("/api/documents/bad%20id/similar", &status);
  EXPECT_EQ(status, 400);
}

TEST_F(ApiContract, SimilarSkipsNearIdenticalCopies) {
  TempDir dir;
  fs::path src = dir.path() / "src";
  fs::create_directories(src);
  std::string body = "The two ministers discussed cooperation on fisheries, maritime safety and port logistics in the Pacific.";
  std::ofstream(src / "copies.jsonl")
      << json{{"id", "orig"}, {"title", "Fisheries talks"}, {"date", "2020-01-01"}, {"body", body}}.dump() << "\n"
      << json{{"id", "copy"}, {"title", "Fisheries talks"}, {"date", "2020-01-02"}, {"body", body}}.dump() << "\n"
      << json{{"id", "related"}, {"title", "Port logistics"}, {"date", "2020-02-01"},
              {"body", "Experts met on port logistics and maritime safety in the Pacific, and on training."}}.dump() << "\n";
  // Unrelated releases, so that word statistics look like a real collection's.
  const char* topics[] = {"vaccines", "scholarships", "elections", "films", "railways", "wheat", "museums", "chess"};
  for (int i = 0; i < 8; ++i) {
    std::ofstream(src / "copies.jsonl", std::ios::app)
        << json{{"id", "other-" + std::to_string(i)}, {"title", std::string("Talks on ") + topics[i]},
                {"date", "2021-01-01"}, {"body", std::string("The delegations discussed ") + topics[i] + " and budgets."}}.dump()
        << "\n";
  }
  fs::path db = dir.path() / "db";
  ASSERT_EQ(run_indexer({"--db", db.string(), src.string()}).exit_code, 0);
  Daemon d(db);
  json r = d.get_json("/api/documents/orig/similar");
  std::vector<std::string> ids;
  for (const auto& h : r["hits"]) ids.push_back(h["id"]);
  EXPECT_EQ(ids, std::vector<std::string>{"related"}) << r.dump();
}

TEST_F(ApiContract, MetricsCountRequestsByRouteAndStatus) {
  daemon_->get_json("/api/search?q=Korea");
  daemon_->get_json("/api/search?sort=nonsense");
  auto res = get("/metrics");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->get_header_value("Content-Type").find("text/plain"), std::string::npos);
  const std::string& m = res->body;
  EXPECT_NE(m.find("# TYPE dipsearch_http_requests_total counter"), std::string::npos);
  EXPECT_NE(m.find("dipsearch_http_requests_total{route=\"/api/search\",method=\"GET\",status=\"200\"}"), std::string::npos) << m;
  EXPECT_NE(m.find("dipsearch_http_request_errors_total{route=\"/api/search\",method=\"GET\",status=\"400\"}"), std::string::npos) << m;
  EXPECT_NE(m.find("dipsearch_http_request_duration_seconds_bucket{route=\"/api/search\",le=\"+Inf\"}"), std::string::npos);
  json health = daemon_->get_json("/api/health");
  EXPECT_NE(m.find("dipsearch_documents " + std::to_string(health["documents"].get<int>()) + "\n"), std::string::npos) << m;
  EXPECT_EQ(m.find("dipsearch_last_indexed_timestamp_seconds 0\n"), std::string::npos) << m;
}

TEST_F(ApiContract, AnOfficialsNameFindsReleasesInTheOtherLanguage) {
  auto ids_and_langs = [](const json& r) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& h : r["hits"]) out.emplace_back(h["id"], h["lang"]);
    return out;
  };
  json ko = daemon_->get_json("/api/search?match=all&per_page=100&q=" + url_encode("정의용"));
  auto found = ids_and_langs(ko);
  ASSERT_FALSE(found.empty()) << ko.dump();
  EXPECT_EQ(found.front().second, "ko");  // direct matches first
  EXPECT_TRUE(std::any_of(found.begin(), found.end(), [](const auto& p) { return p.first == "mofa-en-310032"; }))
      << ko.dump();
  json en = daemon_->get_json("/api/search?match=all&per_page=100&q=" + url_encode("Chung Eui-yong"));
  found = ids_and_langs(en);
  ASSERT_FALSE(found.empty()) << en.dump();
  EXPECT_EQ(found.front().second, "en");
  EXPECT_TRUE(std::any_of(found.begin(), found.end(), [](const auto& p) { return p.first == "mofa-ko-420017"; }))
      << en.dump();
}

TEST_F(ApiContract, OpenApiDescribesEveryRouteAndParameter) {
  json spec = daemon_->get_json("/api/openapi.json");
  EXPECT_EQ(spec["openapi"].get<std::string>().substr(0, 2), "3.");
  for (const auto& route : searchd::route_table()) {
    std::string method = route.method;
    std::transform(method.begin(), method.end(), method.begin(), ::tolower);
    ASSERT_TRUE(spec["paths"].contains(route.path)) << route.path << " is missing from openapi.json";
    EXPECT_TRUE(spec["paths"][route.path].contains(method)) << route.method << " " << route.path;
  }
  // Every search parameter is described for GET /api/search, and in the POST body schema.
  std::set<std::string> described;
  for (const auto& p : spec["paths"]["/api/search"]["get"]["parameters"]) {
    std::string ref = p["$ref"];
    described.insert(ref.substr(ref.rfind('/') + 1));
  }
  for (const auto& name : search_parameter_names()) {
    EXPECT_TRUE(described.count(name)) << name << " is missing from GET /api/search";
    EXPECT_TRUE(spec["components"]["schemas"]["SearchRequest"]["properties"].contains(name)) << name;
    EXPECT_TRUE(spec["components"]["parameters"].contains(name)) << name;
  }
  // And nothing is described that the route table does not serve.
  for (const auto& [path, operations] : spec["paths"].items()) {
    for (const auto& [method, operation] : operations.items()) {
      std::string upper = method;
      std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
      bool served = std::any_of(searchd::route_table().begin(), searchd::route_table().end(),
                                [&, &path = path](const auto& r) { return r.path == path && r.method == upper; });
      EXPECT_TRUE(served) << upper << " " << path << " is described but not served";
    }
  }
}

// The schema a $ref names, or the schema itself.
const json& resolved(const json& spec, const json& schema) {
  if (!schema.contains("$ref")) return schema;
  const std::string ref = schema["$ref"];
  return spec["components"]["schemas"][ref.substr(ref.rfind('/') + 1)];
}

// Adds to `out` every field of `value` (at any depth) that `schema` does not describe: an
// object's keys must be properties of it or of one of its allOf parts, or fall under an
// additionalProperties schema.
void find_undescribed(const json& spec, const json& value, const json& schema, const std::string& where,
                      std::vector<std::string>& out) {
  const json& s = resolved(spec, schema);
  if (!s.is_object()) {
    out.push_back(where + " (no schema)");
    return;
  }
  std::vector<const json*> parts{&s};
  if (s.contains("allOf")) {
    for (const auto& part : s["allOf"]) parts.push_back(&resolved(spec, part));
  }
  if (value.is_object()) {
    for (const auto& [key, field] : value.items()) {
      const json* described = nullptr;
      for (const json* part : parts) {
        if (!part->is_object()) continue;
        const json* properties = part->contains("properties") ? &(*part)["properties"] : nullptr;
        if (properties && properties->is_object() && properties->contains(key)) described = &(*properties)[key];
        if (!described && part->contains("additionalProperties") && (*part)["additionalProperties"].is_object()) {
          described = &(*part)["additionalProperties"];
        }
      }
      if (described == nullptr) {
        out.push_back(where + "." + key);
      } else {
        find_undescribed(spec, field, *described, where + "." + key, out);
      }
    }
  } else if (value.is_array()) {
    for (size_t i = 0; i < value.size(); ++i) {
      if (s.contains("items")) {
        find_undescribed(spec, value[i], s["items"], where + "[" + std::to_string(i) + "]", out);
      } else if (value[i].is_structured()) {
        out.push_back(where + "[]");
      }
    }
  }
}

// Every field of every answer is described in openapi.json: a field added to an answer
// without its description fails here.
TEST_F(ApiContract, OpenApiDescribesEveryAnswerField) {
  const json spec = daemon_->get_json("/api/openapi.json");
  auto schema_of = [&spec](const std::string& path, const std::string& status) {
    return spec["paths"][path]["get"]["responses"][status]["content"]["application/json"]["schema"];
  };
  std::vector<std::string> undescribed;
  auto check = [&](const std::string& request, const std::string& path, int expected = 200) {
    int status = 0;
    const json answer = daemon_->get_json(request, &status);
    EXPECT_EQ(status, expected) << request;
    const json schema = schema_of(path, std::to_string(expected));
    ASSERT_FALSE(schema.is_null()) << path << " " << expected;
    find_undescribed(spec, answer, schema, request, undescribed);
  };
  const json officials = daemon_->get_json("/api/search?per_page=1&facets=official")["facets"]["official"];
  ASSERT_FALSE(officials.empty());
  const std::string official = officials[0]["value"];
  for (const std::string& query :
       std::vector<std::string>{"q=consultations&cursor=start&per_page=3", "q=" + url_encode("Afghanistan assistance"),
                                "q=consultatoins", "q=the", "sort=date_asc&date_interval=month",
                                "official=" + official + "&per_page=100"}) {
    check("/api/search?" + query, "/api/search");
  }
  check("/api/search?page=0", "/api/search", 400);
  check("/api/documents/fx-en-001", "/api/documents/{id}");
  check("/api/documents/fx-en-002/similar", "/api/documents/{id}/similar");
  check("/api/health", "/api/health");
  check("/api/countries", "/api/countries");
  check("/api/trends?q=Afghanistan&q=Japan", "/api/trends");
  check("/api/officials/" + official, "/api/officials/{key}");
  EXPECT_EQ(undescribed, std::vector<std::string>{}) << "answer fields missing from searchd/openapi.json";
  undescribed.clear();
  // The export's rows, as ExportRow and CsvRow describe them.
  const json& export_content = spec["paths"]["/api/export"]["get"]["responses"]["200"]["content"];
  ASSERT_TRUE(export_content["application/x-ndjson"].contains("x-row-schema")) << "the NDJSON row is not described";
  ASSERT_TRUE(export_content["text/csv"].contains("x-row-schema")) << "the CSV row is not described";
  auto ndjson = get("/api/export?format=ndjson&partial=1&q=" + url_encode("Afghanistan assistance"));
  ASSERT_TRUE(ndjson && ndjson->status == 200);
  std::istringstream lines(ndjson->body);
  size_t rows = 0;
  for (std::string line; std::getline(lines, line); ++rows) {
    find_undescribed(spec, json::parse(line), export_content["application/x-ndjson"]["x-row-schema"], "ndjson", undescribed);
  }
  EXPECT_GT(rows, 3u);
  const json& csv_row = resolved(spec, export_content["text/csv"]["x-row-schema"]);
  for (const std::string partial : {"0", "1"}) {
    auto csv = get("/api/export?format=csv&q=Afghanistan&partial=" + partial);
    ASSERT_TRUE(csv && csv->status == 200);
    std::vector<std::string> header = parse_csv(csv->body)[0];
    std::vector<std::string> columns = csv_row["x-csv-columns"];
    if (partial == "1") columns.push_back("partial");
    EXPECT_EQ(header, columns);
    for (const auto& column : header) {
      if (!csv_row["properties"].contains(column)) undescribed.push_back("csv column " + column);
    }
  }
  EXPECT_EQ(undescribed, std::vector<std::string>{}) << "export row fields missing from searchd/openapi.json";
  // And the description names where it is served.
  ASSERT_TRUE(spec["servers"].is_array());
  EXPECT_FALSE(spec["servers"].empty());
}

}  // namespace
}  // namespace dipsearch::testing
