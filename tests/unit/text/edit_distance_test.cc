// Bounded edit distance over code points: exact counts up to the limit, limit + 1 past it.
#include <gtest/gtest.h>

#include <vector>

#include "common/text/edit_distance.h"

namespace dipsearch::text {
namespace {

std::vector<unsigned> points(const std::u32string& s) { return std::vector<unsigned>(s.begin(), s.end()); }

TEST(EditDistance, CountsEditsUpToTheLimit) {
  EXPECT_EQ(bounded_edit_distance(points(U"seoul"), points(U"seoul"), 2), 0u);
  EXPECT_EQ(bounded_edit_distance(points(U"seoul"), points(U"soeul"), 2), 2u);  // a transposition
  EXPECT_EQ(bounded_edit_distance(points(U"seoul"), points(U"seouls"), 2), 1u);
  EXPECT_EQ(bounded_edit_distance(points(U"요시마사"), points(U"요시사마"), 2), 2u);
  EXPECT_EQ(bounded_edit_distance(points(U""), points(U"ab"), 2), 2u);
}

TEST(EditDistance, StopsPastTheLimit) {
  EXPECT_EQ(bounded_edit_distance(points(U"seoul"), points(U"busan"), 2), 3u);
  EXPECT_EQ(bounded_edit_distance(points(U"a"), points(U"abcdef"), 2), 3u);  // lengths alone
}

}  // namespace
}  // namespace dipsearch::text
