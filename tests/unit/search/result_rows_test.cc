// CSV rows of the export: RFC 4180 quoting, and cells a spreadsheet would run as formulas
// written as text (OWASP's CSV injection advice), one row per leading character.
#include "common/search/result_rows.h"

#include <gtest/gtest.h>

namespace dipsearch {
namespace {

struct CellCase {
  std::string title;
  std::string cell;  // as written in the CSV row
};

class CsvCells : public ::testing::TestWithParam<CellCase> {};

TEST_P(CsvCells, TitlesAreWrittenSafely) {
  StoredDocument doc;
  doc.id = "x";
  doc.title = GetParam().title;
  std::string row;
  append_csv_row(row, doc);
  EXPECT_EQ(row, "x,,," + GetParam().cell + ",,,,,,,\r\n");
}

INSTANTIATE_TEST_SUITE_P(
    Table, CsvCells,
    ::testing::Values(CellCase{"Talks", "Talks"}, CellCase{"=1+2", "'=1+2"}, CellCase{"+82 2 2100", "'+82 2 2100"},
                      CellCase{"-1 day", "'-1 day"}, CellCase{"@SUM(A1)", "'@SUM(A1)"},
                      CellCase{"\tlead", "'\tlead"}, CellCase{"\rlead", "\"'\rlead\""},
                      CellCase{"=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""},
                      CellCase{"a=b", "a=b"}, CellCase{"", ""}, CellCase{"'quoted'", "'quoted'"}));

TEST(CsvRows, EveryCellIsNeutralisedNotOnlyTheTitle) {
  StoredDocument doc;
  doc.id = "-id";
  doc.url = "=cmd";
  doc.site.key = "example.org";
  doc.site.label = "-label";
  doc.body = "+body";
  doc.officials.push_back({"@key", "@name", "", "", ""});
  std::string row;
  append_csv_row(row, doc);
  EXPECT_EQ(row, "'-id,,,,'=cmd,example.org,'-label,,'@key,'@name,'+body\r\n");
}

}  // namespace
}  // namespace dipsearch
