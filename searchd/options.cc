// Command-line parsing for dipsearchd.
#include "searchd/options.h"

#include <getopt.h>

#include <charconv>
#include <cstdlib>

#include "common/index/database_layout.h"
#include "common/program/bundled_paths.h"

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

}  // namespace

std::string help_text() {
  return R"(Usage: dipsearchd [OPTION]...
Serve the dipsearch JSON API and search page over HTTP.

Options:
      --host=ADDR       address to bind (default: $DIPSEARCH_HOST, else 127.0.0.1)
  -p, --port=PORT       port to bind, 0 for any free port
                        (default: $DIPSEARCH_PORT, else 8080)
  -d, --db=PATH         database (default: $DIPSEARCH_DB, else var/dipsearch.db)
      --data-dir=DIR    reference data (default: $DIPSEARCH_DATA_DIR, else bundled)
      --web-dir=DIR     search page files (default: $DIPSEARCH_WEB_DIR, else bundled web/)
      --threads=N       worker threads (default: 8)
      --port-file=FILE  write the bound port to FILE once listening
      --shard-timeout=MS  how long a remote shard may take to answer or to
                        connect before the answer comes from the other shards,
                        marked in "shards" (default: 5000)
  -h, --help            show this help and exit
  -V, --version         show the version and exit

The database is picked up again after every indexer run, without a restart. It may
be a stub listing shards, local and remote (xapian-tcpsrv); see docs/scaling.md.
SIGINT or SIGTERM stops the server after the requests in flight.
)";
}

Action parse_options(int argc, char** argv, Options& options) {
  if (auto v = env("DIPSEARCH_HOST")) options.host = v;
  if (auto v = env("DIPSEARCH_PORT")) options.port = parse_number("DIPSEARCH_PORT", v, 0, 65535);
  options.database = default_database_path();
  options.data_dir = env("DIPSEARCH_DATA_DIR") ? std::filesystem::path(env("DIPSEARCH_DATA_DIR")) : bundled_dir(Bundled::kData);
  options.web_dir = env("DIPSEARCH_WEB_DIR") ? std::filesystem::path(env("DIPSEARCH_WEB_DIR")) : bundled_dir(Bundled::kWeb);

  enum { kHost = 256, kDataDir, kWebDir, kThreads, kPortFile, kShardTimeout };
  static const option long_options[] = {
      {"host", required_argument, nullptr, kHost},
      {"port", required_argument, nullptr, 'p'},
      {"db", required_argument, nullptr, 'd'},
      {"data-dir", required_argument, nullptr, kDataDir},
      {"web-dir", required_argument, nullptr, kWebDir},
      {"threads", required_argument, nullptr, kThreads},
      {"port-file", required_argument, nullptr, kPortFile},
      {"shard-timeout", required_argument, nullptr, kShardTimeout},
      {"help", no_argument, nullptr, 'h'},
      {"version", no_argument, nullptr, 'V'},
      {nullptr, 0, nullptr, 0},
  };
  opterr = 0;
  optind = 1;
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
