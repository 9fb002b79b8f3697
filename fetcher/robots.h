// robots.txt (RFC 9309): the rules of the group for our product token, else of "*";
// the longest matching path pattern decides, "allow" winning ties; "*" and "$" in patterns.
// Crawl-delay, though not in the RFC, is honoured when it asks for more than our delay.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dipsearch::fetcher {

class RobotsRules {
 public:
  // Rules for `agent_token` (matched case-insensitively against user-agent lines). At most
  // the first 500 KiB are read, as the RFC allows.
  static RobotsRules parse(std::string_view text, std::string_view agent_token);
  static RobotsRules allow_all();
  static RobotsRules disallow_all();

  // `path` is the URL's path and query ("/eng/brd/m_5676/view.do?seq=1").
  bool allowed(std::string_view path) const;
  std::optional<double> crawl_delay() const { return crawl_delay_; }

 private:
  struct Rule {
    bool allow;
    std::string pattern;
  };
  std::vector<Rule> rules_;
  std::optional<double> crawl_delay_;
  bool disallow_everything_ = false;
};

}  // namespace dipsearch::fetcher
