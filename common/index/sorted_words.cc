// A sorted set of words in one buffer (see sorted_words.h).
#include "common/index/sorted_words.h"

#include <algorithm>

namespace dipsearch {

namespace {

// The words, already sorted and distinct, one after the other in a buffer of their exact size.
template <typename Words>
void fill(const Words& words, std::string* text, std::vector<uint32_t>* ends) {
  size_t bytes = 0;
  for (const auto& w : words) bytes += w.size();
  text->clear();
  text->reserve(bytes);
  ends->clear();
  ends->reserve(words.size());
  for (const auto& w : words) {
    text->append(w);
    ends->push_back(static_cast<uint32_t>(text->size()));
  }
}

}  // namespace

SortedWords::SortedWords(const std::set<std::string>& words) { fill(words, &text_, &ends_); }  // byte order

SortedWords::SortedWords(std::initializer_list<std::string_view> words) { assign(words); }

void SortedWords::assign(std::vector<std::string_view> words) {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  // Filled into new buffers first: the words may point into the old one.
  std::string text;
  std::vector<uint32_t> ends;
  fill(words, &text, &ends);
  text_ = std::move(text);
  ends_ = std::move(ends);
}

size_t SortedWords::count(std::string_view word) const {
  size_t low = 0, high = size();
  while (low < high) {
    const size_t mid = low + (high - low) / 2;
    const int order = (*this)[mid].compare(word);
    if (order == 0) return 1;
    if (order < 0) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return 0;
}

void SortedWords::insert(std::string_view word) {
  if (count(word) > 0) return;
  const std::vector<std::string> copies(begin(), end());  // assign rebuilds the buffer they point into
  std::vector<std::string_view> words(copies.begin(), copies.end());
  words.push_back(word);
  assign(std::move(words));
}

size_t words_in_common(const SortedWords& a, const SortedWords& b) {
  size_t n = 0, i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    const int order = a[i].compare(b[j]);
    if (order == 0) {
      ++n;
      ++i;
      ++j;
    } else if (order < 0) {
      ++i;
    } else {
      ++j;
    }
  }
  return n;
}

}  // namespace dipsearch
