// The list-page walk of one source (see fetch_run.h).
#include "fetcher/fetch_run.h"

#include <algorithm>
#include <set>

#include "common/program/timestamp.h"
#include "fetcher/list_page.h"

namespace dipsearch::fetcher {
namespace {

// What makes an answer unusable as a release page even though it is HTML.
std::optional<std::string> unusable_page(const std::string& body) {
  if (body.find_first_not_of(" \t\r\n") == std::string::npos) return "empty page";
  if (const size_t nul = body.find('\0'); nul != std::string::npos) {
    return "not a text page: NUL byte at byte offset " + std::to_string(nul);
  }
  return std::nullopt;
}

class SourceWalk {
 public:
  SourceWalk(const SourceConfig& source, const RunOptions& options, PoliteFetcher& fetcher, ReleaseStore& store,
             FetchProgress& progress)
      : source_(source), options_(options), fetcher_(fetcher), store_(store), progress_(progress), reader_(source) {
    result_.name = source.name;
  }

  SourceResult run() {
    const int max_pages = options_.max_pages.value_or(source_.politeness.max_pages);
    progress_.start_source(source_.name, max_pages);
    result_.stopped = "max_pages";
    for (int n = 0; n < max_pages; ++n) {
      if (!read_page(source_.first_page + n, n == 0)) break;
      store_.commit();
    }
    store_.commit();
    return std::move(result_);
  }

 private:
  void fail(std::string url, std::string reason) {
    progress_.message(source_.name + ": " + url + ": " + reason);
    result_.failures.push_back({std::move(url), std::move(reason)});
  }

  bool before_since(const ListedRelease& release) const {
    return !options_.since.empty() && !release.date.empty() && release.date < options_.since;
  }

  // Reads one list page and fetches what it lists; false when the walk ends here.
  bool read_page(int page_number, bool first) {
    const std::string url = list_page_url(source_, page_number);
    progress_.list_page(page_number);
    const FetchResult answer = fetcher_.fetch(url, source_.politeness);
    if (answer.status != FetchStatus::kOk) {
      fail(url, "list page: " + answer.error);
      result_.stopped = "error";
      return false;
    }
    ++result_.list_pages;
    const ListPage page = reader_.read(answer.response.body, answer.url);
    for (const std::string& id : page.bad_ids) {
      fail(url, "a release link's id '" + id + "' does not make a release id with the prefix '" + source_.id_prefix + "'");
    }
    if (page.releases.empty()) {
      if (first) {
        fail(url, "no release links among the " + std::to_string(page.links) +
                      " links of the first list page: has the site changed? Check release_link in " +
                      source_.file.string());
        result_.stopped = "error";
      } else {
        result_.stopped = "end";
      }
      return false;
    }
    std::vector<const ListedRelease*> fresh;
    for (const ListedRelease& release : page.releases) {
      if (seen_.insert(release.id).second) fresh.push_back(&release);
    }
    if (fresh.empty()) {  // the site repeats its last page for numbers past the end
      result_.stopped = "end";
      return false;
    }
    const bool all_older = std::all_of(fresh.begin(), fresh.end(), [&](auto* r) { return before_since(*r); });
    const bool all_known = std::all_of(fresh.begin(), fresh.end(), [&](auto* r) { return store_.find(r->id); });
    result_.listed += fresh.size();
    if (all_older) {
      result_.older += fresh.size();
      result_.stopped = "since";
      return false;
    }
    if (all_known && !options_.recheck) {
      result_.stopped = "known";
      return false;
    }
    for (size_t i = 0; i < fresh.size(); ++i) {
      progress_.release(i + 1, fresh.size(), result_.added, result_.updated, result_.failures.size());
      fetch_release(*fresh[i]);
    }
    return true;
  }

  void fetch_release(const ListedRelease& listed) {
    if (before_since(listed)) {
      ++result_.older;
      return;
    }
    const std::string url = release_page_url(source_, listed.id);
    const KnownRelease* known = store_.find(listed.id);
    Validators validators;
    if (known != nullptr) validators = {known->etag, known->last_modified};
    const FetchResult answer = fetcher_.fetch(url, source_.politeness, validators);
    KnownRelease release{url, utc_now_rfc3339(), answer.response.etag, answer.response.last_modified,
                         listed.date.empty() && known ? known->listed : listed.date};
    switch (answer.status) {
      case FetchStatus::kNotModified:
        // A 304 may leave out validators the saved copy has: keep those.
        if (release.etag.empty()) release.etag = known->etag;
        if (release.last_modified.empty()) release.last_modified = known->last_modified;
        store_.confirm(listed.id, release);
        ++result_.unchanged;
        return;
      case FetchStatus::kDisallowed:
        ++result_.disallowed;
        result_.skipped.push_back({url, answer.error});
        return;
      case FetchStatus::kFailed:
        fail(url, answer.error + (known ? " (the saved copy is kept)" : ""));
        return;
      case FetchStatus::kOk:
        break;
    }
    if (const auto problem = unusable_page(answer.response.body)) {
      fail(url, *problem + (known ? " (the saved copy is kept)" : ""));
      return;
    }
    switch (store_.save(listed.id, answer.response.body, release)) {
      case SaveOutcome::kNew: ++result_.added; break;
      case SaveOutcome::kUpdated: ++result_.updated; break;
      case SaveOutcome::kUnchanged: ++result_.unchanged; break;
    }
  }

  const SourceConfig& source_;
  const RunOptions& options_;
  PoliteFetcher& fetcher_;
  ReleaseStore& store_;
  FetchProgress& progress_;
  ListPageReader reader_;
  SourceResult result_;
  std::set<std::string> seen_;
};

}  // namespace

SourceResult fetch_source(const SourceConfig& source, const RunOptions& options, PoliteFetcher& fetcher,
                          ReleaseStore& store, FetchProgress& progress) {
  return SourceWalk(source, options, fetcher, store, progress).run();
}

}  // namespace dipsearch::fetcher
