// The one analyzer used by the indexer and the query side: ICU word breaks over the
// original text, NFKC case folding per word, and the derived forms (stems, compounds, folded
// spellings, bigrams). Every token keeps its byte offsets, for highlighting, and its word
// position, for phrases.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dipsearch::text {

enum class Script : uint8_t {
  kLatin,   // letters other than Hangul and Han (Latin, Cyrillic, …)
  kHangul,  // a run of Hangul syllables
  kHan,     // Han characters (ICU gives a known word such as 日本 whole, others one by one)
  kNumber,  // digits, possibly with decimal separators
};

struct Token {
  std::string text;       // NFKC-casefolded word
  uint32_t begin = 0;     // byte offset of the word in the analyzed text
  uint32_t end = 0;       // one past its last byte
  uint32_t position = 0;  // 1-based word position
  Script script = Script::kLatin;
  // Written right after the previous token with nothing or one joiner (hyphen, middle dot)
  // between them: "wha" in "Kyung-wha", "미" in "한·미", "19" in "코로나19".
  bool glued = false;
  // A Han character standing for a country or institution (日, 美, the 韓 and 中 of 韓中);
  // stem_of gives the Korean word.
  bool hanja_abbreviation = false;
};

// Xapian refuses terms over 245 bytes; longer words are URLs or noise, indexed and searched
// as nothing.
inline constexpr size_t kMaxWordBytes = 64;

// Splits text into words. Punctuation and spaces are dropped; a Korean particle written
// directly after a Latin word or number ("NATO는", "G20에서") is dropped too, since it
// belongs to that word. Positions start at first_position and count words.
// Thread-safe: ICU objects are kept per thread and reused.
void split_words(std::string_view text, std::vector<Token>& out, uint32_t first_position = 1);
std::vector<Token> split_words(std::string_view text);

// The stem indexed beside the raw word: the English Snowball stem for Latin words, the
// word without its particle for Hangul words, the Korean word of a Hanja abbreviation
// (日 → 일본). Empty when the word has no stem form (numbers, other Han words, Latin
// abbreviations such as "u.s") or the stem is the word itself.
std::string stem_of(const Token& token);
// The same for a word that is not a token of its own, such as a compound's joined text.
std::string stem_of(std::string_view word, Script script);

// A Latin word without diacritics ("çavuşoğlu" → "cavusoglu"), indexed beside the word so
// that names typed in ASCII match. Empty when it is the word itself or not Latin.
std::string folded_of(const Token& token);

// Tokens written as one word with joiners: "Kyung-wha", "co-operation", "COVID-19", "한·미·일",
// "韓中". Only runs of one kind qualify: Latin words and numbers with at least one Latin word,
// Hangul words, or Hanja abbreviations; "2021-04-08" and "코로나19" are no compounds.
struct Compound {
  size_t first = 0;  // index of the first token
  size_t last = 0;   // index of the last token (inclusive)
  std::string text;  // the parts joined: "kyungwha", "covid19", "한미일", "한중" (Hanja read)
  Script script = Script::kLatin;  // kLatin or kHangul
};
inline constexpr size_t kMaxCompoundParts = 4;  // longer runs are codes, not words
std::vector<Compound> find_compounds(const std::vector<Token>& tokens);

// Overlapping Hangul character bigrams of a word, in order ("외교부" → "외교", "교부").
// Empty for a word of fewer than two syllables.
std::vector<std::string> hangul_bigrams(std::string_view word);
// The same three syllables at a time ("외교부장" → "외교부", "교부장").
std::vector<std::string> hangul_trigrams(std::string_view word);
// The n-syllable grams of `word` as views into it, in `out` (cleared first): the indexer
// takes them for every Hangul word, and a string each was a tenth of its term generation.
void hangul_ngram_views(std::string_view word, size_t n, std::vector<std::string_view>& out);

// English stop words ("the", "of", …): ignored in queries outside quotes.
bool is_stop_word(std::string_view normalized_word);
// All of them, for tools that configure another engine the same way.
std::vector<std::string> stop_words();

}  // namespace dipsearch::text
