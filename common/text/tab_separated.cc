// Line splitting and the byte-order mark, comment and CRLF rules of tab-separated data files.
#include "common/text/tab_separated.h"

#include "common/text/normalize.h"

namespace dipsearch::text {
namespace {

bool is_padding(char c) { return c == ' ' || c == '\t' || c == '\r'; }

}  // namespace

std::string trim_field(std::string_view field) {
  size_t begin = 0;
  size_t end = field.size();
  while (begin < end && is_padding(field[begin])) ++begin;
  while (end > begin && is_padding(field[end - 1])) --end;
  return std::string(field.substr(begin, end - begin));
}

std::vector<std::string> split_trimmed(std::string_view text, char separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    const size_t end = text.find(separator, start);
    parts.push_back(trim_field(text.substr(start, end == std::string_view::npos ? end : end - start)));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

TabSeparatedLines::TabSeparatedLines(const std::filesystem::path& file)
    : file_(file.string()), in_(file, std::ios::binary) {}

bool TabSeparatedLines::next() {
  while (std::getline(in_, line_)) {
    ++number_;
    if (!line_.empty() && line_.back() == '\r') line_.pop_back();
    if (number_ == 1 && line_.rfind("\xEF\xBB\xBF", 0) == 0) line_.erase(0, 3);
    const std::string trimmed = trim_field(line_);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    valid_utf8_ = is_valid_utf8(line_);
    fields_ = valid_utf8_ ? split_trimmed(line_, '\t') : std::vector<std::string>{};
    return true;
  }
  return false;
}

std::string TabSeparatedLines::where() const { return file_ + ":" + std::to_string(number_); }

}  // namespace dipsearch::text
