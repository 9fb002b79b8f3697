// Title terms in two languages and the days a body mentions (see version_links_clues.h).
#include "common/index/version_links_clues.h"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <regex>
#include <string>

#include "common/entities/data_error.h"
#include "common/release/text_lines.h"
#include "common/text/normalize.h"
#include "common/text/tab_separated.h"

namespace dipsearch {
namespace {

using release::ascii_lower;

std::string without_spaces(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c != ' ') out += c;
  }
  return out;
}

// month × 100 + day, or 0 for a day no year has (February 29 is kept: some years have it).
int day_of(int month, int day) {
  static const int kLongest[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month >= 1 && month <= 12 && day >= 1 && day <= kLongest[month - 1] ? month * 100 + day : 0;
}

int month_of(const std::string& name) {
  static const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  const std::string lower = ascii_lower(name);
  for (int m = 0; m < 12; ++m) {
    if (lower.compare(0, 3, kMonths[m]) == 0) return m + 1;
  }
  return 0;
}

}  // namespace

std::filesystem::path title_terms_file(const std::filesystem::path& data_dir) {
  return data_dir / "links" / "title_terms.tsv";
}

TitleTermTable TitleTermTable::load(const std::filesystem::path& data_dir) {
  using entities::DataError;
  TitleTermTable table;
  std::map<std::string, std::pair<int, bool>> keys;  // key -> (id, series)
  text::read_tab_separated<DataError>(title_terms_file(data_dir), "title term table",
                                      [&](const std::vector<std::string>& fields, const std::string& where) {
    if (fields.size() != 4) {
      throw DataError(where + ": expected kind<TAB>key<TAB>English<TAB>Korean, found " +
                      std::to_string(fields.size()) + " field(s)");
    }
    const std::string& kind = fields[0];
    if (kind != "series" && kind != "term") {
      throw DataError(where + ": unknown kind \"" + kind + "\" (write series or term)");
    }
    for (size_t i = 1; i < 4; ++i) {
      if (fields[i].empty()) throw DataError(where + ": empty field " + std::to_string(i + 1));
    }
    const std::string& en = fields[2];
    const std::string& ko = fields[3];
    if (ascii_lower(en) != en) throw DataError(where + ": the English term must be written in lower case");
    if (!text::has_hangul(ko)) throw DataError(where + ": the Korean term has no Hangul");
    if (ko.find(' ') != std::string::npos) {
      throw DataError(where + ": the Korean term must be written without spaces (titles are matched without them)");
    }
    const bool series = kind == "series";
    const auto [it, fresh] = keys.emplace(fields[1], std::pair{static_cast<int>(keys.size()) + 1, series});
    if (!fresh && it->second.second != series) {
      throw DataError(where + ": key \"" + fields[1] + "\" was given another kind on an earlier line");
    }
    table.terms_.push_back({en, ko, it->second.first, series});
  });
  return table;
}

TitleTerms TitleTermTable::of(std::string_view title, bool latin) const {
  TitleTerms out;
  const std::string haystack = latin ? ascii_lower(title) : without_spaces(title);
  for (const Term& term : terms_) {
    if (haystack.find(latin ? term.en : term.ko) == std::string::npos) continue;
    out.terms.insert(term.id);
    if (term.series) out.events.insert(term.id);
  }
  return out;
}

std::set<int> mentioned_days(std::string_view body) {
  static const std::string kMonth =
      "(January|February|March|April|May|June|July|August|September|October|November|December|"
      "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
  // "February 25", "Feb. 15"; "25 February"; "2.25(월)", "2017.9.21(목)", "10.7.(금)"; "3월 28일"; "(7.12)".
  static const std::regex kMonthDay(kMonth + "\\.? (\\d{1,2})(?!\\d)");
  static const std::regex kDayMonth("(?:^|[^\\d])(\\d{1,2}) " + kMonth + "(?![a-z])");
  static const std::regex kDotted("(?:^|[^\\d.])(?:\\d{4}\\. ?)?(\\d{1,2})\\. ?(\\d{1,2})\\.? ?\\((?:월|화|수|목|금|토|일)\\)");
  static const std::regex kKoreanWords("(\\d{1,2})월 ?(\\d{1,2})일");
  // A Korean title's "(7.12)" or "(6.21.)".
  static const std::regex kParenthesized("\\((\\d{1,2})\\.(\\d{1,2})\\.?\\)");
  const std::string text(body.substr(0, kMentionedDaysReach));
  std::set<int> days;
  auto collect = [&](const std::regex& pattern, int month_group, int day_group, bool month_named) {
    for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern); it != std::sregex_iterator(); ++it) {
      const std::smatch& m = *it;
      const int month = month_named ? month_of(m[month_group].str()) : std::atoi(m[month_group].str().c_str());
      if (const int day = day_of(month, std::atoi(m[day_group].str().c_str()))) days.insert(day);
    }
  };
  collect(kMonthDay, 1, 2, true);
  collect(kDayMonth, 2, 1, true);
  collect(kDotted, 1, 2, false);
  collect(kKoreanWords, 1, 2, false);
  collect(kParenthesized, 1, 2, false);
  return days;
}

std::set<int> release_mentioned_days(std::string_view title, std::string_view body) {
  std::string opening(title);
  opening += '\n';
  opening += body.substr(0, kMentionedDaysReach);
  return mentioned_days(opening);
}

std::string mentioned_days_value(const std::set<int>& days) {
  std::string value = "d";
  for (int day : days) {
    char four[5];
    std::snprintf(four, sizeof four, "%04d", day);
    value += four;
  }
  return value;
}

std::optional<std::set<int>> parse_mentioned_days_value(std::string_view value) {
  if (value.empty() || value[0] != 'd' || (value.size() - 1) % 4 != 0) return std::nullopt;
  std::set<int> days;
  for (size_t i = 1; i < value.size(); i += 4) {
    int day = 0;
    for (size_t k = i; k < i + 4; ++k) {
      if (value[k] < '0' || value[k] > '9') return std::nullopt;
      day = day * 10 + (value[k] - '0');
    }
    days.insert(day);
  }
  return days;
}

}  // namespace dipsearch
