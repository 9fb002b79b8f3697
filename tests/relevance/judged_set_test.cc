// The judged set is what the issue asks for, and the tools that read and score it are right.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>

#include "bench/relevance/judged_set.h"
#include "bench/relevance/metrics.h"
#include "bench/relevance/ranker.h"

namespace dipsearch::relevance {
namespace {

TEST(JudgedSet, CoversBothLanguagesAndEveryKind) {
  const JudgedSet set = load_judged_set(default_judged_dir());
  ASSERT_GE(set.queries.size(), 40u);
  size_t korean = 0;
  std::set<std::pair<std::string, std::string>> cells;
  for (const auto& q : set.queries) {
    korean += q.lang == "ko";
    cells.emplace(q.lang, q.kind);
  }
  EXPECT_GE(korean * 2, set.queries.size()) << "at least half the queries are Korean";
  for (const auto& lang : kLanguages) {
    for (const auto& kind : kKinds) EXPECT_TRUE(cells.count({lang, kind})) << lang << " " << kind;
  }
}

TEST(JudgedSet, JudgesReleasesOfTheSampleWithGrades) {
  const JudgedSet set = load_judged_set(default_judged_dir());
  std::set<std::string> sample;
  for (const auto& r : read_corpus(default_sample_dir())) sample.insert(r.id);
  std::set<int> grades;
  for (const auto& q : set.queries) {
    for (const auto& [id, grade] : q.grades) {
      EXPECT_TRUE(sample.count(id)) << q.id << " judges " << id << ", which is not in data/sample";
      grades.insert(grade);
    }
  }
  EXPECT_EQ(grades, (std::set<int>{1, 2, 3}));
}

// A directory of its own for files this test writes.
class TempFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (std::filesystem::temp_directory_path() / "judged-set-test-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void write(const std::string& name, const std::string& content) { std::ofstream(dir_ / name) << content; }
  std::string error_of() {
    try {
      load_judged_set(dir_);
    } catch (const JudgedSetError& e) {
      return e.what();
    }
    return "";
  }
  std::filesystem::path dir_;
};

TEST_F(TempFiles, MalformedFilesAreReportedWithFileAndLine) {
  write("queries.tsv", "# comment\nq1\ten\ttopic\tearthquake relief\n");
  write("qrels.tsv", "q1\tmofa-en-1\t3\n");
  EXPECT_EQ(error_of(), "");

  write("queries.tsv", "q1\tfr\ttopic\tséisme\n");
  EXPECT_NE(error_of().find("queries.tsv:1: unknown language 'fr'"), std::string::npos) << error_of();
  write("queries.tsv", "q1\ten\tguess\tx\n");
  EXPECT_NE(error_of().find("unknown kind 'guess'"), std::string::npos) << error_of();
  write("queries.tsv", "q1\ten\ttopic\n");
  EXPECT_NE(error_of().find("queries.tsv:1: expected 4"), std::string::npos) << error_of();
  write("queries.tsv", "q1\ten\ttopic\tx\nq1\tko\ttopic\ty\n");
  EXPECT_NE(error_of().find("queries.tsv:2: duplicate query id"), std::string::npos) << error_of();

  write("queries.tsv", "q1\ten\ttopic\tx\n");
  write("qrels.tsv", "q1\tmofa-en-1\t5\n");
  EXPECT_NE(error_of().find("qrels.tsv:1: grade must be"), std::string::npos) << error_of();
  write("qrels.tsv", "q2\tmofa-en-1\t1\n");
  EXPECT_NE(error_of().find("unknown query 'q2'"), std::string::npos) << error_of();
  write("qrels.tsv", "q1\tmofa-en-1\t1\nq1\tmofa-en-1\t0\n");
  EXPECT_NE(error_of().find("qrels.tsv:2: second judgment"), std::string::npos) << error_of();
  write("qrels.tsv", "q1\tmofa-en-1\t0\n");
  EXPECT_NE(error_of().find("has no relevant release"), std::string::npos) << error_of();
  std::filesystem::remove(dir_ / "qrels.tsv");
  EXPECT_NE(error_of().find("cannot be read"), std::string::npos) << error_of();
}

TEST(Metrics, KnownValues) {
  const std::map<std::string, int> grades = {{"a", 3}, {"b", 1}};
  Scores perfect = score({"a", "b", "x"}, grades);
  EXPECT_DOUBLE_EQ(perfect.ndcg10, 1.0);
  EXPECT_DOUBLE_EQ(perfect.p10, 0.2);
  EXPECT_DOUBLE_EQ(perfect.recall100, 1.0);
  EXPECT_DOUBLE_EQ(perfect.mrr, 1.0);

  Scores swapped = score({"b", "a"}, grades);
  // DCG = 1/log2(2) + 7/log2(3); ideal = 7 + 1/log2(3)
  EXPECT_NEAR(swapped.ndcg10, (1.0 + 7.0 / std::log2(3.0)) / (7.0 + 1.0 / std::log2(3.0)), 1e-12);
  EXPECT_DOUBLE_EQ(swapped.mrr, 1.0);

  Scores late = score({"x", "y", "b"}, grades);
  EXPECT_DOUBLE_EQ(late.mrr, 1.0 / 3);
  EXPECT_DOUBLE_EQ(late.recall100, 0.5);

  std::vector<std::string> deep(kRankDepth, "x");
  deep.push_back("a");  // rank 101: too deep to count
  EXPECT_DOUBLE_EQ(score(deep, grades).recall100, 0.0);
  EXPECT_DOUBLE_EQ(score({}, grades).ndcg10, 0.0);

  EXPECT_DOUBLE_EQ(score({"a", "a"}, grades).p10, 0.1);  // listed twice, counted once

  Scores m = mean({perfect, late});
  EXPECT_DOUBLE_EQ(m.recall100, 0.75);
  EXPECT_DOUBLE_EQ(mean({}).ndcg10, 0.0);
}

}  // namespace
}  // namespace dipsearch::relevance
