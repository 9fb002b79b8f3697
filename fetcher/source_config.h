// A source site as data (data/sources/NAME.json): where its list pages are, what a release
// link on them looks like and how the id is taken from it, the language, and how politely
// to ask. An admin fixes a changed site here, without a rebuild.
#pragma once

#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace dipsearch::fetcher {

// How hard a source may be asked; every field has a default in the JSON's "politeness".
struct Politeness {
  double delay_seconds = 1.0;            // between two requests to one host (robots.txt may ask for more)
  double timeout_seconds = 30;           // for a whole answer
  double connect_timeout_seconds = 10;
  int retries = 3;                       // after the first attempt: network errors, 5xx, 429
  double retry_backoff_seconds = 2;      // before the first retry; doubled for each next one
  size_t max_bytes = 8u << 20;           // a longer answer is refused
  int max_pages = 10;                    // list pages read in one run (--max-pages overrides)
  int max_redirects = 5;
};

struct SourceConfig {
  std::string name;          // the file's name without .json: the output folder, the report's key
  std::filesystem::path file;
  std::string description;
  std::string lang;          // "en" or "ko"
  std::string list_url;      // http(s) URL with "{page}" for the page number
  int first_page = 1;
  std::string release_link;  // ICU regular expression found in a link's absolute URL; group 1 is the id
  std::string release_url;   // http(s) URL with "{id}": where a release is fetched and what the index shows
  std::string id_prefix;     // file names and release ids are id_prefix + id
  std::string list_date;     // optional ICU regular expression over a link's row: groups year, month, day
  Politeness politeness;
};

// A source file that cannot be used; the message names the file and the field.
struct SourceConfigError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Reads and checks one source file: unknown fields, missing or mistyped ones, URLs that are
// not http(s) or lack their placeholder, regular expressions that do not compile or have
// no group, ids that would not make release ids, numbers out of range.
SourceConfig load_source_config(const std::filesystem::path& file);

// Every *.json of a directory in name order, or the one file named.
std::vector<SourceConfig> load_source_configs(const std::filesystem::path& dir_or_file);

// The URL of a list page or of a release: the template with its placeholder filled in.
std::string list_page_url(const SourceConfig& source, int page);
std::string release_page_url(const SourceConfig& source, const std::string& id);

}  // namespace dipsearch::fetcher
