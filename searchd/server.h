// The HTTP server: one route table, the handlers it names, and the boundary where every
// exception becomes SPEC's JSON error (never a stack trace, never HTML).
#pragma once

#include <memory>
#include <regex>
#include <string>
#include <vector>

#include <httplib.h>

#include "common/entities/country_catalog.h"
#include "common/entities/officials_registry.h"
#include "common/search/searcher.h"
#include "searchd/cors.h"
#include "searchd/database_provider.h"
#include "searchd/http_server.h"
#include "searchd/metrics.h"
#include "searchd/options.h"
#include "searchd/route_table.h"
#include "searchd/static_files.h"

namespace dipsearch::searchd {

// A route of route_table() with its path compiled.
struct Route {
  const RouteSpec* spec;
  std::regex regex;
};

class Server {
 public:
  explicit Server(const Options& options);

  // Binds --socket, or host and port (port 0 picks a free one), and returns where it
  // listens ("http://127.0.0.1:8080/", "unix:/run/dipsearch/http.sock"); throws on failure.
  std::string bind();
  int port() const { return port_; }
  // SIGHUP: the access log, after logrotate moved it; throws when it cannot be opened.
  // False when there is none.
  bool reopen_logs();
  // Serves until stop() is called from another thread.
  void listen() { http_.listen(); }
  void stop() { http_.stop(); }

  const std::vector<Route>& routes() const { return routes_; }

  // For handlers.
  DatabaseProvider& databases() { return databases_; }
  const Searcher& searcher() const { return searcher_; }
  const entities::CountryCatalog& countries() const { return countries_; }
  const entities::OfficialsRegistry& officials() const { return officials_; }
  const StaticFiles& static_files() const { return static_files_; }
  Metrics& metrics() { return metrics_; }
  ConnectionStats connection_stats() const { return http_.connection_stats(); }
  // "https://host/path" for links users follow (feeds): --public-url, else the address
  // the request came in on. Never the Host header, which the client chooses.
  std::string public_url(const httplib::Request& req) const;

 private:
  void dispatch(const httplib::Request& req, httplib::Response& res);
  // Finds and runs the route (or a static file, or a JSON 404/405); `label` names the
  // route for metrics.
  void route(const httplib::Request& req, httplib::Response& res, std::string& label);

  Options options_;
  const entities::CountryCatalog& countries_;
  entities::OfficialsRegistry officials_;
  LanePool lane_pool_;  // the cores one search may match on
  Searcher searcher_;
  DatabaseProvider databases_;
  StaticFiles static_files_;
  std::vector<Route> routes_;
  CorsPolicy cors_;
  Metrics metrics_;
  std::unique_ptr<AccessLog> access_log_;
  HttpServer http_;
  int port_ = 0;
};

// The largest request body accepted (JSON search requests are tiny).
inline constexpr size_t kMaxBodyBytes = 1 << 20;

}  // namespace dipsearch::searchd
