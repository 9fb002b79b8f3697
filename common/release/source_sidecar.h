// The sidecar of a SOURCE directory: a manifest.tsv beside saved pages that gives each page
// what its text cannot (the URL it was saved from, its site) and lets an admin who knows
// better correct its title, date or language. Bad lines are rejections naming file and line.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/release/release.h"

namespace dipsearch {

// The file name the indexer looks for in every directory it reads.
inline constexpr std::string_view kSidecarFileName = "manifest.tsv";

// What a sidecar line says about one release; empty fields change nothing.
struct SidecarEntry {
  std::string url;    // http(s) URL of the original page
  std::string title;  // replaces the title read from the page
  std::string date;   // "YYYY-MM-DD" or "YYYY-MM", replaces the page's date
  std::string lang;   // "en" or "ko"
  std::string site;   // a site key (is_valid_site_key), the release's source facet value
  size_t line = 0;    // where it is in the sidecar
};

struct Sidecar {
  std::filesystem::path file;
  // By release id; "*" holds the line for every release of the directory without its own.
  std::map<std::string, SidecarEntry> entries;
  // Lines that could not be used (the rest is still applied); the whole file at line 0 when
  // it cannot be read or its header is wrong (then no entry is applied).
  std::vector<Rejection> rejections;

  // The entry for a release id, else the "*" entry, else nullptr.
  const SidecarEntry* find(std::string_view id) const;
};

// Reads a tab-separated sidecar whose first line names its columns: "id" (a release id, or
// "*") or "file" (a file name in the directory), and any of "url", "title", "date", "lang",
// "source"; empty lines and lines starting with '#' are skipped. A line is rejected for a
// wrong column count, an id that is not one, an id given twice, a URL that is not an http(s)
// URL with a host, a date that is not a calendar date (YYYY-MM-DD or YYYY-MM), a lang other
// than en or ko, or a source that is not a site key.
Sidecar read_sidecar(const std::filesystem::path& file);

// Applies the entry's non-empty fields to the release.
void apply_sidecar(const SidecarEntry& entry, Release& release);

}  // namespace dipsearch
