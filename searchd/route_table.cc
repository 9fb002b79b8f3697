// The daemon's routes.
#include "searchd/route_table.h"

#include "searchd/handlers.h"

namespace dipsearch::searchd {

const std::vector<RouteSpec>& route_table() {
  static const std::vector<RouteSpec> routes = {
      {"GET", "/api/search", get_search},
      {"POST", "/api/search", post_search},
      {"GET", "/api/documents/{id}", get_document},
      {"GET", "/api/documents/{id}/similar", get_similar},
      {"GET", "/api/export", get_export},
      {"GET", "/api/feed.atom", get_feed},
      {"GET", "/api/trends", get_trends},
      {"GET", "/api/officials/{key}", get_official},
      {"GET", "/api/countries", get_countries},
      {"GET", "/api/health", get_health},
      {"GET", "/api/openapi.json", get_openapi},
      {"GET", "/metrics", get_metrics},
  };
  return routes;
}

std::string path_pattern(const std::string& path) {
  std::string out;
  for (size_t i = 0; i < path.size(); ++i) {
    if (path[i] == '{') {
      i = path.find('}', i);
      out += "([^/]+)";
    } else if (path[i] == '.') {
      out += "\\.";
    } else {
      out += path[i];
    }
  }
  return out;
}

}  // namespace dipsearch::searchd
