// The API's handlers: parse, validate, run against this thread's database, answer JSON.
#include "searchd/handlers.h"

#include <chrono>
#include <cmath>

#include "common/schema.h"
#include "common/search/api_error.h"
#include "searchd/json_response.h"
#include "searchd/request_params.h"
#include "searchd/server.h"

namespace dipsearch::searchd {
namespace {

void answer_search(Server& server, const ParamMap& params, httplib::Response& res) {
  const auto started = std::chrono::steady_clock::now();
  SearchRequest request = parse_search_request(params, server.countries());
  nlohmann::json body = server.databases().with_database(
      [&](Xapian::Database& db) { return server.searcher().search(db, request); });
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  body["took_ms"] = std::round(ms * 100) / 100;
  send_json(res, body);
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

void get_health(Server& server, const httplib::Request&, httplib::Response& res) {
  send_json(res, server.databases().with_database([](Xapian::Database& db) {
    return nlohmann::json{{"status", "ok"},
                          {"documents", db.get_doccount()},
                          {"last_indexed", db.get_metadata(std::string(schema::kMetaLastIndexed))}};
  }));
}

}  // namespace dipsearch::searchd
