// Precision, recall and F1 over (release, entity) pairs: a found entity the gold set lists
// is a hit, one it does not list a false hit, a listed one not found a miss.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace dipsearch::entities_eval {

struct Counts {
  size_t hits = 0;
  size_t false_hits = 0;
  size_t misses = 0;

  // 1 when there is nothing to find and nothing was found: no error was made.
  double precision() const;
  double recall() const;
  double f1() const;
  Counts& operator+=(const Counts& other);
};

// Compares one release's gold values with the values found; both sorted and unique.
Counts compare(const std::vector<std::string>& gold, const std::vector<std::string>& found);

}  // namespace dipsearch::entities_eval
