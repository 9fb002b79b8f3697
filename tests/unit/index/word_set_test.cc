// WordSet answers as the std::set of the same words did: membership, byte order, what two
// sets share.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "common/index/word_set.h"

namespace dipsearch {
namespace {

std::vector<std::string> words_of(const WordSet& set) { return {set.begin(), set.end()}; }

TEST(WordSet, HoldsTheWordsOfASetInItsOrder) {
  const std::set<std::string> words = {"seoul", "2018", "tlmp", "b", "abc", "ab", "\xed\x95\x9c"};
  const WordSet set(words);
  EXPECT_EQ(set.size(), words.size());
  EXPECT_EQ(words_of(set), std::vector<std::string>(words.begin(), words.end()));
  for (const std::string& w : words) EXPECT_EQ(set.count(w), 1u) << w;
  for (const char* absent : {"", "a", "abcd", "seou", "seoull", "2019", "zz"}) EXPECT_EQ(set.count(absent), 0u) << absent;
}

TEST(WordSet, ListedWordsAreSortedAndCountedOnce) {
  const WordSet set = {"pltn", "mnst", "pltn", "ktnt"};
  EXPECT_EQ(words_of(set), (std::vector<std::string>{"ktnt", "mnst", "pltn"}));
  EXPECT_TRUE(WordSet().empty());
  EXPECT_EQ(WordSet().count("x"), 0u);
}

TEST(WordSet, InsertKeepsTheOrder) {
  WordSet set = {"b", "d"};
  set.insert("c");
  set.insert("a");
  set.insert("d");
  EXPECT_EQ(words_of(set), (std::vector<std::string>{"a", "b", "c", "d"}));
  set.clear();
  EXPECT_TRUE(set.empty());
}

TEST(WordSet, SharedCountsTheWordsInBoth) {
  const WordSet a = {"2018", "50", "panmunjom", "seoul"}, b = {"20", "2018", "seoul", "summit"};
  EXPECT_EQ(shared(a, b), 2u);
  EXPECT_EQ(shared(b, a), 2u);
  EXPECT_EQ(shared(a, WordSet()), 0u);
  EXPECT_EQ(shared(a, a), 4u);
}

}  // namespace
}  // namespace dipsearch
