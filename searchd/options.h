// dipsearchd's command line: GNU long options, defaults from the environment.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "searchd/log.h"

namespace dipsearch::searchd {

struct Options {
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string unix_socket;  // --socket: listen there instead of on host:port
  std::filesystem::path database;
  std::filesystem::path data_dir;
  std::filesystem::path web_dir;
  int threads = 8;  // requests answered at once
  std::string port_file;  // write the bound port here once listening (port 0 picks one)
  int shard_timeout_ms = 5000;  // a remote shard's answer or connection
  // Connections: open at once, from one client address (0: no limit), seconds to receive
  // a request, seconds an idle keep-alive connection stays open.
  int max_connections = 1024;
  int max_client_connections = 64;
  int request_timeout_s = 10;
  int keep_alive_timeout_s = 60;
  // The address users reach the daemon at ("https://search.example.org/dip"), for links in
  // feeds; empty: the address it listens on.
  std::string public_url;
  // Web origins whose pages may call the API from a browser (CORS); "*" for any.
  std::vector<std::string> cors_origins;
  LogLevel log_level = LogLevel::kInfo;
  std::string access_log;  // --access-log: a file, "-" for standard output, empty for none
};

enum class Action { kServe, kHelp, kVersion };

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

Action parse_options(int argc, char** argv, Options& options);
std::string help_text();

}  // namespace dipsearch::searchd
