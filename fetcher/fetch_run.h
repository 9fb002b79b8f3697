// One source's run: list pages from the first on, the releases each lists fetched (new
// ones plainly, known ones conditionally), until a page lists only known releases, only
// releases older than --since, nothing new, or the page limit; what changed is kept after
// every list page, so a run cut short keeps what it fetched.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "fetcher/fetch_progress.h"
#include "fetcher/polite_fetcher.h"
#include "fetcher/release_store.h"
#include "fetcher/source_config.h"

namespace dipsearch::fetcher {

struct RunOptions {
  std::string since;               // "YYYY-MM-DD", or empty
  std::optional<int> max_pages;    // overrides each source's politeness.max_pages
  bool recheck = false;            // revalidate known releases and read on past pages of known ones
};

// Something that could not be fetched or used, with the URL and the reason.
struct Failure {
  std::string url;
  std::string reason;
};

struct SourceResult {
  std::string name;
  size_t list_pages = 0;  // list pages read
  size_t listed = 0;      // releases those pages listed
  size_t added = 0, updated = 0, unchanged = 0;
  size_t older = 0;       // listed before --since, not fetched
  size_t disallowed = 0;  // forbidden by robots.txt, not fetched
  std::string stopped;    // why the run of this source ended: "known", "since", "end", "max_pages", "error"
  std::vector<Failure> failures;
  std::vector<Failure> skipped;  // the disallowed ones, with robots.txt's reason
};

SourceResult fetch_source(const SourceConfig& source, const RunOptions& options, PoliteFetcher& fetcher,
                          ReleaseStore& store, FetchProgress& progress);

}  // namespace dipsearch::fetcher
