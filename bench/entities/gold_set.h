// The gold entity annotations (tests/entities-gold/releases.tsv): for each release of the
// sample corpus, the countries it mentions and the officials it names, read and checked.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace dipsearch::entities_eval {

struct GoldRelease {
  std::string id;                      // a release id of the sample corpus
  std::vector<std::string> countries;  // sorted unique ISO codes
  std::vector<std::string> officials;  // registry keys or full names as the release writes them
  size_t line = 0;                     // where it is in the file, for messages
};

// A malformed gold file: the message names the file, the line and what is wrong.
struct GoldSetError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Reads the file. Lines starting with '#' and empty lines are comments; a fourth column
// starting with '#' is a note. Throws GoldSetError for a wrong column count, a malformed id,
// a code that is not an upper-case ISO 3166-1 alpha-2 code ICU knows, a duplicate id, code or
// official, or an empty official between separators.
std::vector<GoldRelease> load_gold_set(const std::filesystem::path& file);

// tests/entities-gold/releases.tsv of this source tree.
std::filesystem::path default_gold_file();

}  // namespace dipsearch::entities_eval
