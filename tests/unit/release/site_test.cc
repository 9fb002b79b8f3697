// Sites of releases: URL hosts, site keys and the catalog's labels, including the catalog
// lines an admin can get wrong.
#include "common/release/site.h"

#include <gtest/gtest.h>

#include "release_test_support.h"

namespace dipsearch {
namespace {

using testing_support::ScratchDir;

struct HostRow {
  const char* url;
  const char* host;
};

class Hosts : public ::testing::TestWithParam<HostRow> {};

TEST_P(Hosts, AreReadFromHttpUrlsOnly) { EXPECT_EQ(site_host(GetParam().url), GetParam().host); }

INSTANTIATE_TEST_SUITE_P(
    Urls, Hosts,
    ::testing::Values(HostRow{"https://WWW.mofa.go.kr:443/eng/view.do?seq=1", "www.mofa.go.kr"},
                      HostRow{"http://example.org", "example.org"}, HostRow{"HTTP://Example.ORG./a", "example.org"},
                      HostRow{"https://user:pw@press.example.int/x#y", "press.example.int"},
                      HostRow{"javascript:alert(1)", ""}, HostRow{"ftp://example.org/", ""}, HostRow{"", ""},
                      HostRow{"https://", ""}, HostRow{"https://exa mple.org/", ""}, HostRow{"https://예시.kr/", ""},
                      HostRow{"/relative/path", ""}));

TEST(SiteKeys, AreHostLikeNames) {
  EXPECT_TRUE(is_valid_site_key("mofa.go.kr"));
  EXPECT_TRUE(is_valid_site_key("sample"));
  EXPECT_FALSE(is_valid_site_key(""));
  EXPECT_FALSE(is_valid_site_key("Mofa.go.kr"));
  EXPECT_FALSE(is_valid_site_key("ministry of foreign affairs"));
  EXPECT_FALSE(is_valid_site_key(".kr"));
  EXPECT_FALSE(is_valid_site_key(std::string(254, 'a')));
}

TEST(SiteCatalog, GivesTheLongestKeysLabels) {
  ScratchDir dir;
  const auto file = dir.write("sites.tsv",
                              "# test catalog\n"
                              "mofa.go.kr\tMinistry of Foreign Affairs\t외교부\n"
                              "overseas.mofa.go.kr\tKorean embassies\t재외공관\n"
                              "sample\tInvented sample releases\t\n");
  const SiteCatalog catalog(file);
  EXPECT_EQ(catalog.size(), 3u);
  const Site ministry = catalog.site_of("https://www.mofa.go.kr/eng/view.do?seq=1", "");
  EXPECT_EQ(ministry.key, "mofa.go.kr");
  EXPECT_EQ(ministry.label, "Ministry of Foreign Affairs");
  EXPECT_EQ(ministry.label_ko, "외교부");
  EXPECT_EQ(catalog.site_of("https://overseas.mofa.go.kr/us-ko/x", "").key, "overseas.mofa.go.kr");
  EXPECT_EQ(catalog.site_of("https://notmofa.go.kr/x", "").key, "notmofa.go.kr");
  // Unknown hosts are their own key, without the web prefixes.
  const Site unknown = catalog.site_of("https://m.example.org/news/1", "");
  EXPECT_EQ(unknown.key, "example.org");
  EXPECT_EQ(unknown.label, "example.org");
  EXPECT_EQ(unknown.label_ko, "");
  // An explicit key wins over the URL.
  EXPECT_EQ(catalog.site_of("https://www.mofa.go.kr/x", "sample").label, "Invented sample releases");
  EXPECT_EQ(catalog.site_of("", "").key, "");
  EXPECT_EQ(catalog.site_of("javascript:alert(1)", "").key, "");
}

TEST(SiteCatalog, BadLinesNameFileAndLine) {
  ScratchDir dir;
  const auto error = [&](const std::string& text) {
    try {
      SiteCatalog(dir.write("sites.tsv", text));
    } catch (const SiteCatalogError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  EXPECT_NE(error("a.kr\tA\n").find("sites.tsv:1: expected key<TAB>label<TAB>label_ko"), std::string::npos);
  EXPECT_NE(error("# c\nA.KR\tA\tㄱ\n").find(":2: \"A.KR\" is not a site key"), std::string::npos);
  EXPECT_NE(error("a.kr\t\t\n").find(":1: site a.kr has no label"), std::string::npos);
  EXPECT_NE(error("a.kr\tA\t\na.kr\tB\t\n").find(":2: site a.kr is listed twice"), std::string::npos);
  EXPECT_NE(error("a.kr\t\xFF\t\n").find(":1: not valid UTF-8"), std::string::npos);
  EXPECT_THROW(SiteCatalog(dir.path() / "missing.tsv"), SiteCatalogError);
}

}  // namespace
}  // namespace dipsearch
