// Robots, delays, retries and redirects around HttpClient (see polite_fetcher.h).
#include "fetcher/polite_fetcher.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>
#include <thread>

#include "fetcher/url.h"

namespace dipsearch::fetcher {
namespace {

using Clock = std::chrono::steady_clock;

// robots.txt may ask for a longer delay than the source's, but not for more than this.
constexpr double kMaxCrawlDelaySeconds = 60;
// Nor may Retry-After hold a run up longer than this for one request.
constexpr double kMaxRetryAfterSeconds = 120;
constexpr size_t kMaxRobotsBytes = 2u << 20;

bool is_redirect(long status) {
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool worth_retrying(const HttpResponse& response) {
  if (response.status == 0) return response.transient;
  return response.status >= 500 || response.status == 429;
}

// Retry-After in seconds ("120"); an HTTP date is treated as absent.
std::optional<double> retry_after_seconds(const std::string& value) {
  if (value.empty() || value.find_first_not_of("0123456789") != std::string::npos || value.size() > 6) {
    return std::nullopt;
  }
  return std::atof(value.c_str());
}

bool is_html_type(const std::string& type) {
  return type.rfind("text/html", 0) == 0 || type.rfind("application/xhtml+xml", 0) == 0;
}

// An answer with no Content-Type is HTML when it starts like markup.
bool looks_like_html(const std::string& body) {
  const size_t first = body.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  return first != std::string::npos && body[first] == '<';
}

std::string describe(const HttpResponse& response) {
  return response.status == 0 ? response.error : "HTTP " + std::to_string(response.status);
}

}  // namespace

PoliteFetcher::PoliteFetcher(HttpClient& http, std::string robots_token)
    : http_(http), robots_token_(std::move(robots_token)) {}

void PoliteFetcher::wait_turn(Site& site, const Politeness& politeness) {
  const auto now = Clock::now();
  if (site.next_request > now) std::this_thread::sleep_until(site.next_request);
  double delay = politeness.delay_seconds;
  if (const auto asked = site.rules.crawl_delay()) delay = std::max(delay, std::min(*asked, kMaxCrawlDelaySeconds));
  site.next_request = Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(delay));
}

HttpResponse PoliteFetcher::get(Site& site, const HttpRequest& request, const Politeness& politeness) {
  HttpResponse response;
  for (int attempt = 0;; ++attempt) {
    wait_turn(site, politeness);
    ++requests_;
    response = http_.get(request);
    if (!worth_retrying(response) || attempt >= politeness.retries) return response;
    double pause = politeness.retry_backoff_seconds * std::pow(2.0, attempt);
    if (const auto asked = retry_after_seconds(response.retry_after)) {
      pause = std::max(pause, std::min(*asked, kMaxRetryAfterSeconds));
    }
    std::this_thread::sleep_for(std::chrono::duration<double>(pause));
  }
}

PoliteFetcher::Site& PoliteFetcher::site(const std::string& origin, const Politeness& politeness) {
  auto [it, inserted] = sites_.try_emplace(origin);
  Site& site = it->second;
  if (!inserted) return site;
  // RFC 9309: a robots.txt that is missing (4xx) allows everything; one that cannot be read
  // (5xx, no answer) forbids everything until it can.
  HttpRequest request{origin + "/robots.txt", {}, {}, politeness.timeout_seconds,
                      politeness.connect_timeout_seconds, kMaxRobotsBytes};
  std::set<std::string> seen;
  for (int hop = 0; hop <= std::max(politeness.max_redirects, 5); ++hop) {
    const HttpResponse response = get(site, request, politeness);
    if (is_redirect(response.status) && !response.location.empty() && seen.insert(response.location).second) {
      request.url = response.location;
      continue;
    }
    if (response.status == 200) {
      site.rules = RobotsRules::parse(response.body, robots_token_);
    } else if (response.status >= 400 && response.status < 500) {
      site.rules = RobotsRules::allow_all();
    } else {
      site.rules = RobotsRules::disallow_all();
      site.robots_problem = origin + "/robots.txt could not be read (" + describe(response) +
                            "), so the site counts as closed to robots for this run";
    }
    return site;
  }
  site.rules = RobotsRules::disallow_all();
  site.robots_problem = origin + "/robots.txt redirects too often, so the site counts as closed for this run";
  return site;
}

FetchResult PoliteFetcher::fetch(const std::string& url, const Politeness& politeness, const Validators& validators) {
  FetchResult result;
  std::string current = url;
  std::set<std::string> seen;
  for (int hop = 0; hop <= politeness.max_redirects; ++hop) {
    const auto parts = parse_url(current);
    if (!parts) {
      result.error = "'" + current.substr(0, 200) + "' is not an http(s) URL";
      return result;
    }
    // Errors name the URL only when a redirect led away from the one asked for.
    const std::string at = hop == 0 ? std::string() : " (at " + parts->url + ")";
    if (!seen.insert(parts->url).second) {
      result.error = "redirect loop back to " + parts->url;
      return result;
    }
    result.url = parts->url;
    Site& target = site(parts->origin, politeness);
    if (!target.rules.allowed(parts->path_query)) {
      result.status = FetchStatus::kDisallowed;
      result.error = !target.robots_problem.empty() ? target.robots_problem + at
                                                    : "forbidden to robots by " + parts->origin + "/robots.txt" + at;
      return result;
    }
    HttpRequest request{parts->url, hop == 0 ? validators.etag : "", hop == 0 ? validators.last_modified : "",
                        politeness.timeout_seconds, politeness.connect_timeout_seconds, politeness.max_bytes};
    result.response = get(target, request, politeness);
    const HttpResponse& response = result.response;
    if (is_redirect(response.status)) {
      if (response.location.empty()) {
        result.error = "redirect (HTTP " + std::to_string(response.status) + ") without a Location" + at;
        return result;
      }
      current = response.location;
      continue;
    }
    if (response.status == 304 && hop == 0 && (!validators.etag.empty() || !validators.last_modified.empty())) {
      result.status = FetchStatus::kNotModified;
      return result;
    }
    if (response.status != 200) {
      result.error = describe(response) + at;
      return result;
    }
    if (response.content_type.empty() ? !looks_like_html(response.body) : !is_html_type(response.content_type)) {
      result.error = "not an HTML page (Content-Type " +
                     (response.content_type.empty() ? std::string("missing") : "'" + response.content_type + "'") +
                     ")" + at;
      return result;
    }
    result.status = FetchStatus::kOk;
    return result;
  }
  result.error = "more than " + std::to_string(politeness.max_redirects) + " redirects";
  return result;
}

}  // namespace dipsearch::fetcher

