// One pass over the text: a class table for ASCII, a direct decoder for Hangul syllables, ICU
// character properties for the rest. Headlines are marked as each line ends.
#include "common/entities/tokens.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

namespace dipsearch::entities::detail {
namespace {

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         c == 0x00A0 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool is_line_break(char32_t c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029; }

// Classes of ASCII bytes, one table lookup each.
enum : uint8_t { kSpaceByte = 1, kBreakByte = 2, kLowerByte = 4, kUpperByte = 8, kDigitByte = 16 };
constexpr uint8_t kWordByte = kLowerByte | kUpperByte | kDigitByte;

constexpr std::array<uint8_t, 256> byte_classes() {
  std::array<uint8_t, 256> t{};  // bytes of multi-byte characters: no class
  for (int c = 0; c < 128; ++c) {
    if (c == ' ' || c == '\t' || c == '\f' || c == '\v') t[c] = kSpaceByte;
    if (c == '\n' || c == '\r') t[c] = kSpaceByte | kBreakByte;
    if (c >= 'a' && c <= 'z') t[c] = kLowerByte;
    if (c >= 'A' && c <= 'Z') t[c] = kUpperByte;
    if (c >= '0' && c <= '9') t[c] = kDigitByte;
  }
  return t;
}
constexpr std::array<uint8_t, 256> kByte = byte_classes();

constexpr std::array<char, 256> lower_bytes() {
  std::array<char, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return t;
}
constexpr std::array<char, 256> kLower = lower_bytes();

bool is_ascii_alnum(unsigned char b) { return (kByte[b] & kWordByte) != 0; }

// The Hangul syllable (U+AC00..U+D7A3, three bytes) at byte i, or 0: decoded directly, as most
// of a Korean release is syllables.
inline char32_t hangul_at(std::string_view s, size_t i) {
  if (i + 2 >= s.size()) return 0;
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0xEA || b0 > 0xED) return 0;
  const auto b1 = static_cast<unsigned char>(s[i + 1]);
  const auto b2 = static_cast<unsigned char>(s[i + 2]);
  if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return 0;
  const char32_t c = (char32_t{b0} & 0x0F) << 12 | (char32_t{b1} & 0x3F) << 6 | (b2 & 0x3F);
  return is_hangul_syllable(c) ? c : 0;
}

bool is_word_char(char32_t c) {
  if (c < 0x80) return is_ascii_alnum(static_cast<unsigned char>(c));
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
  tokens_.reserve(text.size() / 4 + 8);
  bool space = true;
  bool line = true;
  HeadlineCount line_count;
  size_t i = 0;
  while (i < text.size()) {
    const size_t start = i;
    const auto b = static_cast<unsigned char>(text[i]);
    const uint8_t cls = kByte[b];
    if (cls & kSpaceByte) {
      space = true;
      line = line || (cls & kBreakByte) != 0;
      ++i;
      continue;
    }
    Token t;
    t.begin = static_cast<uint32_t>(start);
    if (b < 0x80) {
      if (cls & kWordByte) {
        // An ASCII word: lower-cased in place, capitals noted on the way. A non-ASCII letter
        // inside it (Müller) sends the whole word down the general path.
        size_t j = i;
        uint8_t seen = 0;  // the classes of the word's bytes, together
        for (; j < text.size(); ++j) {
          const auto a = static_cast<unsigned char>(text[j]);
          const uint8_t k = kByte[a];
          if (!(k & kWordByte)) break;
          seen |= k;
          lower_[j] = kLower[a];
        }
        const bool any_letter = (seen & (kLowerByte | kUpperByte)) != 0;
        const bool digits_only = !any_letter;
        const bool all_upper = (seen & kLowerByte) == 0;
        size_t f = start;  // the first letter says whether the word is capitalized
        while (f < j && (kByte[static_cast<unsigned char>(text[f])] & kDigitByte)) ++f;
        const bool cap = f < j && (kByte[static_cast<unsigned char>(text[f])] & kUpperByte) != 0;
        size_t after = j;
        if (j < text.size() && static_cast<unsigned char>(text[j]) >= 0x80 &&
            is_word_char(decode_utf8_at(text, after))) {
          i = scan_word(text, start, t);
        } else {
          i = j;
          t.kind = digits_only ? Tok::kNumber : Tok::kWord;
          t.end = static_cast<uint32_t>(i);
          t.raw = text.substr(start, i - start);
          t.norm = std::string_view(lower_).substr(start, i - start);
          t.cap = cap;
          t.upper = any_letter && all_upper;
        }
      } else {
        ++i;
        t.kind = Tok::kPunct;
        t.end = static_cast<uint32_t>(i);
        t.raw = text.substr(start, 1);
        t.norm = canonical_punct(b);
      }
    } else if (hangul_at(text, i) != 0) {
      i += 3;
      while (hangul_at(text, i) != 0) i += 3;
      t.kind = Tok::kHangul;
      t.end = static_cast<uint32_t>(i);
      t.raw = text.substr(start, i - start);
      t.norm = t.raw;
    } else {
      size_t next = i;
      const char32_t c = decode_utf8_at(text, next);
      if (is_space(c)) {
        space = true;
        line = line || is_line_break(c);
        i = next;
        continue;
      }
      if (is_han(c)) {
        i = next;
        while (i < text.size()) {
          size_t k = i;
          if (!is_han(decode_utf8_at(text, k))) break;
          i = k;
        }
        t.kind = Tok::kHan;
        t.end = static_cast<uint32_t>(i);
        t.raw = text.substr(start, i - start);
        t.norm = t.raw;
      } else if (is_word_char(c)) {
        i = scan_word(text, start, t);
      } else {
        i = next;
        t.kind = Tok::kPunct;
        t.end = static_cast<uint32_t>(i);
        t.raw = text.substr(start, i - start);
        t.norm = canonical_punct(c);
      }
    }
    t.space_before = space;
    t.line_before = line;
    if (line) end_line(line_count);
    space = false;
    line = false;
    line_count.add(t);
    tokens_.push_back(t);
  }
  end_line(line_count);
}

// A word with non-ASCII letters from `start`: ends at the first character that is not a word
// character; case-folded with ICU into storage of its own.
size_t TokenStream::scan_word(std::string_view text, size_t start, Token& t) {
  bool ascii = true;
  bool digits_only = true;
  size_t j = start;
  while (j < text.size()) {
    const auto a = static_cast<unsigned char>(text[j]);
    if (a < 0x80) {
      if (!is_ascii_alnum(a)) break;
      if (a > '9') digits_only = false;
      ++j;
      continue;
    }
    size_t k = j;
    if (!is_word_char(decode_utf8_at(text, k))) break;
    ascii = false;
    digits_only = false;
    j = k;
  }
  t.end = static_cast<uint32_t>(j);
  t.raw = text.substr(start, j - start);
  t.kind = digits_only ? Tok::kNumber : Tok::kWord;
  bool any_letter = false;
  bool all_upper = true;
  bool first = true;
  std::string folded;
  size_t k = 0;
  while (k < t.raw.size()) {
    const char32_t d = decode_utf8_at(t.raw, k);
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
  if (ascii) {
    t.norm = std::string_view(lower_).substr(start, j - start);
    for (size_t p = start; p < j; ++p) {
      lower_[p] = kLower[static_cast<unsigned char>(lower_[p])];
    }
  } else {
    folded_.push_back(std::move(folded));
    t.norm = folded_.back();
  }
  t.upper = any_letter && all_upper;
  return j;
}

// A line is a headline (Title Case) when most of its longer Latin words are capitalized and
// it does not end like a sentence, or like an entry of a list that goes on (a comma or a
// semicolon: the guests a speech greets, "Ambassador Hong Gil-dong,"); its tokens are marked
// when the line ends.
void TokenStream::end_line(HeadlineCount& c) {
  if (c.first < tokens_.size()) {
    const std::string_view last = tokens_.back().norm;
    const bool sentence = last == "." || last == "!" || last == "?";
    const bool list_entry = last == "," || last == ";";
    if (c.words >= 3 && c.caps * 10 >= c.words * 8 && !sentence && !list_entry) {
      for (size_t t = c.first; t < tokens_.size(); ++t) tokens_[t].headline = true;
    }
  }
  c = HeadlineCount{};
  c.first = tokens_.size();
}

}  // namespace dipsearch::entities::detail
