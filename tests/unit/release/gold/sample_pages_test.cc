// The bundled sample pages read with every title and date right: the page reader scored on
// bench/pages/sample-gold.tsv by the same evaluation dipsearch-pages-eval prints.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "bench/pages/evaluation.h"

namespace dipsearch::pages_eval {
namespace {

TEST(SamplePages, EveryTitleAndDateIsRight) {
  const std::vector<GoldPage> gold = load_manifest(default_sample_gold());
  const Evaluation evaluation = evaluate(gold, find_page_files(default_sample_dir()));
  ASSERT_EQ(evaluation.pages.size(), gold.size());
  ASSERT_GE(evaluation.pages.size(), 70u);
  for (const PageResult& page : evaluation.pages) {
    EXPECT_EQ(page.title_outcome, TitleOutcome::kRight) << page.gold.id << ": " << page.title;
    EXPECT_EQ(page.date_outcome, DateOutcome::kRight) << page.gold.id << ": " << page.date;
  }
}

TEST(SamplePages, ManifestErrorsNameTheLine) {
  const auto write = [](const std::string& text) {
    const std::filesystem::path file = std::filesystem::path(::testing::TempDir()) / "pages-manifest-test.tsv";
    std::ofstream(file) << text;
    return file;
  };
  const auto message = [&](const std::string& text) {
    try {
      load_manifest(write(text));
    } catch (const ManifestError& error) {
      return std::string(error.what());
    }
    return std::string();
  };
  EXPECT_NE(message("id\ttitle\n").find(":1: the header names no \"date\" column"), std::string::npos);
  EXPECT_NE(message("id\ttitle\tdate\nok-1\tTitle\t2021-02-30\n").find(":2: \"2021-02-30\" is not a date"),
            std::string::npos);
  EXPECT_NE(message("id\ttitle\tdate\nbad id\tTitle\t\n").find(":2: \"bad id\" is not a release id"), std::string::npos);
  EXPECT_NE(message("id\ttitle\tdate\na\tT\t\na\tT\t\n").find(":3: page a is listed twice"), std::string::npos);
  EXPECT_NE(message("id\ttitle\tdate\na\tT\n").find(":2: expected 3 tab-separated columns, found 2"),
            std::string::npos);
}

}  // namespace
}  // namespace dipsearch::pages_eval
