// Fetching the way a guest should: robots.txt read once per site and obeyed on every hop,
// one request at a time per site with the source's delay between them (longer when
// robots.txt asks), retries with growing pauses for what may pass (timeouts, 5xx, 429,
// honouring Retry-After), redirects followed by hand with loops caught, and answers that
// are not HTML refused.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>

#include "fetcher/http_client.h"
#include "fetcher/robots.h"
#include "fetcher/source_config.h"

namespace dipsearch::fetcher {

enum class FetchStatus { kOk, kNotModified, kDisallowed, kFailed };

struct FetchResult {
  FetchStatus status = FetchStatus::kFailed;
  std::string url;        // where the answer came from, after redirects
  HttpResponse response;  // the last answer; its body for kOk
  std::string error;      // kFailed, kDisallowed: what happened; names the URL only when a redirect led elsewhere
};

// Validators of the copy we have, for a conditional request.
struct Validators {
  std::string etag;
  std::string last_modified;
};

class PoliteFetcher {
 public:
  // `robots_token` is the product token robots.txt groups name ("dipsearch-fetch").
  PoliteFetcher(HttpClient& http, std::string robots_token);

  FetchResult fetch(const std::string& url, const Politeness& politeness, const Validators& validators = {});

  size_t requests() const { return requests_; }

 private:
  struct Site {
    RobotsRules rules;
    std::string robots_problem;  // why the site counts as closed, when robots.txt could not be read
    std::chrono::steady_clock::time_point next_request{};
  };

  Site& site(const std::string& origin, const Politeness& politeness);
  void wait_turn(Site& site, const Politeness& politeness);
  // One URL, retried as the politeness allows; never follows redirects.
  HttpResponse get(Site& site, const HttpRequest& request, const Politeness& politeness);

  HttpClient& http_;
  std::string robots_token_;
  std::map<std::string, Site> sites_;
  size_t requests_ = 0;
};

}  // namespace dipsearch::fetcher
