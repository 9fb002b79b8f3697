// Command-line parsing for dipsearch-index (getopt_long, so GNU option syntax works).
#include "indexer/options.h"

#include <getopt.h>

#include <cstdlib>

#include "common/index/database_layout.h"
#include "dipsearch/config.h"

namespace dipsearch::indexer {

std::string help_text() {
  return R"(Usage: dipsearch-index [OPTION]... SOURCE...
Index press releases into the dipsearch database.

Each SOURCE is a file or a directory (read recursively). Formats by extension:
.txt (saved release page text), .html/.htm, .json (an object or an array of
objects), .jsonl/.ndjson (one object per line). Runs are incremental: new and
changed releases are written, unchanged ones skipped, and releases whose source
file vanished from a SOURCE are deleted.

Options:
  -d, --db=PATH         database (default: $DIPSEARCH_DB, else var/dipsearch.db)
      --rebuild         build a fresh database beside the live one and swap it in
      --data-dir=DIR    reference data: countries, officials
                        (default: $DIPSEARCH_DATA_DIR, else the bundled data/)
      --report=FILE     also write the summary and every rejection as JSON
  -q, --quiet           no summary line (errors and rejections still go to stderr)
  -h, --help            show this help and exit
  -V, --version         show the version and exit

Exit status:
  0  everything indexed          3  another indexer holds the database
  1  finished, some inputs rejected  4  fatal error, database unchanged
  2  usage or configuration error
)";
}

Action parse_options(int argc, char** argv, Options& options) {
  options.database = default_database_path();
  const char* data_env = std::getenv("DIPSEARCH_DATA_DIR");
  options.data_dir = (data_env && *data_env) ? data_env : DIPSEARCH_DEFAULT_DATA_DIR;

  enum { kRebuild = 256, kDataDir, kReport };
  static const option long_options[] = {
      {"db", required_argument, nullptr, 'd'},
      {"rebuild", no_argument, nullptr, kRebuild},
      {"data-dir", required_argument, nullptr, kDataDir},
      {"report", required_argument, nullptr, kReport},
      {"quiet", no_argument, nullptr, 'q'},
      {"help", no_argument, nullptr, 'h'},
      {"version", no_argument, nullptr, 'V'},
      {nullptr, 0, nullptr, 0},
  };
  opterr = 0;
  optind = 1;
  int c;
  while ((c = getopt_long(argc, argv, ":d:qhV", long_options, nullptr)) != -1) {
    switch (c) {
      case 'd': options.database = optarg; break;
      case kRebuild: options.rebuild = true; break;
      case kDataDir: options.data_dir = optarg; break;
      case kReport: options.report = optarg; break;
      case 'q': options.quiet = true; break;
      case 'h': return Action::kHelp;
      case 'V': return Action::kVersion;
      case ':':
        throw UsageError(std::string("option '") + argv[optind - 1] + "' needs a value");
      default:
        throw UsageError(std::string("unknown option '") + argv[optind - 1] + "'");
    }
  }
  for (int i = optind; i < argc; ++i) options.sources.emplace_back(argv[i]);
  if (options.sources.empty()) throw UsageError("no SOURCE given: name release files or directories");
  if (options.database.empty()) throw UsageError("the database path is empty");
  return Action::kIndex;
}

}  // namespace dipsearch::indexer
