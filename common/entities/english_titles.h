// English titles as the text states them: where one starts, how far it runs ("Vice Minister
// of Foreign Affairs of the Republic of Korea", "Spokesperson and Deputy Minister for Public
// Relations"), and the office after a name and a comma ("Kim X, Special Representative …").
#pragma once

#include <cstddef>

#include "common/entities/official_scan.h"

namespace dipsearch::entities::detail {

struct TitleSpan {
  bool ok = false;
  size_t end = 0;       // first token after the title
  size_t text_end = 0;  // end of the title as kept (a trailing "of <country>" dropped)
};

class EnglishTitles {
 public:
  explicit EnglishTitles(const ScanState& state) : s_(state) {}

  // Whether a title starts at token i: a capitalized title word not continuing another one.
  bool starts_at(size_t i) const;
  // The title starting at token i (ok false when it has no head word such as "Minister").
  TitleSpan parse(size_t i) const;
  // Where an office starts after the comma at `comma`, past "the" and a country qualifier
  // ("U.S.", "Japanese", "Korea's"); 0 when no title word follows.
  size_t after_comma(size_t comma) const;
  // Whether the title of tokens [first, end) heads a private body, whose head is no official:
  // a society, association, company or newspaper, a foundation not named after a country
  // ("the Seoul Peace Foundation", not "the Korea Foundation"), the Council on Foreign Relations.
  bool private_body(size_t first, size_t end) const;

 private:
  size_t body_name_end(size_t q) const;

  const ScanState& s_;
};

}  // namespace dipsearch::entities::detail
