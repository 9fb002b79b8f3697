// The one route table: every path the daemon answers, its method and its handler. The
// server dispatches from it; the OpenAPI test walks it.
#pragma once

#include <string>
#include <vector>

#include <httplib.h>

namespace dipsearch::searchd {

class Server;

using Handler = void (*)(Server&, const httplib::Request&, httplib::Response&);

struct RouteSpec {
  std::string method;  // "GET", "POST"
  std::string path;    // OpenAPI form: "/api/documents/{id}"
  Handler handler;
};

const std::vector<RouteSpec>& route_table();

// The regular expression a path template stands for: "{id}" matches one path segment.
std::string path_pattern(const std::string& path);

}  // namespace dipsearch::searchd
