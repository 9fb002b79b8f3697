// Whole-file writes: the new bytes or the old file, never half, and no temporary left.
#include "common/program/atomic_file.h"

#include <gtest/gtest.h>

#include "../file_contents.h"
#include "../temp_dir.h"

namespace dipsearch {
namespace {

namespace fs = std::filesystem;

TEST(AtomicFile, ReplacesTheFileWholeAndLeavesNoTemporary) {
  testing::TempDir dir;
  const fs::path file = dir.path() / "page.html";
  write_file_atomically(file, "first");
  write_file_atomically(file, "second");
  EXPECT_EQ(testing::file_contents(file), "second");
  EXPECT_FALSE(fs::exists(partial_file_for(file)));
  EXPECT_EQ(partial_file_for(file), dir.path() / ".page.html.partial");
}

TEST(AtomicFile, AFailedWriteNamesTheFileAndKeepsTheOldOne) {
  testing::TempDir dir;
  const fs::path file = dir.path() / "missing" / "page.html";
  try {
    write_file_atomically(file, "x", "release");
    FAIL() << "written";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()), "cannot write release " + file.string() + ": No such file or directory");
  }
  // A directory where the file should be: the rename fails, the directory stays.
  const fs::path blocked = dir.path() / "blocked";
  fs::create_directories(blocked / "inside");
  EXPECT_THROW(write_file_atomically(blocked, "x"), std::runtime_error);
  EXPECT_TRUE(fs::is_directory(blocked / "inside"));
  EXPECT_FALSE(fs::exists(partial_file_for(blocked)));
}

}  // namespace
}  // namespace dipsearch
