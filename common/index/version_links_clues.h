// Clues to which releases are versions of each other besides the date slot: the bodies or
// events a title names in either language (a reference table under data/links/), and the
// days a release's opening lines mention (mentioned_days.h, stored at index time).
#pragma once

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "common/index/mentioned_days.h"

namespace dipsearch {

// The bodies and kinds of meeting a title names, as language-neutral numbers: "Human Rights
// Council" and 인권이사회 are one, "Conference on Disarmament" and 군축회의 another.
struct TitleTerms {
  std::set<int> terms;   // every term named but the occasions
  std::set<int> events;  // those that name one meeting series (two different ones cannot be one release)
  // The kinds of occasion it names (a phone call, a summit, an inaugural or a farewell
  // speech): a release is of one, so titles naming only different ones are two releases. The
  // same one is no evidence: at one summit every release names it, and a news item about a
  // speech names the speech.
  std::set<int> occasions;
};

// The cross-language title terms of <data_dir>/links/title_terms.tsv (its header comment
// gives the format): facts of the ministry's usage, kept as reference data so that a term
// is added without a new program.
class TitleTermTable {
 public:
  // Reads the table; a file that cannot be read or a bad line throws entities::DataError
  // naming the file and the line.
  static TitleTermTable load(const std::filesystem::path& data_dir);
  // The terms a title names; latin: an English title (matched in lower case), else a Korean
  // one (matched without spaces).
  TitleTerms of(std::string_view title, bool latin) const;
  size_t size() const { return terms_.size(); }

 private:
  enum class Kind { kTerm, kSeries, kOccasion, kOther };
  struct Term {
    std::string en, ko;
    int id = 0;
    Kind kind = Kind::kTerm;
  };
  std::vector<Term> terms_;
};
std::filesystem::path title_terms_file(const std::filesystem::path& data_dir);


}  // namespace dipsearch
