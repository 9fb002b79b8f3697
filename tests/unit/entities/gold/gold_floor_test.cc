// Entity extraction measured on the gold set (tests/entities-gold): precision, recall and F1
// per kind and language stay at the floors the evaluation program reaches today, and the gold
// set keeps covering what the issue asks for.
#include <gtest/gtest.h>

#include "bench/entities/evaluation.h"
#include "../entities_test_support.h"

namespace dipsearch::entities_eval {
namespace {

// Just under the measured figures (all 1.000 on the sample): one false official in Korean
// (50 gold) fails here. The targets are 0.95 (countries) and 0.85 (officials).
constexpr double kFloor = 0.99;

const Evaluation& evaluation() {
  static const Evaluation e = evaluate(load_gold_set(default_gold_file()),
                                       read_corpus(default_sample_dir()),
                                       entities::testing::extractor());
  return e;
}

TEST(GoldSet, CoversFortyReleasesInBothLanguages) {
  const std::vector<GoldRelease> gold = load_gold_set(default_gold_file());
  EXPECT_GE(gold.size(), 40u);
  EXPECT_GE(evaluation().releases.at("en"), 20u);
  EXPECT_GE(evaluation().releases.at("ko"), 20u);
  for (const std::string& kind : kKinds) {
    for (const std::string& lang : kLanguages) {
      const Counts c = evaluation().cell(kind, lang);
      EXPECT_GE(c.hits + c.misses, 40u) << "too few gold " << kind << " in " << lang;
    }
  }
}

TEST(GoldSet, ExtractionStaysAtItsFloors) {
  for (const std::string& kind : kKinds) {
    for (const std::string& lang : kLanguages) {
      const Counts c = evaluation().cell(kind, lang);
      EXPECT_GE(c.precision(), kFloor) << kind << " " << lang;
      EXPECT_GE(c.recall(), kFloor) << kind << " " << lang;
      EXPECT_GE(c.f1(), kFloor) << kind << " " << lang;
    }
  }
  if (::testing::Test::HasFailure()) {
    for (const Difference& d : evaluation().differences) {
      ADD_FAILURE() << d.release << " " << d.kind << (d.missed ? " missed " : " false hit ")
                    << d.shown;
    }
  }
}

}  // namespace
}  // namespace dipsearch::entities_eval
