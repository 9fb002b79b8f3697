// Release links on list pages: relative links resolved, ids checked, each once, dates from
// the row, and broken markup read anyway.
#include "fetcher/list_page.h"

#include <gtest/gtest.h>

namespace dipsearch::fetcher {
namespace {

SourceConfig board() {
  SourceConfig s;
  s.name = "board";
  s.lang = "en";
  s.id_prefix = "ex-en-";
  s.release_link = "/brd/view\\.do\\?(?:[^#]*&)?seq=([^&#]+)";
  s.list_date = "([0-9]{4})[-.]([0-9]{2})[-.]([0-9]{2})";
  return s;
}

constexpr const char* kPage = "https://example.org/brd/list.do?page=1";

TEST(ListPage, RelativeLinksIdsAndRowDates) {
  const ListPage page = ListPageReader(board()).read(
      "<table><tr><td><a href='view.do?page=1&amp;seq=12'>A</a></td><td>2026.11.30</td></tr>"
      "<tr><td><a href='/brd/view.do?seq=11#top'>B</a></td><td>no date</td></tr>"
      "<tr><td><a href='view.do?seq=12'>A again</a></td></tr></table>"
      "<a href='mailto:x@example.org'>mail</a><a href='list.do?page=2'>next</a>",
      kPage);
  ASSERT_EQ(page.releases.size(), 2u);
  EXPECT_EQ(page.releases[0].id, "12");
  EXPECT_EQ(page.releases[0].link, "https://example.org/brd/view.do?page=1&seq=12");
  EXPECT_EQ(page.releases[0].date, "2026-11-30");
  EXPECT_EQ(page.releases[1].id, "11");
  EXPECT_EQ(page.releases[1].date, "");
  EXPECT_EQ(page.links, 5u);
}

TEST(ListPage, IdsThatCannotBeReleaseIdsAreReportedNotUsed) {
  const ListPage page = ListPageReader(board()).read("<a href='view.do?seq=..%2Fetc'>x</a><a href='view.do?seq=7'>y</a>", kPage);
  ASSERT_EQ(page.releases.size(), 1u);
  EXPECT_EQ(page.releases[0].id, "7");
  ASSERT_EQ(page.bad_ids.size(), 1u);
}

TEST(ListPage, BrokenMarkupAndEmptyPages) {
  EXPECT_EQ(ListPageReader(board()).read("<tr><td><a href=view.do?seq=5>unclosed", kPage).releases.size(), 1u);
  EXPECT_TRUE(ListPageReader(board()).read("", kPage).releases.empty());
  EXPECT_TRUE(ListPageReader(board()).read(std::string("\0\xff\xfe<a", 5), kPage).releases.empty());
}

TEST(ListPage, ImpossibleRowDatesAreLeftEmpty) {
  const ListPage page =
      ListPageReader(board()).read("<li><a href='view.do?seq=3'>x</a> 2026-13-45</li>", kPage);
  ASSERT_EQ(page.releases.size(), 1u);
  EXPECT_EQ(page.releases[0].date, "");
}

}  // namespace
}  // namespace dipsearch::fetcher
