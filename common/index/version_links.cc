// Scoring candidate versions and choosing mutual best pairs (see version_links.h).
#include "common/index/version_links.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <string_view>

#include "common/schema.h"

namespace dipsearch {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_latin(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = lower(c);
  return out;
}

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

size_t shared(const std::set<std::string>& a, const std::set<std::string>& b) {
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

// Days since 1970-01-01 of a date slot value, or -1 for an undated or month-only release.
long day_number(const std::string& date) {
  if (date.size() != 8 || date.compare(6, 2, "00") == 0) return -1;
  for (char c : date) {
    if (!is_digit(c)) return -1;
  }
  long y = std::atol(date.substr(0, 4).c_str());
  const long m = std::atol(date.substr(4, 2).c_str());
  const long d = std::atol(date.substr(6, 2).c_str());
  // Howard Hinnant's days_from_civil.
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
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

const Xapian::valueno kLinkingSlots[6] = {schema::kSortSlot,  schema::kLangSlot,      schema::kDateSlot,
                                          schema::kTitleSlot, schema::kCountriesSlot, schema::kOfficialsSlot};

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
    default:
      break;
  }
}

LinkableRelease linkable_release(const Xapian::Document& doc) {
  LinkableRelease r;
  for (Xapian::valueno slot : kLinkingSlots) read_linking_slot(r, slot, doc.get_value(slot));
  return r;
}

double VersionEvidence::score() const {
  // One official in common is weak: most releases of a day name the minister. Two or more
  // count in full.
  double s = 3 * officials * static_cast<double>(std::min<size_t>(shared_officials, 2)) / 2 + 2 * countries;
  s += static_cast<double>(std::min<size_t>(title_numbers, 2) + std::min<size_t>(title_names, 2) +
                           std::min<size_t>(title_officials, 2));
  if (numbers_differ) s -= 2;
  if (days_apart == 0) s += 0.5;
  return s;
}

VersionEvidence version_evidence(const LinkableRelease& en, const LinkableRelease& ko) {
  VersionEvidence e;
  const long a = day_number(en.date), b = day_number(ko.date);
  if (en.lang != "en" || ko.lang != "ko" || a < 0 || b < 0 || std::labs(a - b) > 1) {
    e.days_apart = -1;
    return e;
  }
  e.days_apart = static_cast<int>(std::labs(a - b));
  std::set<std::string> en_keys, ko_keys;
  for (const auto& o : en.officials) en_keys.insert(o.key);
  for (const auto& o : ko.officials) ko_keys.insert(o.key);
  e.officials = jaccard(en_keys, ko_keys);
  e.shared_officials = shared(en_keys, ko_keys);
  e.countries = jaccard(std::set<std::string>(en.countries.begin(), en.countries.end()),
                        std::set<std::string>(ko.countries.begin(), ko.countries.end()));
  const TitleWords en_words = title_words(en.title), ko_words = title_words(ko.title);
  e.title_numbers = shared(en_words.numbers, ko_words.numbers);
  // Titles with numbers disagree when the shorter list has one the other lacks: (7.28) is
  // not April 7, but (6.21) is June 21, 2018.
  const size_t fewer = std::min(en_words.numbers.size(), ko_words.numbers.size());
  e.numbers_differ = fewer > 0 && e.title_numbers < fewer;
  e.title_names = shared(en_words.names, ko_words.names);
  for (const auto& o : en.officials) {
    if (!ko_keys.count(o.key) || !title_names_person(en.title, o.name_en, true)) continue;
    const auto it = std::find_if(ko.officials.begin(), ko.officials.end(), [&](const auto& k) { return k.key == o.key; });
    if (title_names_person(ko.title, it->name_ko, false)) ++e.title_officials;
  }
  return e;
}

std::vector<VersionLink> link_versions(const std::vector<LinkableRelease>& releases) {
  std::multimap<long, size_t> korean_by_day;
  for (size_t i = 0; i < releases.size(); ++i) {
    const long day = day_number(releases[i].date);
    if (releases[i].lang == "ko" && day >= 0) korean_by_day.emplace(day, i);
  }
  // Every candidate pair that could link, then each release's best.
  std::vector<VersionLink> candidates;
  for (size_t i = 0; i < releases.size(); ++i) {
    const long day = day_number(releases[i].date);
    if (releases[i].lang != "en" || day < 0) continue;
    for (auto it = korean_by_day.lower_bound(day - 1); it != korean_by_day.end() && it->first <= day + 1; ++it) {
      const VersionEvidence e = version_evidence(releases[i], releases[it->second]);
      if (e.days_apart < 0 || !e.enough_in_common()) continue;
      const double score = e.score();
      if (score >= kVersionLinkThreshold) candidates.push_back({i, it->second, score});
    }
  }
  // Better: a higher score, then the smaller ids, so that the choice never depends on order.
  auto better = [&](const VersionLink& x, const VersionLink& y) {
    if (x.score != y.score) return x.score > y.score;
    if (releases[x.en].id != releases[y.en].id) return releases[x.en].id < releases[y.en].id;
    return releases[x.ko].id < releases[y.ko].id;
  };
  std::map<size_t, size_t> best_of;  // release index → candidate index
  for (size_t c = 0; c < candidates.size(); ++c) {
    for (size_t side : {candidates[c].en, candidates[c].ko}) {
      auto [it, fresh] = best_of.emplace(side, c);
      if (!fresh && better(candidates[c], candidates[it->second])) it->second = c;
    }
  }
  std::vector<VersionLink> links;
  for (size_t c = 0; c < candidates.size(); ++c) {
    if (best_of[candidates[c].en] == c && best_of[candidates[c].ko] == c) links.push_back(candidates[c]);
  }
  std::sort(links.begin(), links.end(), [](const VersionLink& x, const VersionLink& y) { return x.en < y.en; });
  return links;
}

std::string version_pair_key(const std::string& a, const std::string& b) {
  return a < b ? a + schema::kTranslationFieldSeparator + b : b + schema::kTranslationFieldSeparator + a;
}

}  // namespace dipsearch
