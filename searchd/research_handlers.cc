// Handlers of the research routes: trends of several searches over time (and their CSV),
// releases as citations, and an official's posts and releases per year.
#include "searchd/research_handlers.h"

#include <chrono>
#include <cmath>
#include <utility>

#include "common/release/utf8_check.h"
#include "common/search/api_error.h"
#include "common/search/official_roles.h"
#include "common/search/searcher.h"
#include "common/search/trends.h"
#include "searchd/download_name.h"
#include "searchd/handlers.h"
#include "searchd/json_response.h"
#include "searchd/request_params.h"
#include "searchd/server.h"

namespace dipsearch::searchd {

ExportFormat citation_format(ParamMap params) {
  const std::string name = take_param(params, "format", "json");
  const std::optional<ExportFormat> format = export_format_named(name);
  if (!format || !is_citation_format(*format)) {
    throw invalid_parameter("format", "format must be one of json, ris, bibtex, csljson, not " +
                                          release::quote_for_message(name));
  }
  return *format;
}

void send_citation(Server& server, const std::string& id, ExportFormat format, httplib::Response& res) {
  const StoredDocument doc = server.databases().with_database(
      [&](Xapian::Database& db) { return decode_stored(db.get_document(docid_of(db, id)).get_data()); });
  ExportWriter writer(format, utc_day());
  std::string body;
  writer.begin(body);
  writer.row(body, doc);
  writer.end(body);
  // The id is [A-Za-z0-9._-]: a file name as it is.
  res.set_header("Content-Disposition", "attachment; filename=\"" + id + "." + std::string(export_extension(format)) + "\"");
  res.set_content(body, std::string(export_content_type(format)));
}

void get_trends(Server& server, const httplib::Request& req, httplib::Response& res) {
  const auto started = std::chrono::steady_clock::now();
  ParamMap params = params_from_query(req);
  const std::string format = take_param(params, "format", "json");
  if (format != "json" && format != "csv") {
    throw invalid_parameter("format", "format must be one of json, csv, not '" + format + "'");
  }
  const std::string bom = take_bom(params, format);
  const TrendsRequest request = parse_trends_request(params, server.countries());
  auto [trends, shards] = server.databases().with_database([&](const SearchIndex& index, const ShardStatus& status) {
    return std::make_pair(count_trends(index, request, server.countries(), &server.officials()), status);
  });
  if (format == "csv") {
    std::string name = "trends";
    for (const auto& s : request.searches) name += " " + s.q;
    std::string body = bom;
    append_trends_csv(body, trends);
    res.set_header("Content-Disposition", attachment_disposition(name, utc_day(), "csv"));
    res.set_content(body, "text/csv; charset=utf-8; header=present");
    return;
  }
  nlohmann::json body = trends_json(trends);
  body["shards"] = {{"total", shards.total}, {"failed", shards.failed}};
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  body["took_ms"] = std::round(ms * 100) / 100;
  send_json(res, body);
}

void get_official(Server& server, const httplib::Request& req, httplib::Response& res) {
  const std::string key = req.matches[1];
  if (!is_valid_official_key(key)) {
    throw ApiError(400, "invalid_parameter", "key", "an official's key is 1 to 128 characters of a-z, 0-9 and '-'");
  }
  const entities::RegistryOfficial* official = server.officials().find_by_key(key);
  if (!official) throw ApiError(404, "not_found", "key", "no official in the registry has the key '" + key + "'");
  // The releases naming the official, per year: the trends of one search for that official.
  const TrendsRequest request = parse_trends_request({{"official", {key}}, {"date_interval", {"year"}}}, server.countries());
  auto [trends, shards] = server.databases().with_database([&](const SearchIndex& index, const ShardStatus& status) {
    return std::make_pair(count_trends(index, request, server.countries(), &server.officials()), status);
  });
  nlohmann::json per_year = nlohmann::json::array();
  const TrendSeries& releases = trends.series.front();
  for (size_t i = 0; i < trends.periods.size(); ++i) {
    per_year.push_back({{"year", trends.periods[i]}, {"count", releases.counts[i]}});
  }
  nlohmann::json body = official_record_json(*official);
  body["releases"] = {{"total", releases.total}, {"undated", releases.undated}, {"per_year", std::move(per_year)}};
  body["shards"] = {{"total", shards.total}, {"failed", shards.failed}};
  send_json(res, body);
}

}  // namespace dipsearch::searchd
