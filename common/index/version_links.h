// Linking an English release with its Korean version: which releases are the same release
// in the other language, judged from what the index stores in value slots (date, countries,
// officials with their names, title). The indexer stores the links (indexer/version_linker.h);
// the links bench measures them.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <xapian.h>

namespace dipsearch {

// What linking reads of one release.
struct LinkableRelease {
  std::string id;
  std::string lang;   // "en" or "ko"; other languages are never linked
  std::string date;   // the date slot's value, "YYYYMMDD"; undated and month-only releases never link
  std::string title;
  std::vector<std::string> countries;  // ISO codes
  struct Official {
    std::string key, name_en, name_ko;
  };
  std::vector<Official> officials;
};

// The value slots linking reads (schema.h: the id from the sort key, lang, date, title,
// countries, officials), and what one of them sets in a release.
extern const Xapian::valueno kLinkingSlots[6];
void read_linking_slot(LinkableRelease& release, Xapian::valueno slot, const std::string& value);
// A release read from a document's value slots.
LinkableRelease linkable_release(const Xapian::Document& doc);

// What two releases share, and the score that weighs it. A release and its version are a
// day apart at most, name the same officials and countries, and their titles share numbers
// (a month spelled out counts as its number), Latin names and abbreviations (G20, NATO) or
// an official's name.
struct VersionEvidence {
  int days_apart = 0;
  double officials = 0;     // Jaccard index of the official keys (0 when either has none)
  double countries = 0;     // Jaccard index of the country codes
  size_t title_numbers = 0; // numbers in both titles
  bool numbers_differ = false;  // both titles hold numbers, and the one with fewer has one the other lacks
  size_t title_names = 0;   // Latin words of two letters or more in both titles
  size_t title_officials = 0;  // officials both titles name (in their own language)
  size_t shared_officials = 0;  // officials both name anywhere
  double score() const;
  // Whether the titles say anything in common.
  bool titles_agree() const { return title_numbers + title_names + title_officials > 0; }
  // Whether the two have enough in common to be linked at all: titles that agree, or bodies
  // that name the same two officials or more and nearly the same countries (a Korean title
  // says 한미 where the English one says ROK-U.S., and names people the English one does not).
  bool enough_in_common() const {
    return titles_agree() || (shared_officials >= 2 && officials >= 0.999 && countries >= 0.75);
  }
};
// Releases more than a day apart, in the same language, or without a full date: nullopt-like
// evidence with days_apart < 0.
VersionEvidence version_evidence(const LinkableRelease& en, const LinkableRelease& ko);

// The score two releases need, besides enough in common, to be versions of each other.
inline constexpr double kVersionLinkThreshold = 4.0;

// An English release and its Korean version, by their indexes in the list given.
struct VersionLink {
  size_t en = 0, ko = 0;
  double score = 0;
};
// Every pair that is each other's best candidate (ties go to the smaller id), scores at
// least kVersionLinkThreshold and has enough in common; each release in one pair at most.
// Ordered by the English release's index.
std::vector<VersionLink> link_versions(const std::vector<LinkableRelease>& releases);

// The kVersionPairSlot value of two linked releases (schema.h).
std::string version_pair_key(const std::string& a, const std::string& b);

}  // namespace dipsearch
