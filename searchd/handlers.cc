// The API's handlers: parse, validate, run against this thread's database, answer.
#include "searchd/handlers.h"

#include <chrono>
#include <cmath>
#include <iostream>
#include <memory>

#include "common/index/stored_document.h"
#include "common/schema.h"
#include "common/search/api_error.h"
#include "common/search/export_cursor.h"
#include "common/search/prepared_search.h"
#include "common/search/similar.h"
#include "searchd/atom_feed.h"
#include "searchd/download_name.h"
#include "searchd/json_response.h"
#include "searchd/openapi_document.h"
#include "searchd/request_params.h"
#include "searchd/server.h"

namespace dipsearch::searchd {
namespace {

void answer_search(Server& server, const ParamMap& params, httplib::Response& res) {
  const auto started = std::chrono::steady_clock::now();
  SearchRequest request = parse_search_request(params, server.countries());
  nlohmann::json body = server.databases().with_database([&](const SearchIndex& index, const ShardStatus& shards) {
    nlohmann::json found = server.searcher().search(index, request);
    // As Elasticsearch does: an answer from fewer shards than there are says so.
    found["shards"] = {{"total", shards.total}, {"failed", shards.failed}};
    return found;
  });
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  body["took_ms"] = std::round(ms * 100) / 100;
  send_json(res, body);
}

// "http://host[:port]" from the Host header when it looks like one, else "" (relative).
std::string base_url(const httplib::Request& req) {
  std::string host = req.get_header_value("Host");
  bool plain = !host.empty() && host.size() < 256 && std::all_of(host.begin(), host.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == ':' || c == '[' || c == ']';
  });
  return plain ? "http://" + host : "";
}

}  // namespace

void get_search(Server& server, const httplib::Request& req, httplib::Response& res) {
  answer_search(server, params_from_query(req), res);
}

void post_search(Server& server, const httplib::Request& req, httplib::Response& res) {
  answer_search(server, params_from_json(req.body), res);
}

void get_document(Server& server, const httplib::Request& req, httplib::Response& res) {
  const std::string id = req.matches[1];
  send_json(res, server.databases().with_database(
                     [&](Xapian::Database& db) { return server.searcher().document(db, id); }));
}

void get_similar(Server& server, const httplib::Request& req, httplib::Response& res) {
  const std::string id = req.matches[1];
  send_json(res, server.databases().with_database([&](Xapian::Database& db) { return find_similar(db, id); }));
}

void get_export(Server& server, const httplib::Request& req, httplib::Response& res) {
  ParamMap params = params_from_query(req);
  const std::string format = take_param(params, "format", "ndjson");
  if (format != "ndjson" && format != "csv") {
    throw invalid_parameter("format", "format must be one of ndjson, csv, not '" + format + "'");
  }
  // A UTF-8 byte order mark first, for spreadsheets that otherwise read CSV as the local
  // code page (Excel shows Hangul garbled without it).
  const std::string bom = take_param(params, "bom", "0");
  if (bom != "0" && bom != "1") throw invalid_parameter("bom", "bom must be 0 or 1, not '" + bom + "'");
  if (bom == "1" && format != "csv") throw invalid_parameter("bom", "bom=1 applies only to format=csv");
  // Paging does not apply: an export is every match.
  for (const char* ignored : {"page", "per_page"}) params.erase(ignored);
  SearchRequest request = parse_search_request(params, server.countries());
  // The handle keeps the generation leased while the stream runs (a rebuild cannot remove
  // it), and the cursor reads one snapshot of it from the first row to the last.
  DatabaseProvider::Handle db = server.databases().acquire();
  auto cursor = std::make_shared<ExportCursor>(db->db(), request, server.countries(),
                                               format == "csv" ? ExportFormat::kCsv : ExportFormat::kNdjson,
                                               &server.officials());
  res.set_header("Content-Disposition", attachment_disposition(request.q, utc_day(), format));
  auto prefix = std::make_shared<std::string>(bom == "1" ? "\xEF\xBB\xBF" : "");
  res.set_chunked_content_provider(
      format == "csv" ? "text/csv; charset=utf-8; header=present" : "application/x-ndjson; charset=utf-8",
      [cursor, db, prefix](size_t, httplib::DataSink& sink) {
        try {
          std::string chunk;
          chunk.swap(*prefix);
          if (!cursor->next(chunk)) {
            sink.done();
            return true;
          }
          if (!chunk.empty()) sink.write(chunk.data(), chunk.size());
          return true;
        } catch (const std::exception& e) {
          // Headers are gone already: end the stream abnormally so the client sees a failure.
          std::cerr << "dipsearchd: export stopped: " << e.what() << "\n";
          return false;
        }
      });
}

void get_feed(Server& server, const httplib::Request& req, httplib::Response& res) {
  ParamMap params = params_from_query(req);
  const std::string query_string = encode_query(params);
  for (const char* fixed : {"page", "per_page", "sort"}) params.erase(fixed);
  params["sort"] = {"date_desc"};
  params["per_page"] = {"50"};
  SearchRequest request = parse_search_request(params, server.countries());
  std::vector<StoredDocument> newest = server.databases().with_database([&](Xapian::Database& db) {
    PreparedSearch search(request, server.countries(), &server.officials());
    Xapian::Enquire enquire(db);
    enquire.set_query(search.matching());
    search.apply_sort(enquire);
    std::vector<StoredDocument> docs;
    Xapian::MSet mset = enquire.get_mset(0, 50);
    for (auto it = mset.begin(); it != mset.end(); ++it) docs.push_back(decode_stored(it.get_document().get_data()));
    return docs;
  });
  FeedInfo info{base_url(req), query_string,
                request.q.empty() ? "dipsearch: newest releases" : "dipsearch: " + request.q};
  res.set_content(atom_feed(info, newest), "application/atom+xml; charset=utf-8");
}

void get_countries(Server& server, const httplib::Request&, httplib::Response& res) {
  // The names facets use, for every code a release can carry: a page labels any country
  // without waiting for it to appear in a facet list.
  nlohmann::json countries = nlohmann::json::array();
  for (const auto& c : server.countries().all()) {
    countries.push_back({{"code", c.code}, {"label", c.name_en}, {"label_ko", c.name_ko}});
  }
  send_json(res, {{"countries", std::move(countries)}});
}

void get_health(Server& server, const httplib::Request&, httplib::Response& res) {
  send_json(res, server.databases().with_database([](Xapian::Database& db) {
    return nlohmann::json{{"status", "ok"},
                          {"documents", db.get_doccount()},
                          {"last_indexed", db.get_metadata(std::string(schema::kMetaLastIndexed))}};
  }));
}

void get_metrics(Server& server, const httplib::Request&, httplib::Response& res) {
  unsigned long documents = 0;
  std::string last_indexed;
  try {
    server.databases().with_database([&](Xapian::Database& db) {
      documents = db.get_doccount();
      last_indexed = db.get_metadata(std::string(schema::kMetaLastIndexed));
      return 0;
    });
  } catch (const ApiError&) {
    // No index yet: still report the request counters.
  }
  res.set_content(server.metrics().render(documents, last_indexed), "text/plain; version=0.0.4; charset=utf-8");
}

void get_openapi(Server&, const httplib::Request&, httplib::Response& res) {
  res.set_content(std::string(openapi_document()), "application/json; charset=utf-8");
}

}  // namespace dipsearch::searchd
