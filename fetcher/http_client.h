// One HTTP GET at a time through libcurl: TLS verified, http and https only, a bounded
// time and body, conditional requests, and the answer's status, type, validators and
// redirect target. Redirects are not followed here: the polite fetcher follows them, so
// that robots.txt and the delay apply to every hop.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

namespace dipsearch::fetcher {

struct HttpRequest {
  std::string url;
  std::string if_none_match;      // an ETag from an earlier answer, or empty
  std::string if_modified_since;  // a Last-Modified from an earlier answer, or empty
  double timeout_seconds = 30;
  double connect_timeout_seconds = 10;
  size_t max_bytes = 8u << 20;
};

struct HttpResponse {
  long status = 0;              // 0 when no answer came (see error)
  std::string body;
  std::string content_type;     // as sent, lower-cased; empty when none
  std::string etag;
  std::string last_modified;
  std::string location;         // a redirect's absolute target
  std::string retry_after;      // as sent
  std::string error;            // why no (whole) answer came: timeout, too large, TLS, connection …
  bool transient = false;       // the error may go away when asked again (timeouts, connections)
};

class HttpClient {
 public:
  // `user_agent` is sent with every request.
  explicit HttpClient(std::string user_agent);
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  // Never throws for what the network does; the answer says what happened.
  HttpResponse get(const HttpRequest& request);

 private:
  struct Handle;
  std::unique_ptr<Handle> handle_;
  std::string user_agent_;
};

// The libcurl version string, for the User-Agent.
std::string curl_version_text();

}  // namespace dipsearch::fetcher
