// Reading releases.tsv: tab-separated columns, every value checked before any is scored.
#include "bench/entities/gold_set.h"

#include <algorithm>
#include <fstream>
#include <set>

#include "common/entities/country_catalog.h"

namespace dipsearch::entities_eval {
namespace {

std::string trim(const std::string& s) {
  const size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

std::vector<std::string> split(const std::string& s, char separator) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    const size_t end = s.find(separator, start);
    out.push_back(s.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) return out;
    start = end + 1;
  }
}

bool is_release_id(const std::string& id) {
  if (id.empty() || id.size() > 128) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '_' || c == '-';
  });
}

}  // namespace

std::vector<GoldRelease> load_gold_set(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw GoldSetError(file.string() + ": cannot read the gold set");
  std::vector<GoldRelease> out;
  std::set<std::string> ids;
  std::string text;
  size_t number = 0;
  while (std::getline(in, text)) {
    ++number;
    const std::string where = file.string() + ":" + std::to_string(number) + ": ";
    if (!text.empty() && text.back() == '\r') text.pop_back();
    if (trim(text).empty() || trim(text)[0] == '#') continue;
    std::vector<std::string> columns = split(text, '\t');
    if (columns.size() == 4 && trim(columns[3]).rfind('#', 0) == 0) columns.pop_back();
    if (columns.size() != 3) {
      throw GoldSetError(where + "expected id<TAB>countries<TAB>officials[<TAB># note], found " +
                         std::to_string(columns.size()) + " column(s)");
    }
    GoldRelease r;
    r.id = trim(columns[0]);
    r.line = number;
    if (!is_release_id(r.id)) throw GoldSetError(where + "\"" + r.id + "\" is not a release id");
    if (!ids.insert(r.id).second) {
      throw GoldSetError(where + "release " + r.id + " is listed twice");
    }

    const std::string countries = trim(columns[1]);
    if (countries != "-") {
      for (const std::string& code : split(countries, ' ')) {
        if (code.empty()) continue;
        if (!entities::is_known_country_code(code)) {
          throw GoldSetError(where + "\"" + code + "\" is not an ISO 3166-1 alpha-2 code");
        }
        r.countries.push_back(code);
      }
      if (r.countries.empty()) throw GoldSetError(where + "no countries: write - for none");
    }
    std::sort(r.countries.begin(), r.countries.end());
    if (std::adjacent_find(r.countries.begin(), r.countries.end()) != r.countries.end()) {
      throw GoldSetError(where + "a country is listed twice");
    }

    const std::string officials = trim(columns[2]);
    if (officials != "-") {
      for (const std::string& part : split(officials, ';')) {
        const std::string name = trim(part);
        if (name.empty()) throw GoldSetError(where + "an empty official between ';' separators");
        if (std::find(r.officials.begin(), r.officials.end(), name) != r.officials.end()) {
          throw GoldSetError(where + "official \"" + name + "\" is listed twice");
        }
        r.officials.push_back(name);
      }
    }
    out.push_back(std::move(r));
  }
  return out;
}

std::filesystem::path default_gold_file() { return DIPSEARCH_ENTITIES_GOLD_FILE; }

}  // namespace dipsearch::entities_eval
