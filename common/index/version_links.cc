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

long date_part(const std::string& date, size_t from, size_t length);  // below

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

// The numbers both openings state that neither the titles' shared numbers nor the month and
// day of a day either opening mentions account for: facts only the body states.
size_t opening_numbers_beyond(const LinkableRelease& en, const LinkableRelease& ko, const TitleWords& en_title,
                              const TitleWords& ko_title) {
  std::set<std::string> accounted;
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
  for (const std::string& number : en.opening_numbers) n += ko.opening_numbers.count(number) && !accounted.count(number);
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
  s += 0.5 * static_cast<double>(std::min<size_t>(opening_numbers + opening_names, 8));
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
  e.opening_names = shared(en.opening_names, ko.opening_names);
  // Names counted otherwise: those the Korean opening also writes in Latin letters, and the
  // officials both name.
  std::vector<std::string> latin_counted, hangul_counted;
  for (const std::string& name : en.opening_names) {
    if (ko.opening_names.count(name)) latin_counted.push_back(name);
  }
  for (const auto& o : en.officials) {
    if (!ko_keys.count(o.key)) continue;
    latin_counted.push_back(o.name_en);
    hangul_counted.push_back(o.name_ko);
  }
  e.opening_sounds = sounds_in_common(en.latin_sounds, ko.hangul_sounds, latin_counted, hangul_counted);
  e.opening_names += e.opening_sounds;
  e.terms_differ = !en.terms.events.empty() && !ko.terms.events.empty() && shared(en.terms.events, ko.terms.events) == 0;
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

namespace {

enum class DayAgreement { kAgree, kDisagree, kUnknown };

// A release without a date nor a mentioned day is a candidate of the other language's that
// state this many of its opening's facts; a fact more than this many releases state says
// nothing of which release it is.
constexpr size_t kFactsToMeet = 3;
constexpr size_t kCommonFact = 200;

// What a dated pair gets for being dated on one day (VersionEvidence::score), given to a pair
// whose openings mention the same day.
constexpr double kAgreedDaysBonus = 0.5;

// The days the opening of each release mentions: stored in a slot at index time, or read
// once from the body for a release without them (reading a body costs more than the slots).
class MentionedDays {
 public:
  MentionedDays(const std::vector<LinkableRelease>& releases, const BodyOf& body_of)
      : releases_(releases), days_(releases.size()), body_of_(body_of) {}
  // The days stored with the release, or else the title's and, when bodies can be read, the
  // opening's.
  const std::set<int>& of(size_t i) {
    if (releases_[i].days) return *releases_[i].days;
    if (!days_[i]) days_[i] = release_mentioned_days(releases_[i].title, body_of_ ? body_of_(i) : std::string());
    return *days_[i];
  }
  // The stored days only (none when not stored): what a dated release offers for finding a
  // version dated days away, which is not worth reading every dated body for.
  const std::set<int>& stored(size_t i) const {
    static const std::set<int> kNone;
    return releases_[i].days ? *releases_[i].days : kNone;
  }

 private:
  const std::vector<LinkableRelease>& releases_;
  std::vector<std::optional<std::set<int>>> days_;
  const BodyOf& body_of_;
};

// The days a dated release's meeting may have been on: its date, or the day before (a
// version often comes out the day after the meeting).
std::set<int> meeting_days(const LinkableRelease& r) {
  const long day = day_number(r.date);
  if (day < 0) return {};
  return {month_day(day), month_day(day - 1)};
}

// Whether two releases, one of them without a full date, speak of the same day: the days
// both openings mention, or else the days one mentions against the other's date.
DayAgreement days_agree(size_t a, size_t b, const std::vector<LinkableRelease>& releases, MentionedDays& days) {
  const std::set<int>& days_a = days.of(a);
  const std::set<int>& days_b = days.of(b);
  auto meets = [](const std::set<int>& x, const std::set<int>& y) {
    return std::any_of(x.begin(), x.end(), [&](int d) { return y.count(d) > 0; });
  };
  if (!days_a.empty() && !days_b.empty()) return meets(days_a, days_b) ? DayAgreement::kAgree : DayAgreement::kDisagree;
  for (auto [mentions, other] : {std::pair{&days_a, b}, std::pair{&days_b, a}}) {
    const std::set<int> dated = meeting_days(releases[other]);
    if (!mentions->empty() && !dated.empty()) return meets(*mentions, dated) ? DayAgreement::kAgree : DayAgreement::kDisagree;
  }
  return DayAgreement::kUnknown;
}

bool mention_different_days(size_t a, size_t b, MentionedDays& days) {
  const std::set<int>& days_a = days.of(a);
  const std::set<int>& days_b = days.of(b);
  return !days_a.empty() && !days_b.empty() &&
         std::none_of(days_a.begin(), days_a.end(), [&](int d) { return days_b.count(d) > 0; });
}

// The days by which a release meets its version among the other language's: for one without a
// full date, the days it mentions; for a dated one, its meeting days and the days its stored
// opening mentions in the month up to its date. A day after its date is an event it
// announces, and an announcement is not the version of the outcome's release.
std::set<int> candidate_days(size_t i, const std::vector<LinkableRelease>& releases, MentionedDays& days) {
  const long day = day_number(releases[i].date);
  if (day < 0) return days.of(i);
  const std::set<int>& mentioned = days.stored(i);
  std::set<int> out = meeting_days(releases[i]);
  constexpr long kReportedWithin = 31;
  for (long back = 0; !mentioned.empty() && back <= kReportedWithin; ++back) {
    if (mentioned.count(month_day(day - back)) > 0) out.insert(month_day(day - back));
  }
  return out;
}

// Both dated, a day apart at most: the pairs link_versions finds by their dates.
bool dated_within_a_day(const LinkableRelease& a, const LinkableRelease& b) {
  const long day_a = day_number(a.date), day_b = day_number(b.date);
  return day_a >= 0 && day_b >= 0 && std::labs(day_a - day_b) <= 1;
}

bool share_an_official(const LinkableRelease& a, const LinkableRelease& b) {
  return std::any_of(a.officials.begin(), a.officials.end(), [&](const auto& x) {
    return std::any_of(b.officials.begin(), b.officials.end(), [&](const auto& y) { return x.key == y.key; });
  });
}

int side_of(const std::string& lang) { return lang == "en" ? 0 : lang == "ko" ? 1 : -1; }

std::set<std::string> official_keys(const LinkableRelease& r) {
  std::set<std::string> keys;
  for (const auto& o : r.officials) keys.insert(o.key);
  return keys;
}

// The facts of an opening that look a release up: its numbers of two digits or more (one
// digit is a list's count or a day) and its Latin names.
std::vector<std::string> facts_of(const LinkableRelease& r) {
  std::vector<std::string> facts;
  for (const std::string& n : r.opening_numbers) {
    if (n.size() >= 2) facts.push_back("n" + n);
  }
  for (const std::string& w : r.opening_names) facts.push_back("w" + w);
  return facts;
}

}  // namespace

// Pairs dated within a day of each other are found by date. Beyond those, the candidates that
// the dates alone do not bring together: releases without a full date (undated, month-only),
// and releases dated more than a day apart whose openings mention the same day (a version put
// out days after the meeting it reports). One that mentions its meeting's day is a candidate
// of the other language's releases of that day (by their date, the day after, or what they
// mention) naming one of its officials; it links when the days agree, the titles agree and
// nothing contradicts. An undated one that mentions no day is a candidate of the releases
// naming two of its officials, and must agree with one on everyone and nearly every country;
// those are looked up by every name but the most frequent (the minister, named in thousands),
// which keeps a large corpus cheap. The margin over the next candidate is asked for later
// (choose_versions).
struct VersionCandidateIndex::Lookups {
  Lookups(const std::vector<LinkableRelease>& list, const BodyOf& body)
      : releases(list), body_of(body), days(releases, body_of), on_days(list.size()), mentions_days(list.size()) {}

  // The candidates of releases dated within a day of each other, with one marked in touching.
  void add_dated(const std::vector<bool>& touching, std::vector<VersionLink>& out);
  // The others (above), with one marked in touching.
  void add_beyond_a_day(const std::vector<bool>& touching, std::vector<VersionLink>& out);

  const std::vector<LinkableRelease>& releases;
  const BodyOf body_of;
  MentionedDays days;
  std::multimap<long, size_t> by_date[2];        // English, Korean: the fully dated, by day number
  std::map<int, std::vector<size_t>> by_day[2];  // by candidate_days
  std::vector<std::set<int>> on_days;            // candidate_days, found once a release
  std::vector<bool> mentions_days;               // days.of (undated) or days.stored (dated) holds some
  // Each release without a full date, with the other language's releases that its officials
  // and its opening's facts look up.
  std::vector<std::pair<size_t, std::vector<size_t>>> undated_lookups;
};

VersionCandidateIndex::VersionCandidateIndex(const std::vector<LinkableRelease>& releases, const BodyOf& body_of)
    : lookups_(std::make_unique<Lookups>(releases, body_of)) {
  Lookups& x = *lookups_;
  // Officials and facts look releases up for those without a full date only: the releases
  // are listed under the officials and facts of those alone (usually few or none).
  std::set<std::string> looked_up;
  for (const LinkableRelease& r : releases) {
    if (side_of(r.lang) < 0 || day_number(r.date) >= 0) continue;
    for (const auto& o : r.officials) looked_up.insert(o.key);
    for (std::string& fact : facts_of(r)) looked_up.insert(std::move(fact));
  }
  std::map<std::string, std::vector<size_t>> by_official[2];
  std::map<std::string, std::vector<size_t>> by_fact[2];
  for (size_t i = 0; i < releases.size(); ++i) {
    const int side = side_of(releases[i].lang);
    if (side < 0) continue;
    const long day = day_number(releases[i].date);
    if (day >= 0) x.by_date[side].emplace(day, i);
    if (!looked_up.empty()) {
      for (const std::string& key : official_keys(releases[i])) {
        if (looked_up.count(key) > 0) by_official[side][key].push_back(i);
      }
      for (const std::string& fact : facts_of(releases[i])) {
        if (looked_up.count(fact) > 0) by_fact[side][fact].push_back(i);
      }
    }
    x.on_days[i] = candidate_days(i, releases, x.days);
    for (int d : x.on_days[i]) x.by_day[side][d].push_back(i);
    x.mentions_days[i] = day < 0 ? !x.days.of(i).empty() : !x.days.stored(i).empty();
  }
  for (size_t i = 0; i < releases.size(); ++i) {
    const int side = side_of(releases[i].lang);
    if (side < 0 || day_number(releases[i].date) >= 0) continue;
    std::vector<size_t> partners;
    std::vector<const std::vector<size_t>*> lists;
    for (const std::string& key : official_keys(releases[i])) {
      const auto it = by_official[1 - side].find(key);
      if (it != by_official[1 - side].end()) lists.push_back(&it->second);
    }
    if (!x.mentions_days[i] && lists.size() >= 2) {
      std::sort(lists.begin(), lists.end(), [](const auto* a, const auto* b) { return a->size() < b->size(); });
      lists.pop_back();
      for (const std::vector<size_t>* list : lists) partners.insert(partners.end(), list->begin(), list->end());
    }
    // And, whether it mentions days or not, those whose openings state kFactsToMeet of its
    // facts (a version dated before a day both mention is not among that day's releases).
    std::map<size_t, size_t> facts_met;
    for (const std::string& fact : facts_of(releases[i])) {
      const auto it = by_fact[1 - side].find(fact);
      if (it == by_fact[1 - side].end() || it->second.size() > kCommonFact) continue;
      for (size_t j : it->second) ++facts_met[j];
    }
    for (const auto& [j, met] : facts_met) {
      if (met >= kFactsToMeet) partners.push_back(j);
    }
    if (!partners.empty()) x.undated_lookups.emplace_back(i, std::move(partners));
  }
}

VersionCandidateIndex::~VersionCandidateIndex() = default;

void VersionCandidateIndex::Lookups::add_dated(const std::vector<bool>& touching, std::vector<VersionLink>& out) {
  for (size_t i = 0; i < releases.size(); ++i) {
    const int side = side_of(releases[i].lang);
    const long day = day_number(releases[i].date);
    if (!touching[i] || side < 0 || day < 0) continue;
    const std::multimap<long, size_t>& others = by_date[1 - side];
    for (auto it = others.lower_bound(day - 1); it != others.end() && it->first <= day + 1; ++it) {
      if (side == 1 && touching[it->second]) continue;  // the English one finds it
      const size_t en = side == 0 ? i : it->second;
      const size_t ko = side == 0 ? it->second : i;
      const VersionEvidence e = version_evidence(releases[en], releases[ko]);
      if (e.days_apart < 0) continue;
      const bool weak = !e.enough_in_common();
      if (weak && !e.enough_on_the_same_day()) continue;
      const double score = e.score();
      // Dates a day apart at most, but openings that speak of different days: the same
      // officials at another meeting, or a date read wrong.
      if (score < kVersionLinkThreshold || mention_different_days(en, ko, days)) continue;
      out.push_back({en, ko, score, weak});
    }
  }
}

void VersionCandidateIndex::Lookups::add_beyond_a_day(const std::vector<bool>& touching,
                                                      std::vector<VersionLink>& out) {
  std::set<std::pair<size_t, size_t>> seen;
  auto consider = [&](size_t en, size_t ko) {
    if (dated_within_a_day(releases[en], releases[ko]) || !seen.emplace(en, ko).second ||
        dates_conflict(releases[en].date, releases[ko].date)) {
      return;
    }
    const VersionEvidence e = evidence_ignoring_dates(releases[en], releases[ko]);
    // Openings that mention the same day count as a date a day apart at most does.
    if (e.terms_differ || e.score() + kAgreedDaysBonus < kVersionLinkThreshold) return;
    double score = e.score();
    switch (days_agree(en, ko, releases, days)) {
      case DayAgreement::kAgree:
        // The days stand for the date: what links dated releases links these, and one
        // official in common is enough when the titles or the openings agree, or when the two
        // name the very same officials and countries.
        if (!e.numbers_differ && !e.countries_differ &&
            (e.enough_in_common() || (e.shared_officials >= 1 && e.titles_agree()) || e.same_people_and_countries())) {
          // A bonus as for one date, when the two also name the same countries: the same
          // visitor meets several of a day's hosts, whose releases name the visitor and a date.
          if (e.countries >= 0.75) score += kAgreedDaysBonus;
          break;
        }
        return;
      case DayAgreement::kUnknown:
        if (e.enough_without_dates() || e.openings_alone_agree()) break;
        return;
      case DayAgreement::kDisagree:
        return;
    }
    if (score < kVersionLinkThreshold) return;
    out.push_back({en, ko, score, false});
  };
  auto pair = [&](size_t i, size_t j) { side_of(releases[i].lang) == 0 ? consider(i, j) : consider(j, i); };
  // Releases of the other language on a day either mentions (the other's candidate_days
  // holding it, by its date or its opening) that name one of its officials. A pair is looked
  // at from a side that mentions days, or from the marked side when only the other mentions
  // them and is not marked (a release not marked takes no turn here).
  for (size_t i = 0; i < releases.size(); ++i) {
    const int side = side_of(releases[i].lang);
    if (!touching[i] || side < 0) continue;
    for (int d : on_days[i]) {
      const auto it = by_day[1 - side].find(d);
      if (it == by_day[1 - side].end()) continue;
      for (size_t j : it->second) {
        const bool looked_up = mentions_days[i] || (mentions_days[j] && !touching[j]);
        if (looked_up && share_an_official(releases[i], releases[j])) pair(i, j);
      }
    }
  }
  for (const auto& [i, partners] : undated_lookups) {
    for (size_t j : partners) {
      if (touching[i] || touching[j]) pair(i, j);
    }
  }
}

std::vector<VersionLink> VersionCandidateIndex::candidates(const std::vector<bool>& touching) {
  // Every candidate pair with a marked release that could link; choose_versions takes each
  // release's best.
  std::vector<VersionLink> out;
  lookups_->add_dated(touching, out);
  lookups_->add_beyond_a_day(touching, out);
  return out;
}

std::vector<VersionLink> version_candidates(const std::vector<LinkableRelease>& releases,
                                            const std::vector<bool>& touching, const BodyOf& body_of) {
  return VersionCandidateIndex(releases, body_of).candidates(touching);
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
    if (best_of[link.en] != c || best_of[link.ko] != c) continue;
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
