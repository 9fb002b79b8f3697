// Source files: the bundled ones load, and every kind of mistake an admin can make is
// refused with the file and the field named.
#include "fetcher/source_config.h"

#include <gtest/gtest.h>

#include <fstream>

#include "../temp_dir.h"

namespace dipsearch::fetcher {
namespace {

namespace fs = std::filesystem;

const std::string kGood = R"j({"lang": "en", "list_url": "https://example.org/list?page={page}",
  "release_link": "view\\.do\\?seq=([0-9]+)", "release_url": "https://example.org/view.do?seq={id}",
  "id_prefix": "ex-en-")j";

class SourceConfigFile : public ::testing::Test {
 protected:
  testing::TempDir dir;
  fs::path write(const std::string& name, const std::string& text) {
    const fs::path file = dir.path() / name;
    std::ofstream(file) << text;
    return file;
  }
  std::string error_of(const std::string& text) {
    const fs::path file = write("site.json", text);
    try {
      load_source_config(file);
    } catch (const SourceConfigError& e) {
      return e.what();
    }
    return "(loaded)";
  }
};

TEST_F(SourceConfigFile, TheBundledSourcesLoad) {
  const auto sources = load_source_configs(fs::path(DIPSEARCH_SAMPLE_DIR).parent_path() / "sources");
  ASSERT_GE(sources.size(), 4u);
  for (const auto& s : sources) {
    EXPECT_FALSE(list_page_url(s, 1).empty()) << s.name;
    EXPECT_EQ(s.politeness.delay_seconds, 1.0) << s.name;  // one request a second
  }
}

TEST_F(SourceConfigFile, AGoodFileWithDefaults) {
  const SourceConfig s = load_source_config(write("example.json", kGood + "}"));
  EXPECT_EQ(s.name, "example");
  EXPECT_EQ(list_page_url(s, 3), "https://example.org/list?page=3");
  EXPECT_EQ(release_page_url(s, "42"), "https://example.org/view.do?seq=42");
  EXPECT_EQ(s.politeness.retries, 3);
  EXPECT_EQ(s.first_page, 1);
}

TEST_F(SourceConfigFile, MistakesAreNamed) {
  const std::string file = (dir.path() / "site.json").string();
  EXPECT_EQ(error_of("[1]"), file + ": must hold a JSON object");
  EXPECT_NE(error_of("{").find(file + ": not JSON"), std::string::npos);
  EXPECT_EQ(error_of(kGood + ", \"colour\": 1}"), file + ": \"colour\" is not a known field");
  EXPECT_EQ(error_of(R"j({"lang": "en"})j"), file + ": \"list_url\" is missing");
  EXPECT_EQ(error_of(kGood + ", \"lang\": 3}").find(file), 0u);
  std::string text = kGood + "}";
  EXPECT_EQ(error_of(std::string(text).replace(text.find("{page}"), 6, "1")),
            file + ": \"list_url\" must contain {page} exactly once");
  EXPECT_EQ(error_of(std::string(text).replace(text.find("https://example.org/list"), 5, "ftp:/")),
            file + ": \"list_url\" must be an http(s) URL");
  EXPECT_EQ(error_of(std::string(text).replace(text.find("([0-9]+)"), 8, "[0-9]+")),
            file + ": \"release_link\" needs 1 capturing group (parentheses), has 0");
  EXPECT_NE(error_of(std::string(text).replace(text.find("([0-9]+)"), 8, "([0-9]+")).find("is not a regular expression"),
            std::string::npos);
  EXPECT_EQ(error_of(std::string(text).replace(text.find("ex-en-"), 6, "ex en")),
            file + ": \"id_prefix\" may hold only A-Z, a-z, 0-9, '.', '_' and '-'");
  EXPECT_EQ(error_of(kGood + R"j(, "politeness": {"delay_seconds": -1}})j"),
            file + ": \"politeness.delay_seconds\" must be from 0 to 3600");
  EXPECT_EQ(error_of(kGood + R"j(, "politeness": {"retries": 1.5}})j"),
            file + ": \"politeness.retries\" must be a whole number");
  EXPECT_EQ(error_of(kGood + R"j(, "politeness": {"speed": 1}})j"),
            file + ": \"politeness.speed\" is not a known setting");
  EXPECT_EQ(error_of(kGood + R"j(, "list_date": "([0-9]{4})-([0-9]{2})"})j"),
            file + ": \"list_date\" needs 3 capturing groups (parentheses), has 2");
}

TEST_F(SourceConfigFile, ADirectoryWithoutSourcesIsAnError) {
  EXPECT_THROW(load_source_configs(dir.path()), SourceConfigError);
  EXPECT_THROW(load_source_configs(dir.path() / "missing"), SourceConfigError);
}

}  // namespace
}  // namespace dipsearch::fetcher
