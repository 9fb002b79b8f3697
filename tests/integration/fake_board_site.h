// A ministry's press-release board, played on 127.0.0.1 for dipsearch-fetch tests: numbered
// list pages of release links, release pages with ETags, robots.txt, and the troubles real
// sites have (a 500, a slow answer, a redirect, a page gone). Pages are the tests' own words.
#pragma once

#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>

namespace dipsearch::testing {

class FakeBoardSite {
 public:
  // What a release's URL answers.
  enum class Behaviour {
    kPage,         // 200 with the page and its ETag; 304 to a matching If-None-Match
    kServerError,  // 500 every time
    kErrorOnce,    // 500 the first time, then the page
    kSlow,         // the page, after longer than the fetcher waits
    kRedirect,     // 302 to /moved/view.do?seq=N, which serves the page
    kForbidden,    // 302 to /private/view.do?seq=N, which robots.txt forbids
    kGone,         // 404
  };
  struct Release {
    std::string html;
    std::string date;  // shown in the list row, YYYY-MM-DD
    Behaviour behaviour = Behaviour::kPage;
  };

  FakeBoardSite();
  ~FakeBoardSite();  // stops the server; every handler is bounded
  FakeBoardSite(const FakeBoardSite&) = delete;
  FakeBoardSite& operator=(const FakeBoardSite&) = delete;

  int port() const { return port_; }
  std::string base() const { return "http://127.0.0.1:" + std::to_string(port_); }

  // Sets release `seq`; its list page is where list(page) puts it.
  void put(int seq, Release release);
  void remove(int seq);
  // The releases of list page `page`, newest first (pages past the last list nothing).
  void list(int page, std::vector<int> seqs);

  // Requests so far for a path ("/board/view.do?seq=3"), and every request's path in order.
  int hits(const std::string& path_query) const;
  std::vector<std::string> requests() const;
  std::string last_user_agent() const;
  void clear_requests();

  // How long a kSlow answer takes.
  static constexpr int kSlowMilliseconds = 1500;

 private:
  void serve_list(const httplib::Request& req, httplib::Response& res);
  void serve_release(const httplib::Request& req, httplib::Response& res, bool final_hop);
  void record(const httplib::Request& req);

  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
  mutable std::mutex mutex_;
  std::map<int, Release> releases_;
  std::map<int, std::vector<int>> pages_;
  std::map<int, int> served_;  // answers given per release, for kErrorOnce
  std::vector<std::string> requests_;
  std::string user_agent_;
};

// The page of one release, as the board prints it.
std::string board_release_page(const std::string& title, const std::string& date, const std::string& body);

}  // namespace dipsearch::testing
