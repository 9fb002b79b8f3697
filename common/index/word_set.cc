// A sorted set of words in one buffer (see word_set.h).
#include "common/index/word_set.h"

#include <algorithm>

namespace dipsearch {

WordSet::WordSet(const std::set<std::string>& words) {
  size_t bytes = 0;
  for (const std::string& w : words) bytes += w.size();
  text_.reserve(bytes);
  ends_.reserve(words.size());
  for (const std::string& w : words) {  // std::set's order is byte order
    text_ += w;
    ends_.push_back(static_cast<uint32_t>(text_.size()));
  }
}

WordSet::WordSet(std::initializer_list<std::string_view> words) { assign(words); }

void WordSet::assign(std::vector<std::string_view> words) {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  std::string text;
  std::vector<uint32_t> ends;
  for (std::string_view w : words) {
    text += w;
    ends.push_back(static_cast<uint32_t>(text.size()));
  }
  text_ = std::move(text);
  ends_ = std::move(ends);
}

size_t WordSet::count(std::string_view word) const {
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

void WordSet::insert(std::string_view word) {
  if (count(word) > 0) return;
  const std::vector<std::string> copies(begin(), end());  // assign rebuilds the buffer they point into
  std::vector<std::string_view> words(copies.begin(), copies.end());
  words.push_back(word);
  assign(std::move(words));
}

size_t shared(const WordSet& a, const WordSet& b) {
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
