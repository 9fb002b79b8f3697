// Fast lookups of the short words and names the matchers test for every token: FNV-1a hashing
// (a few instructions a byte, where std::hash runs a general-purpose routine per call), and
// an open-addressing table for the hottest lookups (no buckets to chase, the hash compared
// before the bytes).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dipsearch::entities::detail {

inline uint64_t fnv1a(std::string_view s) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h ^ (h >> 29);
}

struct WordHash {
  size_t operator()(std::string_view s) const noexcept { return static_cast<size_t>(fnv1a(s)); }
};

template <typename Value>
using WordMap = std::unordered_map<std::string_view, Value, WordHash>;
using WordSet = std::unordered_set<std::string_view, WordHash>;

// A read-mostly map from words (it owns copies) to values; built once, looked up per token.
template <typename Value>
class WordTable {
 public:
  // The value for a word, inserted default-constructed when absent.
  Value& operator[](std::string_view key) {
    const uint64_t h = fnv1a(key);
    const size_t found = index_of(key, h);
    if (found != kNone) return slots_[found].value;
    if ((size_ + 1) * 2 > slots_.size()) grow();
    return slots_[place(key, h)].value;
  }

  const Value* find(std::string_view key) const {
    const size_t found = index_of(key, fnv1a(key));
    return found == kNone ? nullptr : &slots_[found].value;
  }

  template <typename Fn>
  void for_each(Fn fn) {
    for (Slot& s : slots_) {
      if (s.used) fn(std::string_view(s.key), s.value);
    }
  }

 private:
  struct Slot {
    std::string key;
    uint64_t hash = 0;
    Value value{};
    bool used = false;
  };

  static constexpr size_t kNone = ~size_t{0};

  size_t index_of(std::string_view key, uint64_t h) const {
    if (slots_.empty()) return kNone;
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (!s.used) return kNone;
      if (s.hash == h && s.key == key) return i;
    }
  }

  size_t place(std::string_view key, uint64_t h) {
    const size_t mask = slots_.size() - 1;
    size_t i = h & mask;
    while (slots_[i].used) i = (i + 1) & mask;
    slots_[i].key = std::string(key);
    slots_[i].hash = h;
    slots_[i].used = true;
    ++size_;
    return i;
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.clear();
    slots_.resize(old.empty() ? 16 : old.size() * 2);
    size_ = 0;
    for (Slot& s : old) {
      if (!s.used) continue;
      slots_[place(s.key, s.hash)].value = std::move(s.value);
    }
  }

  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace dipsearch::entities::detail
