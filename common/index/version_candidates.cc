// Finding candidate versions: which releases of the other language each release is looked
// up against, by date, mentioned day, official and opening fact (see version_links.h).
#include "common/index/version_links.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "common/index/mentioned_days.h"

namespace dipsearch {

namespace {

enum class DayAgreement { kAgree, kDisagree, kUnknown };

// A release without a date nor a mentioned day is a candidate of the other language's that
// state this many of its opening's facts; a fact more than this many releases state says
// nothing of which release it is.
constexpr size_t kFactsToMeet = 3;
constexpr size_t kCommonFact = 200;

// How many days after the original a version may be put out with nothing but its date to say
// which day it speaks of.
constexpr long kVersionPublishedWithin = 3;

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

size_t officials_in_common(const LinkableRelease& a, const LinkableRelease& b) {
  return static_cast<size_t>(std::count_if(a.officials.begin(), a.officials.end(), [&](const auto& x) {
    return std::any_of(b.officials.begin(), b.officials.end(), [&](const auto& y) { return x.key == y.key; });
  }));
}

bool share_an_official(const LinkableRelease& a, const LinkableRelease& b) { return officials_in_common(a, b) > 0; }

int side_of(const std::string& lang) { return lang == "en" ? 0 : lang == "ko" ? 1 : -1; }

std::set<std::string> official_keys(const LinkableRelease& r) {
  std::set<std::string> keys;
  for (const auto& o : r.officials) keys.insert(o.key);
  return keys;
}

// The facts of an opening that look a release up: its numbers of two digits or more (one
// digit is a list's count or a day), its Latin names, and the sounds of its names (a Korean
// speech writes the people it thanks in Hangul: their sounds meet the English names').
std::vector<std::string> facts_of(const LinkableRelease& r) {
  std::vector<std::string> facts;
  for (std::string_view n : r.opening_numbers) {
    if (n.size() >= 2) facts.push_back(std::string("n").append(n));
  }
  for (std::string_view w : r.opening_names) facts.push_back(std::string("w").append(w));
  for (std::string_view sound : r.lang == "ko" ? r.hangul_sounds : r.latin_sounds) {
    facts.push_back(std::string("s").append(sound));
  }
  return facts;
}

// Whether a fact is written as the opening writes it (a number or a Latin name), not matched
// by its sound alone.
bool written_fact(const std::string& fact) { return fact[0] != 's'; }

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
    // One of them at least written alike: four consonants of a sound are met by chance.
    std::map<size_t, std::pair<size_t, size_t>> facts_met;  // all, written alike
    for (const std::string& fact : facts_of(releases[i])) {
      const auto it = by_fact[1 - side].find(fact);
      if (it == by_fact[1 - side].end() || it->second.size() > kCommonFact) continue;
      for (size_t j : it->second) {
        ++facts_met[j].first;
        facts_met[j].second += written_fact(fact);
      }
    }
    for (const auto& [j, met] : facts_met) {
      if (met.first >= kFactsToMeet && met.second >= 1) partners.push_back(j);
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
      out.push_back({en, ko, score, weak || e.titles_name_only_people()});
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
    // A pair the rules below do not let link still scores: it is the next candidate of its
    // releases, which a pair that needs the margin must stand out from.
    bool may_link = false;
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
          may_link = true;
        }
        break;
      case DayAgreement::kUnknown:
        may_link = e.enough_without_dates() || e.openings_alone_agree() ||
                   (has_full_date(releases[en].date) && has_full_date(releases[ko].date) && e.same_summit());
        break;
      case DayAgreement::kDisagree:
        return;
    }
    if (score < kVersionLinkThreshold) return;
    out.push_back({en, ko, score, false, !may_link});
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
  // Releases dated two or three days apart that name two officials in common: a version put
  // out days after the original, whose opening mentions no day. Judged as if undated (below),
  // where a link needs two officials in common besides; one official in common (the
  // minister, named by most releases of a week) would make every release a candidate of
  // dozens.
  for (size_t i = 0; i < releases.size(); ++i) {
    const int side = side_of(releases[i].lang);
    const long day = day_number(releases[i].date);
    if (!touching[i] || side < 0 || day < 0) continue;
    const std::multimap<long, size_t>& others = by_date[1 - side];
    for (auto it = others.lower_bound(day - kVersionPublishedWithin); it != others.end() &&
                                                                       it->first <= day + kVersionPublishedWithin;
         ++it) {
      if (std::labs(it->first - day) > 1 && officials_in_common(releases[i], releases[it->second]) >= 2) {
        pair(i, it->second);
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

}  // namespace dipsearch
