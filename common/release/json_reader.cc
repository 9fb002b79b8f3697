// JSON fields to Release with nlohmann::json; field checks name the field in their message.
#include "common/release/json_reader.h"

#include <algorithm>
#include <map>
#include <optional>

#include <nlohmann/json.hpp>

#include "common/release/date_parser.h"
#include "common/release/language_detect.h"
#include "common/release/release_id.h"
#include "common/release/site.h"
#include "common/release/text_lines.h"
#include "common/release/title_fallback.h"
#include "common/release/utf8_check.h"

namespace dipsearch {
namespace {

using json = nlohmann::json;
using release::quote_for_message;

// YYYY-MM or YYYY-MM-DD, optionally followed by an ISO 8601 time ("T…"): the form the field
// takes, whether or not the numbers make a day.
bool has_iso_date_shape(std::string_view s) {
  auto digits = [&](size_t from, size_t n) {
    if (s.size() < from + n) return false;
    return std::all_of(s.begin() + from, s.begin() + from + n, [](char c) { return c >= '0' && c <= '9'; });
  };
  if (!digits(0, 4) || s.size() < 7 || s[4] != '-' || !digits(5, 2)) return false;
  if (s.size() == 7) return true;
  if (s[7] != '-' || !digits(8, 2)) return false;
  return s.size() == 10 || s[10] == 'T';
}

std::string field_name(std::string_view name) { return "field \"" + std::string(name) + "\""; }

std::string type_error(std::string_view name, const json& value, std::string_view expected) {
  return field_name(name) + " must be " + std::string(expected) + ", not " + value.type_name();
}

// The field's value, or nullptr when absent or null.
const json* optional_field(const json& object, const char* name) {
  const auto it = object.find(name);
  return it == object.end() || it->is_null() ? nullptr : &*it;
}

// Sets `out` from an optional string field; false (with `error`) on a wrong type.
bool read_string(const json& object, const char* name, std::string* out, std::string* error) {
  const json* value = optional_field(object, name);
  if (value == nullptr) return true;
  if (!value->is_string()) {
    *error = type_error(name, *value, "a string");
    return false;
  }
  *out = value->get<std::string>();
  return true;
}

// Body text as given, with line ends unified, stray control characters removed, trailing
// spaces and runs of blank lines trimmed, so paragraphs are separated by exactly "\n\n".
std::string clean_body(std::string_view body) {
  std::string out;
  int pending_newlines = 0;
  for (std::string_view raw : release::split_lines(body)) {
    std::string line;
    for (char c : raw) {
      const auto byte = static_cast<unsigned char>(c);
      if (byte < 0x20 && c != '\t') continue;
      line += c;
    }
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.pop_back();
    if (release::collapse_spaces(line).empty()) {
      if (!out.empty()) ++pending_newlines;
      continue;
    }
    if (!out.empty()) out.append(pending_newlines > 0 ? "\n\n" : "\n");
    pending_newlines = 0;
    const size_t start = out.empty() ? line.find_first_not_of(" \t") : 0;
    out.append(line, start, std::string::npos);
  }
  return out;
}

bool read_countries(const json& object, std::vector<std::string>* out, std::string* error) {
  const json* value = optional_field(object, "countries");
  if (value == nullptr) return true;
  if (!value->is_array()) {
    *error = type_error("countries", *value, "an array of two-letter country codes");
    return false;
  }
  for (size_t i = 0; i < value->size(); ++i) {
    const json& item = (*value)[i];
    const std::string name = "countries[" + std::to_string(i) + "]";
    if (!item.is_string()) {
      *error = type_error(name, item, "a string");
      return false;
    }
    std::string code = release::collapse_spaces(item.get<std::string>());
    const bool letters = code.size() == 2 && std::all_of(code.begin(), code.end(), [](char c) {
                           return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
                         });
    if (!letters) {
      *error = field_name(name) + " must be a two-letter ISO 3166 code, not " + quote_for_message(code);
      return false;
    }
    for (char& c : code) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    if (std::find(out->begin(), out->end(), code) == out->end()) out->push_back(code);
  }
  return true;
}

bool read_officials(const json& object, std::vector<StatedOfficial>* out, std::string* error) {
  const json* value = optional_field(object, "officials");
  if (value == nullptr) return true;
  if (!value->is_array()) {
    *error = type_error("officials", *value, "an array");
    return false;
  }
  for (size_t i = 0; i < value->size(); ++i) {
    const json& item = (*value)[i];
    const std::string name = "officials[" + std::to_string(i) + "]";
    StatedOfficial official;
    if (item.is_string()) {
      official.name = release::collapse_spaces(item.get<std::string>());
    } else if (item.is_object()) {
      const json* person = optional_field(item, "name");
      if (person == nullptr || !person->is_string()) {
        *error = field_name(name + ".name") + " must be a string";
        return false;
      }
      official.name = release::collapse_spaces(person->get<std::string>());
      std::string title;
      if (const json* role = optional_field(item, "title"); role != nullptr && !role->is_string()) {
        *error = type_error(name + ".title", *role, "a string");
        return false;
      } else if (role != nullptr) {
        title = role->get<std::string>();
      }
      official.title = release::collapse_spaces(title);
    } else {
      *error = type_error(name, item, "a name or an object with \"name\" and \"title\"");
      return false;
    }
    if (official.name.empty()) {
      *error = field_name(name) + " has an empty name";
      return false;
    }
    out->push_back(std::move(official));
  }
  return true;
}

// One release object to a Release; nullopt with `error` set when a field is wrong. A "date"
// that is no calendar date leaves the release undated, with `warning` saying so.
std::optional<Release> release_from_object(const json& object, const std::string& source,
                                           const std::string& fallback_id, std::string* error, std::string* warning) {
  Release release;
  release.source = source;

  const json* id = optional_field(object, "id");
  if (id == nullptr) {
    if (fallback_id.empty()) {
      *error = "missing field \"id\" (each element of an array and each line of a JSONL file needs one)";
      return std::nullopt;
    }
    if (!is_valid_release_id(fallback_id)) {
      *error = "no field \"id\", and the file name " + quote_for_message(fallback_id) +
               " is not a valid id (" + std::string(kReleaseIdRule) + ")";
      return std::nullopt;
    }
    release.id = fallback_id;
  } else if (!id->is_string()) {
    *error = type_error("id", *id, "a string");
    return std::nullopt;
  } else {
    release.id = id->get<std::string>();
    if (!is_valid_release_id(release.id)) {
      *error = "invalid id " + quote_for_message(release.id) + ": " + std::string(kReleaseIdRule);
      return std::nullopt;
    }
  }

  std::string title, date, body, lang, site;
  if (!read_string(object, "title", &title, error) || !read_string(object, "date", &date, error) ||
      !read_string(object, "body", &body, error) || !read_string(object, "lang", &lang, error) ||
      !read_string(object, "url", &release.url, error) || !read_string(object, "source", &site, error) ||
      !read_countries(object, &release.countries, error) || !read_officials(object, &release.officials, error)) {
    return std::nullopt;
  }

  release.body = clean_body(body);
  if (release.body.empty()) {
    *error = optional_field(object, "body") == nullptr ? "missing field \"body\"" : "field \"body\" is empty";
    return std::nullopt;
  }
  release.title = release::collapse_spaces(title);
  if (release.title.empty()) release.title = title_from_body(release.body);

  if (!release::collapse_spaces(date).empty()) {
    if (const auto parsed = parse_iso_date(date)) {
      release.date = *parsed;
    } else if (has_iso_date_shape(release::collapse_spaces(date))) {
      // As on pages: a day the calendar lacks (a typing slip) costs the release its date,
      // not its place in the index. A date in another form is a feed's mistake: rejected.
      *warning = "date " + quote_for_message(date) +
                 " in field \"date\" is not a calendar date: indexed without a date";
    } else {
      *error = "invalid date " + quote_for_message(date) +
               " in field \"date\": expected a real calendar date as YYYY-MM-DD, YYYY-MM or an ISO 8601 timestamp";
      return std::nullopt;
    }
  }

  if (lang.empty()) {
    release.lang = detect_language(release.title + "\n" + release.body);
  } else {
    const std::string code = release::ascii_lower(release::collapse_spaces(lang));
    if (code != "en" && code != "ko") {
      *error = "field \"lang\" must be \"en\" or \"ko\", not " + quote_for_message(lang);
      return std::nullopt;
    }
    release.lang = code;
  }
  release.url = release::collapse_spaces(release.url);
  release.site = release::ascii_lower(release::collapse_spaces(site));
  if (!release.site.empty() && !is_valid_site_key(release.site)) {
    *error = "field \"source\" must be a site key such as mofa.go.kr (a-z, 0-9, '.', '-'), not " +
             quote_for_message(site);
    return std::nullopt;
  }
  return release;
}

// nlohmann's description of a syntax error without its "[json.exception…] … column N: " prefix.
std::string describe_parse_error(const json::parse_error& e) {
  const std::string what = e.what();
  const size_t column = what.find("column ");
  const size_t colon = what.find(": ", column == std::string::npos ? 0 : column);
  return release::sanitize_utf8(colon == std::string::npos ? what : what.substr(colon + 2));
}

// Byte offset of a parse error: nlohmann counts the bytes read, the offending one included.
size_t error_offset(const json::parse_error& e, size_t text_size) {
  const size_t offset = e.byte > 0 ? e.byte - 1 : 0;
  return std::min(offset, text_size);
}

Rejection make_rejection(const std::string& source, size_t line, std::string reason) {
  Rejection rejection;
  rejection.path = source;
  rejection.line = line;
  rejection.reason = std::move(reason);
  return rejection;
}

// Adds `release` unless an earlier one in the same file has its id.
void add_release(FileResult& result, std::map<std::string, size_t>& seen, Release release,
                 const std::string& source, size_t line, std::string_view unit) {
  const auto [it, inserted] = seen.emplace(release.id, line);
  if (!inserted) {
    result.rejections.push_back(make_rejection(source, line,
        "duplicate id " + quote_for_message(release.id) + " (already used by " + std::string(unit) + " " +
        std::to_string(it->second) + " of this file)"));
    return;
  }
  result.releases.push_back(std::move(release));
}

}  // namespace

FileResult read_json_text(std::string_view text, const std::string& source, const std::string& fallback_id) {
  FileResult result;
  const size_t bom = text.size() - release::strip_bom(text).size();
  text.remove_prefix(bom);
  json document;
  try {
    document = json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    const size_t offset = error_offset(e, text.size());
    const size_t newline = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
    const size_t line_begin = newline == std::string_view::npos ? 0 : newline + 1;
    const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(line_begin), '\n');
    result.rejections.push_back(make_rejection(source, 0,
        "JSON syntax error at line " + std::to_string(line) + ", column " + std::to_string(offset - line_begin + 1) +
        " (byte offset " + std::to_string(bom + offset) + "): " + describe_parse_error(e)));
    return result;
  }

