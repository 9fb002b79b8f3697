// One pass over the text: ASCII fast path, ICU character properties for the rest.
#include "common/entities/tokens.h"

#include <unicode/uchar.h>

namespace dipsearch::entities::detail {
namespace {

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         c == 0x00A0 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool is_line_break(char32_t c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029; }

bool is_word_char(char32_t c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  if (is_hangul_syllable(c) || is_han(c)) return false;
  // ㆍ (U+318D) is a Hangul letter to ICU, but Korean writes it as the middle dot of 한ㆍ미.
  if (c == 0x318D || c == 0x30FB || c == 0xFF65) return false;
  return u_isalpha(c) || u_isdigit(c) || u_getIntPropertyValue(c, UCHAR_GENERAL_CATEGORY) ==
                                             U_NON_SPACING_MARK;
}

// Punctuation is reduced to the few classes the matchers distinguish.
std::string_view canonical_punct(char32_t c) {
  switch (c) {
    case '.': case 0x3002: case 0xFF0E: return ".";
    case ',': case 0x3001: case 0xFF0C: return ",";
    case ';': case 0xFF1B: return ";";
    case ':': case 0xFF1A: return ":";
    case '!': case 0xFF01: return "!";
    case '?': case 0xFF1F: return "?";
    case '(': case '[': case '{': case 0xFF08: case 0xFF3B: return "(";
    case ')': case ']': case '}': case 0xFF09: case 0xFF3D: return ")";
    case '"': case 0x201C: case 0x201D: case 0x201E: case 0x300C: case 0x300D: case 0x300E:
    case 0x300F: case 0x3008: case 0x3009: case 0x300A: case 0x300B: case 0x3010: case 0x3011:
    case 0xFF02:
      return "\"";
    case '\'': case 0x2018: case 0x2019: case 0x201A: case '`': case 0x00B4: case 0xFF07:
      return "'";
    case '-': case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFF0D:
      return "-";
    case 0x00B7: case 0x318D: case 0x30FB: case 0xFF65: case 0x2027: case 0x2219: case 0x22C5:
      return "\xC2\xB7";  // middle dot, as between 한·미
    case '/': case 0xFF0F: return "/";
    case '&': case 0xFF06: return "&";
    case '$': case 0xFF04: return "$";
    default: return "*";
  }
}

}  // namespace

TokenStream::TokenStream(std::string_view text) : text_(text), lower_(text) {
  for (char& ch : lower_) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  tokens_.reserve(text.size() / 4 + 8);
  bool space = true;
  bool line = true;
  size_t i = 0;
  while (i < text.size()) {
    const size_t start = i;
    const char32_t c = decode_at(text, i);
    if (is_space(c)) {
      space = true;
      if (is_line_break(c)) line = true;
      continue;
    }
    Token t;
    t.begin = static_cast<uint32_t>(start);
    t.space_before = space;
    t.line_before = line;
    space = false;
    line = false;
    if (is_hangul_syllable(c) || is_han(c)) {
      const bool hangul = is_hangul_syllable(c);
      size_t j = i;
      while (j < text.size()) {
        size_t k = j;
        const char32_t d = decode_at(text, k);
        if (hangul ? !is_hangul_syllable(d) : !is_han(d)) break;
        j = k;
      }
      i = j;
      t.kind = hangul ? Tok::kHangul : Tok::kHan;
      t.end = static_cast<uint32_t>(i);
      t.raw = text.substr(start, i - start);
      t.norm = t.raw;
    } else if (is_word_char(c)) {
      bool ascii = c < 0x80;
      bool digits_only = c >= '0' && c <= '9';
      size_t j = i;
      while (j < text.size()) {
        size_t k = j;
        const char32_t d = decode_at(text, k);
        if (!is_word_char(d)) break;
        if (d >= 0x80) ascii = false;
        if (!(d >= '0' && d <= '9')) digits_only = false;
        j = k;
      }
      i = j;
      t.end = static_cast<uint32_t>(i);
      t.raw = text.substr(start, i - start);
      t.kind = digits_only ? Tok::kNumber : Tok::kWord;
      bool any_letter = false;
      bool all_upper = true;
      bool first = true;
      if (ascii) {
        t.norm = std::string_view(lower_).substr(start, i - start);
        for (char ch : t.raw) {
          const bool up = ch >= 'A' && ch <= 'Z';
          const bool low = ch >= 'a' && ch <= 'z';
          if (up || low) {
            if (first) t.cap = up;
            first = false;
            any_letter = true;
            if (low) all_upper = false;
          }
        }
      } else {
        std::string folded;
        size_t k = 0;
        while (k < t.raw.size()) {
          const char32_t d = decode_at(t.raw, k);
          if (u_isalpha(d)) {
            const bool up = u_isupper(d) || u_istitle(d);
            if (first) t.cap = up;
            first = false;
            any_letter = true;
            if (!up) all_upper = false;
          }
          const UChar32 f = u_foldCase(static_cast<UChar32>(d), U_FOLD_CASE_DEFAULT);
          char buf[4];
          int32_t n = 0;
          U8_APPEND_UNSAFE(buf, n, f);
          folded.append(buf, static_cast<size_t>(n));
        }
        folded_.push_back(std::move(folded));
        t.norm = folded_.back();
      }
      t.upper = any_letter && all_upper;
    } else {
      t.kind = Tok::kPunct;
      t.end = static_cast<uint32_t>(i);
      t.raw = text.substr(start, i - start);
      t.norm = canonical_punct(c);
    }
    tokens_.push_back(t);
  }
  mark_headlines();
}

void TokenStream::mark_headlines() {
  size_t start = 0;
  while (start < tokens_.size()) {
    size_t end = start + 1;
    while (end < tokens_.size() && !tokens_[end].line_before) ++end;
    size_t words = 0;
    size_t caps = 0;
    for (size_t t = start; t < end; ++t) {
      if (tokens_[t].kind == Tok::kWord && tokens_[t].raw.size() >= 4) {
        ++words;
        if (tokens_[t].cap || tokens_[t].upper) ++caps;
      }
    }
    const std::string_view last = tokens_[end - 1].norm;
    const bool sentence = last == "." || last == "!" || last == "?";
    if (words >= 3 && caps * 10 >= words * 8 && !sentence) {
      for (size_t t = start; t < end; ++t) tokens_[t].headline = true;
    }
    start = end;
  }
}

}  // namespace dipsearch::entities::detail
