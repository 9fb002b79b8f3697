// A code-point trie for "which names start this word" lookups on Hangul and Han text: one
// walk per word that stops as soon as no name continues, instead of a hash probe per length.
// The root's Hangul children are a direct-index table (names start with hundreds of syllables).
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "common/entities/tokens.h"

namespace dipsearch::entities::detail {

class PrefixTrie {
 public:
  struct Match {
    size_t length;   // bytes of the text the key covers
    uint32_t value;
  };
  // Prefix matches of one text, shortest first (a name is at most a few dozen characters).
  struct Matches {
    std::array<Match, 16> items{};
    size_t count = 0;
  };

  // The first value inserted for a key wins.
  void insert(std::string_view key, uint32_t value) {
    uint32_t node = 0;
    for (size_t i = 0; i < key.size();) {
      const char32_t c = decode_utf8_at(key, i);
      uint32_t child = find_child(node, c);
      if (child == 0) {
        child = static_cast<uint32_t>(nodes_.size());
        auto& next = nodes_[node].next;
        next.insert(std::lower_bound(next.begin(), next.end(), c,
                                     [](const auto& e, char32_t k) { return e.first < k; }),
                    {c, child});
        if (node == 0 && is_hangul_syllable(c)) {
          if (root_hangul_.empty()) root_hangul_.assign(0xD7A4 - 0xAC00, 0);
          root_hangul_[c - 0xAC00] = child;
        }
        nodes_.emplace_back();
      }
      node = child;
    }
    if (nodes_[node].value < 0) nodes_[node].value = value;
  }

  Matches prefixes(std::string_view text) const {
    Matches out;
    uint32_t node = 0;
    for (size_t i = 0; i < text.size();) {
      node = find_child(node, decode_utf8_at(text, i));
      if (node == 0) break;
      if (nodes_[node].value >= 0 && out.count < out.items.size()) {
        out.items[out.count++] = Match{i, static_cast<uint32_t>(nodes_[node].value)};
      }
    }
    return out;
  }

 private:
  struct Node {
    std::vector<std::pair<char32_t, uint32_t>> next;  // sorted by code point
    int64_t value = -1;
  };

  // The child of `node` for c, or 0 (the root is never a child). Hangul names fan out widely
  // from the root, so its Hangul children are found by direct index.
  uint32_t find_child(uint32_t node, char32_t c) const {
    if (node == 0 && is_hangul_syllable(c)) {
      return root_hangul_.empty() ? 0 : root_hangul_[c - 0xAC00];
    }
    const auto& next = nodes_[node].next;
    auto it = std::lower_bound(next.begin(), next.end(), c,
                               [](const auto& e, char32_t k) { return e.first < k; });
    return it == next.end() || it->first != c ? 0 : it->second;
  }

  std::vector<Node> nodes_ = std::vector<Node>(1);
  std::vector<uint32_t> root_hangul_;  // syllable - U+AC00 → child of the root, 0 if none
};

}  // namespace dipsearch::entities::detail
