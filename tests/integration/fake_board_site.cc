// The fake board's routes (see fake_board_site.h).
#include "fake_board_site.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <stdexcept>

namespace dipsearch::testing {
namespace {

std::string etag_of(const std::string& html) { return "\"" + std::to_string(std::hash<std::string>{}(html)) + "\""; }

constexpr const char* kRobots =
    "# Robots may read the board, not the private pages.\n"
    "User-agent: *\n"
    "Disallow: /private/\n";

}  // namespace

std::string board_release_page(const std::string& title, const std::string& date, const std::string& body) {
  return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title +
         " | Ministry</title></head>\n<body><nav><a href=\"/board/list.do?page=1\">Press Releases</a></nav>\n"
         "<div class=\"board-view\"><h4 class=\"title\">" + title + "</h4>\n<p class=\"date\">Date : " + date +
         "</p>\n<div class=\"content\"><p>" + body + "</p></div></div>\n<footer>Copyright Ministry</footer></body></html>\n";
}

FakeBoardSite::FakeBoardSite() {
  server_.Get("/robots.txt", [this](const httplib::Request& req, httplib::Response& res) {
    record(req);
    res.set_content(kRobots, "text/plain");
  });
  server_.Get("/board/list.do", [this](const httplib::Request& req, httplib::Response& res) {
    record(req);
    serve_list(req, res);
  });
  server_.Get("/board/view.do", [this](const httplib::Request& req, httplib::Response& res) {
    record(req);
    serve_release(req, res, false);
  });
  server_.Get("/moved/view.do", [this](const httplib::Request& req, httplib::Response& res) {
    record(req);
    serve_release(req, res, true);
  });
  server_.Get("/private/view.do", [this](const httplib::Request& req, httplib::Response& res) {
    record(req);
    serve_release(req, res, true);
  });
  server_.set_read_timeout(5, 0);
  server_.set_write_timeout(5, 0);
  port_ = server_.bind_to_any_port("127.0.0.1");
  if (port_ <= 0) throw std::runtime_error("the fake board site cannot bind 127.0.0.1");
  thread_ = std::thread([this] { server_.listen_after_bind(); });
  // stop() before the loop runs would be lost and the join would hang: wait (bounded) for it.
  for (int i = 0; i < 500 && !server_.is_running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  if (!server_.is_running()) {
    std::fprintf(stderr, "the fake board site did not start within 5 s\n");
    std::abort();  // its thread may still start and would outlive the object
  }
}

FakeBoardSite::~FakeBoardSite() {
  server_.stop();
  if (thread_.joinable()) thread_.join();
}

void FakeBoardSite::put(int seq, Release release) {
  std::lock_guard<std::mutex> lock(mutex_);
  releases_[seq] = std::move(release);
  served_.erase(seq);
}

void FakeBoardSite::remove(int seq) {
  std::lock_guard<std::mutex> lock(mutex_);
  releases_.erase(seq);
}

void FakeBoardSite::list(int page, std::vector<int> seqs) {
  std::lock_guard<std::mutex> lock(mutex_);
  pages_[page] = std::move(seqs);
}

void FakeBoardSite::record(const httplib::Request& req) {
  std::string path = req.path;
  std::string query;
  for (const auto& [key, value] : req.params) query += (query.empty() ? "?" : "&") + key + "=" + value;
  std::lock_guard<std::mutex> lock(mutex_);
  requests_.push_back(path + query);
  user_agent_ = req.get_header_value("User-Agent");
}

int FakeBoardSite::hits(const std::string& path_query) const {
  std::lock_guard<std::mutex> lock(mutex_);
  int n = 0;
  for (const auto& r : requests_) n += r == path_query;
  return n;
}

std::vector<std::string> FakeBoardSite::requests() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return requests_;
}

std::string FakeBoardSite::last_user_agent() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return user_agent_;
}

void FakeBoardSite::clear_requests() {
  std::lock_guard<std::mutex> lock(mutex_);
  requests_.clear();
}

void FakeBoardSite::serve_list(const httplib::Request& req, httplib::Response& res) {
  const int page = std::atoi(req.get_param_value("page").c_str());
  std::string rows;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    const auto listed = pages_.find(page);
    if (listed != pages_.end()) {
      for (int seq : listed->second) {
        const auto it = releases_.find(seq);
        const std::string date = it == releases_.end() ? "2026-01-01" : it->second.date;
        // Relative links with the board's extra parameters, as the real boards write them.
        rows += "<tr><td>" + std::to_string(seq) + "</td><td class=\"title\"><a href=\"view.do?seq=" +
                std::to_string(seq) + "&amp;page=" + std::to_string(page) + "\">Release " + std::to_string(seq) +
                "</a></td><td>" + date + "</td></tr>\n";
      }
    }
  }
  res.set_content("<html><body><ul class=\"menu\"><li><a href=\"/\">Home</a></li>"
                  "<li><a href=\"mailto:press@example.org\">Contact</a></li></ul>\n<table class=\"board\">\n" +
                      rows + "</table>\n<div class=\"paging\"><a href=\"list.do?page=" + std::to_string(page + 1) +
                      "\">next</a></div></body></html>\n",
                  "text/html; charset=utf-8");
}

void FakeBoardSite::serve_release(const httplib::Request& req, httplib::Response& res, bool final_hop) {
  const int seq = std::atoi(req.get_param_value("seq").c_str());
  Release release;
  int served = 0;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    const auto it = releases_.find(seq);
    if (it == releases_.end()) {
      res.status = 404;
      res.set_content("<html><body>No such article</body></html>", "text/html");
      return;
    }
    release = it->second;
    served = served_[seq]++;
  }
  switch (release.behaviour) {
    case Behaviour::kGone: res.status = 404; return;
    case Behaviour::kServerError: res.status = 500; return;
    case Behaviour::kErrorOnce:
      if (served == 0) {
        res.status = 500;
        return;
      }
      break;
    case Behaviour::kSlow: std::this_thread::sleep_for(std::chrono::milliseconds(kSlowMilliseconds)); break;
    case Behaviour::kRedirect:
    case Behaviour::kForbidden:
      if (!final_hop) {
        res.set_redirect(std::string(release.behaviour == Behaviour::kRedirect ? "/moved" : "/private") +
                         "/view.do?seq=" + std::to_string(seq));
        return;
      }
      break;
    case Behaviour::kPage: break;
  }
  const std::string etag = etag_of(release.html);
  if (req.get_header_value("If-None-Match") == etag) {
    res.status = 304;
    res.set_header("ETag", etag);
    return;
  }
  res.set_header("ETag", etag);
  res.set_content(release.html, "text/html; charset=utf-8");
}

}  // namespace dipsearch::testing
