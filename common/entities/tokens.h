// Splits release text into tokens once for all entity matchers: Latin words, numbers, Hangul
// and Han runs, punctuation, with the spacing and letter-case facts the matchers rely on.
#pragma once

#include <cstdint>
#include <list>
#include <string>
#include <string_view>
#include <vector>

#include "common/text/utf8_decode.h"

namespace dipsearch::entities::detail {

enum class Tok : uint8_t { kWord, kNumber, kHangul, kHan, kPunct };

struct Token {
  std::string_view raw;   // the bytes as written
  // Word: lower case (ASCII fast path; others case-folded). Hangul/Han: as written.
  // Punct: one canonical character: . , ; : ! ? ( ) " ' - · / & $ or * for anything else.
  std::string_view norm;
  uint32_t begin = 0;     // byte offsets in the text
  uint32_t end = 0;
  Tok kind = Tok::kPunct;
  bool space_before = true;  // whitespace or start of text before the token
  bool line_before = true;   // a line break before: names and titles never span lines
  bool cap = false;          // Word starting with an upper-case letter
  bool upper = false;        // Word whose letters are all upper case
  // On a Title Case line (a headline): most longer Latin words capitalized and no full stop
  // at the end. There a capital letter says nothing about names.
  bool headline = false;
};

// Owns the lower-cased copy the tokens point into, so it is neither copied nor moved.
class TokenStream {
 public:
  explicit TokenStream(std::string_view text);
  TokenStream(const TokenStream&) = delete;
  TokenStream& operator=(const TokenStream&) = delete;

  const std::vector<Token>& tokens() const { return tokens_; }
  std::string_view text() const { return text_; }
  size_t size() const { return tokens_.size(); }
  const Token& operator[](size_t i) const { return tokens_[i]; }

 private:
  // Longer Latin words and capitalized ones on the current line, from token `first`.
  struct HeadlineCount {
    size_t first = 0;
    size_t words = 0;
    size_t caps = 0;
    void add(const Token& t) {
      if (t.kind == Tok::kWord && t.raw.size() >= 4) {
        ++words;
        if (t.cap || t.upper) ++caps;
      }
    }
  };
  size_t scan_word(std::string_view text, size_t start, Token& t);
  void end_line(HeadlineCount& count);

  std::string_view text_;
  std::string lower_;              // the text with ASCII letters lower-cased, same offsets

  // Case-folded forms of non-ASCII words: a list, for stable addresses and no allocation
  // while (as usual) there are none.
  std::list<std::string> folded_;
  std::vector<Token> tokens_;
};

// The matchers decode with the shared decoder.
using text::decode_utf8_at;
inline bool is_hangul_syllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
inline bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF);
}
// Hangul syllables are three bytes in UTF-8: the syllable count of a Hangul run.
inline size_t syllables(std::string_view hangul) { return hangul.size() / 3; }

}  // namespace dipsearch::entities::detail
