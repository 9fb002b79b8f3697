// The progress display's wording: shares, rates, estimates and lines that fit.
#include <gtest/gtest.h>

#include "indexer/progress_format.h"

namespace dipsearch::indexer {
namespace {

ProgressSnapshot halfway() {
  ProgressSnapshot s;
  s.phase = "reading";
  s.files_done = 1204;
  s.files_total = 2880;
  s.bytes_done = 50;
  s.bytes_total = 100;
  s.documents = 5120;
  s.elapsed_seconds = 40;
  return s;
}

TEST(ProgressFormat, DurationsReadLikeAClock) {
  const struct {
    double seconds;
    const char* text;
  } rows[] = {
      {0, "0:00"},      {7, "0:07"},        {59.6, "1:00"},      {754, "12:34"},
      {3723, "1:02:03"}, {-1, "--:--"},     {1.0 / 0.0, "--:--"},
  };
  for (const auto& row : rows) EXPECT_EQ(format_duration(row.seconds), row.text) << row.seconds;
}

TEST(ProgressFormat, ShareGoesByBytesElseByFiles) {
  ProgressSnapshot s = halfway();
  EXPECT_DOUBLE_EQ(done_fraction(s), 0.5);
  s.bytes_total = 0;  // only empty files
  EXPECT_NEAR(done_fraction(s), 1204.0 / 2880.0, 1e-9);
  s.files_total = 0;
  EXPECT_DOUBLE_EQ(done_fraction(s), 1.0);
  s = halfway();
  s.bytes_done = 150;  // a file grew while being read
  EXPECT_DOUBLE_EQ(done_fraction(s), 1.0);
}

TEST(ProgressFormat, RateAndEtaOnlyOnceSteady) {
  ProgressSnapshot s = halfway();
  EXPECT_DOUBLE_EQ(document_rate(s), 128);
  EXPECT_DOUBLE_EQ(eta_seconds(s), 40);  // as long again as so far
  s.elapsed_seconds = 0.1;
  EXPECT_EQ(document_rate(s), 0);
  EXPECT_LT(eta_seconds(s), 0);
  s = halfway();
  s.bytes_done = 0;
  EXPECT_LT(eta_seconds(s), 0);
  s.bytes_done = 100;
  EXPECT_EQ(eta_seconds(s), 0);
}

TEST(ProgressFormat, PlainLineForLogs) {
  EXPECT_EQ(plain_line(halfway()), "reading: 50% (1204/2880 files, 5120 documents, 128 docs/s, ETA 0:40)");
  ProgressSnapshot early = halfway();
  early.elapsed_seconds = 0.2;
  EXPECT_EQ(plain_line(early), "reading: 50% (1204/2880 files, 5120 documents, -- docs/s, ETA --:--)");
}

TEST(ProgressFormat, BarLineFitsTheTerminal) {
  const ProgressSnapshot s = halfway();
  const std::string wide = bar_line(s, 120);
  EXPECT_EQ(wide, "reading [####################--------------------]  50%  1204/2880 files  128 docs/s  ETA 0:40");
  for (int width : {100, 79, 60, 40, 20, 5, 0}) {
    const std::string line = bar_line(s, width);
    EXPECT_LE(line.size(), static_cast<size_t>(width)) << width << ": " << line;
  }
  EXPECT_NE(bar_line(s, 79).find("ETA 0:40"), std::string::npos);
  EXPECT_EQ(bar_line(s, 40).find('['), std::string::npos);  // too narrow for a bar
}

}  // namespace
}  // namespace dipsearch::indexer
