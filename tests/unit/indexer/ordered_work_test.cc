// Work done on several threads comes back in item order, failures included.
#include <gtest/gtest.h>

#include <stdexcept>
#include <thread>

#include "indexer/ordered_work.h"

namespace dipsearch::indexer {
namespace {

TEST(OrderedWork, ResultsComeInItemOrder) {
  OrderedWork<size_t> work(500, 3, 4, [](size_t item, size_t worker) {
    EXPECT_LT(worker, 3u);
    if (item % 7 == 0) std::this_thread::yield();  // finish out of order now and then
    return item * item;
  });
  for (size_t i = 0; i < 500; ++i) EXPECT_EQ(work.next(), i * i);
}

TEST(OrderedWork, FailureComesBackForItsItem) {
  OrderedWork<int> work(5, 2, 2, [](size_t item, size_t) -> int {
    if (item == 3) throw std::runtime_error("item 3 failed");
    return static_cast<int>(item);
  });
  for (int i = 0; i < 3; ++i) EXPECT_EQ(work.next(), i);
  EXPECT_THROW(work.next(), std::runtime_error);
  EXPECT_EQ(work.next(), 4);
}

TEST(OrderedWork, StopsEarlyWhenDestroyedUnfinished) {
  OrderedWork<int> work(1000, 2, 3, [](size_t item, size_t) { return static_cast<int>(item); });
  EXPECT_EQ(work.next(), 0);
  // Destroyed here with most items never asked for: the threads end, the test does not hang.
}

}  // namespace
}  // namespace dipsearch::indexer
