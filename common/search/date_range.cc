// Parsing of user-written dates into date-slot bounds.
#include "common/search/date_range.h"

#include <cctype>
#include <cstdio>
#include <string>

namespace dipsearch {
namespace {

struct Parts {
  int year = 0, month = 0, day = 0;  // 0 = not given
};

bool digits(std::string_view s, size_t n) {
  if (s.size() != n) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::optional<Parts> parse(std::string_view text) {
  Parts p;
  if (!digits(text.substr(0, 4), 4)) return std::nullopt;
  p.year = std::stoi(std::string(text.substr(0, 4)));
  if (p.year < 1000) return std::nullopt;
  if (text.size() == 4) return p;
  if (text.size() < 7 || text[4] != '-' || !digits(text.substr(5, 2), 2)) return std::nullopt;
  p.month = std::stoi(std::string(text.substr(5, 2)));
  if (p.month < 1 || p.month > 12) return std::nullopt;
  if (text.size() == 7) return p;
  if (text.size() != 10 || text[7] != '-' || !digits(text.substr(8, 2), 2)) return std::nullopt;
  p.day = std::stoi(std::string(text.substr(8, 2)));
  if (p.day < 1 || p.day > days_in_month(p.year, p.month)) return std::nullopt;
  return p;
}

std::string format(const Parts& p, bool upper) {
  char buf[16];
  int month = p.month ? p.month : (upper ? 99 : 0);
  int day = p.day ? p.day : (upper ? 99 : 0);
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", p.year, month, day);
  return buf;
}

}  // namespace

std::optional<std::string> date_lower_bound(std::string_view text) {
  auto p = parse(text);
  return p ? std::optional<std::string>(format(*p, false)) : std::nullopt;
}

std::optional<std::string> date_upper_bound(std::string_view text) {
  auto p = parse(text);
  return p ? std::optional<std::string>(format(*p, true)) : std::nullopt;
}

}  // namespace dipsearch
