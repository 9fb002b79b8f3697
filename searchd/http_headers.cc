// Case-insensitive header tokens, quality values and HTTP dates.
#include "searchd/http_headers.h"

#include <charconv>
#include <ctime>
#include <optional>

namespace dipsearch::searchd {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Calls fn(token, parameters) for each element of a comma-separated list.
template <typename Fn>
void for_each_element(std::string_view list, Fn fn) {
  while (!list.empty()) {
    const size_t comma = list.find(',');
    std::string_view element = list.substr(0, comma);
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    const size_t semicolon = element.find(';');
    std::string_view token = trim_ows(element.substr(0, semicolon));
    std::string_view params = semicolon == std::string_view::npos ? std::string_view() : element.substr(semicolon + 1);
    if (!token.empty()) fn(token, params);
  }
}

// The q parameter of an element's parameters ("q=0.5;level=1"); 1 when absent, nullopt
// when malformed.
std::optional<double> q_value(std::string_view params) {
  while (!params.empty()) {
    const size_t semicolon = params.find(';');
    std::string_view param = trim_ows(params.substr(0, semicolon));
    params = semicolon == std::string_view::npos ? std::string_view() : params.substr(semicolon + 1);
    if (param.size() < 2 || lower(param[0]) != 'q' || param[1] != '=') continue;
    std::string_view number = param.substr(2);
    double q = -1;
    auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), q);
    if (ec != std::errc() || end != number.data() + number.size() || q < 0 || q > 1) return std::nullopt;
    return q;
  }
  return 1.0;
}

}  // namespace

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

std::string_view trim_ows(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool has_token(std::string_view value, std::string_view token) {
  bool found = false;
  for_each_element(value, [&](std::string_view t, std::string_view) { found = found || iequals(t, token); });
  return found;
}

double quality_of(std::string_view accept, std::string_view token) {
  std::optional<double> named, wildcard;
  for_each_element(accept, [&](std::string_view t, std::string_view params) {
    const std::optional<double> q = q_value(params);
    if (!q) return;  // a malformed element counts as absent
    if (iequals(t, token)) named = named ? std::max(*named, *q) : *q;
    if (t == "*") wildcard = *q;
  });
  if (named) return *named;
  return wildcard.value_or(0.0);
}

std::string http_date(std::chrono::system_clock::time_point when) {
  const std::time_t t = std::chrono::system_clock::to_time_t(when);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char text[40];
  // Names spelled out: strftime's %a and %b follow the locale.
  static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  std::snprintf(text, sizeof text, "%s, %02d %s %04d %02d:%02d:%02d GMT", kDays[tm.tm_wday], tm.tm_mday,
                kMonths[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return text;
}

}  // namespace dipsearch::searchd
