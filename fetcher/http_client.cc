// libcurl behind HttpClient (see http_client.h).
#include "fetcher/http_client.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <sstream>
#include <stdexcept>

namespace dipsearch::fetcher {
namespace {

// One global initialisation for the process, before any handle (libcurl asks for it).
void init_curl_once() {
  static const bool done = [] {
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) throw std::runtime_error("cannot initialise libcurl");
    return true;
  }();
  (void)done;
}

struct Sink {
  std::string* body;
  size_t max_bytes;
  bool too_large = false;
};

size_t write_body(char* data, size_t size, size_t count, void* user) {
  auto* sink = static_cast<Sink*>(user);
  const size_t n = size * count;
  if (sink->body->size() + n > sink->max_bytes) {
    sink->too_large = true;
    return 0;  // makes libcurl stop with CURLE_WRITE_ERROR
  }
  sink->body->append(data, n);
  return n;
}

std::string header(CURL* curl, const char* name) {
  struct curl_header* h = nullptr;
  if (curl_easy_header(curl, name, 0, CURLH_HEADER, -1, &h) != CURLHE_OK || h == nullptr) return {};
  return h->value;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

std::string size_text(size_t bytes) {
  return bytes >= (1u << 20) && bytes % (1u << 20) == 0 ? std::to_string(bytes >> 20) + " MiB"
                                                        : std::to_string(bytes) + " bytes";
}

bool transient_error(CURLcode code) {
  switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
      return true;
    default:
      return false;
  }
}

}  // namespace

struct HttpClient::Handle {
  CURL* curl = nullptr;
  ~Handle() {
    if (curl != nullptr) curl_easy_cleanup(curl);
  }
};

HttpClient::HttpClient(std::string user_agent) : handle_(std::make_unique<Handle>()), user_agent_(std::move(user_agent)) {
  init_curl_once();
  handle_->curl = curl_easy_init();
  if (handle_->curl == nullptr) throw std::runtime_error("cannot create a libcurl handle");
}

HttpClient::~HttpClient() = default;

HttpResponse HttpClient::get(const HttpRequest& request) {
  CURL* curl = handle_->curl;
  curl_easy_reset(curl);  // keeps the connection cache: kept-alive connections are reused
  HttpResponse response;
  Sink sink{&response.body, request.max_bytes};
  char error_text[CURL_ERROR_SIZE] = "";
  curl_slist* headers = nullptr;
  if (!request.if_none_match.empty()) {
    headers = curl_slist_append(headers, ("If-None-Match: " + request.if_none_match).c_str());
  }
  if (!request.if_modified_since.empty()) {
    headers = curl_slist_append(headers, ("If-Modified-Since: " + request.if_modified_since).c_str());
  }
  headers = curl_slist_append(headers, "Accept: text/html, application/xhtml+xml;q=0.9, */*;q=0.1");

  curl_easy_setopt(curl, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(curl, CURLOPT_USERAGENT, user_agent_.c_str());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  // Any encoding libcurl can decode; the size limit applies to the decoded body, so a
  // small compressed answer cannot unpack into a huge one.
  curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(request.timeout_seconds * 1000));
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(request.connect_timeout_seconds * 1000));
  curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(request.max_bytes));
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, write_body);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error_text);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);

  const CURLcode code = curl_easy_perform(curl);
  curl_slist_free_all(headers);
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
  if (code != CURLE_OK) {
    if (sink.too_large || code == CURLE_FILESIZE_EXCEEDED) {
      response.error = "answer larger than " + size_text(request.max_bytes);
    } else if (code == CURLE_OPERATION_TIMEDOUT) {
      std::ostringstream limit;
      limit << "no whole answer within " << request.timeout_seconds << " s";
      response.error = limit.str();
    } else {
      response.error = error_text[0] ? std::string(error_text) : std::string(curl_easy_strerror(code));
    }
    response.transient = transient_error(code);
    response.status = 0;
    response.body.clear();
    return response;
  }
  char* type = nullptr;
  if (curl_easy_getinfo(curl, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK && type != nullptr) {
    response.content_type = lower(type);
  }
  char* location = nullptr;
  if (curl_easy_getinfo(curl, CURLINFO_REDIRECT_URL, &location) == CURLE_OK && location != nullptr) {
    response.location = location;
  }
  response.etag = header(curl, "ETag");
  response.last_modified = header(curl, "Last-Modified");
  response.retry_after = header(curl, "Retry-After");
  return response;
}

std::string curl_version_text() {
  const curl_version_info_data* info = curl_version_info(CURLVERSION_NOW);
  return info != nullptr && info->version != nullptr ? info->version : "";
}

}  // namespace dipsearch::fetcher
