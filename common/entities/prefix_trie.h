// A code-point trie for "which names start this word" lookups on Hangul and Han text: one
// walk per word that stops as soon as no name continues, instead of a hash probe per length.
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
      const char32_t c = decode_at(key, i);
      auto& next = nodes_[node].next;
      auto it = std::lower_bound(next.begin(), next.end(), c,
                                 [](const auto& e, char32_t k) { return e.first < k; });
      if (it != next.end() && it->first == c) {
        node = it->second;
        continue;
      }
      const uint32_t child = static_cast<uint32_t>(nodes_.size());
      next.insert(it, {c, child});
      nodes_.emplace_back();
      node = child;
    }
    if (nodes_[node].value < 0) nodes_[node].value = value;
  }

  Matches prefixes(std::string_view text) const {
    Matches out;
    uint32_t node = 0;
    for (size_t i = 0; i < text.size();) {
      const char32_t c = decode_at(text, i);
      const auto& next = nodes_[node].next;
      auto it = std::lower_bound(next.begin(), next.end(), c,
                                 [](const auto& e, char32_t k) { return e.first < k; });
      if (it == next.end() || it->first != c) break;
      node = it->second;
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
  std::vector<Node> nodes_ = std::vector<Node>(1);
};

}  // namespace dipsearch::entities::detail
