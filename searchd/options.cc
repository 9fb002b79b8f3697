// Command-line parsing for dipsearchd.
#include "searchd/options.h"

#include <getopt.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>

#include "common/index/database_layout.h"
#include "common/program/bundled_paths.h"
#include "searchd/cors.h"
#include "dipsearch/config.h"

namespace dipsearch::searchd {
namespace {

const char* env(const char* name) {
  const char* v = std::getenv(name);
  return (v != nullptr && *v != '\0') ? v : nullptr;
}

int parse_number(const std::string& what, const char* text, int lo, int hi) {
  int n = 0;
  std::string_view s(text);
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc() || end != s.data() + s.size() || n < lo || n > hi) {
    throw UsageError(what + " must be a number from " + std::to_string(lo) + " to " +
                     std::to_string(hi) + ", not '" + std::string(s) + "'");
  }
  return n;
}

// "http[s]://host[:port][/path]" without a query, a fragment, spaces or quotes; returned
// without a trailing slash, so paths append to it.
std::string public_url(const std::string& what, std::string url) {
  const bool scheme = url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0;
  const size_t host = url.find("//") + 2;
  const bool plain = std::all_of(url.begin(), url.end(), [](char c) {
    return c > 0x20 && c < 0x7f && c != '?' && c != '#' && c != '"' && c != '<' && c != '>' && c != '\\';
  });
  if (!scheme || !plain || host >= url.size() || url[host] == '/') {
    throw UsageError(what + " must be an http:// or https:// address such as https://search.example.org/dip, not '" +
                     url + "'");
  }
  while (url.back() == '/') url.pop_back();
  return url;
}

void add_cors_origin(Options& options, const std::string& origin, const std::string& where) {
  try {
    CorsPolicy::check_origin(origin);
  } catch (const std::invalid_argument& e) {
    throw UsageError(where + ": " + e.what());
  }
  options.cors_origins.push_back(origin);
}

}  // namespace

std::string help_text() {
  return R"(Usage: dipsearchd [OPTION]...
Serve the dipsearch JSON API and search page over HTTP.

Options:
      --host=ADDR       address to bind (default: $DIPSEARCH_HOST, else 127.0.0.1)
  -p, --port=PORT       port to bind, 0 for any free port
                        (default: $DIPSEARCH_PORT, else 8080)
  -d, --db=PATH         database (default: $DIPSEARCH_DB, else
                        )" DIPSEARCH_DEFAULT_DB R"()
      --data-dir=DIR    reference data (default: $DIPSEARCH_DATA_DIR, else bundled)
      --web-dir=DIR     search page files (default: $DIPSEARCH_WEB_DIR, else bundled web/)
      --threads=N       requests answered at once (default: 8); waiting and idle
                        connections do not hold one
      --socket=PATH     listen on a Unix socket at PATH instead of --host and
                        --port (for a reverse proxy on the same machine); made
                        mode 0660, replaced when a daemon that is gone left it,
                        removed at exit
      --port-file=FILE  write the bound port to FILE once listening
      --shard-timeout=MS  how long a remote shard may take to answer or to
                        connect before the answer comes from the other shards,
                        marked in "shards" (default: 5000)
      --public-url=URL  the address users reach the daemon at, for links in
                        Atom feeds, e.g. https://search.example.org/dip
                        (default: $DIPSEARCH_PUBLIC_URL, else the address it
                        listens on)
      --cors-origin=ORIGIN  let pages served from ORIGIN (https://host[:port])
                        call the API from a browser; repeat it for more,
                        or give * for any (default: $DIPSEARCH_CORS_ORIGINS,
                        origins separated by commas, else none)
      --log-level=LEVEL  error, warning or info (default: info); log lines go
                        to stderr with their time and level
      --access-log=FILE  append a line per request answered to FILE (- for
                        standard output): time, client, method, path without
                        the query string, status, bytes sent, seconds; SIGHUP
                        reopens FILE (for logrotate)
  -h, --help            show this help and exit
  -V, --version         show the version and exit

Connections (put a reverse proxy in front on the open internet):
      --max-connections=N  connections open at once (default: 1024); when all
                        are taken, idle ones are closed first, then new ones get 503
      --max-client-connections=N  connections from one client address
                        (default: 64; 0 for no limit, e.g. behind a proxy)
      --request-timeout=S  seconds to receive a request, headers and body
                        (default: 10; then 408)
      --keep-alive-timeout=S  seconds an idle connection is kept (default: 60)

The database is picked up again after every indexer run, without a restart. It may
be a stub listing shards, local and remote (xapian-tcpsrv), read again when edited;
see docs/scaling.md.
SIGINT or SIGTERM stops the server after the requests in flight (streamed exports
are cut short); idle connections are closed at once. SIGHUP reopens the access log
and nothing else: the index is picked up by itself and the options need a restart.

GET /api/health answers 200 "ok" only when every shard answers and the database
records this version's schema; else 503 "degraded" with the problems named.
Exit status: 0 stopped by a signal; 1 cannot start (cannot listen, no search
page in the web directory, reference data unreadable); 2 usage error.
Every option and environment variable: docs/configuration.md.
)";
}

