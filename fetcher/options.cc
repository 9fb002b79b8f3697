// Command-line parsing for dipsearch-fetch (getopt_long, so GNU option syntax works).
#include "fetcher/options.h"

#include <getopt.h>

#include <charconv>
#include <cstdlib>

#include "common/program/bundled_paths.h"
#include "dipsearch/config.h"
#include "fetcher/http_client.h"

namespace dipsearch::fetcher {
namespace {

int parse_pages(const std::string& value) {
  int n = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc() || end != value.data() + value.size() || n < 1 || n > 100000) {
    throw UsageError("--max-pages wants a number from 1 to 100000, not '" + value + "'");
  }
  return n;
}

std::string parse_date(const std::string& value) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (value.size() != 10 || std::sscanf(value.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || value[4] != '-' ||
      value[7] != '-' || m < 1 || m > 12 || d < 1 || d > 31) {
    throw UsageError("--since wants a date as YYYY-MM-DD, not '" + value + "'");
  }
  return value;
}

std::string clean_contact(const std::string& value) {
  for (char c : value) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f || c == '(' || c == ')') {
      throw UsageError("--contact may not hold control characters or parentheses");
    }
  }
  if (value.size() > 200) throw UsageError("--contact is longer than 200 characters");
  return value;
}

}  // namespace

std::string help_text() {
  return R"(Usage: dipsearch-fetch [OPTION]... DIR
  or:  dipsearch-fetch --list [OPTION]...
Download new and changed press releases from the sources' sites into DIR, where
dipsearch-index reads them.

Each source is a JSON file describing a site's list of releases (list-page URL,
release-link pattern, language, politeness). A run reads each source's list
pages from the first, fetches the releases it has not seen and asks again,
conditionally, for those it has, and stops at the first list page whose
releases are all known. Releases are written whole as DIR/SOURCE/N/ID.html,
with a manifest.tsv sidecar beside them giving each page's URL. robots.txt is
obeyed, and each site is asked at most once a second by default.

Options:
  -s, --source=NAME     fetch only this source (repeatable; default: every source)
      --sources=PATH    source files: a directory of *.json or one file (default:
                        sources/ of $DIPSEARCH_DATA_DIR, else of the bundled data/)
      --list            list the sources and exit
      --since=DATE      skip releases listed before DATE (YYYY-MM-DD) and stop at
                        the first list page of only older ones
      --max-pages=N     read at most N list pages of each source (default: the
                        source's max_pages)
      --recheck         also ask again for the known releases of pages where
                        nothing is new, up to the page limit (finds corrections)
      --contact=TEXT    an address or URL added to the User-Agent, so that the
                        sites' admins can reach you
      --report=FILE     also write what happened as JSON
  -q, --quiet           no summary lines (failures still go to stderr)
      --progress        show progress even when stderr is not a terminal
      --no-progress     never show progress (default: a line on a terminal)
  -h, --help            show this help and exit
  -V, --version         show the version and exit

Exit status:
  0  everything listed was fetched, found unchanged or skipped as robots.txt asks
  1  finished, but some pages could not be fetched (listed on stderr and in the report)
  2  usage or configuration error (a bad option or source file)
  3  another dipsearch-fetch is writing DIR (the message names it)
  4  fatal error: DIR or its state could not be written or read
)";
}

std::string user_agent(const std::string& contact) {
  return std::string("dipsearch-fetch/") + DIPSEARCH_VERSION + " (dipsearch press-release search" +
         (contact.empty() ? std::string() : "; contact: " + contact) + ") libcurl/" + curl_version_text();
}

Action parse_options(int argc, char** argv, Options& options) {
  options.sources = configured_dir(Bundled::kData) / "sources";

  enum { kSources = 256, kList, kSince, kMaxPages, kRecheck, kContact, kReport, kProgress, kNoProgress };
  static const option long_options[] = {
      {"source", required_argument, nullptr, 's'},
      {"sources", required_argument, nullptr, kSources},
      {"list", no_argument, nullptr, kList},
      {"since", required_argument, nullptr, kSince},
      {"max-pages", required_argument, nullptr, kMaxPages},
      {"recheck", no_argument, nullptr, kRecheck},
      {"contact", required_argument, nullptr, kContact},
      {"report", required_argument, nullptr, kReport},
      {"quiet", no_argument, nullptr, 'q'},
      {"progress", no_argument, nullptr, kProgress},
      {"no-progress", no_argument, nullptr, kNoProgress},
      {"help", no_argument, nullptr, 'h'},
      {"version", no_argument, nullptr, 'V'},
      {nullptr, 0, nullptr, 0},
  };
  bool list = false;
  opterr = 0;
  optind = 1;
  int c;
  while ((c = getopt_long(argc, argv, ":s:qhV", long_options, nullptr)) != -1) {
    switch (c) {
      case 's': options.only.emplace_back(optarg); break;
      case kSources: options.sources = optarg; break;
      case kList: list = true; break;
      case kSince: options.run.since = parse_date(optarg); break;
      case kMaxPages: options.run.max_pages = parse_pages(optarg); break;
      case kRecheck: options.run.recheck = true; break;
      case kContact: options.contact = clean_contact(optarg); break;
      case kReport: options.report = optarg; break;
      case 'q': options.quiet = true; break;
      case kProgress: options.progress = true; break;
      case kNoProgress: options.progress = false; break;
      case 'h': return Action::kHelp;
      case 'V': return Action::kVersion;
      case ':': throw UsageError(std::string("option '") + argv[optind - 1] + "' needs a value");
      default: throw UsageError(std::string("unknown option '") + argv[optind - 1] + "'");
    }
  }
  if (list) {
    if (optind < argc) throw UsageError(std::string("--list takes no DIR: drop '") + argv[optind] + "'");
    return Action::kList;
  }
  if (optind == argc) throw UsageError("no DIR given: name the directory the releases go to");
  if (argc - optind > 1) throw UsageError(std::string("one DIR only: unexpected '") + argv[optind + 1] + "'");
  options.directory = argv[optind];
  if (options.directory.empty()) throw UsageError("DIR is empty");
  return Action::kFetch;
}

}  // namespace dipsearch::fetcher
