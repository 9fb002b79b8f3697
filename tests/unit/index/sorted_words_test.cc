// SortedWords answers as the std::set of the same words did: membership, byte order, what two
// sets share.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "common/index/sorted_words.h"

namespace dipsearch {
namespace {

std::vector<std::string> words_of(const SortedWords& set) { return {set.begin(), set.end()}; }

TEST(SortedWords, HoldsTheWordsOfASetInItsOrder) {
  const std::set<std::string> words = {"seoul", "2018", "tlmp", "b", "abc", "ab", "\xed\x95\x9c"};
  const SortedWords set(words);
  EXPECT_EQ(set.size(), words.size());
  EXPECT_EQ(words_of(set), std::vector<std::string>(words.begin(), words.end()));
  for (const std::string& w : words) EXPECT_EQ(set.count(w), 1u) << w;
  for (const char* absent : {"", "a", "abcd", "seou", "seoull", "2019", "zz"}) EXPECT_EQ(set.count(absent), 0u) << absent;
}

TEST(SortedWords, ListedWordsAreSortedAndCountedOnce) {
  const SortedWords set = {"pltn", "mnst", "pltn", "ktnt"};
  EXPECT_EQ(words_of(set), (std::vector<std::string>{"ktnt", "mnst", "pltn"}));
  EXPECT_TRUE(SortedWords().empty());
  EXPECT_EQ(SortedWords().count("x"), 0u);
}

TEST(SortedWords, InsertKeepsTheOrder) {
  SortedWords set = {"b", "d"};
  set.insert("c");
  set.insert("a");
  set.insert("d");
  EXPECT_EQ(words_of(set), (std::vector<std::string>{"a", "b", "c", "d"}));
  set.clear();
  EXPECT_TRUE(set.empty());
}

TEST(SortedWords, SharedCountsTheWordsInBoth) {
  const SortedWords a = {"2018", "50", "panmunjom", "seoul"}, b = {"20", "2018", "seoul", "summit"};
  EXPECT_EQ(words_in_common(a, b), 2u);
  EXPECT_EQ(words_in_common(b, a), 2u);
  EXPECT_EQ(words_in_common(a, SortedWords()), 0u);
  EXPECT_EQ(words_in_common(a, a), 4u);
}

}  // namespace
}  // namespace dipsearch
