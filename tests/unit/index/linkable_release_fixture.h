// Releases for the linking tests: officials as linking reads them from the slots, and a
// release built from what its slots hold, with the title terms of the shipped table.
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "common/index/version_links.h"

namespace dipsearch::link_fixture {

using Official = LinkableRelease::Official;

inline const Official kKang{"kang-kyung-wha", "Kang Kyung-wha", "강경화"};
inline const Official kPompeo{"mike-pompeo", "Mike Pompeo", "마이크 폼페이오"};
inline const Official kWangYi{"wang-yi", "Wang Yi", "왕이"};

// The shipped title term table (data/links/title_terms.tsv).
inline const TitleTermTable& term_table() {
  static const TitleTermTable table = TitleTermTable::load(std::filesystem::path(DIPSEARCH_SAMPLE_DIR).parent_path());
  return table;
}

// A release with another title, and the title terms that go with it.
inline void retitle(LinkableRelease& r, std::string title) {
  r.title = std::move(title);
  set_title_terms(r, term_table());
}

inline LinkableRelease release(std::string id, std::string lang, std::string date, std::string title,
                               std::vector<std::string> countries, std::vector<Official> officials) {
  LinkableRelease r;
  r.id = std::move(id);
  r.lang = std::move(lang);
  r.date = std::move(date);
  r.countries = std::move(countries);
  r.officials = std::move(officials);
  retitle(r, std::move(title));
  return r;
}

// The release with the clues of its opening: the days it mentions, its numbers and Latin names.
inline LinkableRelease with_opening(LinkableRelease r, std::set<int> days, std::set<std::string> numbers,
                                    std::set<std::string> names) {
  r.days = std::move(days);
  r.opening_numbers = std::move(numbers);
  r.opening_names = std::move(names);
  return r;
}

// The links of a list, as "English id Korean id".
inline std::vector<std::string> linked_ids(const std::vector<LinkableRelease>& releases) {
  std::vector<std::string> out;
  for (const VersionLink& link : link_versions(releases)) out.push_back(releases[link.en].id + " " + releases[link.ko].id);
  return out;
}

}  // namespace dipsearch::link_fixture
