// The judged set is what the issue asks for, and the tools that read and score it are right.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>

#include "bench/relevance/evaluation.h"
#include "bench/relevance/judged_set.h"
#include "bench/relevance/metrics.h"
#include "bench/relevance/ranker.h"

namespace dipsearch::relevance {
namespace {

// The kinds the sample set was written with (the real set adds date-bounded queries).
const std::vector<std::string> kSampleKinds = {"topic", "phrase", "name", "particle-form", "cross-language"};

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
    for (const auto& kind : kSampleKinds) EXPECT_TRUE(cells.count({lang, kind})) << lang << " " << kind;
  }
}

// The real set's files are checked here; its scores need the pages, which only the
// benchmark program reads (they are not part of the project).
TEST(JudgedSet, RealSetCoversEveryKindWithAHeldOutThirdAndUnseenAndFreshQueries) {
  const JudgedSet set = load_judged_set(real_set(default_shared_dir()).judged);
  ASSERT_GE(set.queries.size(), 50u);
  size_t kept_out = 0, unseen = 0, fresh = 0, fresh2 = 0, fresh3 = 0, fresh4 = 0, fresh5 = 0;
  std::set<std::pair<std::string, std::string>> cells, held_out_cells, unseen_cells, fresh_cells, fresh3_cells,
      fresh4_cells, fresh5_cells;
  std::set<std::string> fresh2_langs, fresh2_kinds;
  std::set<int> grades;
  for (const auto& q : set.queries) {
    cells.emplace(q.lang, q.kind);
    kept_out += q.part != kTuningPart;
    if (q.part == kHeldOutPart) held_out_cells.emplace(q.lang, q.kind);
    if (q.part == kUnseenPart) {
      ++unseen;
      unseen_cells.emplace(q.lang, q.kind);
    }
    if (q.part == kFreshPart) {
      ++fresh;
      fresh_cells.emplace(q.lang, q.kind);
    }
    if (q.part == kFresh2Part) {
      ++fresh2;
      fresh2_langs.insert(q.lang);
      fresh2_kinds.insert(q.kind);
    }
    if (q.part == kFresh3Part) {
      ++fresh3;
      fresh3_cells.emplace(q.lang, q.kind);
    }
    if (q.part == kFresh4Part) {
      ++fresh4;
      fresh4_cells.emplace(q.lang, q.kind);
    }
    if (q.part == kFresh5Part) {
      ++fresh5;
      fresh5_cells.emplace(q.lang, q.kind);
    }
    for (const auto& [id, grade] : q.grades) grades.insert(grade);
  }
  for (const auto& lang : kLanguages) {
    for (const auto& kind : kKinds) {
      EXPECT_TRUE(cells.count({lang, kind})) << lang << " " << kind;
      EXPECT_TRUE(held_out_cells.count({lang, kind})) << "held out: " << lang << " " << kind;
      EXPECT_TRUE(unseen_cells.count({lang, kind})) << "unseen: " << lang << " " << kind;
      EXPECT_TRUE(fresh_cells.count({lang, kind})) << "fresh: " << lang << " " << kind;
      EXPECT_TRUE(fresh3_cells.count({lang, kind})) << "fresh3: " << lang << " " << kind;
      EXPECT_TRUE(fresh4_cells.count({lang, kind})) << "fresh4: " << lang << " " << kind;
      EXPECT_TRUE(fresh5_cells.count({lang, kind})) << "fresh5: " << lang << " " << kind;
    }
  }
  EXPECT_GE(unseen, 20u);
  EXPECT_GE(fresh, 30u);
  // fresh2 has every kind and both languages, though not every kind in each (no Korean
  // cross-language query).
  EXPECT_GE(fresh2, 20u);
  EXPECT_EQ(fresh2_langs.size(), kLanguages.size());
  EXPECT_EQ(fresh2_kinds.size(), kKinds.size());
  EXPECT_GE(fresh3, 20u);
  EXPECT_GE(fresh4, 20u);
  EXPECT_GE(fresh5, 20u);
  EXPECT_GE(kept_out * 4, set.queries.size()) << "a third or more is kept out of tuning";
  // Each later part adds held-out queries, so the tuning part is held to a size, not a share.
  EXPECT_GE(set.queries.size() - kept_out, 50u) << "and the tuning part keeps 50 queries or more";
  EXPECT_EQ(grades, (std::set<int>{1, 2}));
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

  write("queries.tsv", "q1\ten\ttopic\tx\tlater\n");
  EXPECT_NE(error_of().find("queries.tsv:1: part must be 'tuning', 'held-out', 'unseen', 'fresh', 'fresh2', 'fresh3', 'fresh4' or 'fresh5', not 'later'"), std::string::npos) << error_of();
  write("queries.tsv", "q1\ten\ttopic\tx\theld-out\textra\n");
  EXPECT_NE(error_of().find("queries.tsv:1: expected 4 or 5"), std::string::npos) << error_of();

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

// Reports show each part that has queries, the unseen one beside the others, and no empty part.
TEST(ReportGroups, ShowEachPartThatHasQueries) {
  JudgedSet set;
  set.queries = {{"q1", "en", "topic", "x", kTuningPart, {}},
                 {"q2", "ko", "name", "y", kUnseenPart, {}},
                 {"q3", "en", "date", "z date:2024", kFresh3Part, {}}};
  std::set<std::string> labels;
  for (const auto& g : report_groups(set)) labels.insert(g.label());
  for (const auto* shown : {"tuning", "unseen", "unseen ko", "unseen name", "tuning en", "fresh3", "fresh3 date"}) {
    EXPECT_TRUE(labels.count(shown)) << shown;
  }
  for (const auto* hidden : {"held-out", "unseen en", "tuning ko", "fresh2", "fresh3 ko"}) {
    EXPECT_FALSE(labels.count(hidden)) << hidden;
  }

  set.queries[1].part = set.queries[2].part = kTuningPart;  // one part only: no per-part rows
  labels.clear();
  for (const auto& g : report_groups(set)) labels.insert(g.label());
  EXPECT_FALSE(labels.count("tuning"));
  EXPECT_TRUE(labels.count("ko name"));
}

// Without a directory of gathered pages, its releases' judgments go, and so do the queries
// judged only on them; queries still being judged (no judgment yet) stay for the pool.
TEST(JudgedSet, AbsentPagesDropTheirJudgmentsAndTheQueriesLeftWithout) {
  JudgedSet set;
  set.queries = {{"old", "en", "topic", "x", kTuningPart, {{"a", 2}, {"new-1", 1}}},
                 {"fresh", "ko", "name", "y", kFreshPart, {{"new-1", 2}, {"new-2", 1}}},
                 {"pooling", "en", "date", "z", kFreshPart, {}}};
  EXPECT_EQ(keep_judgments_of(set, {"a", "b"}), 1u);
  ASSERT_EQ(set.queries.size(), 2u);
  EXPECT_EQ(set.queries[0].id, "old");
  EXPECT_EQ(set.queries[0].grades, (std::map<std::string, int>{{"a", 2}}));
  EXPECT_EQ(set.queries[1].id, "pooling");
}

// The real set reads realpages always and each gathering of more pages only where it is.
TEST_F(TempFiles, RealSetReadsTheGatheredPagesThatAreThere) {
  std::filesystem::create_directories(dir_ / "morepages" / "pages16r" / "pages");
  const SetLocation real = real_set(dir_);
  EXPECT_EQ(real.corpus, (std::vector<std::filesystem::path>{dir_ / "realpages" / "pages",
                                                             dir_ / "morepages" / "pages16r" / "pages"}));
  EXPECT_EQ(real.absent, (std::vector<std::filesystem::path>{dir_ / "morepages" / "pages15r" / "pages",
                                                             dir_ / "morepages" / "pages17r" / "pages",
                                                             dir_ / "morepages" / "pages18r" / "pages",
                                                             dir_ / "morepages" / "pages19r" / "pages",
                                                             dir_ / "morepages" / "pages20r" / "pages"}));
}

TEST_F(TempFiles, PartsDefaultToTuningAndJudgingAllowsMissingJudgments) {
  write("queries.tsv", "q1\ten\ttopic\tx\nq2\tko\tdate\ty date:2021\theld-out\nq3\ten\tname\tz\tunseen\n");
  write("qrels.tsv", "q1\tmofa-en-1\t2\n");
  EXPECT_NE(error_of().find("query 'q2' has no relevant release"), std::string::npos) << error_of();
  const JudgedSet set = load_judged_set(dir_, true);
  ASSERT_EQ(set.queries.size(), 3u);
  EXPECT_EQ(set.queries[0].part, kTuningPart);
  EXPECT_EQ(set.queries[1].part, kHeldOutPart);
  EXPECT_EQ(set.queries[2].part, kUnseenPart);
  EXPECT_TRUE(set.queries[1].grades.empty());
  std::filesystem::remove(dir_ / "qrels.tsv");
  EXPECT_EQ(load_judged_set(dir_, true).queries.size(), 3u);

  EXPECT_NO_THROW(check_judged_ids(set, {"mofa-en-1"}));
  try {
    check_judged_ids(set, {"mofa-en-2"});
    FAIL() << "a judgment of a release outside the corpus was accepted";
  } catch (const JudgedSetError& e) {
    EXPECT_NE(std::string(e.what()).find("'q1' judges 'mofa-en-1', which is not in the corpus"), std::string::npos) << e.what();
  }
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
