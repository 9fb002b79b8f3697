// Clues to which releases are versions of each other besides the date slot: the bodies or
// events a title names in either language (a reference table under data/links/), and the
// days a release's opening lines mention (stored at index time in kMentionedDaysSlot).
#pragma once

#include <filesystem>
#include <istream>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace dipsearch {

// The bodies and kinds of meeting a title names, as language-neutral numbers: "Human Rights
// Council" and 인권이사회 are one, "Conference on Disarmament" and 군축회의 another.
struct TitleTerms {
  std::set<int> terms;   // every term named
  std::set<int> events;  // those that name one meeting series (two different ones cannot be one release)
};

// The cross-language title terms of <data_dir>/links/title_terms.tsv (its header comment
// gives the format): facts of the ministry's usage, kept as reference data so that a term
// is added without a new program.
class TitleTermTable {
 public:
  // Reads the table; a file that cannot be read or a bad line throws entities::DataError
  // naming the file and the line.
  static TitleTermTable load(const std::filesystem::path& data_dir);
  // The same from a stream; name says where it came from in errors.
  static TitleTermTable parse(std::istream& in, const std::string& name);
  // The terms a title names; latin: an English title (matched in lower case), else a Korean
  // one (matched without spaces).
  TitleTerms of(std::string_view title, bool latin) const;
  size_t size() const { return terms_.size(); }

 private:
  struct Term {
    std::string en, ko;
    int id = 0;
    bool series = false;
  };
  std::vector<Term> terms_;
};
std::filesystem::path title_terms_file(const std::filesystem::path& data_dir);

// The days (month × 100 + day) the opening of a body mentions: "on February 25", "Feb. 15",
// "25 February 2019" in English; "2.25(월)", "2017.9.21(목)", "3월 28일", a title's "(7.12)" in
// Korean. A release
// says on which day its meeting took place; its version says the same day. Ranges
// ("2.16-19") and dates without a day are left out.
std::set<int> mentioned_days(std::string_view body);

// How much of a body's opening mentioned_days reads: the meeting's day is in the first lines.
inline constexpr size_t kMentionedDaysReach = 600;

// The days a release's title and opening mention (what linking reads instead of its body),
// as the indexer stores them in kMentionedDaysSlot, and back. The stored value is never empty
// (a release that mentions no day stores "d"), so that a document written before the slot
// existed tells itself apart: parse gives nullopt for it and for a value that is not ours.
std::set<int> release_mentioned_days(std::string_view title, std::string_view body);
std::string mentioned_days_value(const std::set<int>& days);
std::optional<std::set<int>> parse_mentioned_days_value(std::string_view value);

}  // namespace dipsearch
