// The HTTP server: one route table, the handlers it names, and the boundary where every
// exception becomes SPEC's JSON error (never a stack trace, never HTML).
#pragma once

#include <memory>
#include <regex>
#include <string>
#include <vector>

#include <httplib.h>

#include "common/entities/country_catalog.h"
#include "common/search/searcher.h"
#include "searchd/database_provider.h"
#include "searchd/options.h"
#include "searchd/static_files.h"

namespace dipsearch::searchd {

struct Route {
  std::string method;   // "GET", "POST"
  std::string pattern;  // regular expression over the whole path
  std::regex regex;
  void (*handler)(class Server&, const httplib::Request&, httplib::Response&);
};

class Server {
 public:
  explicit Server(const Options& options);

  // Binds (port 0 picks a free one) and returns the port; throws on failure.
  int bind();
  // Serves until stop() is called from another thread.
  void listen();
  void stop() { http_.stop(); }

  const std::vector<Route>& routes() const { return routes_; }

  // For handlers.
  DatabaseProvider& databases() { return databases_; }
  const Searcher& searcher() const { return searcher_; }
  const entities::CountryCatalog& countries() const { return countries_; }
  const StaticFiles& static_files() const { return static_files_; }

 private:
  void dispatch(const httplib::Request& req, httplib::Response& res);

  Options options_;
  const entities::CountryCatalog& countries_;
  Searcher searcher_;
  DatabaseProvider databases_;
  StaticFiles static_files_;
  std::vector<Route> routes_;
  httplib::Server http_;
};

// The largest request body accepted (JSON search requests are tiny).
inline constexpr size_t kMaxBodyBytes = 1 << 20;

}  // namespace dipsearch::searchd
