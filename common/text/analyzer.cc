// Word splitting with ICU's word break iterator run directly over UTF-8 (UText), so token
// offsets are byte offsets into the caller's text; per-thread ICU and Snowball objects.
#include "common/text/analyzer.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>
#include <xapian.h>

#include <algorithm>
#include <array>
#include <memory>
#include <stdexcept>

#include "common/text/hanja.h"
#include "common/text/korean.h"
#include "common/text/normalize.h"

namespace dipsearch::text {
namespace {

struct ThreadState {
  std::unique_ptr<icu::BreakIterator> words;
  UText* utext = nullptr;
  Xapian::Stem english{"english"};

  ThreadState() {
    UErrorCode status = U_ZERO_ERROR;
    words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) {
      throw std::runtime_error(std::string("ICU word break iterator: ") + u_errorName(status));
    }
  }
  ~ThreadState() { utext_close(utext); }
};

ThreadState& thread_state() {
  thread_local ThreadState state;
  return state;
}

UChar32 first_code_point(std::string_view s) {
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c;
}

bool is_hangul(UChar32 c) {
  return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) ||
         (c >= 0x3130 && c <= 0x318F);
}

bool is_han(UChar32 c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF);
}

// Curly apostrophes become ASCII ones so that the Snowball stemmer strips "'s".
void unify_apostrophes(std::string& word) {
  static constexpr std::string_view kRightQuote = "\xE2\x80\x99";  // ’
  for (size_t p = word.find(kRightQuote); p != std::string::npos; p = word.find(kRightQuote, p)) {
    word.replace(p, kRightQuote.size(), "'");
  }
}

// Characters that join two parts of one written word: hyphens and the middle dots that
// Korean puts between abbreviations (한·미, 한ㆍ미, 한・미).
bool is_joiner(UChar32 c) {
  return c == '-' || c == 0x2010 || c == 0x2011 || c == 0xFF0D || c == 0x00B7 || c == 0x0387 ||
         c == 0x2027 || c == 0x318D || c == 0x30FB || c == 0xFF65 || c == 0x2219 || c == 0x22C5;
}

// The text between two tokens glues them into one word when it is empty or one joiner.
bool is_joint(std::string_view gap) {
  if (gap.empty()) return true;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(gap.data()), i, static_cast<int32_t>(gap.size()), c);
  return i == static_cast<int32_t>(gap.size()) && is_joiner(c);
}

bool is_only_middle_dots(std::string_view word) {
  static constexpr std::string_view kDot = "\xC2\xB7";  // what normalize() makes of every look-alike
  if (word.empty()) return false;
  for (size_t p = 0; p < word.size(); p += kDot.size()) {
    if (word.substr(p, kDot.size()) != kDot) return false;
  }
  return true;
}

// Han tokens written together (韓, 中 in 韓中) are abbreviations only if all of them are.
void mark_hanja_abbreviations(std::string_view text, std::vector<Token>& tokens, size_t from) {
  for (size_t first = from; first < tokens.size(); ++first) {
    if (tokens[first].script != Script::kHan) continue;
    size_t last = first;
    while (last + 1 < tokens.size() && tokens[last + 1].script == Script::kHan &&
           tokens[last + 1].begin == tokens[last].end) {
      ++last;
    }
    std::string run = normalize(text.substr(tokens[first].begin, tokens[last].end - tokens[first].begin));
    if (!hanja_abbreviation(run).empty()) {
      for (size_t i = first; i <= last; ++i) tokens[i].hanja_abbreviation = true;
    }
    first = last;
  }
}

// What a token can be joined with in a compound.
enum class PartKind { kLatin, kNumber, kHangul, kHanja, kOther };

PartKind part_kind(const Token& token) {
  switch (token.script) {
    case Script::kLatin: return PartKind::kLatin;
    case Script::kNumber: return PartKind::kNumber;
    case Script::kHangul: return PartKind::kHangul;
    case Script::kHan: return token.hanja_abbreviation ? PartKind::kHanja : PartKind::kOther;
  }
  return PartKind::kOther;
}

bool compatible(PartKind a, PartKind b) {
  auto latin_or_number = [](PartKind k) { return k == PartKind::kLatin || k == PartKind::kNumber; };
  if (latin_or_number(a)) return latin_or_number(b);
  return a == b && a != PartKind::kOther;
}

// English function words that carry no topic: articles, pronouns, auxiliaries, conjunctions,
// prepositions and question words. "who" and "us" are not here (WHO and US are names), nor
// are words such as "not", "more" or "again" that can change what a query asks.
constexpr std::array<std::string_view, 95> kStopWords = {
    "a", "about", "after", "against", "am", "an", "and", "are", "as", "at", "be", "because",
    "been", "before", "being", "between", "but", "by", "cannot", "could", "did", "do", "does",
    "doing", "during", "for", "from", "had", "has", "have", "having", "he", "her", "hers",
    "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
    "itself", "me", "my", "myself", "of", "on", "or", "ought", "our", "ours", "ourselves",
    "she", "should", "so", "such", "than", "that", "the", "their", "theirs", "them",
    "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "until",
    "was", "we", "were", "what", "when", "where", "which", "while", "whom", "why", "will",
    "with", "would", "you", "your", "yours", "yourself", "yourselves"};

}  // namespace