  std::string error, warning;
  if (document.is_object()) {
    if (auto release = release_from_object(document, source, fallback_id, &error, &warning)) {
      if (!warning.empty()) result.warnings.push_back({source, 0, warning});
      result.releases.push_back(std::move(*release));
    } else {
      result.rejections.push_back(make_rejection(source, 0, error));
    }
    return result;
  }
  if (!document.is_array()) {
    result.rejections.push_back(make_rejection(source, 0,
        std::string("the JSON value must be a release object or an array of them, not ") + document.type_name()));
    return result;
  }
  if (document.empty()) {
    result.rejections.push_back(make_rejection(source, 0, "the JSON array is empty: no releases"));
    return result;
  }
  std::map<std::string, size_t> seen;
  for (size_t i = 0; i < document.size(); ++i) {
    const json& element = document[i];
    if (!element.is_object()) {
      result.rejections.push_back(make_rejection(source, i + 1,
          std::string("array element is not a release object but ") + element.type_name()));
      continue;
    }
    warning.clear();
    if (auto release = release_from_object(element, source, "", &error, &warning)) {
      if (!warning.empty()) result.warnings.push_back({source, i + 1, warning});
      add_release(result, seen, std::move(*release), source, i + 1, "element");
    } else {
      result.rejections.push_back(make_rejection(source, i + 1, error));
    }
  }
  return result;
}

