// Reading manifest.tsv: columns found by the header's names, every value checked before any
// page is scored, so a typo in the gold stops the run instead of counting as a failure.
#include "bench/pages/page_manifest.h"

#include <fstream>
#include <map>
#include <set>

#include "common/release/date_parser.h"
#include "common/release/release_id.h"
#include "common/release/site.h"
#include "common/release/text_lines.h"

namespace dipsearch::pages_eval {
namespace {

bool is_full_date(const std::string& date) {
  return date.size() == 10 && parse_iso_date(date).value_or("") == date;
}

}  // namespace

std::vector<GoldPage> load_manifest(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw ManifestError(file.string() + ": cannot read the manifest");
  std::string text;
  if (!std::getline(in, text)) throw ManifestError(file.string() + ": empty manifest, expected a header line");
  if (!text.empty() && text.back() == '\r') text.pop_back();
  const std::vector<std::string_view> header = release::split_tabs(text);
  const size_t columns = header.size();
  std::map<std::string, size_t> column;
  for (size_t i = 0; i < header.size(); ++i) column.emplace(std::string(header[i]), i);
  for (const char* required : {"id", "title", "date"}) {
    if (!column.count(required)) {
      throw ManifestError(file.string() + ":1: the header names no \"" + required +
                          "\" column (expected id, lang, url, source, title, date)");
    }
  }
  const auto field = [&](const std::vector<std::string_view>& values, const char* name) -> std::string {
    const auto it = column.find(name);
    return it == column.end() ? std::string() : std::string(values[it->second]);
  };

  std::vector<GoldPage> pages;
  std::set<std::string> ids;
  size_t number = 1;
  while (std::getline(in, text)) {
    ++number;
    if (!text.empty() && text.back() == '\r') text.pop_back();
    if (text.empty()) continue;
    const std::string where = file.string() + ":" + std::to_string(number) + ": ";
    const std::vector<std::string_view> values = release::split_tabs(text);
    if (values.size() != columns) {
      throw ManifestError(where + "expected " + std::to_string(columns) + " tab-separated columns, found " +
                          std::to_string(values.size()));
    }
    GoldPage page;
    page.id = field(values, "id");
    page.lang = field(values, "lang");
    page.url = field(values, "url");
    page.site = field(values, "source");
    page.title = field(values, "title");
    page.date = field(values, "date");
    page.line = number;
    if (!is_valid_release_id(page.id)) throw ManifestError(where + "\"" + page.id + "\" is not a release id");
    if (!ids.insert(page.id).second) throw ManifestError(where + "page " + page.id + " is listed twice");
    if (page.title.empty()) throw ManifestError(where + "page " + page.id + " has an empty title");
    if (!page.date.empty() && !is_full_date(page.date)) {
      throw ManifestError(where + "\"" + page.date + "\" is not a date in YYYY-MM-DD");
    }
    if (!page.lang.empty() && page.lang != "en" && page.lang != "ko") {
      throw ManifestError(where + "lang \"" + page.lang + "\" is neither en nor ko");
    }
    if (page.site.empty()) page.site = site_host(page.url);
    pages.push_back(std::move(page));
  }
  return pages;
}

}  // namespace dipsearch::pages_eval
