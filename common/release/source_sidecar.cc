// Reading manifest.tsv: the header decides which column is what; each line is checked on its
// own, so one bad line costs only that line.
#include "common/release/source_sidecar.h"

#include "common/release/date_parser.h"
#include "common/release/file_bytes.h"
#include "common/release/release_id.h"
#include "common/release/site.h"
#include "common/release/source_reader.h"
#include "common/release/text_lines.h"
#include "common/release/utf8_check.h"

namespace dipsearch {
namespace {

constexpr size_t kMaxUrlBytes = 2048;
constexpr size_t kMaxTitleBytes = 1000;
constexpr std::string_view kColumns = "id (or file), url, title, date, lang, source";

enum class Column { kId, kFile, kUrl, kTitle, kDate, kLang, kSource };

bool column_of(std::string_view name, Column* column) {
  static const std::pair<std::string_view, Column> kNames[] = {
      {"id", Column::kId},       {"file", Column::kFile}, {"url", Column::kUrl},       {"title", Column::kTitle},
      {"date", Column::kDate},   {"lang", Column::kLang}, {"source", Column::kSource}};
  for (const auto& [text, value] : kNames) {
    if (name == text) {
      *column = value;
      return true;
    }
  }
  return false;
}

bool has_control_or_space(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F) return true;
  }
  return false;
}

// One value checked into the entry; returns the reason when it is not usable.
std::optional<std::string> take(Column column, std::string_view raw, SidecarEntry& entry, std::string* id) {
  const std::string value = release::collapse_spaces(raw);
  switch (column) {
    case Column::kId:
      if (value != "*" && !is_valid_release_id(value)) {
        return "id " + release::quote_for_message(value) + " is not a release id (" + std::string(kReleaseIdRule) +
               ") or *";
      }
      *id = value;
      return std::nullopt;
    case Column::kFile: {
      const std::string from_file = id_from_file_name(std::filesystem::path(value));
      if (value.empty() || !is_valid_release_id(from_file)) {
        return "file " + release::quote_for_message(value) + " does not name a release file";
      }
      *id = from_file;
      return std::nullopt;
    }
    case Column::kUrl:
      if (value.empty()) return std::nullopt;
      if (value.size() > kMaxUrlBytes || has_control_or_space(value) || site_host(value).empty()) {
        return "url " + release::quote_for_message(value) + " is not an http(s) URL with a host";
      }
      entry.url = value;
      return std::nullopt;
    case Column::kTitle:
      if (value.size() > kMaxTitleBytes) return "title longer than " + std::to_string(kMaxTitleBytes) + " bytes";
      entry.title = value;
      return std::nullopt;
    case Column::kDate:
      if (value.empty()) return std::nullopt;
      if (const auto date = parse_iso_date(value)) {
        entry.date = *date;
        return std::nullopt;
      }
      return "date " + release::quote_for_message(value) + " is not a calendar date as YYYY-MM-DD or YYYY-MM";
    case Column::kLang:
      if (value.empty()) return std::nullopt;
      if (value != "en" && value != "ko") return "lang " + release::quote_for_message(value) + " is neither en nor ko";
      entry.lang = value;
      return std::nullopt;
    case Column::kSource: {
      const std::string key = release::ascii_lower(value);
      if (key.empty()) return std::nullopt;
      if (!is_valid_site_key(key)) {
        return "source " + release::quote_for_message(value) + " is not a site key (a-z, 0-9, '.', '-')";
      }
      entry.site = key;
      return std::nullopt;
    }
  }
  return std::nullopt;
}

Rejection rejection(const std::filesystem::path& file, size_t line, std::string reason) {
  return Rejection{file.string(), line, release::sanitize_utf8(reason)};
}

}  // namespace

const SidecarEntry* Sidecar::find(std::string_view id) const {
  if (const auto it = entries.find(std::string(id)); it != entries.end()) return &it->second;
  if (const auto it = entries.find("*"); it != entries.end()) return &it->second;
  return nullptr;
}

Sidecar read_sidecar(const std::filesystem::path& file) {
  Sidecar sidecar;
  sidecar.file = file;
  const release::FileBytes bytes = release::load_file_bytes(file, kMaxSourceFileBytes);
  if (!bytes.error.empty()) {
    sidecar.rejections.push_back(rejection(file, 0, "sidecar: " + bytes.error));
    return sidecar;
  }
  if (const auto bad = release::find_invalid_utf8(bytes.bytes)) {
    sidecar.rejections.push_back(
        rejection(file, 0, "sidecar is not valid UTF-8: first bad byte sequence at byte offset " + std::to_string(*bad)));
    return sidecar;
  }
  const std::vector<std::string_view> lines = release::split_lines(release::strip_bom(bytes.bytes));
  if (lines.empty()) {
    sidecar.rejections.push_back(rejection(file, 0, "sidecar is empty: expected a header line naming " +
                                                        std::string(kColumns)));
    return sidecar;
  }
  std::vector<Column> columns;
  bool keyed = false;
  for (std::string_view name : release::split_tabs(lines[0])) {
    Column column;
    if (!column_of(release::collapse_spaces(name), &column)) {
      sidecar.rejections.push_back(rejection(file, 1, "sidecar header: unknown column " +
                                                           release::quote_for_message(release::collapse_spaces(name)) +
                                                           " (expected " + std::string(kColumns) + ")"));
      return sidecar;
    }
    keyed = keyed || column == Column::kId || column == Column::kFile;
    columns.push_back(column);
  }
  if (!keyed) {
    sidecar.rejections.push_back(rejection(file, 1, "sidecar header names no id or file column"));
    return sidecar;
  }
  for (size_t n = 1; n < lines.size(); ++n) {
    const std::string_view line = lines[n];
    if (release::collapse_spaces(line).empty() || line[0] == '#') continue;
    const std::vector<std::string_view> values = release::split_tabs(line);
    if (values.size() != columns.size()) {
      sidecar.rejections.push_back(rejection(file, n + 1, "expected " + std::to_string(columns.size()) +
                                                              " tab-separated columns, found " +
                                                              std::to_string(values.size())));
      continue;
    }
    SidecarEntry entry;
    entry.line = n + 1;
    std::string id;
    std::optional<std::string> problem;
    for (size_t c = 0; c < columns.size() && !problem; ++c) problem = take(columns[c], values[c], entry, &id);
    if (!problem && id.empty()) problem = "no id";
    if (!problem) {
      const auto [at, inserted] = sidecar.entries.emplace(id, entry);
      if (!inserted) problem = "id " + id + " is already given on line " + std::to_string(at->second.line);
    }
    if (problem) sidecar.rejections.push_back(rejection(file, n + 1, *problem));
  }
  return sidecar;
}

void apply_sidecar(const SidecarEntry& entry, Release& release) {
  if (!entry.url.empty()) release.url = entry.url;
  if (!entry.title.empty()) release.title = entry.title;
  if (!entry.date.empty()) release.date = entry.date;
  if (!entry.lang.empty()) release.lang = entry.lang;
  if (!entry.site.empty()) release.site = entry.site;
}

}  // namespace dipsearch
