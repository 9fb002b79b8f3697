// Reading releases.tsv: tab-separated columns, every value checked before any is scored.
#include "bench/entities/gold_set.h"

#include <algorithm>
#include <set>

#include "common/entities/country_catalog.h"
#include "common/text/tab_separated.h"

namespace dipsearch::entities_eval {
namespace {

bool is_release_id(const std::string& id) {
  if (id.empty() || id.size() > 128) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '_' || c == '-';
  });
}

}  // namespace

std::vector<GoldRelease> load_gold_set(const std::filesystem::path& file) {
  std::vector<GoldRelease> out;
  std::set<std::string> ids;
  text::TabSeparatedLines lines(file);
  if (!lines.is_open()) throw GoldSetError(file.string() + ": cannot read the gold set");
  while (lines.next()) {
    const std::string where = lines.where() + ": ";
    if (!lines.valid_utf8()) throw GoldSetError(where + "not valid UTF-8");
    std::vector<std::string> columns = lines.fields();
    if (columns.size() == 4 && columns[3].rfind('#', 0) == 0) columns.pop_back();
    if (columns.size() != 3) {
      throw GoldSetError(where + "expected id<TAB>countries<TAB>officials[<TAB># note], found " +
                         std::to_string(columns.size()) + " column(s)");
    }
    GoldRelease r;
    r.id = columns[0];
    r.line = lines.line_number();
    if (!is_release_id(r.id)) throw GoldSetError(where + "\"" + r.id + "\" is not a release id");
    if (!ids.insert(r.id).second) {
      throw GoldSetError(where + "release " + r.id + " is listed twice");
    }

    const std::string& countries = columns[1];
    if (countries != "-") {
      for (const std::string& code : text::split_trimmed(countries, ' ')) {
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

    const std::string& officials = columns[2];
    if (officials != "-") {
      for (const std::string& part : text::split_trimmed(officials, ';')) {
        const std::string& name = part;
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
