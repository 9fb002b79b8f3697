// The one reader of tab-separated data files: what it skips, how it splits, and that its
// complaints name the file and the line.
#include "common/text/tab_separated.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <stdexcept>

namespace dipsearch::text {
namespace {

class TabSeparatedFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("tab-separated-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::filesystem::path write(const std::string& content) {
    const std::filesystem::path file = dir_ / "table.tsv";
    std::ofstream(file, std::ios::binary) << content;
    return file;
  }

  std::filesystem::path dir_;
};

struct Row {
  std::vector<std::string> fields;
  std::string where;
};

std::vector<Row> rows_of(const std::filesystem::path& file) {
  std::vector<Row> rows;
  read_tab_separated<std::runtime_error>(file, "test table",
                                         [&](const std::vector<std::string>& fields, const std::string& where) {
                                           rows.push_back(Row{fields, where});
                                         });
  return rows;
}

TEST_F(TabSeparatedFile, SkipsBomCommentsAndBlankLinesAndTrimsFields) {
  const auto file = write("\xEF\xBB\xBF# header comment\r\n\n  \t \nKR\t Korea \t대한민국\r\n   # indented comment\nJP\t\n");
  const std::vector<Row> rows = rows_of(file);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].fields, (std::vector<std::string>{"KR", "Korea", "대한민국"}));
  EXPECT_EQ(rows[0].where, file.string() + ":4");
  EXPECT_EQ(rows[1].fields, (std::vector<std::string>{"JP", ""}));
  EXPECT_EQ(rows[1].where, file.string() + ":6");
}

TEST_F(TabSeparatedFile, ByteOrderMarkOnlyCountsOnTheFirstLine) {
  const std::vector<Row> rows = rows_of(write("a\tb\n\xEF\xBB\xBF" "c\td\n"));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].fields[0], "\xEF\xBB\xBF" "c");
}

TEST_F(TabSeparatedFile, InvalidUtf8NamesTheLine) {
  const auto file = write("ok\tline\nbad\t\xFF\xFE\n");
  try {
    rows_of(file);
    FAIL() << "accepted a line that is not UTF-8";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()), file.string() + ":2: not valid UTF-8");
  }
}

TEST_F(TabSeparatedFile, MissingFileNamesFileAndWhat) {
  try {
    rows_of(dir_ / "absent.tsv");
    FAIL() << "read a missing file";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()), (dir_ / "absent.tsv").string() + ": cannot read the test table");
  }
}

TEST(SplitTrimmed, SplitsAtEverySeparatorAndTrimsEachPart) {
  EXPECT_EQ(split_trimmed(" a ; b;;c ", ';'), (std::vector<std::string>{"a", "b", "", "c"}));
  EXPECT_EQ(split_trimmed("", ';'), (std::vector<std::string>{""}));
  EXPECT_EQ(split_trimmed("x\t", '\t'), (std::vector<std::string>{"x", ""}));
  EXPECT_EQ(trim_field(" \t\rword\r\t "), "word");
}

}  // namespace
}  // namespace dipsearch::text
