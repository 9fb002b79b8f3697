// A digest of a sequence of strings: two independent 64-bit FNV-1a streams, enough to tell
// changed content apart (not a cryptographic hash). Incremental runs compare such digests.
#pragma once

#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace dipsearch {

struct Digest {
  uint64_t a = 14695981039346656037ull;
  uint64_t b = 1099511628211ull * 31;
  void add(std::string_view s) {
    for (unsigned char c : s) {
      a = (a ^ c) * 1099511628211ull;
      b = (b ^ c) * 0x100000001b3ull + 0x9e3779b97f4a7c15ull;
    }
    a = (a ^ 0xff) * 1099511628211ull;  // field separator
    b = (b ^ 0xfe) * 0x100000001b3ull;
  }
  std::string hex() const {
    char buf[33];
    std::snprintf(buf, sizeof buf, "%016" PRIx64 "%016" PRIx64, a, b);
    return buf;
  }
};

}  // namespace dipsearch
