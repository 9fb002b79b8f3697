// Route table, dispatch (404/405 as JSON), body limits and the exception boundary.
#include "searchd/server.h"

#include <algorithm>
#include <chrono>
#include <iostream>
#include <thread>

#include "common/search/api_error.h"
#include "searchd/handlers.h"
#include "searchd/json_response.h"

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

}  // namespace

Server::Server(const Options& options)
    : options_(options),
      countries_(entities::CountryCatalog::instance(options.data_dir)),
      officials_(entities::OfficialsRegistry::load(options.data_dir)),
      lane_pool_(std::max(1u, std::thread::hardware_concurrency())),
      searcher_(countries_, &officials_, &lane_pool_),
      databases_(options.database, shard_timeouts(options), std::max(1u, std::thread::hardware_concurrency())),
      static_files_(options.web_dir),
      routes_(make_routes()) {
  const int threads = options_.threads;
  http_.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  http_.set_payload_max_length(kMaxBodyBytes);
  http_.set_keep_alive_timeout(2);
  // httplib's default closes a connection after 5 requests; scripts send many.
  http_.set_keep_alive_max_count(100);
  // httplib writes headers and body separately: without this, Nagle's algorithm and the
  // client's delayed ACK hold every kept-alive response back by about 40 ms.
  http_.set_tcp_nodelay(true);
  http_.set_read_timeout(10);
  http_.set_write_timeout(10);

  // Bodies that bypass cpp-httplib's size limit (chunked, compressed) are refused before
  // they are read.
  http_.set_pre_routing_handler([](const Request& req, Response& res) {
    if (req.has_header("Content-Encoding")) {
      send_error(res, 415, "unsupported_body", "compressed request bodies are not accepted");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (req.get_header_value("Transfer-Encoding").find("chunked") != std::string::npos) {
      send_error(res, 411, "length_required", "send the request body with a Content-Length, not chunked");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (req.get_header_value<uint64_t>("Content-Length") > kMaxBodyBytes) {
      send_error(res, 413, "body_too_large",
                 "the request body is larger than " + std::to_string(kMaxBodyBytes) + " bytes");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });

  auto dispatch = [this](const Request& req, Response& res) { this->dispatch(req, res); };
  // Every method goes through our own table, which knows 404 from 405.
  const std::string any = ".*";
  http_.Get(any, dispatch);
  http_.Post(any, dispatch);
  http_.Put(any, dispatch);
  http_.Patch(any, dispatch);
  http_.Delete(any, dispatch);
  http_.Options(any, dispatch);

  // Errors cpp-httplib raises itself (bad request line, body too large…) get a JSON body.
  http_.set_error_handler(httplib::Server::HandlerWithResponse([](const Request&, Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    if (res.status == 413) {
      send_error(res, 413, "body_too_large", "the request body is too large");
    } else if (res.status == 414) {
      send_error(res, 414, "uri_too_long", "the request URL is too long; send long queries with POST /api/search", "q");
    } else {
      send_error(res, res.status, "bad_request", "the request could not be read");
    }
    return httplib::Server::HandlerResponse::Handled;
  }));
  http_.set_exception_handler([](const Request& req, Response& res, std::exception_ptr ep) {
    try {
      std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      std::cerr << "dipsearchd: " << req.method << " " << req.path << ": " << e.what() << "\n";
    } catch (...) {
      std::cerr << "dipsearchd: " << req.method << " " << req.path << ": unknown exception\n";
    }
    send_error(res, 500, "internal_error", "the server could not answer this request");
  });
}

void Server::dispatch(const Request& req, Response& res) {
  const auto started = std::chrono::steady_clock::now();
  std::string label = "unmatched";
  route(req, res, label);
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
      send_error(res, e.status, e.code, e.what(), e.param);
    } catch (const Xapian::DatabaseOpeningError& e) {
      std::cerr << "dipsearchd: cannot open " << databases_.stub().string() << ": " << e.get_description() << "\n";
      send_error(res, 503, "index_unavailable", "the index cannot be opened right now");
    } catch (const Xapian::Error& e) {
      std::cerr << "dipsearchd: " << req.method << " " << req.path << ": " << e.get_description() << "\n";
      send_error(res, 500, "internal_error", "the server could not answer this request");
    }
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

int Server::bind() {
  int port = options_.port == 0 ? http_.bind_to_any_port(options_.host)
                                : (http_.bind_to_port(options_.host, options_.port) ? options_.port : -1);
  if (port < 0) {
    throw std::runtime_error("cannot listen on " + options_.host + ":" + std::to_string(options_.port));
  }
  return port;
}

void Server::listen() { http_.listen_after_bind(); }

}  // namespace dipsearch::searchd
