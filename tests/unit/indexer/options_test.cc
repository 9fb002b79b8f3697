// dipsearch-index's command line: what each option sets and which combinations are refused.
#include <gtest/gtest.h>

#include "indexer/options.h"

namespace dipsearch::indexer {
namespace {

Action parse(std::vector<std::string> args, Options& options) {
  args.insert(args.begin(), "dipsearch-index");
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  return parse_options(static_cast<int>(args.size()), argv.data(), options);
}

TEST(IndexerOptions, IndexRunWithEveryOption) {
  Options o;
  EXPECT_EQ(parse({"--db=x.db", "--rebuild", "--report", "r.json", "-q", "--progress", "a", "b"}, o), Action::kIndex);
  EXPECT_EQ(o.database, "x.db");
  EXPECT_TRUE(o.rebuild);
  EXPECT_TRUE(o.quiet);
  EXPECT_EQ(o.report, "r.json");
  EXPECT_EQ(o.progress, std::optional<bool>(true));
  EXPECT_EQ(o.sources.size(), 2u);
  Options p;
  parse({"--progress", "--no-progress", "a"}, p);
  EXPECT_EQ(p.progress, std::optional<bool>(false));  // the last one wins
  Options q;
  parse({"a"}, q);
  EXPECT_FALSE(q.progress.has_value());
}

TEST(IndexerOptions, ShardsIsUnsetUnlessGiven) {
  Options o;
  parse({"--shards=3", "--rebuild", "a"}, o);
  EXPECT_EQ(o.shards, std::optional<size_t>(3));
  Options p;
  parse({"a"}, p);
  EXPECT_FALSE(p.shards.has_value());  // the database's own count
}

TEST(IndexerOptions, CheckModes) {
  Options o;
  EXPECT_EQ(parse({"--check"}, o), Action::kCheck);
  EXPECT_FALSE(o.check_full);
  EXPECT_EQ(o.check_sample, 100u);
  Options f;
  EXPECT_EQ(parse({"--check=full", "--sample=all"}, f), Action::kCheck);
  EXPECT_TRUE(f.check_full);
  EXPECT_EQ(f.check_sample, 0u);
  Options s;
  parse({"--check=quick", "--sample", "7"}, s);
  EXPECT_FALSE(s.check_full);
  EXPECT_EQ(s.check_sample, 7u);
}

TEST(IndexerOptions, RefusedCombinationsNameTheProblem) {
  const struct {
    std::vector<std::string> args;
    const char* message_part;
  } rows[] = {
      {{}, "no SOURCE"},
      {{"--check", "src"}, "--check reads no SOURCE"},
      {{"--check", "--rebuild"}, "--rebuild"},
      {{"--check=deep"}, "'deep'"},
      {{"--sample=5", "src"}, "--sample only goes with --check"},
      {{"--check", "--sample=0"}, "positive number"},
      {{"--check", "--sample=-3"}, "positive number"},
      {{"--check", "--sample=3x"}, "'3x'"},
      {{"--no-such"}, "--no-such"},
      {{"--db"}, "needs a value"},
      {{"--db=", "src"}, "database path is empty"},
      {{"--shards=0", "src"}, "'0'"},
      {{"--shards", "abc", "src"}, "'abc'"},
      {{"--shards=-2", "src"}, "'-2'"},
      {{"--shards=65", "src"}, "from 1 to 64"},
      {{"--check", "--shards=2"}, "--shards"},
  };
  for (const auto& row : rows) {
    Options o;
    try {
      parse(row.args, o);
      ADD_FAILURE() << "accepted: " << ::testing::PrintToString(row.args);
    } catch (const UsageError& e) {
      EXPECT_NE(std::string(e.what()).find(row.message_part), std::string::npos) << e.what();
    }
  }
}

TEST(IndexerOptions, HelpNamesEveryOptionAndExitCode) {
  const std::string help = help_text();
  for (const char* part : {"--db", "--rebuild", "--data-dir", "--report", "--quiet", "--progress", "--no-progress",
                           "--check", "--sample", "--shards", "  3  another indexer", "  4  fatal error, database unchanged"}) {
    EXPECT_NE(help.find(part), std::string::npos) << part;
  }
}

}  // namespace
}  // namespace dipsearch::indexer
