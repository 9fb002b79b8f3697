// Route table, dispatch (404/405 as JSON, OPTIONS and CORS), the answers' common headers and
// compression, and the exception boundary.
#include "searchd/server.h"

#include <algorithm>
#include <chrono>
#include <thread>

#include "common/program/available_cpus.h"
#include "common/search/api_error.h"
#include "searchd/handlers.h"
#include "searchd/http_headers.h"
#include "searchd/json_response.h"
#include "searchd/log.h"
#include "searchd/response_compression.h"

namespace dipsearch::searchd {
namespace {

ShardTimeouts shard_timeouts(const Options& options) {
  const auto ms = static_cast<unsigned>(options.shard_timeout_ms);
  return ShardTimeouts{ms, ms};
}

using httplib::Request;
using httplib::Response;

std::vector<Route> make_routes() {
  std::vector<Route> routes;
  for (const RouteSpec& spec : route_table()) routes.push_back({&spec, std::regex(path_pattern(spec.path))});
  return routes;
}

bool is_api_path(const std::string& path) {
  return path == "/api" || path.rfind("/api/", 0) == 0 || path == "/metrics";
}

HttpServerConfig http_config(const Options& options, AccessLog* access_log) {
  HttpServerConfig config;
  config.access_log = access_log;
  config.threads = static_cast<size_t>(options.threads);
  config.connections.max_connections = static_cast<size_t>(options.max_connections);
  config.connections.max_client_connections = static_cast<size_t>(options.max_client_connections);
  config.connections.request_timeout = std::chrono::seconds(options.request_timeout_s);
  config.connections.keep_alive_timeout = std::chrono::seconds(options.keep_alive_timeout_s);
  config.connections.head.max_body_bytes = kMaxBodyBytes;
  return config;
}

std::string with_brackets(const std::string& host) {
  return host.find(':') != std::string::npos ? "[" + host + "]" : host;
}

bool is_wildcard(const std::string& host) { return host.empty() || host == "0.0.0.0" || host == "::"; }

}  // namespace

Server::Server(const Options& options)
    : options_(options),
      countries_(entities::CountryCatalog::instance(options.data_dir)),
      officials_(entities::OfficialsRegistry::load(options.data_dir)),
      lane_pool_(available_cpus()),
      searcher_(countries_, &officials_, &lane_pool_),
      databases_(options.database, shard_timeouts(options), available_cpus()),
      static_files_(options.web_dir),
      routes_(make_routes()),
      cors_(options.cors_origins),
      access_log_(options.access_log.empty() ? nullptr : std::make_unique<AccessLog>(options.access_log)),
      http_(http_config(options, access_log_.get())) {
  // Bodies that are chunked, compressed or too large are refused by the connection layer
  // (request_head) before they are read.
  auto dispatch = [this](const Request& req, Response& res) { this->dispatch(req, res); };
  // Every method goes through our own table, which knows 404 from 405.
  const std::string any = ".*";
  http_.Get(any, dispatch);
  http_.Post(any, dispatch);
  http_.Put(any, dispatch);
  http_.Patch(any, dispatch);
  http_.Delete(any, dispatch);
  http_.Options(any, dispatch);

  // Errors cpp-httplib raises itself (bad request line, unreadable Range…) get a JSON body.
  http_.set_error_handler(httplib::Server::HandlerWithResponse([](const Request&, Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    if (res.status == 413) {
      send_error(res, 413, "body_too_large", "the request body is too large");
    } else if (res.status == 414) {
      send_error(res, 414, "uri_too_long", "the request URL is too long; send long queries with POST /api/search", "q");
    } else if (res.status == 416) {
      send_error(res, 416, "bad_range", "the Range header cannot be read");
    } else {
      send_error(res, res.status, "bad_request", "the request could not be read");
    }
    return httplib::Server::HandlerResponse::Handled;
  }));
  // Every answer, the library's own included.
  http_.set_post_routing_handler([](const Request&, Response& res) { res.set_header("Date", http_date()); });
  http_.set_exception_handler([](const Request& req, Response& res, std::exception_ptr ep) {
    std::string what = "unknown exception";
    try {
      std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    log_line(LogLevel::kError, req.method + " " + req.path + ": " + what);
    send_error(res, 500, "internal_error", "the server could not answer this request");
  });
}

void Server::dispatch(const Request& req, Response& res) {
  const auto started = std::chrono::steady_clock::now();
  std::string label = "unmatched";
  // cpp-httplib hands handlers a const Request, but the Request is its own local, built
  // for this call: adjusting it before the answer is written is safe.
  Request& request = const_cast<Request&>(req);
  route(req, res, label);
  if (is_api_path(req.path) && req.method != "OPTIONS") cors_.add_headers(req, res);
  // Byte ranges are for the page's static files, one range at a time; any other answer
  // is built anew each time, and many ranges would make cpp-httplib build a multipart copy
  // of it in memory. Ignoring Range is always allowed: the whole answer comes, 200.
  if (label != "static" || request.ranges.size() > 1) request.ranges.clear();
  compress_answer(request, res);
  metrics_.observe(label, req.method, res.status < 0 ? 200 : res.status,
                   std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
}

void Server::route(const Request& req, Response& res, std::string& label) {
  std::string allowed;
  std::smatch match;
  for (const auto& route : routes_) {
    if (!std::regex_match(req.path, match, route.regex)) continue;
    label = route.spec->path;
    // HEAD is GET without the body (cpp-httplib drops the body itself).
    const std::string method = req.method == "HEAD" ? "GET" : req.method;
    if (route.spec->method != method) {
      allowed += allowed.empty() ? route.spec->method : ", " + route.spec->method;
      continue;
    }
    try {
      const_cast<Request&>(req).matches = match;
      route.spec->handler(*this, req, res);
    } catch (const ApiError& e) {
      send_error(res, e.status, e.code, e.message(), e.param);
    } catch (const Xapian::DatabaseOpeningError& e) {
      log_line(LogLevel::kError, "cannot open " + databases_.stub().string() + ": " + e.get_description());
      send_error(res, 503, "index_unavailable", "the index cannot be opened right now");
    } catch (const Xapian::Error& e) {
      log_line(LogLevel::kError, req.method + " " + req.path + ": " + e.get_description());
      send_error(res, 500, "internal_error", "the server could not answer this request");
    }
    return;
  }
  if (!allowed.empty() && req.method == "OPTIONS") {
    cors_.answer_preflight(req, res, allowed);
    return;
  }
  if (!allowed.empty()) {
    res.set_header("Allow", allowed);
    send_error(res, 405, "method_not_allowed", req.method + " is not allowed on " + req.path + "; use " + allowed);
    return;
  }
  if ((req.method == "GET" || req.method == "HEAD") && !is_api_path(req.path)) {
    if (auto file = static_files_.find(req.path)) {
      label = "static";
      // Revalidated on every load, so a changed page is seen at once, and an unchanged one
      // costs a 304 instead of a body compressed again.
      res.set_header("Cache-Control", "no-cache");
      res.set_header("ETag", file->etag);
      if (req.get_header_value("If-None-Match") == file->etag) {
        res.status = 304;
        return;
      }
      res.set_content(file->body, file->content_type.c_str());
      return;
    }
  }
  send_error(res, 404, "not_found", "no such route: " + req.path);
}

std::string Server::bind() {
  if (!options_.unix_socket.empty()) {
    http_.bind_unix(options_.unix_socket);
    return "unix:" + options_.unix_socket;
  }
  port_ = http_.bind(options_.host, options_.port);
  return "http://" + with_brackets(options_.host) + ":" + std::to_string(port_) + "/";
}

bool Server::reopen_logs() {
  if (access_log_) access_log_->reopen();
  return access_log_ != nullptr;
}

std::string Server::public_url(const Request& req) const {
  if (!options_.public_url.empty()) return options_.public_url;
  // Behind a reverse proxy on a Unix socket, only --public-url knows the address.
  if (!options_.unix_socket.empty()) return "http://localhost";
  // Behind a wildcard address, the address this connection came in on.
  if (is_wildcard(options_.host)) return "http://" + with_brackets(req.local_addr) + ":" + std::to_string(req.local_port);
  return "http://" + with_brackets(options_.host) + ":" + std::to_string(port_);
}

}  // namespace dipsearch::searchd
