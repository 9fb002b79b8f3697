// A sorted set of short words held in one buffer. Linking keeps the numbers, names and sounds
// of every release's opening in memory at once (dozens to hundreds a release); a std::set
// node for each took some eighty bytes a word, most of the indexer's memory at 100,000
// releases, where this takes the word's bytes and four.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace dipsearch {

class SortedWords {
 public:
  class const_iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = std::string_view;
    const_iterator(const SortedWords* set, size_t i) : set_(set), i_(i) {}
    std::string_view operator*() const { return (*set_)[i_]; }
    const_iterator& operator++() {
      ++i_;
      return *this;
    }
    bool operator==(const const_iterator& o) const { return i_ == o.i_; }
    bool operator!=(const const_iterator& o) const { return i_ != o.i_; }

   private:
    const SortedWords* set_;
    size_t i_;
  };

  SortedWords() = default;
  SortedWords(const std::set<std::string>& words);  // NOLINT(google-explicit-constructor): same words
  SortedWords(std::initializer_list<std::string_view> words);
  // Words in any order, repeated or not.
  explicit SortedWords(std::vector<std::string_view> words) { assign(std::move(words)); }

  size_t size() const { return ends_.size(); }
  bool empty() const { return ends_.empty(); }
  // 1 when the word is in the set, else 0 (as std::set's).
  size_t count(std::string_view word) const;
  std::string_view operator[](size_t i) const {
    const uint32_t begin = i == 0 ? 0 : ends_[i - 1];
    return std::string_view(text_).substr(begin, ends_[i] - begin);
  }
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size()}; }
  void insert(std::string_view word);
  void clear() {
    text_.clear();
    ends_.clear();
  }
  bool operator==(const SortedWords& o) const { return text_ == o.text_ && ends_ == o.ends_; }

 private:
  void assign(std::vector<std::string_view> words);

  std::string text_;            // the words one after the other, in byte order
  std::vector<uint32_t> ends_;  // where each word ends in text_
};

// How many words two sets have in common.
size_t words_in_common(const SortedWords& a, const SortedWords& b);

}  // namespace dipsearch
