// Title terms in two languages and the days a body mentions (see version_links_clues.h).
#include "common/index/version_links_clues.h"

#include <cstdlib>
#include <regex>
#include <string>

#include "common/release/text_lines.h"

namespace dipsearch {
namespace {

using release::ascii_lower;

// A term as an English title writes it (lower case) and as a Korean one does (without
// spaces: 고위급 회기 and 고위급회기 are one), the number both map to, and whether it names one
// meeting series. Facts of the ministry's usage, not of any one release.
struct Term {
  const char* en;
  const char* ko;
  int id;
  bool event;
};
constexpr Term kTerms[] = {
    {"human rights council", "인권이사회", 1, true},
    {"unhrc", "인권이사회", 1, true},
    {"conference on disarmament", "군축회의", 2, true},
    {"security council", "안보리", 3, true},
    {"munich security conference", "뮌헨안보회의", 4, true},
    {"davos", "다보스", 5, true},
    {"general assembly", "유엔총회", 6, true},
    {"high-level segment", "고위급회기", 7, false},
    {"weapons of mass destruction", "대량살상무기", 8, false},
    {"non-proliferation", "비확산", 9, false},
    {"strategic dialogue", "전략대화", 10, false},
    {"policy consultation", "정책협의회", 11, false},
    {"press briefing", "정례브리핑", 12, false},
    {"telephone", "통화", 13, false},
    {"phone call", "통화", 13, false},
    {"phone talks", "통화", 13, false},
};

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

TitleTerms title_terms(std::string_view title, bool latin) {
  TitleTerms out;
  const std::string haystack = latin ? ascii_lower(title) : without_spaces(title);
  for (const Term& term : kTerms) {
    if (haystack.find(latin ? term.en : term.ko) == std::string::npos) continue;
    out.terms.insert(term.id);
    if (term.event) out.events.insert(term.id);
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

}  // namespace dipsearch
