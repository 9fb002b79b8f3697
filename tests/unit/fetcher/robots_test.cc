// robots.txt as RFC 9309 reads it: our group or "*", the longest match deciding, wildcards,
// and sites that cannot be read.
#include "fetcher/robots.h"

#include <gtest/gtest.h>

namespace dipsearch::fetcher {
namespace {

TEST(Robots, TheGroupNamingUsWinsOverTheStarGroup) {
  const auto rules = RobotsRules::parse(
      "User-agent: *\nDisallow: /\n\nUser-agent: Dipsearch-Fetch/0.1\nDisallow: /private/\n", "dipsearch-fetch");
  EXPECT_TRUE(rules.allowed("/board/view.do?seq=1"));
  EXPECT_FALSE(rules.allowed("/private/page"));
}

TEST(Robots, WithoutOurGroupTheStarGroupApplies) {
  const auto rules = RobotsRules::parse("User-agent: otherbot\nDisallow: /\n\nUser-agent: *\nDisallow: /cgi\n",
                                        "dipsearch-fetch");
  EXPECT_TRUE(rules.allowed("/board/list.do"));
  EXPECT_FALSE(rules.allowed("/cgi-bin/x"));
}

TEST(Robots, TheLongestMatchDecidesAndAllowWinsTies) {
  const auto rules =
      RobotsRules::parse("User-agent: *\nDisallow: /eng/\nAllow: /eng/brd/\nDisallow: /x\nAllow: /x\n", "bot");
  EXPECT_FALSE(rules.allowed("/eng/about"));
  EXPECT_TRUE(rules.allowed("/eng/brd/m_5676/list.do"));
  EXPECT_TRUE(rules.allowed("/x"));
}

TEST(Robots, WildcardsAndEndAnchors) {
  const auto rules = RobotsRules::parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?print=\n", "bot");
  EXPECT_FALSE(rules.allowed("/files/a.pdf"));
  EXPECT_TRUE(rules.allowed("/files/a.pdf.html"));
  EXPECT_FALSE(rules.allowed("/view.do?print=1"));
  EXPECT_TRUE(rules.allowed("/view.do?seq=1"));
}

TEST(Robots, CommentsEmptyDisallowAndCrawlDelay) {
  const auto rules = RobotsRules::parse("# hello\nUser-agent: * # all\nDisallow:\nCrawl-delay: 4.5\n", "bot");
  EXPECT_TRUE(rules.allowed("/anything"));
  ASSERT_TRUE(rules.crawl_delay().has_value());
  EXPECT_DOUBLE_EQ(*rules.crawl_delay(), 4.5);
  EXPECT_FALSE(RobotsRules::parse("User-agent: *\nCrawl-delay: soon\n", "bot").crawl_delay().has_value());
}

TEST(Robots, ClosedSitesForbidEverythingButRobotsTxt) {
  const auto closed = RobotsRules::disallow_all();
  EXPECT_FALSE(closed.allowed("/"));
  EXPECT_TRUE(RobotsRules::allow_all().allowed("/private/"));
}

TEST(Robots, AHostilePatternCostsBoundedWork) {
  const std::string pattern(2000, '*');
  const auto rules = RobotsRules::parse("User-agent: *\nDisallow: " + pattern + "a$\n", "bot");
  EXPECT_TRUE(rules.allowed("/" + std::string(3000, 'b')));
}

}  // namespace
}  // namespace dipsearch::fetcher
