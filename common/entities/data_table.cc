// Tab-separated reference data files (see data_table.h).
#include "common/entities/data_table.h"

#include <fstream>

#include "common/entities/data_error.h"
#include "common/text/normalize.h"

namespace dipsearch::entities {

std::string trim_blanks(std::string_view s) {
  size_t b = 0;
  size_t e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return std::string(s.substr(b, e - b));
}

void read_data_table(const std::filesystem::path& file, const char* what, const DataRow& row) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw DataError(file.string() + ": cannot read the " + what);
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    const std::string where = file.string() + ":" + std::to_string(number);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    const std::string trimmed = trim_blanks(line);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    if (!text::is_valid_utf8(line)) throw DataError(where + ": not valid UTF-8");
    std::vector<std::string> fields;
    size_t pos = 0;
    while (true) {
      const size_t tab = line.find('\t', pos);
      fields.push_back(trim_blanks(line.substr(pos, tab == std::string::npos ? tab : tab - pos)));
      if (tab == std::string::npos) break;
      pos = tab + 1;
    }
    row(fields, where);
  }
}

}  // namespace dipsearch::entities
