// The API's handlers: parse, validate, run against this thread's database, answer.
#include "searchd/handlers.h"

#include <chrono>
#include <cmath>
#include <cstdint>
#include <memory>
#include <optional>

#include "common/index/stored_document.h"
#include "common/release/utf8_check.h"
#include "common/schema.h"
#include "common/search/api_error.h"
#include "common/search/export_cursor.h"
#include "common/search/prepared_search.h"
#include "common/search/search_cursor.h"
#include "common/search/similar.h"
#include "searchd/atom_feed.h"
#include "searchd/download_name.h"
#include "searchd/export_stream.h"
#include "searchd/index_health.h"
#include "searchd/json_response.h"
#include "searchd/openapi_document.h"
#include "searchd/research_handlers.h"
#include "searchd/request_params.h"
#include "searchd/response_compression.h"
#include "searchd/server.h"

namespace dipsearch::searchd {
namespace {

// With cursor paging: the cursor of the next page while hits remain (full and partial),
// bound to the generation and commit read, which is kept for it past a rebuild.
void add_next_cursor(Server& server, const OpenDatabase& open, const SearchRequest& request,
                     const std::string& commit, nlohmann::json& found) {
  const auto next = static_cast<std::uint64_t>(request.first_hit()) + found["hits"].size();
  const auto listed = found["total"].get<std::uint64_t>() + found["total_partial"].get<std::uint64_t>();
  if (next >= listed) {
    found["next_cursor"] = nullptr;
    return;
  }
  found["next_cursor"] = encode_cursor({open.generation, commit, search_fingerprint(request), next});
  server.databases().keep_for_cursors(open);
}

void answer_search(Server& server, const ParamMap& params, httplib::Response& res) {
  const auto started = std::chrono::steady_clock::now();
  SearchRequest request = parse_search_request(params, server.countries());
  const std::string* generation = request.cursor ? &request.cursor->generation : nullptr;
  nlohmann::json body = server.databases().with_database(
      [&](const OpenDatabase& open) {
        const std::string commit = request.cursor_paging ? open.index.db().get_metadata(std::string(schema::kMetaCommit)) : "";
        if (request.cursor && commit != request.cursor->commit) {
          // An incremental run changes a generation in place: its old revision is gone.
          throw ApiError(410, "cursor_expired", "cursor",
                         "the index changed since this cursor was made (an indexing run updated it); start again "
                         "with cursor=start");
        }
        nlohmann::json found = server.searcher().search(open.index, request);
        // As Elasticsearch does: an answer from fewer shards than there are says so.
        found["shards"] = {{"total", open.shards.total}, {"failed", open.shards.failed}};
        if (request.cursor_paging) add_next_cursor(server, open, request, commit, found);
        return found;
      },
      generation);
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  body["took_ms"] = std::round(ms * 100) / 100;
  send_json(res, body);
}

}  // namespace

void get_search(Server& server, const httplib::Request& req, httplib::Response& res) {
  answer_search(server, params_from_query(req), res);
}

void post_search(Server& server, const httplib::Request& req, httplib::Response& res) {
  answer_search(server, merged_params(params_from_query(req), params_from_json(req.body)), res);
}

void get_document(Server& server, const httplib::Request& req, httplib::Response& res) {
  const std::string id = req.matches[1];
  // ?format=ris|bibtex|csljson: the release as a reference to cite.
  if (req.has_param("format") && req.get_param_value("format") != "json") {
    send_citation(server, id, citation_format(params_from_query(req)), res);
    return;
  }
  send_json(res, server.databases().with_database(
                     [&](Xapian::Database& db) { return server.searcher().document(db, id); }));
}

void get_similar(Server& server, const httplib::Request& req, httplib::Response& res) {
  const std::string id = req.matches[1];
  send_json(res, server.databases().with_database([&](Xapian::Database& db) { return find_similar(db, id); }));
}

void get_export(Server& server, const httplib::Request& req, httplib::Response& res) {
  ParamMap params = params_from_query(req);
  const std::string format_name = take_param(params, "format", "ndjson");
  const std::optional<ExportFormat> format = export_format_named(format_name);
  if (!format) {
    throw invalid_parameter("format", "format must be one of ndjson, csv, ris, bibtex, csljson, not " +
                                          release::quote_for_message(format_name));
  }
  const std::string bom = take_bom(params, format_name);
  // match=auto's partial matches after the full ones, as a search pages through them.
  const std::string partial = take_param(params, "partial", "0");
  if (partial != "0" && partial != "1") {
    throw invalid_parameter("partial", "partial must be 0 or 1, not " + release::quote_for_message(partial));
  }
  if (partial == "1" && *format != ExportFormat::kNdjson && *format != ExportFormat::kCsv) {
    // A citation has no field that could say a release matched only some of the words.
    throw invalid_parameter("partial", "partial=1 applies only to format=ndjson or format=csv");
  }
  refuse_params(params, {"page", "per_page", "facets", "facet_size", "date_interval", "fields", "cursor", "collapse"},
                "/api/export writes every match, whole, without facets");
  SearchRequest request = parse_search_request(params, server.countries());
  // The handle keeps the generation leased while the stream runs (a rebuild cannot remove
  // it), and the cursor reads one snapshot of it from the first row to the last.
  DatabaseProvider::Handle db = server.databases().acquire();
  const std::string day = utc_day();
  auto cursor = std::make_unique<ExportCursor>(db->db(), request, server.countries(), *format, &server.officials(), day,
                                               partial == "1");
  res.set_header("Content-Disposition", attachment_disposition(request.q, day, export_extension(*format)));
  const std::string content_type(export_content_type(*format));
  auto stream = std::make_shared<ExportStream>(db, std::move(cursor), bom, stream_encoder(req, res, content_type));
  res.set_chunked_content_provider(content_type,
                                   [stream](size_t, httplib::DataSink& sink) { return stream->write_next(sink); });
}

void get_feed(Server& server, const httplib::Request& req, httplib::Response& res) {
  ParamMap params = params_from_query(req);
  refuse_params(params, {"page", "per_page", "sort", "facets", "facet_size", "date_interval", "fields", "cursor"},
                "/api/feed.atom lists the 50 newest matches, without facets");
  const std::string query_string = encode_query(params);
  params["sort"] = {"date_desc"};
  params["per_page"] = {"50"};
  SearchRequest request = parse_search_request(params, server.countries());
  std::vector<StoredDocument> newest = server.databases().with_database([&](Xapian::Database& db) {
    PreparedSearch search(request, server.countries(), &server.officials());
    Xapian::Enquire enquire(db);
    search.order(enquire, search.matching());
    std::vector<StoredDocument> docs;
    Xapian::MSet mset = enquire.get_mset(0, 50);
    for (auto it = mset.begin(); it != mset.end(); ++it) docs.push_back(decode_stored(it.get_document().get_data()));
    return docs;
  });
  FeedInfo info{server.public_url(req), query_string,
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
  const IndexHealth health = server.databases().with_database(
      [](Xapian::Database& db, const ShardStatus& shards) { return index_health(db, shards); });
  send_json(res, health.body, health.http_status);
}

void get_metrics(Server& server, const httplib::Request&, httplib::Response& res) {
  unsigned long documents = 0;
  std::string last_indexed;
  std::optional<IndexHealth> health;
  try {
    server.databases().with_database([&](Xapian::Database& db, const ShardStatus& shards) {
      documents = db.get_doccount();
      last_indexed = db.get_metadata(std::string(schema::kMetaLastIndexed));
      health = index_health(db, shards);
      return 0;
    });
  } catch (const ApiError&) {
    // No index yet: still report the request counters, and that the index is down.
  }
  res.set_content(server.metrics().render(documents, last_indexed, server.connection_stats()) +
                      index_health_metrics(health ? &*health : nullptr),
                  "text/plain; version=0.0.4; charset=utf-8");
}

void get_openapi(Server&, const httplib::Request&, httplib::Response& res) {
  res.set_content(std::string(openapi_document()), "application/json; charset=utf-8");
}

}  // namespace dipsearch::searchd
