// The live display: what each mode writes, and rejections kept clear of the bar.
#include <gtest/gtest.h>

#include <sstream>

#include "indexer/progress.h"

namespace dipsearch::indexer {
namespace {

TEST(ProgressMode, ChosenByTerminalQuietAndFlags) {
  EXPECT_EQ(choose_progress_mode(std::nullopt, false, true), ProgressMode::kBar);
  EXPECT_EQ(choose_progress_mode(std::nullopt, false, false), ProgressMode::kOff);  // cron
  EXPECT_EQ(choose_progress_mode(std::nullopt, true, true), ProgressMode::kOff);
  EXPECT_EQ(choose_progress_mode(true, false, false), ProgressMode::kLines);
  EXPECT_EQ(choose_progress_mode(true, true, true), ProgressMode::kBar);
  EXPECT_EQ(choose_progress_mode(false, false, true), ProgressMode::kOff);
}

TEST(Progress, OffWritesOnlyMessages) {
  std::ostringstream out;
  Progress p(ProgressMode::kOff, out, -1);
  p.start(3, 300);
  p.phase(RunPhase::kReading);
  p.advance(1, 100, 1);
  p.message("rejected a.txt: empty file");
  p.finish();
  EXPECT_EQ(out.str(), "rejected a.txt: empty file\n");
}

TEST(Progress, LinesModeWritesAPhaseLineEach) {
  std::ostringstream out;
  Progress p(ProgressMode::kLines, out, -1);
  p.start(3, 300);
  p.phase(RunPhase::kReading);
  p.phase(RunPhase::kCommitting);
  p.finish();
  EXPECT_EQ(out.str().rfind("dipsearch-index: reading: 0% (0/3 files", 0), 0u) << out.str();
  EXPECT_NE(out.str().find("\ndipsearch-index: committing: "), std::string::npos) << out.str();
  EXPECT_EQ(out.str().find('\r'), std::string::npos);
}

TEST(Progress, LinesModeAlsoWritesAtEveryTenthOfTheWork) {
  std::ostringstream out;
  Progress p(ProgressMode::kLines, out, -1);
  p.start(100, 1000);
  p.phase(RunPhase::kReading);
  for (int done = 1; done <= 100; ++done) p.advance(done, done * 10, done);
  const std::string text = out.str();
  for (const char* share : {"reading: 0%", "reading: 10%", "reading: 50%", "reading: 100%"}) {
    EXPECT_NE(text.find(share), std::string::npos) << share << "\n" << text;
  }
  size_t lines = 0;
  for (char c : text) lines += c == '\n';
  EXPECT_EQ(lines, 11u) << text;  // 0%, then each tenth
}

TEST(Progress, BarIsClearedForAMessageAndRedrawnBelowIt) {
  std::ostringstream out;
  Progress p(ProgressMode::kBar, out, -1);  // no terminal to ask: 80 columns
  p.start(2, 200);
  p.phase(RunPhase::kReading);
  out.str("");
  p.message("rejected b.txt: empty file");
  EXPECT_EQ(out.str().rfind("\r\033[Krejected b.txt: empty file\nreading [", 0), 0u) << out.str();
  out.str("");
  p.finish();
  EXPECT_EQ(out.str(), "\r\033[K");
  out.str("");
  p.finish();  // twice is harmless
  EXPECT_EQ(out.str(), "");
}

}  // namespace
}  // namespace dipsearch::indexer
