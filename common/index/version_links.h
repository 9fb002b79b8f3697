// Linking an English release with its Korean version: which releases are the same release
// in the other language, judged from what the index stores in value slots (date, countries,
// officials with their names, title, the days the opening mentions). The indexer stores the
// links (indexer/version_linker.h); the links bench measures them.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "common/index/version_links_clues.h"
#include "common/index/sorted_words.h"

namespace dipsearch {

// What linking reads of one release.
struct LinkableRelease {
  std::string id;
  std::string lang;   // "en" or "ko"; other languages are never linked
  std::string date;   // the date slot's value, "YYYYMMDD" ("YYYYMM00" month-only, empty undated)
  std::string title;
  std::vector<std::string> countries;  // ISO codes
  struct Official {
    std::string key, name_en, name_ko;
  };
  std::vector<Official> officials;
  // The days its title and opening mention (kMentionedDaysSlot); nullopt when not stored,
  // and then read from the body when link_versions is given one.
  std::optional<std::set<int>> days;
  // The numbers and Latin names of its title and opening (kMentionedDaysSlot; OpeningClues).
  // Held as SortedWords: linking keeps every release in memory.
  SortedWords opening_numbers, opening_names;
  // The sounds of its opening's names in Latin letters and in Hangul (OpeningClues).
  SortedWords latin_sounds, hangul_sounds;
  TitleTerms terms;  // what its title names of the title term table (set_title_terms)
};

// The value slots linking reads (schema.h: the id from the sort key, lang, date, title,
// countries, officials, mentioned days), and what one of them sets in a release.
extern const Xapian::valueno kLinkingSlots[7];
void read_linking_slot(LinkableRelease& release, Xapian::valueno slot, const std::string& value);
// A release read from a document's value slots.
LinkableRelease linkable_release(const Xapian::Document& doc);
// Sets release.terms from the table (English titles in lower case, Korean without spaces);
// terms_differ and title_terms compare them. Releases without terms share none.
void set_title_terms(LinkableRelease& release, const TitleTermTable& table);

// What two releases share, and the score that weighs it. A release and its version are a
// day apart at most, name the same officials and countries, and their titles share numbers
// (a month spelled out counts as its number), Latin names and abbreviations (G20, NATO) or
// an official's name.
struct VersionEvidence {
  int days_apart = 0;
  double officials = 0;     // Jaccard index of the official keys (0 when either has none)
  double countries = 0;     // Jaccard index of the country codes
  bool countries_differ = false;  // both name countries besides Korea, and none of those in common
  size_t shared_partners = 0;     // countries besides Korea both name
  size_t title_numbers = 0; // numbers in both titles
  bool numbers_differ = false;  // both titles hold numbers, and the one with fewer has one the other lacks
  size_t title_names = 0;   // Latin words of two letters or more in both titles
  size_t title_officials = 0;  // officials both titles name (in their own language)
  size_t title_terms = 0;   // bodies and kinds of meeting both titles name (LinkableRelease::terms)
  // The titles name different meeting series (Human Rights Council, CD), or different
  // occasions (a phone call and a summit, an inaugural speech and a farewell one).
  bool terms_differ = false;
  size_t shared_officials = 0;  // officials both name anywhere
  // What both openings state besides what the titles share and the days they mention (the
  // month and day of a mentioned day are judged by the days): numbers, and names, in Latin
  // letters in both or written in Hangul by the Korean one (opening_sounds of them).
  size_t opening_numbers = 0;
  size_t opening_names = 0;
  size_t opening_sounds = 0;
  double score() const;
  // Whether the openings state the same facts: two numbers and a name, two names and a number,
  // three numbers between releases that name mostly the same officials, or four numbers (an
  // editorial translated in full whose pages name no one the registry knows). A Korean title that
  // sums up the release in a sentence shares nothing with the English one, but the first
  // paragraph of a translation states what the original does.
  bool openings_agree() const {
    return (opening_numbers >= 2 && opening_names >= 1) || (opening_names >= 2 && opening_numbers >= 1) ||
           (opening_numbers >= 3 && officials >= 0.5) || opening_numbers >= 4;
  }
  // Whether the titles say anything in common.
  bool titles_agree() const { return title_numbers + title_names + title_officials + title_terms > 0; }
  // Whether the two have enough in common to be linked at all: titles that agree, or bodies
  // that name the same two officials or more and nearly the same countries (a Korean title
  // says 한미 where the English one says ROK-U.S., and names people the English one does not).
  bool enough_in_common() const {
    return titles_agree() || bodies_agree() || (openings_agree() && shared_officials >= 1);
  }
  bool bodies_agree() const { return shared_officials >= 2 && officials >= 0.999 && countries >= 0.75; }
  // The very same officials (one at least), nearly the same countries, and a country besides
  // Korea or a fact both openings state: with openings that mention the same day, a
  // minister's release and its version (a minister's releases naming Korea alone are many).
  bool same_people_and_countries() const {
    return shared_officials >= 1 && officials >= 0.999 && countries >= 0.75 &&
           (shared_partners >= 1 || opening_numbers + opening_names >= 1);
  }
  // Whether releases dated the same day that lack enough in common may still be versions: an
  // official or more in common, the same countries (one besides Korea at least: a minister's
  // releases of a day that name Korea alone are many), and the very same officials or two
  // facts both openings state (a statement whose Korean title sums it up). Such a pair links
  // only with kUndatedVersionMargin over the next candidate (link_versions).
  bool enough_on_the_same_day() const {
    return days_apart == 0 && shared_officials >= 1 && countries >= 0.75 && shared_partners >= 1 &&
           (officials >= 0.999 || opening_numbers + opening_names >= 2);
  }
  // Whether openings agree so much that they say alone the two are one release: four facts
  // or more, agreeing (openings_agree), and neither the titles' numbers nor the countries
  // contradicting. For releases whose dates are not read and whose people are not in the
  // registry (a speech, a statement); with the margin (link_versions).
  bool openings_alone_agree() const {
    return openings_agree() && opening_numbers + opening_names >= 4 && !numbers_differ && !countries_differ;
  }
  // Whether a release without a full date has enough in common with a candidate: bodies that
  // agree, and titles that agree on more than the people they name (at one meeting the
  // president's remarks and the leaders' greeting name the same people) or openings that
  // agree, without contradicting each other's numbers; or two officials in common whose
  // openings state three facts besides, two of them written alike (an editorial translated in
  // full that names one person more). Bodies alone are not enough here: the same two officials
  // meet again and again, and without a date nothing else tells their meetings apart
  // (link_versions also asks for a margin).
  bool enough_without_dates() const {
    if (numbers_differ) return false;
    return (bodies_agree() && (title_numbers + title_names + title_terms > 0 || openings_agree())) ||
           (shared_officials >= 2 && opening_numbers + opening_names >= 3 && written_alike() >= 2 && !countries_differ);
  }
  // The facts both openings write alike: numbers, and names in Latin letters in both. A name
  // matched by its sound alone is weaker (four consonants of a Hangul word).
  size_t written_alike() const { return opening_numbers + opening_names - opening_sounds; }
  // Whether releases dated a few days apart are one summit's release: three officials or more,
  // every one in common, with the same countries (a Korean title says 한미일 where the English
  // one says trilateral). With the margin.
  bool same_summit() const { return bodies_agree() && shared_officials >= 3 && !numbers_differ; }
  // Whether the titles agree on nothing but the people they name, with nothing else to back
  // them: at one meeting a president's remarks, the joint press conference and the leaders'
  // greeting are releases of one day naming the same people. Such a pair links only with the
  // margin over the next candidate (link_versions).
  bool titles_name_only_people() const {
    return title_numbers + title_names + title_terms == 0 && !bodies_agree() && !openings_agree();
  }
};
// Releases more than a day apart, in the same language, or without a full date: nullopt-like
// evidence with days_apart < 0.
VersionEvidence version_evidence(const LinkableRelease& en, const LinkableRelease& ko);
// The same evidence whatever the dates say (days_apart -1: no same-day bonus).
VersionEvidence evidence_ignoring_dates(const LinkableRelease& en, const LinkableRelease& ko);
// Whether a date slot value is a full date (a day, not a month or nothing).
bool has_full_date(const std::string& date);
// Days since 1970-01-01 of a date slot value, or -1 for an undated or month-only release.
long day_number(const std::string& date);
// The month × 100 + day of a day number.
int month_day(long days);
// Both dated, a day apart at most: the pairs link_versions finds by their dates.
bool dated_within_a_day(const LinkableRelease& a, const LinkableRelease& b);
// Whether two date slot values contradict each other in what both state: years more than one
// apart, or year and month more than a month apart. Undated releases contradict nothing.
bool dates_conflict(const std::string& a, const std::string& b);

// The version of the linking rules (this file's and version_links_clues'; the title terms are
// versioned by their content). The indexer's analysis key includes it: an incremental run
// relinks only around its changes, so a change of the rules must make the next run start over.
inline constexpr int kLinkingRulesVersion = 5;

// The score two releases need, besides enough in common, to be versions of each other.
inline constexpr double kVersionLinkThreshold = 4.0;
// How much more than its next candidate (on either side) a pair with a release without a full
// date must score: a release undated on one side links only when nothing else comes close.
inline constexpr double kUndatedVersionMargin = 1.0;

// An English release and its Korean version, by their indexes in the list given.
struct VersionLink {
  size_t en = 0, ko = 0;
  double score = 0;
  bool needs_margin = false;  // dated within a day, but links only when it stands out
  // A pair that scores but has too little in common to link: it only counts as the next
  // candidate of its releases (a link that needs the margin must stand out from it).
  bool only_next = false;
};
// Every pair that is each other's best candidate (ties go to the smaller id), scores at
// least kVersionLinkThreshold and has enough in common; each release in one pair at most.
// Releases dated within a day are candidates of each other (those dated the same day with
// little more in common than that, enough_on_the_same_day, with the margin below). A release without a full date
// is a candidate of the other language's releases of the day its opening mentions (when
// body_of reads it) that name one of its officials and no other countries, or else of those
// that agree with it on
// every official and nearly every country; date parts must not conflict, and it links only
// with kUndatedVersionMargin over the next candidate of either side. Ordered by the English
// release's index.
// The body of the release of an index: read only for releases without a full date and their
// candidates whose days are not stored (LinkableRelease::days), to see which days their
// openings mention. Empty: bodies are not read.
using BodyOf = std::function<std::string(size_t)>;
std::vector<VersionLink> link_versions(const std::vector<LinkableRelease>& releases, const BodyOf& body_of = {});

// The same in two steps, for linking again only around what changed (indexer/version_linker.h):
// every candidate pair (scored, in no set order) with at least one release marked in
// touching, and the links among candidates. choose_versions gives a release the link that
// link_versions gives it when the candidates hold every pair of that release and of its best
// candidate. Whether two releases are candidates depends on the two alone, except for a
// release without a full date (has_full_date): it is paired by its officials but the one
// most releases name, so its pairs depend on every release.
std::vector<VersionLink> version_candidates(const std::vector<LinkableRelease>& releases,
                                            const std::vector<bool>& touching, const BodyOf& body_of = {});

// What finding candidates looks releases up by (the releases of each day, official, opening
// fact and mentioned day, and each release's days), built once for a list of releases: the
// rounds of an incremental run's relinking then each cost what their marked releases reach
// instead of another pass over every release. It refers to `releases`, which must neither
// change nor move while it is in use.
class VersionCandidateIndex {
 public:
  explicit VersionCandidateIndex(const std::vector<LinkableRelease>& releases, const BodyOf& body_of = {});
  ~VersionCandidateIndex();
  VersionCandidateIndex(const VersionCandidateIndex&) = delete;
  VersionCandidateIndex& operator=(const VersionCandidateIndex&) = delete;

  // version_candidates(releases, touching, body_of) for the releases it was built for.
  std::vector<VersionLink> candidates(const std::vector<bool>& touching);

 private:
  struct Lookups;
  std::unique_ptr<Lookups> lookups_;
};

std::vector<VersionLink> choose_versions(const std::vector<LinkableRelease>& releases,
                                         const std::vector<VersionLink>& candidates);

// The kVersionPairSlot value of two linked releases (schema.h).
std::string version_pair_key(const std::string& a, const std::string& b);

}  // namespace dipsearch
