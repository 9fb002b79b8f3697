// Configuration an admin relies on: the default database is one absolute path (never a new
// database under whatever directory a program starts in), a daemon without its search page
// refuses to start, and docs/configuration.md names every option and environment variable.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <regex>
#include <set>

#include "dipsearch/config.h"
#include "test_support.h"

namespace dipsearch::testing {
namespace {

namespace fs = std::filesystem;

const fs::path kSourceDir = fs::path(DIPSEARCH_FIXTURES).parent_path().parent_path();

std::string read_text(const fs::path& path) {
  std::ifstream in(path);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::set<std::string> matches(const std::string& text, const std::regex& pattern, int group = 0) {
  std::set<std::string> found;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern); it != std::sregex_iterator(); ++it) {
    found.insert((*it)[group].str());
  }
  return found;
}

TEST(AdminConfiguration, DefaultDatabaseIsTheSameAbsolutePathFromAnyDirectory) {
  ASSERT_TRUE(fs::path(DIPSEARCH_DEFAULT_DB).is_absolute()) << DIPSEARCH_DEFAULT_DB;
  // DIPSEARCH_DB empty counts as unset: the check names the database it looked at.
  CommandResult r = run_command({DIPSEARCH_INDEX_BIN, "--check"}, 60, {"DIPSEARCH_DB="});
  EXPECT_NE((r.out + r.err).find(DIPSEARCH_DEFAULT_DB), std::string::npos) << r.out << r.err;
  for (const char* program : {DIPSEARCH_INDEX_BIN, DIPSEARCH_DAEMON_BIN}) {
    EXPECT_NE(run_command({program, "--help"}).out.find(DIPSEARCH_DEFAULT_DB), std::string::npos) << program;
  }
}

TEST(AdminConfiguration, DaemonWithoutItsSearchPageRefusesToStart) {
  TempDir dir;
  const fs::path empty = dir.path() / "web";
  fs::create_directories(empty);
  CommandResult r = run_command({DIPSEARCH_DAEMON_BIN, "--host", "127.0.0.1", "--port", "0", "--db",
                                 (dir.path() / "db").string(), "--web-dir", empty.string()},
                                30);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("the search page directory " + empty.string() + " has no index.html"), std::string::npos)
      << r.err;
}

TEST(AdminConfiguration, EveryOptionAndEnvironmentVariableIsInConfigurationDoc) {
  const std::string doc = read_text(kSourceDir / "docs" / "configuration.md");
  ASSERT_FALSE(doc.empty());
  const std::regex option(R"((--[a-z][a-z-]+))");
  const std::regex variable(R"(\$((DIPSEARCH|XAPIAN)_[A-Z_]+))");
  for (const char* program : {DIPSEARCH_INDEX_BIN, DIPSEARCH_DAEMON_BIN}) {
    const std::string help = run_command({program, "--help"}).out;
    ASSERT_FALSE(help.empty()) << program;
    for (const auto& name : matches(help, option)) {
      EXPECT_NE(doc.find("`" + name), std::string::npos) << name << " of " << program;
    }
    for (const auto& name : matches(help, variable, 1)) {
      EXPECT_NE(doc.find("`" + name), std::string::npos) << name << " of " << program;
    }
  }
  // And every variable the programs read, including those --help leaves out.
  const std::regex read_env(R"re((getenv|env)\("([A-Z][A-Z0-9_]+)"\))re");
  size_t read = 0;
  for (const char* folder : {"common", "indexer", "searchd"}) {
    for (const auto& entry : fs::recursive_directory_iterator(kSourceDir / folder)) {
      if (entry.path().extension() != ".cc" && entry.path().extension() != ".h") continue;
      for (const auto& name : matches(read_text(entry.path()), read_env, 2)) {
        ++read;
        EXPECT_NE(doc.find("`" + name), std::string::npos) << name << " read in " << entry.path();
      }
    }
  }
  EXPECT_GE(read, 5u);
}

}  // namespace
}  // namespace dipsearch::testing