FileResult read_jsonl_text(std::string_view text, const std::string& source) {
  FileResult result;
  const size_t bom = text.size() - release::strip_bom(text).size();
  std::map<std::string, size_t> seen;
  size_t line_number = 0;
  size_t line_start = 0;
  bool any_line = false;
  while (line_start < text.size()) {
    size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    ++line_number;
    std::string_view line = text.substr(line_start, line_end - line_start);
    const size_t offset = line_start;
    line_start = line_end + 1;
    if (line_number == 1) line.remove_prefix(bom);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    any_line = true;

    if (const auto bad = release::find_invalid_utf8(line)) {
      result.rejections.push_back(make_rejection(source, line_number,
          "not valid UTF-8: first bad byte sequence at byte offset " +
          std::to_string(offset + (line_number == 1 ? bom : 0) + *bad) + " of the file"));
      continue;
    }
    json object;
    try {
      object = json::parse(line.begin(), line.end());
    } catch (const json::parse_error& e) {
      result.rejections.push_back(make_rejection(source, line_number,
          "line is not JSON (column " + std::to_string(error_offset(e, line.size()) + 1) + "): " +
          describe_parse_error(e)));
      continue;
    }
    if (!object.is_object()) {
      result.rejections.push_back(make_rejection(source, line_number,
          std::string("line is not a release object but ") + object.type_name()));
      continue;
    }
    std::string error, warning;
    if (auto release = release_from_object(object, source, "", &error, &warning)) {
      if (!warning.empty()) result.warnings.push_back({source, line_number, warning});
      add_release(result, seen, std::move(*release), source, line_number, "line");
    } else {
      result.rejections.push_back(make_rejection(source, line_number, error));
    }
  }
  if (!any_line) result.rejections.push_back(make_rejection(source, 0, "empty file: no JSON lines"));
  return result;
}

}  // namespace dipsearch
