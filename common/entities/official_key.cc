// Key derivation: accent folding through ICU's canonical decomposition (thread-safe, shared
// instance), a romanized-syllable splitter for Korean given names, and a table-driven Hangul
// romanizer (no per-call ICU transliterator objects).
#include "common/entities/official_key.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <unordered_set>
#include <vector>

#include "common/entities/tokens.h"
#include "common/entities/word_hash.h"

namespace dipsearch::entities {
namespace {

const icu::Normalizer2* nfd() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return instance;
}

// Letters that decomposition does not reduce to ASCII.
std::string_view special_fold(char32_t c) {
  switch (c) {
    case 0x0131: return "i";   // ı
    case 0x00F8: case 0x00D8: return "o";
    case 0x00DF: return "ss";
    case 0x00E6: case 0x00C6: return "ae";
    case 0x0153: case 0x0152: return "oe";
    case 0x0111: case 0x0110: return "d";  // đ (Vietnamese)
    case 0x0142: case 0x0141: return "l";
    case 0x00F0: case 0x00D0: return "d";
    case 0x00FE: case 0x00DE: return "th";
    default: return {};
  }
}

// Syllables of romanized Korean given names, in RR and the older spellings people use.
const std::unordered_set<std::string>& romanized_syllables() {
  static const std::unordered_set<std::string> set = [] {
    const std::array<const char*, 24> onsets = {"",  "g",  "k",  "kk", "gg", "n", "d",  "t",
                                                "tt", "r", "l",  "m",  "b",  "p", "pp", "s",
                                                "ss", "sh", "j", "jj", "ch", "h", "c",  "y"};
    const std::array<const char*, 32> vowels = {
        "a",  "ae", "ya", "yae", "eo", "e",  "yeo", "ye", "o",  "wa",  "wae",
        "oe", "yo", "u",  "wo",  "we", "wi", "yu",  "eu", "ui", "i",   "oo",
        "ou", "ee", "eui", "yi", "woo", "yoo", "you", "wha", "uh", "oh"};
    const std::array<const char*, 13> codas = {"",  "k", "g", "n",  "t",  "d", "l",
                                               "r", "m", "p", "ng", "ck", "b"};
    std::unordered_set<std::string> s;
    for (const char* o : onsets) {
      for (const char* v : vowels) {
        for (const char* c : codas) s.insert(std::string(o) + v + c);
      }
    }
    return s;
  }();
  return set;
}

const detail::WordSet& korean_surnames_latin() {
  static const detail::WordSet set = {
      "kim",   "lee",    "yi",    "rhee",   "park",  "pak",     "bak",    "choi",  "choe",
      "jung",  "jeong",  "chung", "kang",   "cho",   "jo",      "yoon",   "yun",   "jang",
      "chang", "lim",    "im",    "han",    "oh",    "seo",     "suh",    "shin",  "sin",
      "kwon",  "hwang",  "ahn",   "an",     "song",  "ryu",     "yoo",    "yu",    "hong",
      "jeon",  "jun",    "chun",  "go",     "ko",    "moon",    "mun",    "yang",  "son",
      "sohn",  "bae",    "baek",  "paik",   "baik",   "heo",   "hur",     "huh",    "nam",   "noh",
      "roh",   "ha",     "kwak",  "sung",   "seong", "cha",     "joo",    "ju",    "chu",
      "koo",   "ku",     "min",   "jin",    "na",    "ji",      "um",     "eom",   "chae",
      "won",   "cheon",  "bang",  "kong",   "gong",  "hyun",    "hyeon",  "ham",   "byun",
      "byeon", "yeom",   "yeo",   "choo",   "do",    "seok",    "suk",    "sun",   "seon",
      "ma",    "gil",    "yeon",  "wi",     "pyo",   "myung",   "ki",     "ban",   "wang",
      "kum",   "keum",   "ok",    "yook",   "yuk",   "maeng",   "je",     "tak",   "kook",
      "eun",   "bong",   "boo",   "bu",     "hwangbo", "namgung", "jegal", "sunwoo", "seonwoo"};
  return set;
}

// "jongmoon" → "jong-moon": the split into two valid syllables with the longest first one
// (a final "ng" belongs to the first syllable: kyung-wha, not kyun-gwha); a word that is one
// syllable stays whole.
std::string split_given_name(const std::string& word) {
  const auto& syl = romanized_syllables();
  if (syl.count(word)) return word;  // one syllable already: "hoon", "kwang"
  for (size_t cut = word.size() - 1; cut >= 1; --cut) {
    if (syl.count(word.substr(0, cut)) && syl.count(word.substr(cut))) {
      return word.substr(0, cut) + "-" + word.substr(cut);
    }
  }
  return word;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace

namespace detail {

std::string fold_latin(std::string_view text) {
  bool ascii = true;
  for (unsigned char c : text) {
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  }
  std::string out;
  out.reserve(text.size());
  if (ascii) {
    for (char c : text) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return out;
  }
  icu::UnicodeString decomposed;
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  UErrorCode status = U_ZERO_ERROR;
  if (nfd() != nullptr) decomposed = nfd()->normalize(in, status);
  if (nfd() == nullptr || U_FAILURE(status)) decomposed = in;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    const std::string_view special = special_fold(static_cast<char32_t>(c));
    if (!special.empty()) {
      out += special;
      continue;
    }
    append_utf8(out, static_cast<char32_t>(u_tolower(c)));
  }
  return out;
}

std::string compact_latin(std::string_view text) {
  std::string out;
  for (char c : fold_latin(text)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
  }
  return out;
}

bool is_korean_surname_latin(std::string_view word) {
  return korean_surnames_latin().count(word) != 0;
}

bool is_romanized_korean_name(std::string_view name) {
  std::vector<std::string> words(1);
  for (char c : fold_latin(name)) {
    if (c >= 'a' && c <= 'z') {
      words.back() += c;
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
  }
  if (words.back().empty()) words.pop_back();
  if (words.size() < 2 || words.size() > 3 || !korean_surnames_latin().count(words[0])) {
    return false;
  }
  const auto& syl = romanized_syllables();
  if (words.size() == 3) return syl.count(words[1]) && syl.count(words[2]);
  return syl.count(words[1]) || split_given_name(words[1]) != words[1];
}

std::string romanize_syllable(char32_t s) {
  static const std::array<const char*, 19> initial = {
      "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k",
      "t", "p", "h"};
  static const std::array<const char*, 21> medial = {
      "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae",
      "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
  static const std::array<const char*, 28> final = {
      "",  "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l",
      "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};
  if (!is_hangul_syllable(s)) return {};
  const uint32_t index = static_cast<uint32_t>(s - 0xAC00);
  return std::string(initial[index / (21 * 28)]) + medial[(index / 28) % 21] +
         final[index % 28];
}

}  // namespace detail

namespace {

// Moves a Latin word written inside a Hangul name into the key's parts, but for a single letter:
// a middle initial (마크 W. 램버트) comes and goes, as in Latin names.
void push_latin(std::vector<std::string>& parts, std::string& latin) {
  if (latin.size() > 1) parts.push_back(latin);
  latin.clear();
}

}  // namespace

std::string official_key(std::string_view name) {
  // Hangul: romanize syllable by syllable; Latin letters and digits pass through.
  bool hangul = false;
  for (size_t i = 0; i < name.size();) {
    if (detail::is_hangul_syllable(detail::decode_utf8_at(name, i))) {
      hangul = true;
      break;
    }
  }
  std::vector<std::string> parts;
  if (hangul) {
    std::string latin;
    for (size_t i = 0; i < name.size();) {
      const char32_t c = detail::decode_utf8_at(name, i);
      if (detail::is_hangul_syllable(c)) {
        push_latin(parts, latin);
        parts.push_back(detail::romanize_syllable(c));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        latin += static_cast<char>(c);
      } else if (c >= 'A' && c <= 'Z') {
        latin += static_cast<char>(c - 'A' + 'a');
      } else {
        push_latin(parts, latin);
      }
    }
    push_latin(parts, latin);
    if (parts.empty()) return {};
    std::string key = "ko";
    for (const std::string& p : parts) key += "-" + p;
    return key;
  }
  std::string word;
  for (char c : detail::fold_latin(name)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word += c;
    } else if (!word.empty()) {
      parts.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) parts.push_back(std::move(word));
  if (parts.empty()) return {};
  // Middle initials come and go ("Kurt M. Campbell", "Kurt Campbell"): not part of the key.
  if (parts.size() >= 3) {
    std::vector<std::string> kept{parts.front()};
    for (size_t i = 1; i + 1 < parts.size(); ++i) {
      if (parts[i].size() > 1) kept.push_back(parts[i]);
    }
    kept.push_back(parts.back());
    parts = std::move(kept);
  }
  if (parts.size() == 2 && korean_surnames_latin().count(parts[0]) && parts[1].size() >= 4) {
    parts[1] = split_given_name(parts[1]);
  }
  std::string key;
  for (const std::string& p : parts) {
    if (!key.empty()) key += '-';
    key += p;
  }
  return key;
}

bool is_valid_official_key(std::string_view key) {
  if (key.empty() || key.front() == '-' || key.back() == '-') return false;
  char prev = 0;
  for (char c : key) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && prev == '-')) return false;
    prev = c;
  }
  return true;
}

}  // namespace dipsearch::entities
