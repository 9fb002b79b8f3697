// Building the lookup tables of official_names.h from the registry.
#include "common/entities/official_names.h"

#include <algorithm>
#include <sstream>

#include "common/entities/official_key.h"
#include "common/entities/official_words.h"
#include "common/text/normalize.h"

namespace dipsearch::entities::detail {
namespace {

std::vector<std::string> split_spaces(const std::string& s) {
  std::vector<std::string> words;
  std::istringstream in(s);
  std::string w;
  while (in >> w) words.push_back(w);
  return words;
}

}  // namespace

bool is_ascii(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

std::string compact_token(const Token& t) {
  return is_ascii(t.raw) ? std::string(t.norm) : compact_latin(t.raw);
}

OfficialNames::OfficialNames(const OfficialsRegistry& registry) : registry_(registry) {
  const auto& all = registry.all();
  for (uint32_t i = 0; i < all.size(); ++i) {
    std::vector<std::string> spellings{all[i].name_en};
    if (!all[i].name_ko.empty()) spellings.push_back(all[i].name_ko);
    spellings.insert(spellings.end(), all[i].aliases.begin(), all[i].aliases.end());
    for (const std::string& s : spellings) {
      if (text::has_hangul(s)) {
        std::vector<std::string> words = split_spaces(s);
        if (!words.empty()) initials_.insert_first(words[0]);
        if (words.size() == 1) {
          const uint32_t index = static_cast<uint32_t>(one_word_official_.size());
          one_word_official_.push_back(i);
          one_word_weak_.push_back(is_weak_hangul_spelling(words[0]));
          one_word_.insert(words[0], index);
        } else if (words.size() > 1) {
          phrases_.push_back(HangulPhrase{std::move(words), i});
        }
        continue;
      }
      const TokenStream ts(s);
      if (ts.size() == 0 || ts[0].kind != Tok::kWord) continue;
      latin_first_.insert(compact_token(ts[0]));
      // The registry also indexes two-word names in reversed order ("Kyung-wha Kang").
      const std::vector<std::string> spaced = split_spaces(s);
      if (spaced.size() == 2) {
        const TokenStream last(spaced[1]);
        if (last.size() > 0 && last[0].kind == Tok::kWord) {
          latin_first_.insert(compact_token(last[0]));
        }
      }
    }
  }
  for (uint32_t k = 0; k < phrases_.size(); ++k) {
    phrase_first_[phrases_[k].words[0]].push_back(k);
    size_t end = 0;
    phrase_initials_.push_back(decode_utf8_at(phrases_[k].words[0], end));
  }
  std::sort(phrase_initials_.begin(), phrase_initials_.end());
  for (std::string_view x : pre_words()) word_classes_[x] |= kPre;
  for (std::string_view x : head_words()) word_classes_[x] |= kHead;
  for (std::string_view x : complement_words()) word_classes_[x] |= kComplement;
  for (std::string_view x : non_name_words()) word_classes_[x] |= kNonName;
  for (std::string_view x : honorific_words()) word_classes_[x] |= kHonorific;
  for (std::string_view x : plural_head_words()) word_classes_[x] |= kPluralHead;
  for (const std::string& x : latin_first_) word_classes_[x] |= kRegistryFirst;
  for (auto& [first, list] : phrase_first_) {
    std::stable_sort(list.begin(), list.end(), [&](uint32_t a, uint32_t b) {
      return phrases_[a].words.size() > phrases_[b].words.size();
    });
  }
}

uint8_t OfficialNames::word_class(const Token& t) const {
  uint8_t c = 0;
  if (const uint8_t* found = word_classes_.find(t.norm)) c = *found;
  // Registry spellings are indexed accent-free: "Çavuşoğlu" starts like "Cavusoglu".
  if (!is_ascii(t.raw) && latin_first_.count(compact_latin(t.raw))) c |= kRegistryFirst;
  return c;
}

const std::vector<uint32_t>* OfficialNames::phrases_from(std::string_view word) const {
  size_t end = 0;
  const char32_t first = decode_utf8_at(word, end);
  if (!std::binary_search(phrase_initials_.begin(), phrase_initials_.end(), first)) return nullptr;
  auto it = phrase_first_.find(word);
  return it == phrase_first_.end() ? nullptr : &it->second;
}

}  // namespace dipsearch::entities::detail
