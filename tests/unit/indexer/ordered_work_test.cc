// Work done on several threads comes back in item order, failures included.
#include <gtest/gtest.h>

#include <atomic>
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

// The consumer counts an item as taken as soon as it asks for it, so a job that sees more
// items started than taken plus the budget's room has caught the work running ahead.
TEST(OrderedWork, CostBudgetBoundsTheItemsInFlight) {
  std::atomic<size_t> started{0}, taken{0};
  CostBudget<size_t> costs;
  costs.budget = 25;
  costs.estimate = [](size_t) { return size_t{10}; };  // two fit, a third does not
  costs.measure = [](const size_t&) { return size_t{10}; };
  OrderedWork<size_t> work(200, 4, 100, [&](size_t item, size_t) {
    EXPECT_LE(++started, taken + 2) << "item " << item;
    return item;
  }, costs);
  for (size_t i = 0; i < 200; ++i) {
    ++taken;
    EXPECT_EQ(work.next(), i);
  }
}

TEST(OrderedWork, AnItemOverTheBudgetRunsAlone) {
  std::atomic<int> running{0};
  std::atomic<bool> large_running{false};
  CostBudget<size_t> costs;
  costs.budget = 50;
  costs.estimate = [](size_t item) { return item == 5 ? size_t{100} : size_t{1}; };
  OrderedWork<size_t> work(30, 3, 30, [&](size_t item, size_t) {
    ++running;
    if (item == 5) {
      large_running = true;
      for (int i = 0; i < 1000; ++i) {
        EXPECT_EQ(running.load(), 1) << "another item runs beside the large one";
        std::this_thread::yield();
      }
      large_running = false;
    } else {
      EXPECT_FALSE(large_running.load()) << "item " << item << " runs beside the large one";
    }
    --running;
    return item;
  }, costs);
  for (size_t i = 0; i < 30; ++i) EXPECT_EQ(work.next(), i);
}

// A cost measured on the result counts from then on: with one thread, the work does not run
// past a result that turned out large until it is taken.
TEST(OrderedWork, AMeasuredCostHoldsTheWorkBack) {
  std::atomic<size_t> asked{0};  // counted before each next(), so never ahead of the truth
  CostBudget<size_t> costs;
  costs.budget = 50;
  costs.estimate = [](size_t) { return size_t{1}; };
  costs.measure = [](const size_t& result) { return result == 10 ? size_t{80} : size_t{0}; };
  OrderedWork<size_t> work(30, 1, 30, [&](size_t item, size_t) {
    if (item > 10) {
      EXPECT_GE(asked.load(), 11u) << "item " << item << " started before item 10 was taken";
    }
    return item;
  }, costs);
  for (size_t i = 0; i < 30; ++i) {
    ++asked;
    EXPECT_EQ(work.next(), i);
  }
}

TEST(OrderedWork, StopsEarlyWhenDestroyedUnfinished) {
  OrderedWork<int> work(1000, 2, 3, [](size_t item, size_t) { return static_cast<int>(item); });
  EXPECT_EQ(work.next(), 0);
  // Destroyed here with most items never asked for: the threads end, the test does not hang.
}

}  // namespace
}  // namespace dipsearch::indexer
