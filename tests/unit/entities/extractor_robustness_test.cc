// The extractor under load and abuse: one instance shared by threads gives the same answers,
// and arbitrary text (broken UTF-8, odd punctuation, huge words) never breaks its invariants.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>
#include <thread>

#include "common/entities/official_key.h"
#include "entities_test_support.h"

namespace dipsearch::entities {
namespace {

const char* const kFragments[] = {
    "Minister", "of", "Foreign", "Affairs", "Kang", "Kyung-wha", "Mr.", "H.E.", "Ms.", ",",
    ".", "(", ")", "-", "·", "ㆍ", "Korea", "Korean", "Peninsula", "US", "U.S.", "us", "$",
    "Chad", "Jordan", "Special", "Representative", "for", "Afghanistan", "and", "Pakistan",
    "the", "ROK", "Lee", "Nab", "Deputy", "President", "Secretary-General", "\n", "\n\n",
    "정의용", "외교부", "장관은", "정", "장관", "한·미", "한미", "미국", "일본에서", "인도적",
    "수단", "주미", "대사관", "日", "韓", "7日", "(", "Meerwais", "나브", "차관", "제2차관은",
    "하야시", "요시마사", "관방장관과", "왕이", "중국", "외교부장", "\xff", "\xe1\x80",
    "\xed\xa0\x80", "Ｕ．Ｓ．", "   ", "\t", "'", "’s", "J.", "von", "der",
    // Appositions, brackets, pairs, menus and the U.S. state.
    "Sung", "Kim", "Administration", "Ambassador-at-large", "Extraordinary", "inter-Korean",
    "Koreas", "(NSC)", "(IAEA", "杉山晋輔", "(杉山", "성", "김", "아이하라", "다로", "주한일본대사를",
    "남북", "북미", "대북", "정상회담", "방한", "미측", "NATO", "사무총장과", "\nJapan\nChina\n",
    "Georgia", "State", "Congo", "DRC", "한국국제협력단"};

std::string random_text(std::mt19937& rng, size_t words) {
  std::uniform_int_distribution<size_t> pick(0, std::size(kFragments) - 1);
  std::uniform_int_distribution<int> space(0, 3);
  std::string text;
  for (size_t i = 0; i < words; ++i) {
    text += kFragments[pick(rng)];
    if (space(rng) != 0) text += ' ';
  }
  return text;
}

void check_invariants(const Entities& e, const std::string& text) {
  EXPECT_TRUE(std::is_sorted(e.countries.begin(), e.countries.end())) << text;
  EXPECT_EQ(std::set<std::string>(e.countries.begin(), e.countries.end()).size(),
            e.countries.size())
      << text;
  std::set<std::string> keys;
  for (const OfficialMention& o : e.officials) {
    EXPECT_TRUE(is_valid_official_key(o.key)) << o.key << " in " << text;
    EXPECT_TRUE(keys.insert(o.key).second) << o.key << " twice in " << text;
    EXPECT_FALSE(o.name.empty()) << text;
  }
}

TEST(ExtractorRobustness, RandomTextKeepsInvariants) {
  std::mt19937 rng(20210408);
  for (int round = 0; round < 400; ++round) {
    const std::string body = random_text(rng, 1 + round % 60);
    const std::string title = random_text(rng, round % 7);
    check_invariants(testing::extract(body, round % 2 ? "en" : "ko", title), body);
  }
}

TEST(ExtractorRobustness, DegenerateInputs) {
  for (const std::string& text :
       {std::string(), std::string(100000, 'a'), std::string(50000, '.'),
        std::string(3000, '\n'), std::string("\xed\x95\x9c") + std::string(30000, '\xea'),
        std::string(20000, ')') + "(", std::string("H.E. ") + std::string(1000, 'X')}) {
    check_invariants(testing::extract(text), text.substr(0, 40));
  }
  std::string hangul;
  for (int i = 0; i < 5000; ++i) hangul += "한";
  check_invariants(testing::extract(hangul), "long hangul word");
}

TEST(ExtractorRobustness, ThreadsShareOneExtractor) {
  std::mt19937 rng(7);
  std::vector<std::string> texts;
  std::vector<Entities> expected;
  for (int i = 0; i < 40; ++i) {
    texts.push_back(random_text(rng, 80));
    expected.push_back(testing::extract(texts.back()));
  }
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 5; ++round) {
        for (size_t i = 0; i < texts.size(); ++i) {
          const Entities got = testing::extract(texts[i]);
          if (got.countries != expected[i].countries ||
              testing::official_keys(got) != testing::official_keys(expected[i])) {
            ++mismatches[static_cast<size_t>(t)];
          }
        }
      }
    });
  }
  for (std::thread& th : threads) th.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

}  // namespace
}  // namespace dipsearch::entities
