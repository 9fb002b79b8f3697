// The working state of one official extraction, shared by its stages (english_mentions,
// korean_mentions, their title helpers, mention_resolution): the tokens, the country hits,
// each word's class, and the mentions found so far, every token owned by at most one.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/entities/country_matcher.h"
#include "common/entities/official_names.h"
#include "common/entities/official_words.h"
#include "common/entities/tokens.h"

namespace dipsearch::entities::detail {

// One place where the text names a person, before mentions are merged into people.
struct Mention {
  uint32_t first = 0;  // name tokens [first, end)
  uint32_t end = 0;
  int official = -1;  // registry index
  std::string name;   // as written
  std::string latin;  // Latin spelling given in brackets after a Hangul name
  std::string title;
  bool hangul = false;
  bool short_form = false;   // surname with a title: resolves, never stands alone
  bool needs_title = false;  // "Mr. X" is an official only with a title
  bool headline = false;     // found in a Title Case line, where any word is capitalized
  bool private_office = false;  // the title heads a private body: no official unless registered
};

class ScanState {
 public:
  // `korea` is South Korea's catalog index: Korean titles naming only it are not foreign.
  ScanState(const OfficialNames& names, const TokenStream& ts, const std::vector<CountryHit>& hits,
            uint16_t korea);
  ScanState(const ScanState&) = delete;
  ScanState& operator=(const ScanState&) = delete;

  // Records a mention; its tokens belong to it unless an earlier mention holds them.
  void add(Mention m);

  // The text of tokens [first_tok, end_tok).
  std::string_view raw(size_t first_tok, size_t end_tok) const {
    const uint32_t b = ts[first_tok].begin;
    const uint32_t e = ts[end_tok - 1].end;
    return ts.text().substr(b, e - b);
  }
  bool same_line(size_t t) const { return t < n && !ts[t].line_before; }
  bool is_pre(size_t t) const { return (word_class[t] & kPre) != 0; }
  bool is_head(size_t t) const { return (word_class[t] & kHead) != 0; }
  bool is_title_word(size_t t) const { return (word_class[t] & (kPre | kHead)) != 0; }
  bool is_complement(size_t t) const { return (word_class[t] & kComplement) != 0; }
  bool may_start_registry_name(size_t t) const { return (word_class[t] & kRegistryFirst) != 0; }

  const OfficialNames& names;
  const TokenStream& ts;
  const std::vector<CountryHit>& hits;
  const size_t n;
  const uint16_t korea;
  std::vector<int> owner;           // token → mention that covers it
  std::vector<int> hit_start;       // token → country hit starting there
  std::vector<int> hit_of;          // token → country hit covering it
  std::vector<uint8_t> word_class;  // token → WordClass bits (capitalized words only)
  bool has_hangul = false;          // the Korean stages run only when there is Hangul
  std::vector<Mention> mentions;
};

// Words separated by spaces in a name ("Jong-moon" is one).
size_t count_words(std::string_view s);

}  // namespace dipsearch::entities::detail