Action parse_options(int argc, char** argv, Options& options) {
  if (auto v = env("DIPSEARCH_HOST")) options.host = v;
  if (auto v = env("DIPSEARCH_PORT")) options.port = parse_number("DIPSEARCH_PORT", v, 0, 65535);
  options.database = default_database_path();
  options.data_dir = configured_dir(Bundled::kData);
  options.web_dir = configured_dir(Bundled::kWeb);

  if (auto v = env("DIPSEARCH_CORS_ORIGINS")) {
    std::string list = v;
    for (size_t start = 0; start <= list.size();) {
      size_t end = std::min(list.find(',', start), list.size());
      std::string origin = list.substr(start, end - start);
      origin.erase(0, origin.find_first_not_of(' '));
      origin.erase(origin.find_last_not_of(' ') + 1);
      if (!origin.empty()) add_cors_origin(options, origin, "DIPSEARCH_CORS_ORIGINS");
      start = end + 1;
    }
  }

  if (auto v = env("DIPSEARCH_PUBLIC_URL")) options.public_url = public_url("DIPSEARCH_PUBLIC_URL", v);

  enum {
    kHost = 256, kDataDir, kWebDir, kThreads, kPortFile, kShardTimeout, kPublicUrl,
    kMaxConnections, kMaxClientConnections, kRequestTimeout, kKeepAliveTimeout, kCorsOrigin,
    kSocket, kLogLevel, kAccessLog
  };
  static const option long_options[] = {
      {"host", required_argument, nullptr, kHost},
      {"port", required_argument, nullptr, 'p'},
      {"db", required_argument, nullptr, 'd'},
      {"data-dir", required_argument, nullptr, kDataDir},
      {"web-dir", required_argument, nullptr, kWebDir},
      {"threads", required_argument, nullptr, kThreads},
      {"port-file", required_argument, nullptr, kPortFile},
      {"shard-timeout", required_argument, nullptr, kShardTimeout},
      {"public-url", required_argument, nullptr, kPublicUrl},
      {"max-connections", required_argument, nullptr, kMaxConnections},
      {"max-client-connections", required_argument, nullptr, kMaxClientConnections},
      {"request-timeout", required_argument, nullptr, kRequestTimeout},
      {"keep-alive-timeout", required_argument, nullptr, kKeepAliveTimeout},
      {"cors-origin", required_argument, nullptr, kCorsOrigin},
      {"socket", required_argument, nullptr, kSocket},
      {"log-level", required_argument, nullptr, kLogLevel},
      {"access-log", required_argument, nullptr, kAccessLog},
      {"help", no_argument, nullptr, 'h'},
      {"version", no_argument, nullptr, 'V'},
      {nullptr, 0, nullptr, 0},
  };
  opterr = 0;
  optind = 1;
  bool cors_from_options = false;
  int c;
  while ((c = getopt_long(argc, argv, ":p:d:hV", long_options, nullptr)) != -1) {
    switch (c) {
      case kHost: options.host = optarg; break;
      case 'p': options.port = parse_number("--port", optarg, 0, 65535); break;
      case 'd': options.database = optarg; break;
      case kDataDir: options.data_dir = optarg; break;
      case kWebDir: options.web_dir = optarg; break;
      case kThreads: options.threads = parse_number("--threads", optarg, 1, 256); break;
      case kPortFile: options.port_file = optarg; break;
      case kShardTimeout: options.shard_timeout_ms = parse_number("--shard-timeout", optarg, 1, 600000); break;
      case kPublicUrl: options.public_url = public_url("--public-url", optarg); break;
      case kMaxConnections: options.max_connections = parse_number("--max-connections", optarg, 1, 1000000); break;
      case kMaxClientConnections:
        options.max_client_connections = parse_number("--max-client-connections", optarg, 0, 1000000);
        break;
      case kRequestTimeout: options.request_timeout_s = parse_number("--request-timeout", optarg, 1, 3600); break;
      case kKeepAliveTimeout: options.keep_alive_timeout_s = parse_number("--keep-alive-timeout", optarg, 1, 3600); break;
      case kCorsOrigin:
        // Like every option, it replaces the variable's value rather than adding to it.
        if (!cors_from_options) options.cors_origins.clear();
        cors_from_options = true;
        add_cors_origin(options, optarg, "--cors-origin");
        break;
      case kSocket:
        if (*optarg == '\0') throw UsageError("--socket needs a path");
        options.unix_socket = optarg;
        break;
      case kLogLevel:
        if (auto level = log_level_named(optarg)) {
          options.log_level = *level;
        } else {
          throw UsageError(std::string("--log-level takes error, warning or info, not '") + optarg + "'");
        }
        break;
      case kAccessLog:
        if (*optarg == '\0') throw UsageError("--access-log needs a file, or - for standard output");
        options.access_log = optarg;
        break;
      case 'h': return Action::kHelp;
      case 'V': return Action::kVersion;
      case ':': throw UsageError(std::string("option '") + argv[optind - 1] + "' needs a value");
      default: throw UsageError(std::string("unknown option '") + argv[optind - 1] + "'");
    }
  }
  if (optind < argc) throw UsageError(std::string("unexpected argument '") + argv[optind] + "'");
  return Action::kServe;
}

}  // namespace dipsearch::searchd