void split_words(std::string_view text, std::vector<Token>& out, uint32_t first_position) {
  ThreadState& state = thread_state();
  UErrorCode status = U_ZERO_ERROR;
  state.utext = utext_openUTF8(state.utext, text.data(), static_cast<int64_t>(text.size()), &status);
  state.words->setText(state.utext, status);
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("ICU could not read text: ") + u_errorName(status));
  }
  const size_t first_index = out.size();
  uint32_t position = first_position;
  const Token* previous = nullptr;
  icu::BreakIterator& it = *state.words;
  for (int32_t start = it.first(), end = it.next(); end != icu::BreakIterator::DONE;
       start = end, end = it.next()) {
    int32_t rule = it.getRuleStatus();
    if (rule < UBRK_WORD_NUMBER) continue;  // spaces and punctuation
    std::string_view raw = text.substr(start, end - start);
    UChar32 c = first_code_point(raw);
    Script script = rule < UBRK_WORD_LETTER ? Script::kNumber
                    : is_hangul(c)          ? Script::kHangul
                    : is_han(c)             ? Script::kHan
                                            : Script::kLatin;
    Token token;
    token.text = normalize(raw);
    // Case folding removes default-ignorable code points, so a word made only of them (a
    // Hangul filler padding a Korean page, a lone soft hyphen) is no word: Xapian refuses
    // empty terms.
    if (token.text.empty()) continue;
    if (is_only_middle_dots(token.text)) continue;  // ICU keeps 'ㆍ' (a jamo) as a word
    token.begin = static_cast<uint32_t>(start);
    token.end = static_cast<uint32_t>(end);
    token.script = script;
    token.glued = previous != nullptr && is_joint(text.substr(previous->end, token.begin - previous->end));
    if (script == Script::kHangul && previous != nullptr &&
        previous->end == token.begin &&
        (previous->script == Script::kLatin || previous->script == Script::kNumber) &&
        is_particle(token.text)) {
      continue;  // "NATO는": the particle belongs to NATO
    }
    if (script == Script::kLatin) unify_apostrophes(token.text);
    token.position = position++;
    out.push_back(std::move(token));
    previous = &out.back();
  }
  mark_hanja_abbreviations(text, out, first_index);
}

std::vector<Token> split_words(std::string_view text) {
  std::vector<Token> out;
  split_words(text, out);
  return out;
}

std::string stem_of(std::string_view word, Script script) {
  std::string stem;
  if (script == Script::kLatin) {
    // Snowball reads "u.s" as a word ending in "s"; abbreviations stay as written.
    if (word.find('.') == std::string_view::npos) stem = thread_state().english(std::string(word));
  } else if (script == Script::kHangul) {
    stem = strip_particle(word);
  } else if (script == Script::kHan) {
    stem = hanja_abbreviation(word);
  }
  if (stem == word) stem.clear();
  return stem;
}

std::string stem_of(const Token& token) {
  if (token.script == Script::kHan && !token.hanja_abbreviation) return {};
  return stem_of(token.text, token.script);
}

std::string folded_of(const Token& token) {
  if (token.script != Script::kLatin) return {};
  std::string folded = fold_diacritics(token.text);
  if (folded == token.text) folded.clear();
  return folded;
}

std::vector<Compound> find_compounds(const std::vector<Token>& tokens) {
  std::vector<Compound> out;
  for (size_t first = 0; first < tokens.size();) {
    const PartKind kind = part_kind(tokens[first]);
    size_t last = first;
    bool has_letters = kind != PartKind::kNumber;
    while (last + 1 < tokens.size() && tokens[last + 1].glued &&
           compatible(kind, part_kind(tokens[last + 1]))) {
      ++last;
      has_letters = has_letters || part_kind(tokens[last]) != PartKind::kNumber;
    }
    const size_t parts = last - first + 1;
    if (parts >= 2 && parts <= kMaxCompoundParts && has_letters && kind != PartKind::kOther) {
      Compound compound;
      compound.first = first;
      compound.last = last;
      for (size_t i = first; i <= last; ++i) compound.text += tokens[i].text;
      compound.script = kind == PartKind::kHangul || kind == PartKind::kHanja ? Script::kHangul
                                                                              : Script::kLatin;
      // 韓中 is read as the compound the readings make (한중), like 한·중.
      if (kind == PartKind::kHanja) compound.text = hanja_abbreviation(compound.text);
      out.push_back(std::move(compound));
    }
    first = last + 1;
  }
  return out;
}

void hangul_ngram_views(std::string_view word, size_t n, std::vector<std::string_view>& out) {
  out.clear();
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const auto length = static_cast<int32_t>(word.size());
  // Starts of the last n Hangul syllables of the current run, in a ring: no allocation.
  constexpr size_t kMaxN = 8;
  if (n == 0 || n > kMaxN) throw std::invalid_argument("hangul n-grams of 1 to 8 syllables");
  std::array<int32_t, kMaxN> starts{};
  size_t run = 0;  // syllables in the current run
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (!is_hangul(c)) {
      run = 0;
      continue;
    }
    starts[run % n] = start;
    ++run;
    if (run >= n) {
      const int32_t first = starts[run % n];  // the start n syllables back
      out.push_back(word.substr(static_cast<size_t>(first), static_cast<size_t>(i - first)));
    }
  }
}

std::vector<std::string> hangul_ngrams(std::string_view word, size_t n) {
  thread_local std::vector<std::string_view> views;
  hangul_ngram_views(word, n, views);
  return {views.begin(), views.end()};
}

std::vector<std::string> hangul_bigrams(std::string_view word) { return hangul_ngrams(word, 2); }

std::vector<std::string> hangul_trigrams(std::string_view word) { return hangul_ngrams(word, 3); }

std::vector<std::string> stop_words() { return {kStopWords.begin(), kStopWords.end()}; }

bool is_stop_word(std::string_view word) {
  return std::binary_search(kStopWords.begin(), kStopWords.end(), word);  // the list is sorted
}

}  // namespace dipsearch::text
