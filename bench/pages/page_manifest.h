// The gold manifest of a directory of saved release pages: one page a line with its id,
// language, URL, site, the title as the page shows it and the date it states ("" when none).
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace dipsearch::pages_eval {

struct GoldPage {
  std::string id;
  std::string lang;    // "en", "ko", or "" when the manifest has no lang column
  std::string url;     // may be empty
  std::string site;    // the manifest's source column, else the URL's host; may be empty
  std::string title;   // exactly as the page shows it
  std::string date;    // YYYY-MM-DD, or "" when the page states no full date of the release
  size_t line = 0;     // where it is in the manifest, for messages
};

// A malformed manifest: the message names the file, the line and what is wrong.
struct ManifestError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Reads a tab-separated manifest whose first line names its columns: id, title and date are
// required; lang, url and source are read when present; other columns are ignored. Throws
// ManifestError for a missing column, a wrong column count, an invalid or repeated id, an
// empty title, a date that is not a calendar date in YYYY-MM-DD, or a lang other than en/ko.
std::vector<GoldPage> load_manifest(const std::filesystem::path& file);

}  // namespace dipsearch::pages_eval
