// The one analyzer used by the indexer and the query side: ICU word breaks over the
// original text, NFKC case folding per word, and the derived forms (stems, bigrams).
// Every token keeps its byte offsets, for highlighting, and its word position, for phrases.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dipsearch::text {

enum class Script : uint8_t {
  kLatin,   // letters other than Hangul and Han (Latin, Cyrillic, …)
  kHangul,  // a run of Hangul syllables
  kHan,     // one Han character (ICU gives them one by one)
  kNumber,  // digits, possibly with decimal separators
};

struct Token {
  std::string text;       // NFKC-casefolded word
  uint32_t begin = 0;     // byte offset of the word in the analyzed text
  uint32_t end = 0;       // one past its last byte
  uint32_t position = 0;  // 1-based word position
  Script script = Script::kLatin;
};

// Splits text into words. Punctuation and spaces are dropped; a Korean particle written
// directly after a Latin word or number ("NATO는", "G20에서") is dropped too, since it
// belongs to that word. Positions start at first_position and count words.
// Thread-safe: ICU objects are kept per thread and reused.
void split_words(std::string_view text, std::vector<Token>& out, uint32_t first_position = 1);
std::vector<Token> split_words(std::string_view text);

// The stem indexed beside the raw word: the English Snowball stem for Latin words, the
// word without its particle for Hangul words. Empty when the word has no stem form
// (numbers, Han characters) or the stem is the word itself.
std::string stem_of(const Token& token);

// Overlapping Hangul character bigrams of a word, in order ("외교부" → "외교", "교부").
// Empty for a word of fewer than two syllables.
std::vector<std::string> hangul_bigrams(std::string_view word);

// English stop words ("the", "of", …): ignored in queries outside quotes.
bool is_stop_word(std::string_view normalized_word);

}  // namespace dipsearch::text
