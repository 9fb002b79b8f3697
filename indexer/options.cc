// Command-line parsing for dipsearch-index (getopt_long, so GNU option syntax works).
#include "indexer/options.h"

#include <getopt.h>

#include <cerrno>
#include <cstdlib>

#include "common/index/database_layout.h"
#include "common/index/shard_set.h"
#include "common/program/bundled_paths.h"
#include "dipsearch/config.h"

namespace dipsearch::indexer {
namespace {

size_t parse_count(const char* option, const std::string& value) {
  if (value == "all") return 0;
  char* end = nullptr;
  errno = 0;
  const unsigned long long n = std::strtoull(value.c_str(), &end, 10);
  if (value.empty() || value[0] == '-' || *end != '\0' || errno == ERANGE || n == 0) {
    throw UsageError(std::string(option) + " wants a positive number or 'all', not '" + value + "'");
  }
  return static_cast<size_t>(n);
}

// A whole number from lo to hi.
size_t parse_number(const char* option, const std::string& value, size_t lo, size_t hi) {
  char* end = nullptr;
  errno = 0;
  const unsigned long long n = std::strtoull(value.c_str(), &end, 10);
  if (value.empty() || value[0] == '-' || *end != '\0' || errno == ERANGE || n < lo || n > hi) {
    throw UsageError(std::string(option) + " wants a number from " + std::to_string(lo) + " to " +
                     std::to_string(hi) + ", not '" + value + "'");
  }
  return static_cast<size_t>(n);
}

}  // namespace

std::string help_text() {
  return R"(Usage: dipsearch-index [OPTION]... SOURCE...
  or:  dipsearch-index --check[=full] [OPTION]...
Index press releases into the dipsearch database, or check the database.

Each SOURCE is a file or a directory (read recursively). Formats by extension:
.txt (saved release page text), .html/.htm, .json (an object or an array of
objects), .jsonl/.ndjson (one object per line). Runs are incremental: new and
changed releases are written, unchanged ones skipped, and releases whose source
file vanished from a SOURCE are deleted. A run commits all of its changes at
once, or none: killed or failed, it leaves the database as it was.

Symbolic links met inside a SOURCE directory are followed to files within that
SOURCE only; links out of it, to directories, dangling or in a loop are listed
as rejected and not read. A run refuses to change anything (exit 2) when a
SOURCE directory that held releases holds none now (an unmounted file system),
or when it would delete more than half of the database's releases.

A manifest.tsv in a directory is its sidecar: a header line naming the columns
id (a release id, or * for every other release) or file (a file name), and any
of url, title, date, lang, source; one release a line, tab-separated. It gives
saved pages the URL they came from and their site (source), and corrects what
an admin knows better; empty fields change nothing, bad lines are rejected with
their line number. A release's source is that site, the JSON "source", or its
URL's host, labelled from sources/sites.tsv of the data directory.

Options:
  -d, --db=PATH         database (default: $DIPSEARCH_DB, else
                        )" DIPSEARCH_DEFAULT_DB R"()
      --rebuild         build a fresh database beside the live one and swap it in
      --shards=N        split the database into N shards by document id (default:
                        the database's own count, 1 for a new one); changing the
                        count of an existing database needs --rebuild
      --follow-links    also read links to files outside their SOURCE
      --allow-empty     let this run empty a SOURCE or delete most releases
      --data-dir=DIR    reference data: countries, officials, sources, links
                        (default: $DIPSEARCH_DATA_DIR, else the bundled data/)
      --report=FILE     also write the summary, every rejection and every warning
                        (a release indexed undated: its date is impossible) as JSON; a run
                        refused for the lock (exit 3) leaves FILE as it was
      --wait=SECONDS    when another dipsearch-index holds the database, wait up
                        to SECONDS for it to finish, then exit 3 (default: 0,
                        exit 3 at once)
      --jobs=N          threads that read and analyze sources (default: the
                        CPUs this process may use, counting taskset and cgroup
                        quotas such as systemd's CPUQuota=, at most 8)
  -q, --quiet           no summary line (errors and rejections still go to stderr)
      --progress        show progress even when stderr is not a terminal
      --no-progress     never show progress (default: a bar on a terminal)
      --check[=full]    check the database instead of indexing (reads only; needs
                        no write access): schema version, document count, ids,
                        a sample of documents readable; 'full' also checks every
                        table's structure (slower). Prints the checks that ran
      --sample=N        documents --check reads (default 100; 'all' for every one)
  -h, --help            show this help and exit
  -V, --version         show the version and exit

Exit status:
  0  everything indexed (releases with an impossible date undated, with a
     warning on stderr); --check: the database is sound
  1  finished, some inputs rejected (listed on stderr and in the report)
  2  usage or configuration error
  3  another indexer holds the database (the message names it), after --wait
  4  fatal error, database unchanged; --check: a problem was found (also: a
     database file this user cannot write, named with its owner)
  5  the database was written by another version of dipsearch (both schema
     versions are named): an indexing run refuses one a newer version wrote
     (an older one it upgrades); --check reports any other version. See
     docs/admin.md, Upgrading

Every option and environment variable: docs/configuration.md.
)";
}

Action parse_options(int argc, char** argv, Options& options) {
  options.database = default_database_path();
  options.data_dir = configured_dir(Bundled::kData);

  enum { kRebuild = 256, kDataDir, kReport, kProgress, kNoProgress, kCheck, kSample, kShards, kFollowLinks,
         kAllowEmpty, kWait, kJobs };
  static const option long_options[] = {
      {"db", required_argument, nullptr, 'd'},
      {"rebuild", no_argument, nullptr, kRebuild},
      {"shards", required_argument, nullptr, kShards},
      {"follow-links", no_argument, nullptr, kFollowLinks},
      {"allow-empty", no_argument, nullptr, kAllowEmpty},
      {"data-dir", required_argument, nullptr, kDataDir},
      {"report", required_argument, nullptr, kReport},
      {"quiet", no_argument, nullptr, 'q'},
      {"progress", no_argument, nullptr, kProgress},
      {"no-progress", no_argument, nullptr, kNoProgress},
      {"check", optional_argument, nullptr, kCheck},
      {"sample", required_argument, nullptr, kSample},
      {"wait", required_argument, nullptr, kWait},
      {"jobs", required_argument, nullptr, kJobs},
      {"help", no_argument, nullptr, 'h'},
      {"version", no_argument, nullptr, 'V'},
      {nullptr, 0, nullptr, 0},
  };
  bool check = false, sample_given = false;
  opterr = 0;
  optind = 1;
  int c;
  while ((c = getopt_long(argc, argv, ":d:qhV", long_options, nullptr)) != -1) {
    switch (c) {
      case 'd': options.database = optarg; break;
      case kRebuild: options.rebuild = true; break;
      case kShards: options.shards = parse_number("--shards", optarg, 1, kMaxShards); break;
      case kWait: options.wait = std::chrono::seconds(parse_number("--wait", optarg, 0, 86400)); break;
      case kJobs: options.jobs = parse_number("--jobs", optarg, 1, 256); break;
      case kFollowLinks: options.follow_links = true; break;
      case kAllowEmpty: options.allow_empty = true; break;
      case kDataDir: options.data_dir = optarg; break;
      case kReport: options.report = optarg; break;
      case 'q': options.quiet = true; break;
      case kProgress: options.progress = true; break;
      case kNoProgress: options.progress = false; break;
      case kCheck:
        check = true;
        if (optarg != nullptr && std::string(optarg) != "full" && std::string(optarg) != "quick") {
          throw UsageError(std::string("--check takes 'quick' or 'full', not '") + optarg + "'");
        }
        options.check_full = optarg != nullptr && std::string(optarg) == "full";
        break;
      case kSample:
        options.check_sample = parse_count("--sample", optarg);
        sample_given = true;
        break;
      case 'h': return Action::kHelp;
      case 'V': return Action::kVersion;
      case ':':
        throw UsageError(std::string("option '") + argv[optind - 1] + "' needs a value");
      default:
        throw UsageError(std::string("unknown option '") + argv[optind - 1] + "'");
    }
  }
  for (int i = optind; i < argc; ++i) options.sources.emplace_back(argv[i]);
  if (options.database.empty()) throw UsageError("the database path is empty");
  if (check) {
    if (!options.sources.empty()) throw UsageError("--check reads no SOURCE: drop '" + options.sources[0].string() + "'");
    if (options.rebuild) throw UsageError("--check and --rebuild do not go together");
    if (options.shards) throw UsageError("--check and --shards do not go together");
    return Action::kCheck;
  }
  if (sample_given) throw UsageError("--sample only goes with --check");
  if (options.sources.empty()) throw UsageError("no SOURCE given: name release files or directories");
  return Action::kIndex;
}

}  // namespace dipsearch::indexer
