// robots.txt parsing and matching (see robots.h).
#include "fetcher/robots.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace dipsearch::fetcher {
namespace {

constexpr size_t kMaxRobotsBytes = 500 * 1024;

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Does `pattern` ("/a*b$") match the start of `path`? Iterative, with the classic
// backtracking of the last '*', so a hostile pattern costs O(len(path) × len(pattern)).
bool matches(std::string_view pattern, std::string_view path) {
  const bool anchored = !pattern.empty() && pattern.back() == '$';
  if (anchored) pattern.remove_suffix(1);
  size_t p = 0, s = 0, star = std::string_view::npos, star_s = 0;
  while (true) {
    if (p == pattern.size()) {
      if (!anchored || s == path.size()) return true;
    } else if (pattern[p] == '*') {
      star = p++;
      star_s = s;
      continue;
    } else if (s < path.size() && pattern[p] == path[s]) {
      ++p;
      ++s;
      continue;
    }
    if (star == std::string_view::npos || star_s >= path.size()) return false;
    p = star + 1;
    s = ++star_s;
  }
}

}  // namespace

RobotsRules RobotsRules::allow_all() { return RobotsRules(); }

RobotsRules RobotsRules::disallow_all() {
  RobotsRules rules;
  rules.disallow_everything_ = true;
  return rules;
}

RobotsRules RobotsRules::parse(std::string_view text, std::string_view agent_token) {
  if (text.size() > kMaxRobotsBytes) text = text.substr(0, kMaxRobotsBytes);
  const std::string token = lower(agent_token);
  RobotsRules ours, anyone;
  bool found_ours = false;
  // The group being read: does it name us, or "*"? Consecutive user-agent lines form one group.
  bool group_ours = false, group_anyone = false, in_agents = false;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    if (const size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string key = lower(trim(line.substr(0, colon)));
    const std::string_view value = trim(line.substr(colon + 1));
    if (key == "user-agent") {
      if (!in_agents) group_ours = group_anyone = false;
      in_agents = true;
      const std::string agent = lower(value);
      if (agent == "*") group_anyone = true;
      // A product token matches whatever version or comment follows it on the line.
      if (!token.empty() && agent.compare(0, token.size(), token) == 0 &&
          (agent.size() == token.size() || agent[token.size()] == '/' || agent[token.size()] == ' ')) {
        group_ours = true;
        found_ours = true;
      }
      continue;
    }
    in_agents = false;
    RobotsRules* targets[2] = {group_ours ? &ours : nullptr, group_anyone ? &anyone : nullptr};
    for (RobotsRules* rules : targets) {
      if (rules == nullptr) continue;
      if (key == "allow" || key == "disallow") {
        if (!value.empty()) rules->rules_.push_back({key == "allow", std::string(value)});
      } else if (key == "crawl-delay") {
        char* parsed_end = nullptr;
        const std::string number(value);
        const double seconds = std::strtod(number.c_str(), &parsed_end);
        if (parsed_end != number.c_str() && seconds >= 0 && seconds <= 86400) rules->crawl_delay_ = seconds;
      }
    }
  }
  return found_ours ? ours : anyone;
}

bool RobotsRules::allowed(std::string_view path) const {
  if (disallow_everything_) return false;
  if (path == "/robots.txt") return true;
  size_t best_length = 0;
  bool best_allow = true, any = false;
  for (const Rule& rule : rules_) {
    if (!matches(rule.pattern, path)) continue;
    const size_t length = rule.pattern.size();
    if (!any || length > best_length || (length == best_length && rule.allow && !best_allow)) {
      best_length = length;
      best_allow = rule.allow;
      any = true;
    }
  }
  return !any || best_allow;
}

}  // namespace dipsearch::fetcher
