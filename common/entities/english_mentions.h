// Finding officials in English text: registry names in any spelling ("Kang Kyung-wha",
// "Blinken"), names after a title ("Foreign Minister Wang Yi", "the Ukrainian Foreign
// Minister, Dmytro Kuleba,"), after an honorific ("Mr. X", "H.E. X"), and names followed by a
// comma and an office ("Sung Kim, U.S. Special Representative for North Korea"), and names
// followed by their ministry ("deputy director Taro Yamada of the Ministry of Defense").
#pragma once

#include <cstddef>

#include "common/entities/english_titles.h"
#include "common/entities/official_scan.h"

namespace dipsearch::entities::detail {

class EnglishMentions {
 public:
  explicit EnglishMentions(ScanState& state) : s_(state), titles_(state) {}

  // Adds the mentions of the text to the state, registry names first.
  void find() {
    registry_names();
    titled_names();
    honorific_names();
    counterparts();
    plural_titles();
    titles_after_names();
    appositions();
    names_of_ministries();
  }

 private:
  struct NameSpan {
    int groups = 0;  // words of the name, hyphenated parts counted once
    size_t end = 0;
  };

  void registry_names();
  // A one-word spelling (Blinken, Lavrov) must not be part of someone else's name.
  bool single_word_ok(size_t first, size_t end) const;
  void titled_names();
  void honorific_names();
  void counterparts();
  void plural_titles();
  // The office stated after a name and a comma becomes its title.
  void titles_after_names();
  void appositions();
  // "… director for policy Taro Yamada of the Ministry of Defense": a full name followed by
  // the ministry or embassy it serves, after an office written in lower case.
  void names_of_ministries();

  // The first token of the longest name (two words or more) that ends right before token
  // `end`, within `reach` tokens on its line, no token of it in a mention; not led by a
  // capitalized word, unless `title_may_lead` and that word is a title's or a body's. `end`
  // when there is none.
  size_t name_ending_at(size_t end, size_t reach, bool title_may_lead) const;
  // A capitalized word that may be part of a name (not a title word, a country, ROK, UN).
  bool name_word(size_t q) const;
  bool capital_name_word(size_t q) const;
  bool capital_family_name(size_t q) const;
  bool all_capitals(size_t first, size_t end) const;
  NameSpan parse_capital_name(size_t p) const;
  bool monarch(size_t first, size_t end) const;
  bool month_as_name(size_t p) const;
  // The name starting at token p: name words, initials, particles ("von der").
  NameSpan parse_name(size_t p) const;
  bool hangul_name_after_honorific(size_t p) const;
  size_t qualifier_end(size_t p) const;
  size_t rank_end(size_t p) const;
  // The token after an honorific at i (Mr., Ms., Dr., H.E., His Excellency), or 0.
  size_t honorific_end(size_t i, bool* excellency) const;

  ScanState& s_;
  const EnglishTitles titles_;
};

}  // namespace dipsearch::entities::detail
