// The baselines answer as the engines they stand for would: SQLite FTS5 with its trigram
// tokenizer (every word first, short words by substring, bm25 order) and a date: range as
// the filter beside the search box; and the bound on what any system can reach through
// that filter.
#include <gtest/gtest.h>

#include <set>

#include "bench/relevance/baseline_query.h"
#include "bench/relevance/baseline_rankers.h"
#include "bench/relevance/best_possible_ranker.h"
#include "bench/relevance/metrics.h"
#include "bench/relevance/sqlite_fts5_ranker.h"

namespace dipsearch::relevance {
namespace {

Release release(const std::string& id, const std::string& title, const std::string& body, const std::string& date) {
  Release r;
  r.id = id;
  r.title = title;
  r.body = body;
  r.date = date;
  r.lang = "en";
  return r;
}

const std::vector<Release>& corpus() {
  static const std::vector<Release> releases = {
      release("both", "Talks", "Earthquake relief talks were held in Seoul.", "2021-03-02"),
      release("one", "Relief", "Flood relief arrived in the north.", "2019-07-01"),
      release("title", "Earthquake", "A report on the year.", "2021-10-10"),
      release("korean", "회담", "외교장관 회담이 열렸다.", "2021-01-05"),
      release("undated", "Relief", "Earthquake relief continued.", ""),
  };
  return releases;
}

TEST(BaselineQuery, DateRangesBecomeTheFilterBesideTheWords) {
  BaselineQuery q = split_date_filter("earthquake relief date:2021-01..2021-06");
  EXPECT_EQ(q.text, "earthquake relief");
  EXPECT_EQ(q.from, "20210100");
  EXPECT_EQ(q.to, "20210699");
  EXPECT_TRUE(within_dates(q, "2021-03-02"));
  EXPECT_FALSE(within_dates(q, "2021-10-10"));
  EXPECT_FALSE(within_dates(q, ""));
  q = split_date_filter("date:2021 talks");
  EXPECT_EQ(q.text, "talks");
  EXPECT_EQ(q.from, "20210000");
  EXPECT_EQ(q.to, "20219999");
  // open ends, quotes kept, and a range that is no date stays as words
  EXPECT_EQ(split_date_filter("talks date:..2020").to, "20209999");
  EXPECT_EQ(split_date_filter("\"date:2021 talks\"").text, "\"date:2021 talks\"");
  EXPECT_EQ(split_date_filter("talks date:2021-13").text, "talks date:2021-13");
  EXPECT_FALSE(split_date_filter("talks date:2021-13").has_dates());
}

TEST(SqliteFts5Trigram, AllWordsFirstThenSomeByBm25) {
  auto fts = make_sqlite_fts5_ranker(corpus());
  EXPECT_EQ(fts->name(), "sqlite-fts5-trigram");
  const std::vector<std::string> ranked = fts->rank("earthquake relief", 10);
  ASSERT_GE(ranked.size(), 4u);
  EXPECT_EQ(std::set<std::string>(ranked.begin(), ranked.begin() + 2), (std::set<std::string>{"both", "undated"}));
  EXPECT_EQ(std::set<std::string>(ranked.begin() + 2, ranked.end()), (std::set<std::string>{"one", "title"}));
  EXPECT_EQ(fts->rank("earthquake relief", 1).size(), 1u);
}

TEST(SqliteFts5Trigram, ShortWordsMatchAsSubstringsAndDatesFilter) {
  auto fts = make_sqlite_fts5_ranker(corpus());
  EXPECT_EQ(fts->rank("회담", 10), std::vector<std::string>{"korean"});        // two characters
  EXPECT_EQ(fts->rank("외교장관 회담", 10), std::vector<std::string>{"korean"});
  EXPECT_EQ(fts->rank("earthquake date:2021", 10), (std::vector<std::string>{"title", "both"}));
  EXPECT_EQ(fts->rank("\"relief talks\"", 10), std::vector<std::string>{"both"});  // a quoted phrase
  EXPECT_TRUE(fts->rank("\"", 10).empty());
}

TEST(XapianCjk, AllWordsThenPartialKeepsTheDateFilter) {
  auto auto_ranker = make_xapian_cjk_ranker(corpus(), DefaultOperator::kAllThenSome);
  EXPECT_EQ(auto_ranker->name(), "xapian-cjk-auto");
  const std::vector<std::string> ranked = auto_ranker->rank("earthquake relief date:2021", 10);
  ASSERT_EQ(ranked.size(), 2u);
  EXPECT_EQ(ranked.front(), "both");  // every word, then the release with one of them
  EXPECT_EQ(ranked.back(), "title");
}

TEST(BestPossible, JudgedReleasesByGradeThroughTheDateFilter) {
  JudgedSet set;
  set.queries.push_back({"q1", "en", "topic", "earthquake relief", "tuning", {{"one", 1}, {"undated", 2}, {"title", 0}}});
  set.queries.push_back({"q2", "en", "date", "earthquake relief date:2021", "tuning",
                         {{"both", 1}, {"undated", 2}, {"one", 1}}});
  auto best = make_best_possible_ranker(set, corpus());
  EXPECT_EQ(best->name(), "best-possible");
  EXPECT_EQ(best->rank("earthquake relief", 10), (std::vector<std::string>{"undated", "one"}));  // grade 0 left out
  EXPECT_EQ(best->rank("earthquake relief", 1), std::vector<std::string>{"undated"});
  // the undated release and the one of 2019 are out of the range: the bound is below 1
  const std::vector<std::string> ranked = best->rank("earthquake relief date:2021", 10);
  EXPECT_EQ(ranked, std::vector<std::string>{"both"});
  EXPECT_LT(score(ranked, set.queries[1].grades).ndcg10, 0.5);
  EXPECT_TRUE(best->rank("a query nobody judged", 10).empty());
}

// It looks a query's judgments up by its text: two queries of one text must agree on them.
TEST(BestPossible, RefusesOneTextJudgedTwoWays) {
  JudgedSet set;
  set.queries.push_back({"q1", "en", "topic", "earthquake relief", "tuning", {{"one", 1}}});
  set.queries.push_back({"q2", "en", "topic", "earthquake relief", "fresh", {{"one", 1}}});
  EXPECT_EQ(make_best_possible_ranker(set, corpus())->rank("earthquake relief", 10), std::vector<std::string>{"one"});
  set.queries.push_back({"q3", "en", "topic", "earthquake relief", "fresh2", {{"both", 2}}});
  try {
    make_best_possible_ranker(set, corpus());
    ADD_FAILURE() << "a text judged two ways was taken";
  } catch (const JudgedSetError& e) {
    const std::string message = e.what();
    for (const char* word : {"q1", "q3", "earthquake relief"}) EXPECT_NE(message.find(word), std::string::npos) << message;
  }
}

}  // namespace
}  // namespace dipsearch::relevance
