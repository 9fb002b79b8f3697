// Word splitting with ICU's word break iterator run directly over UTF-8 (UText), so token
// offsets are byte offsets into the caller's text; per-thread ICU and Snowball objects.
#include "common/text/analyzer.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>
#include <xapian.h>

#include <array>
#include <memory>
#include <stdexcept>

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

constexpr std::array<std::string_view, 32> kStopWords = {
    "a",   "an",  "and", "are",  "as",   "at",   "be",   "but",  "by",   "for",  "from",
    "had", "has", "have", "in",  "into", "is",   "it",   "its",  "of",   "on",   "or",
    "that", "the", "their", "this", "to",  "was",  "were", "which", "will", "with"};

}  // namespace

void split_words(std::string_view text, std::vector<Token>& out, uint32_t first_position) {
  ThreadState& state = thread_state();
  UErrorCode status = U_ZERO_ERROR;
  state.utext = utext_openUTF8(state.utext, text.data(), static_cast<int64_t>(text.size()), &status);
  state.words->setText(state.utext, status);
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("ICU could not read text: ") + u_errorName(status));
  }
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
    token.begin = static_cast<uint32_t>(start);
    token.end = static_cast<uint32_t>(end);
    token.script = script;
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
}

std::vector<Token> split_words(std::string_view text) {
  std::vector<Token> out;
  split_words(text, out);
  return out;
}

std::string stem_of(const Token& token) {
  std::string stem;
  if (token.script == Script::kLatin) {
    stem = thread_state().english(token.text);
  } else if (token.script == Script::kHangul) {
    stem = strip_particle(token.text);
  }
  if (stem == token.text) stem.clear();
  return stem;
}

std::vector<std::string> hangul_bigrams(std::string_view word) {
  std::vector<std::string> out;
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  int32_t length = static_cast<int32_t>(word.size());
  int32_t previous_start = -1, i = 0;
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (!is_hangul(c)) {
      previous_start = -1;
      continue;
    }
    if (previous_start >= 0) out.emplace_back(word.substr(previous_start, i - previous_start));
    previous_start = start;
  }
  return out;
}

bool is_stop_word(std::string_view word) {
  for (auto stop : kStopWords) {
    if (word == stop) return true;
  }
  return false;
}

}  // namespace dipsearch::text
