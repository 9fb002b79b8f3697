// The progress display: a bar with rate and ETA on a terminal (a real pseudo-terminal
// here), plain lines when forced without one, and nothing at all under cron.
#include <gtest/gtest.h>
#include <poll.h>
#include <pty.h>
#include <unistd.h>

#include "admin_corpus.h"
#include "test_support.h"

namespace dipsearch::testing {
namespace {

namespace fs = std::filesystem;

struct TerminalRun {
  int exit_code = -1;
  std::string terminal;  // what the indexer wrote to its stderr, the terminal
  std::string out;
};

// Runs the indexer with stderr on a pseudo-terminal, reading the terminal as it writes so
// it never blocks on a full buffer.
TerminalRun run_on_terminal(const std::vector<std::string>& args) {
  int master = -1, slave = -1;
  struct winsize size {};
  size.ws_col = 100;
  size.ws_row = 30;
  EXPECT_EQ(openpty(&master, &slave, nullptr, nullptr, &size), 0);
  TerminalRun run;
  {
    BackgroundProcess indexer(indexer_argv(args), {}, slave);
    close(slave);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    char buf[4096];
    while (std::chrono::steady_clock::now() < deadline) {
      pollfd p{master, POLLIN, 0};
      if (poll(&p, 1, 50) > 0) {
        const ssize_t n = read(master, buf, sizeof buf);
        if (n <= 0) break;  // every writer closed the terminal: the indexer is done
        run.terminal.append(buf, static_cast<size_t>(n));
      }
    }
    run.exit_code = indexer.wait_exit(120);
    run.out = indexer.out();
  }
  close(master);
  return run;
}

class AdminProgress : public ::testing::Test {
 protected:
  void SetUp() override { src = copy_sample(dir.path()); }
  TempDir dir;
  fs::path db = dir.path() / "db";
  fs::path src;
};

TEST_F(AdminProgress, BarOnATerminalWithRateAndEtaThenCleared) {
  TerminalRun run = run_on_terminal({"--db", db.string(), src.string()});
  EXPECT_EQ(run.exit_code, 0) << run.terminal;
  EXPECT_NE(run.terminal.find("\r\033[K" "reading ["), std::string::npos) << run.terminal;
  EXPECT_NE(run.terminal.find("/72 files"), std::string::npos) << run.terminal;
  EXPECT_NE(run.terminal.find("docs/s"), std::string::npos) << run.terminal;
  EXPECT_NE(run.terminal.find("ETA "), std::string::npos) << run.terminal;
  // The last thing written clears the bar's line, so the shell prompt starts clean.
  const std::string clear = "\r\033[K";
  ASSERT_GE(run.terminal.size(), clear.size());
  EXPECT_EQ(run.terminal.substr(run.terminal.size() - clear.size()), clear);
  // No line is wider than the terminal.
  size_t start = 0;
  while ((start = run.terminal.find("\r\033[K", start)) != std::string::npos) {
    start += clear.size();
    const size_t end = run.terminal.find_first_of("\r\n", start);
    EXPECT_LT((end == std::string::npos ? run.terminal.size() : end) - start, 100u);
  }
  // The summary still goes to stdout alone.
  EXPECT_NE(run.out.find("added 72"), std::string::npos) << run.out;
}

TEST_F(AdminProgress, RejectionsPrintAboveTheBar) {
  write_file(src / "zz-empty.txt", "");
  TerminalRun run = run_on_terminal({"--db", db.string(), src.string()});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.terminal.find("\r\033[K" "rejected " + (src / "zz-empty.txt").string() + ": empty file"),
            std::string::npos) << run.terminal;
}

TEST_F(AdminProgress, QuietOrNoProgressOnATerminalShowNothing) {
  EXPECT_EQ(run_on_terminal({"--db", db.string(), "--quiet", src.string()}).terminal, "");
  EXPECT_EQ(run_on_terminal({"--db", db.string(), "--no-progress", src.string()}).terminal, "");
}

TEST_F(AdminProgress, WithoutATerminalNothingUnlessForced) {
  CommandResult r = run_indexer({"--db", db.string(), src.string()});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "");  // as under cron

  r = run_indexer({"--db", db.string(), "--rebuild", "--progress", src.string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  for (const char* phase : {"reading: ", "committing: ", "switching: ", "cleaning: "}) {
    EXPECT_NE(r.err.find(std::string("dipsearch-index: ") + phase), std::string::npos) << phase << "\n" << r.err;
  }
  EXPECT_NE(r.err.find("(72/72 files, 72 documents, "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("ETA "), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find('\r'), std::string::npos) << "no terminal codes in a log";
}

}  // namespace
}  // namespace dipsearch::testing
