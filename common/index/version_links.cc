// Scoring candidate versions and choosing mutual best pairs (see version_links.h).
#include "common/index/version_links.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <string_view>

#include "common/index/name_sounds.h"
#include "common/index/version_links_clues.h"
#include "common/release/text_lines.h"
#include "common/schema.h"

namespace dipsearch {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_latin(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
using release::ascii_lower;

// English month names and their usual abbreviations, as numbers: "June 21" in an English
// title and "(6.21)" in a Korean one are the same date.
int month_number(std::string_view word) {
  static const char* const kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                        "july",    "august",   "september", "october", "november", "december"};
  for (int m = 0; m < 12; ++m) {
    const std::string_view name = kMonths[m];
    if (word == name || (word.size() >= 3 && word.size() < name.size() && name.substr(0, word.size()) == word)) {
      return m + 1;
    }
  }
  return 0;
}

// The numbers (without leading zeros) and Latin words (lower case, two letters or more) of
// a title. A Latin word runs over letters and digits ("g20"); its digits count as a number too.
struct TitleWords {
  std::set<std::string> numbers, names;
};

TitleWords title_words(std::string_view title) {
  TitleWords out;
  size_t i = 0;
  while (i < title.size()) {
    if (!is_digit(title[i]) && !is_latin(title[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < title.size() && (is_digit(title[end]) || is_latin(title[end]))) ++end;
    const std::string word = ascii_lower(title.substr(i, end - i));
    bool has_letter = false;
    for (size_t k = 0; k < word.size();) {
      if (!is_digit(word[k])) {
        has_letter = true;
        ++k;
        continue;
      }
      size_t stop = k;
      while (stop < word.size() && is_digit(word[stop])) ++stop;
      const size_t first = std::min(word.find_first_not_of('0', k), stop - 1);
      out.numbers.insert(word.substr(first, stop - first));
      k = stop;
    }
    if (has_letter && word.size() >= 2) {
      if (const int month = month_number(word)) {
        out.numbers.insert(std::to_string(month));
      } else {
        out.names.insert(word);
      }
    }
    i = end;
  }
  return out;
}

template <typename T>
size_t shared(const std::set<T>& a, const std::set<T>& b) {
  size_t n = 0;
  for (const auto& x : a) n += b.count(x);
  return n;
}

template <typename T>
double jaccard(const std::set<T>& a, const std::set<T>& b) {
  if (a.empty() || b.empty()) return 0;
  const size_t both = shared(a, b);
  return static_cast<double>(both) / static_cast<double>(a.size() + b.size() - both);
}

// Whether a title names a person: the whole name, or one of its words of three letters or
// more standing as a word of the title (English titles call people by family name, which may
// come first or last). Korean titles are matched on the name's space-separated parts.
bool title_names_person(std::string_view title, const std::string& name, bool latin) {
  if (name.empty()) return false;
  const std::string haystack = latin ? ascii_lower(title) : std::string(title);
  const std::string needle = latin ? ascii_lower(name) : name;
  if (haystack.find(needle) != std::string::npos) return true;
  size_t start = 0;
  while (start < needle.size()) {
    size_t end = needle.find_first_of(" -", start);
    if (end == std::string::npos) end = needle.size();
    const std::string part = needle.substr(start, end - start);
    start = end + 1;
    // Latin: three letters, as a whole word. Hangul: two syllables (six bytes) at least.
    if (part.size() < (latin ? 3u : 6u)) continue;
    for (size_t at = haystack.find(part); at != std::string::npos; at = haystack.find(part, at + 1)) {
      if (!latin) return true;
      const size_t after = at + part.size();
      if ((at == 0 || !is_latin(haystack[at - 1])) && (after == haystack.size() || !is_latin(haystack[after]))) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

namespace {

// A number of digits of a date slot value, or -1 when they are not all digits (or absent).
long date_part(const std::string& date, size_t from, size_t length) {
  if (date.size() < from + length) return -1;
  long n = 0;
  for (size_t i = from; i < from + length; ++i) {
    if (!is_digit(date[i])) return -1;
    n = n * 10 + (date[i] - '0');
  }
  return n;
}

}  // namespace

// Days since 1970-01-01 of a date slot value, or -1 for an undated or month-only release.
long day_number(const std::string& date) {
  if (date.size() != 8 || date.compare(6, 2, "00") == 0) return -1;
  long y = date_part(date, 0, 4);
  const long m = date_part(date, 4, 2);
  const long d = date_part(date, 6, 2);
  if (y < 0 || m < 0 || d < 0) return -1;
  // Howard Hinnant's days_from_civil.
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// The month × 100 + day of a day number (Howard Hinnant's civil_from_days).
int month_day(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long doe = days - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  return static_cast<int>(m * 100 + d);
}

namespace {

// The numbers both openings state that neither the titles' shared numbers nor the month and
// day of a day either opening mentions account for: facts only the body states.
size_t opening_numbers_beyond(const LinkableRelease& en, const LinkableRelease& ko, const TitleWords& en_title,
                              const TitleWords& ko_title) {
  std::set<std::string, std::less<>> accounted;
  for (const std::string& n : en_title.numbers) {
    if (ko_title.numbers.count(n)) accounted.insert(n);
  }
  for (const LinkableRelease* r : {&en, &ko}) {
    if (!r->days) continue;
    for (int day : *r->days) {
      accounted.insert(std::to_string(day / 100));
      accounted.insert(std::to_string(day % 100));
    }
  }
  size_t n = 0;
  for (std::string_view number : en.opening_numbers) n += ko.opening_numbers.count(number) && !accounted.count(number);
  return n;
}

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  size_t start = 0;
  for (;;) {
    const size_t end = text.find(separator, start);
    out.emplace_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return out;
    start = end + 1;
  }
}

}  // namespace

const Xapian::valueno kLinkingSlots[7] = {schema::kSortSlot,      schema::kLangSlot,      schema::kDateSlot,
                                          schema::kTitleSlot,     schema::kCountriesSlot, schema::kOfficialsSlot,
                                          schema::kMentionedDaysSlot};

void read_linking_slot(LinkableRelease& r, Xapian::valueno slot, const std::string& value) {
  switch (slot) {
    case schema::kSortSlot:
      r.id = std::string(schema::id_of_sort_key(value));
      break;
    case schema::kLangSlot:
      r.lang = value;
      break;
    case schema::kDateSlot:
      r.date = value;
      break;
    case schema::kTitleSlot:
      r.title = value;
      break;
    case schema::kCountriesSlot:
      r.countries.clear();
      for (size_t i = 0; i + 2 <= value.size(); i += 2) r.countries.push_back(value.substr(i, 2));
      break;
    case schema::kOfficialsSlot:
      r.officials.clear();
      for (const std::string& entry : split(value, schema::kOfficialsSeparator)) {
        const std::vector<std::string> fields = split(entry, schema::kOfficialFieldSeparator);
        if (fields.empty() || fields[0].empty()) continue;
        r.officials.push_back({fields[0], fields.size() > 1 ? fields[1] : "", fields.size() > 2 ? fields[2] : ""});
      }
      break;
    case schema::kMentionedDaysSlot:
      if (std::optional<OpeningClues> clues = parse_opening_clues_value(value)) {
        r.days = std::move(clues->days);
        r.opening_numbers = std::move(clues->numbers);
        r.opening_names = std::move(clues->names);
        r.latin_sounds = std::move(clues->latin_sounds);
        r.hangul_sounds = std::move(clues->hangul_sounds);
      } else {
        r.days.reset();
        r.opening_numbers.clear();
        r.opening_names.clear();
        r.latin_sounds.clear();
        r.hangul_sounds.clear();
      }
      break;
    default:
      break;
  }
}

LinkableRelease linkable_release(const Xapian::Document& doc) {
  LinkableRelease r;
  for (Xapian::valueno slot : kLinkingSlots) read_linking_slot(r, slot, doc.get_value(slot));
  return r;
}

void set_title_terms(LinkableRelease& release, const TitleTermTable& table) {
  release.terms = table.of(release.title, release.lang != "ko");
}

double VersionEvidence::score() const {
  // One official in common is weak: most releases of a day name the minister. Two or more
  // count in full.
  double s = 3 * officials * static_cast<double>(std::min<size_t>(shared_officials, 2)) / 2 + 2 * countries;
  s += static_cast<double>(std::min<size_t>(title_numbers, 2) + std::min<size_t>(title_names, 2) +
                           std::min<size_t>(title_officials, 2) + std::min<size_t>(title_terms, 2));
  // Facts both openings state: half a point each, four points at most (a speech translated in
  // full, whose people and date the pages do not give, is linked by what its opening states).
  // A name matched by its sound alone counts half: the loanwords of a Korean opening (브리핑,
  // 포럼) sound like the capitalised words of many English ones.
  s += 0.5 * std::min(static_cast<double>(written_alike()) + 0.5 * static_cast<double>(opening_sounds), 8.0);
  if (numbers_differ) s -= 2;
  if (terms_differ) s -= 2;
  if (days_apart == 0) s += 0.5;
  return s;
}

VersionEvidence evidence_ignoring_dates(const LinkableRelease& en, const LinkableRelease& ko) {
  VersionEvidence e;
  e.days_apart = -1;  // unknown: no same-day bonus
  std::set<std::string> en_keys, ko_keys;
  for (const auto& o : en.officials) en_keys.insert(o.key);
  for (const auto& o : ko.officials) ko_keys.insert(o.key);
  e.officials = jaccard(en_keys, ko_keys);
  e.shared_officials = shared(en_keys, ko_keys);
  const std::set<std::string> en_countries(en.countries.begin(), en.countries.end()),
      ko_countries(ko.countries.begin(), ko.countries.end());
  e.countries = jaccard(en_countries, ko_countries);
  // Korea is named by nearly every release; the other countries say whom a meeting was with.
  std::set<std::string> en_partners = en_countries, ko_partners = ko_countries;
  en_partners.erase("KR");
  ko_partners.erase("KR");
  e.shared_partners = shared(en_partners, ko_partners);
  e.countries_differ = !en_partners.empty() && !ko_partners.empty() && e.shared_partners == 0;
  const TitleWords en_words = title_words(en.title), ko_words = title_words(ko.title);
  e.title_numbers = shared(en_words.numbers, ko_words.numbers);
  // Titles with numbers disagree when the shorter list has one the other lacks: (7.28) is
  // not April 7, but (6.21) is June 21, 2018.
  const size_t fewer = std::min(en_words.numbers.size(), ko_words.numbers.size());
  e.numbers_differ = fewer > 0 && e.title_numbers < fewer;
  e.title_names = shared(en_words.names, ko_words.names);
  e.title_terms = shared(en.terms.terms, ko.terms.terms);
  e.opening_numbers = opening_numbers_beyond(en, ko, en_words, ko_words);
  e.opening_names = words_in_common(en.opening_names, ko.opening_names);
  // Names counted otherwise: those the Korean opening also writes in Latin letters, and the
  // officials both name.
  std::vector<std::string> latin_counted, hangul_counted;
  for (std::string_view name : en.opening_names) {
    if (ko.opening_names.count(name)) latin_counted.emplace_back(name);
  }
  for (const auto& o : en.officials) {
    if (!ko_keys.count(o.key)) continue;
    latin_counted.push_back(o.name_en);
    hangul_counted.push_back(o.name_ko);
  }
  e.opening_sounds = sounds_in_common(en.latin_sounds, ko.hangul_sounds, latin_counted, hangul_counted);
  e.opening_names += e.opening_sounds;
  auto name_others_only = [](const std::set<int>& a, const std::set<int>& b) {
    return !a.empty() && !b.empty() && shared(a, b) == 0;
  };
  e.terms_differ = name_others_only(en.terms.events, ko.terms.events) ||
                   name_others_only(en.terms.occasions, ko.terms.occasions);
  for (const auto& o : en.officials) {
    if (!ko_keys.count(o.key) || !title_names_person(en.title, o.name_en, true)) continue;
    const auto it = std::find_if(ko.officials.begin(), ko.officials.end(), [&](const auto& k) { return k.key == o.key; });
    if (title_names_person(ko.title, it->name_ko, false)) ++e.title_officials;
  }
  return e;
}

VersionEvidence version_evidence(const LinkableRelease& en, const LinkableRelease& ko) {
  const long a = day_number(en.date), b = day_number(ko.date);
  if (en.lang != "en" || ko.lang != "ko" || a < 0 || b < 0 || std::labs(a - b) > 1) {
    VersionEvidence e;
    e.days_apart = -1;
    return e;
  }
  VersionEvidence e = evidence_ignoring_dates(en, ko);
  e.days_apart = static_cast<int>(std::labs(a - b));
  return e;
}

bool has_full_date(const std::string& date) { return day_number(date) >= 0; }

bool dates_conflict(const std::string& a, const std::string& b) {
  const long year_a = date_part(a, 0, 4), year_b = date_part(b, 0, 4);
  if (year_a <= 0 || year_b <= 0) return false;
  const long month_a = date_part(a, 4, 2), month_b = date_part(b, 4, 2);
  if (month_a <= 0 || month_b <= 0) return year_a != year_b && std::labs(year_a - year_b) > 1;
  // Months since year 0: a release and its version are a month apart at most (a release of
  // January 31 and its version of February 1; a date read a month off stays a candidate).
  return std::labs((year_a * 12 + month_a) - (year_b * 12 + month_b)) > 1;
}

// Both dated, a day apart at most: the pairs link_versions finds by their dates.
bool dated_within_a_day(const LinkableRelease& a, const LinkableRelease& b) {
  const long day_a = day_number(a.date), day_b = day_number(b.date);
  return day_a >= 0 && day_b >= 0 && std::labs(day_a - day_b) <= 1;
}

std::vector<VersionLink> choose_versions(const std::vector<LinkableRelease>& releases,
                                         const std::vector<VersionLink>& candidates) {
  // Better: a higher score, then the smaller ids, so that the choice never depends on order.
  auto better = [&](const VersionLink& x, const VersionLink& y) {
    if (x.score != y.score) return x.score > y.score;
    if (releases[x.en].id != releases[y.en].id) return releases[x.en].id < releases[y.en].id;
    return releases[x.ko].id < releases[y.ko].id;
  };
  // Each release's best candidate, and the score of its second best (0 when it has one).
  std::map<size_t, size_t> best_of;
  std::map<size_t, double> runner_up;
  for (size_t c = 0; c < candidates.size(); ++c) {
    for (size_t side : {candidates[c].en, candidates[c].ko}) {
      if (candidates[c].only_next) {
        runner_up[side] = std::max(runner_up[side], candidates[c].score);
        continue;
      }
      auto [it, fresh] = best_of.emplace(side, c);
      if (fresh) continue;
      double& second = runner_up[side];
      if (better(candidates[c], candidates[it->second])) {
        second = std::max(second, candidates[it->second].score);
        it->second = c;
      } else {
        second = std::max(second, candidates[c].score);
      }
    }
  }
  // A pair not dated within a day of each other links only when it stands out: the same
  // officials at another meeting score the same, and then neither is taken.
  auto stands_out = [&](size_t side, const VersionLink& link) {
    const auto it = runner_up.find(side);
    return it == runner_up.end() || link.score - it->second >= kUndatedVersionMargin;
  };
  std::vector<VersionLink> links;
  for (size_t c = 0; c < candidates.size(); ++c) {
    const VersionLink& link = candidates[c];
    if (link.only_next || best_of[link.en] != c || best_of[link.ko] != c) continue;
    const bool by_date = dated_within_a_day(releases[link.en], releases[link.ko]) && !link.needs_margin;
    if (!by_date && !(stands_out(link.en, link) && stands_out(link.ko, link))) continue;
    links.push_back(link);
  }
  std::sort(links.begin(), links.end(), [](const VersionLink& x, const VersionLink& y) { return x.en < y.en; });
  return links;
}

std::vector<VersionLink> link_versions(const std::vector<LinkableRelease>& releases, const BodyOf& body_of) {
  return choose_versions(releases, version_candidates(releases, std::vector<bool>(releases.size(), true), body_of));
}

std::string version_pair_key(const std::string& a, const std::string& b) {
  return a < b ? a + schema::kTranslationFieldSeparator + b : b + schema::kTranslationFieldSeparator + a;
}

}  // namespace dipsearch
