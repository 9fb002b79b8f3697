// Reads every page of a manifest with the indexer's own reader (read_source_file) and scores
// the title and date it finds against the gold, keeping each failure with its class.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "bench/pages/page_manifest.h"
#include "bench/pages/site_family.h"

namespace dipsearch::pages_eval {

enum class TitleOutcome {
  kRight,
  kRejected,     // the reader produced no release
  kChrome,       // a line above the headline: menu, site name, banner, breadcrumb
  kBodyText,     // text from below the headline
  kPartial,      // part of the headline, or the headline with more glued to it
  kCaseOnly,     // the headline in another case
  kOther,        // none of these (a title the page does not show)
};

enum class DateOutcome {
  kRight,     // the gold date, or no date where the gold has none
  kWrong,     // another date where the gold has one
  kMissing,   // no date where the gold has one
  kInvented,  // a date where the gold has none
};

const char* outcome_name(TitleOutcome outcome);
const char* outcome_name(DateOutcome outcome);

struct PageResult {
  GoldPage gold;
  SiteFamily family = SiteFamily::kOfficial;
  std::string lang;    // the gold's, else the one the reader detected
  std::string title;   // what the reader found ("" when rejected)
  std::string date;
  std::string reason;  // the rejection, when there was one
  TitleOutcome title_outcome = TitleOutcome::kRight;
  DateOutcome date_outcome = DateOutcome::kRight;
};

// Counts over a group of pages.
struct Tally {
  size_t pages = 0, titles_right = 0;
  size_t dated = 0, dates_right = 0, dates_wrong = 0, dates_missing = 0;
  size_t undated = 0, dates_invented = 0;
  void add(const PageResult& page);
  double title_share() const;
  double date_share() const;  // right over the pages whose gold has a date
};

struct Evaluation {
  std::vector<PageResult> pages;  // in manifest order
  // Keyed by (family, lang), family "all" and lang "all" included.
  std::map<std::pair<std::string, std::string>, Tally> tallies;
};

// The page files of a directory by id (every release file in it, recursively, by file name
// without its extension). Throws ManifestError when two files give the same id.
std::map<std::string, std::filesystem::path> find_page_files(const std::filesystem::path& dir);

// Throws ManifestError for a manifest page with no file in `files`.
Evaluation evaluate(const std::vector<GoldPage>& gold, const std::map<std::string, std::filesystem::path>& files);

// The real pages beside the source tree (../shared/realpages), data/sample and its gold.
std::filesystem::path default_real_pages_dir();
std::filesystem::path default_sample_dir();
std::filesystem::path default_sample_gold();

}  // namespace dipsearch::pages_eval
