// CORS headers and preflight answers (Fetch standard, "CORS protocol").
#include "searchd/cors.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace dipsearch::searchd {
namespace {

// Browsers cache a preflight this many seconds (Chromium caps it at 7200).
constexpr const char* kPreflightMaxAge = "600";

bool is_host_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == ':' || c == '[' || c == ']';
}

}  // namespace

void CorsPolicy::check_origin(const std::string& origin) {
  if (origin == "*") return;
  const size_t sep = origin.find("://");
  const std::string scheme = sep == std::string::npos ? "" : origin.substr(0, sep);
  if (scheme != "http" && scheme != "https") {
    throw std::invalid_argument("'" + origin + "' is not an origin: write it as http://host[:port] or https://host[:port], or *");
  }
  const std::string host = origin.substr(sep + 3);
  if (host.empty() || !std::all_of(host.begin(), host.end(), is_host_char)) {
    throw std::invalid_argument("'" + origin + "' is not an origin: after the scheme only a host and a port may follow, no path");
  }
}

bool CorsPolicy::allows(const std::string& origin) const {
  if (origin.empty()) return false;
  return std::any_of(origins_.begin(), origins_.end(), [&](const std::string& o) { return o == "*" || o == origin; });
}

void CorsPolicy::add_headers(const httplib::Request& req, httplib::Response& res) const {
  if (origins_.empty()) return;
  // The answer depends on Origin whenever some origins are allowed and others not.
  const bool any = std::find(origins_.begin(), origins_.end(), "*") != origins_.end();
  if (!any) res.set_header("Vary", "Origin");
  const std::string origin = req.get_header_value("Origin");
  if (!allows(origin)) return;
  res.set_header("Access-Control-Allow-Origin", any ? "*" : origin);
  // The export's file name, for pages that offer it as a download.
  res.set_header("Access-Control-Expose-Headers", "Content-Disposition");
}

void CorsPolicy::answer_preflight(const httplib::Request& req, httplib::Response& res,
                                  const std::string& methods) const {
  res.status = 204;
  res.set_header("Allow", methods + ", OPTIONS");
  add_headers(req, res);
  if (!allows(req.get_header_value("Origin"))) return;
  res.set_header("Access-Control-Allow-Methods", methods);
  // JSON bodies are sent with Content-Type: application/json, which needs permission.
  res.set_header("Access-Control-Allow-Headers", "Content-Type");
  res.set_header("Access-Control-Max-Age", kPreflightMaxAge);
}

}  // namespace dipsearch::searchd
