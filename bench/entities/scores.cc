// Set comparison of sorted values and the three ratios.
#include "bench/entities/scores.h"

#include <algorithm>
#include <iterator>

namespace dipsearch::entities_eval {

double Counts::precision() const {
  const size_t found = hits + false_hits;
  return found == 0 ? (misses == 0 ? 1.0 : 0.0) : static_cast<double>(hits) / found;
}

double Counts::recall() const {
  const size_t listed = hits + misses;
  return listed == 0 ? (false_hits == 0 ? 1.0 : 0.0) : static_cast<double>(hits) / listed;
}

double Counts::f1() const {
  const double p = precision();
  const double r = recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

Counts& Counts::operator+=(const Counts& other) {
  hits += other.hits;
  false_hits += other.false_hits;
  misses += other.misses;
  return *this;
}

Counts compare(const std::vector<std::string>& gold, const std::vector<std::string>& found) {
  std::vector<std::string> common;
  std::set_intersection(gold.begin(), gold.end(), found.begin(), found.end(),
                        std::back_inserter(common));
  Counts c;
  c.hits = common.size();
  c.false_hits = found.size() - common.size();
  c.misses = gold.size() - common.size();
  return c;
}

}  // namespace dipsearch::entities_eval
