// Reading the tab-separated reference data files under data/ (countries, links): one row a
// line, '#' comments, errors that name the file and the line.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace dipsearch::entities {

// s without the blanks (spaces, tabs, carriage returns) at either end.
std::string trim_blanks(std::string_view s);

// Calls row(fields, where) for each line of a tab-separated data file that is not empty or a
// comment, with its fields trimmed and "file:line" for messages. Tolerates a byte-order mark
// and CRLF line ends. Throws DataError when the file cannot be read (what names it) or a line
// is not valid UTF-8.
using DataRow = std::function<void(const std::vector<std::string>& fields, const std::string& where)>;
void read_data_table(const std::filesystem::path& file, const char* what, const DataRow& row);

}  // namespace dipsearch::entities
