// Reading the project's tab-separated data files (reference data, catalogs, gold sets): one
// reader, so that every such file takes comments, a byte-order mark and CRLF line ends alike and
// every complaint names the file and the line.
#pragma once

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace dipsearch::text {

// The field without the spaces, tabs and carriage returns around it.
std::string trim_field(std::string_view field);

// The text split at each separator, each part trimmed; an empty text is one empty part.
std::vector<std::string> split_trimmed(std::string_view text, char separator);

// The lines of a tab-separated file that are neither blank nor comments ('#' first).
class TabSeparatedLines {
 public:
  explicit TabSeparatedLines(const std::filesystem::path& file);

  bool is_open() const { return static_cast<bool>(in_); }
  // Moves to the next data line; false at the end of the file.
  bool next();
  const std::vector<std::string>& fields() const { return fields_; }
  // "file:line", for messages.
  std::string where() const;
  size_t line_number() const { return number_; }
  bool valid_utf8() const { return valid_utf8_; }

 private:
  std::string file_;
  std::ifstream in_;
  std::string line_;
  std::vector<std::string> fields_;
  size_t number_ = 0;
  bool valid_utf8_ = true;
};

// Calls row(fields, where) for each data line, where = "file:line". Throws
// Error("<file>: cannot read the <what>") when the file cannot be opened and
// Error("<where>: not valid UTF-8") for such a line; row throws for what it refuses.
template <typename Error, typename Row>
void read_tab_separated(const std::filesystem::path& file, const std::string& what, Row&& row) {
  TabSeparatedLines lines(file);
  if (!lines.is_open()) throw Error(file.string() + ": cannot read the " + what);
  while (lines.next()) {
    if (!lines.valid_utf8()) throw Error(lines.where() + ": not valid UTF-8");
    row(lines.fields(), lines.where());
  }
}

}  // namespace dipsearch::text
