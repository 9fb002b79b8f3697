// Cross-origin requests (CORS): which web pages on other origins may call the API, and the
// answers to their browsers' preflight requests.
#pragma once

#include <string>
#include <vector>

#include <httplib.h>

namespace dipsearch::searchd {

class CorsPolicy {
 public:
  // Origins as browsers send them ("https://app.example.org", "http://localhost:3000"),
  // or "*" for any. None: no other origin may read the API's answers.
  explicit CorsPolicy(std::vector<std::string> origins) : origins_(std::move(origins)) {}

  // Throws std::invalid_argument saying what is wrong unless `origin` is "*" or
  // scheme://host[:port] with no path, as the Origin header is written.
  static void check_origin(const std::string& origin);

  // Adds the headers that let the request's origin read this answer, when it may.
  void add_headers(const httplib::Request& req, httplib::Response& res) const;
  // Answers an OPTIONS request (a browser's preflight, or a client asking) for a path
  // served with `methods` ("GET, POST"): 204 with Allow, and the CORS headers for an
  // allowed origin.
  void answer_preflight(const httplib::Request& req, httplib::Response& res, const std::string& methods) const;

 private:
  bool allows(const std::string& origin) const;

  std::vector<std::string> origins_;
};

}  // namespace dipsearch::searchd
