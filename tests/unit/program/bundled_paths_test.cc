// Where programs find their bundled data and page: the source tree from the build tree,
// beside the executable once installed, whatever the prefix and wherever it moved.
#include "common/program/bundled_paths.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "dipsearch/config.h"
#include "../temp_dir.h"

namespace dipsearch {
namespace {

namespace fs = std::filesystem;

TEST(BundledPaths, ProgramInItsBuildTreeUsesTheSourceTree) {
  const fs::path exe = fs::path(DIPSEARCH_BUILD_DIR) / "searchd" / "dipsearchd";
  EXPECT_EQ(bundled_dir(Bundled::kData, exe), fs::path(DIPSEARCH_DEFAULT_DATA_DIR));
  EXPECT_EQ(bundled_dir(Bundled::kWeb, exe), fs::path(DIPSEARCH_DEFAULT_WEB_DIR));
}

TEST(BundledPaths, InstalledProgramUsesShareBesideItsBin) {
  testing::TempDir prefix;
  fs::create_directories(prefix.path() / "bin");
  const fs::path exe = prefix.path() / "bin" / "dipsearchd";
  EXPECT_EQ(bundled_dir(Bundled::kData, exe), prefix.path() / "share" / "dipsearch" / "data");
  EXPECT_EQ(bundled_dir(Bundled::kWeb, exe), prefix.path() / "share" / "dipsearch" / "web");
}

TEST(BundledPaths, PrefixThatDoesNotExistStillResolvesBesideTheProgram) {
  // No fallback to the source tree when the installed copy is missing: the program then
  // says which file it cannot read.
  EXPECT_EQ(bundled_dir(Bundled::kData, "/nonexistent/prefix/bin/dipsearch-index"),
            fs::path("/nonexistent/prefix/share/dipsearch/data"));
}

TEST(BundledPaths, PrefixInsideTheBuildTreeIsStillAnInstallation) {
  // Only the program folders directly in the build directory count as the build tree.
  const fs::path exe = fs::path(DIPSEARCH_BUILD_DIR) / "staging" / "bin" / "dipsearchd";
  EXPECT_EQ(bundled_dir(Bundled::kData, exe), fs::path(DIPSEARCH_BUILD_DIR) / "staging" / "share" / "dipsearch" / "data");
}

TEST(BundledPaths, BuildTreeIsRecognisedThroughASymlink) {
  testing::TempDir dir;
  const fs::path link = dir.path() / "build-link";
  fs::create_directory_symlink(DIPSEARCH_BUILD_DIR, link);
  EXPECT_EQ(bundled_dir(Bundled::kData, link / "indexer" / "dipsearch-index"), fs::path(DIPSEARCH_DEFAULT_DATA_DIR));
}

TEST(BundledPaths, OwnExecutableIsFoundThroughProc) {
  // This test program is build/tests/program_tests: a folder directly in the build tree.
  EXPECT_EQ(bundled_dir(Bundled::kData), fs::path(DIPSEARCH_DEFAULT_DATA_DIR));
}

TEST(BundledPaths, EnvironmentNamesTheDirectoryAndAnEmptyValueCountsAsUnset) {
  ::setenv("DIPSEARCH_DATA_DIR", "/srv/dipsearch-data", 1);
  ::setenv("DIPSEARCH_WEB_DIR", "", 1);
  EXPECT_EQ(configured_dir(Bundled::kData), fs::path("/srv/dipsearch-data"));
  EXPECT_EQ(configured_dir(Bundled::kWeb), bundled_dir(Bundled::kWeb));
  ::unsetenv("DIPSEARCH_DATA_DIR");
  ::unsetenv("DIPSEARCH_WEB_DIR");
  EXPECT_EQ(configured_dir(Bundled::kData), bundled_dir(Bundled::kData));
}

}  // namespace
}  // namespace dipsearch
