// Output rows for hits and exports.
#include "common/search/result_rows.h"

#include "common/schema.h"

#include "common/text/escape.h"

namespace dipsearch {

using nlohmann::json;

json officials_json(const std::vector<StoredOfficial>& officials) {
  json out = json::array();
  for (const auto& o : officials) {
    json entry = {{"key", o.key}, {"name", o.name}};
    if (!o.name_en.empty()) entry["name_en"] = o.name_en;
    if (!o.name_ko.empty()) entry["name_ko"] = o.name_ko;
    if (!o.title.empty()) entry["title"] = o.title;
    out.push_back(std::move(entry));
  }
  return out;
}

json summary_json(const StoredDocument& doc) {
  return {{"id", doc.id},     {"title", doc.title},
          {"date", doc.date}, {"lang", doc.lang},
          {"url", doc.url},   {"source", site_json(doc.site)},
          {"countries", doc.countries},
          {"officials", officials_json(doc.officials)}};
}

json translations_json(std::string_view slot_value) {
  json out = json::array();
  while (!slot_value.empty()) {
    const size_t end = std::min(slot_value.find(schema::kTranslationsSeparator), slot_value.size());
    const std::string_view entry = slot_value.substr(0, end);
    slot_value.remove_prefix(std::min(end + 1, slot_value.size()));
    const size_t lang_at = entry.find(schema::kTranslationFieldSeparator);
    const size_t title_at = entry.find(schema::kTranslationFieldSeparator, lang_at + 1);
    if (lang_at == std::string_view::npos || title_at == std::string_view::npos) continue;  // never written so
    out.push_back({{"id", entry.substr(0, lang_at)},
                   {"lang", entry.substr(lang_at + 1, title_at - lang_at - 1)},
                   {"title", entry.substr(title_at + 1)}});
  }
  return out;
}

namespace {

// A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or CR before one) gets
// a leading apostrophe, which spreadsheets show as text (OWASP's CSV injection advice).
void append_csv_cell(std::string& out, std::string_view field) {
  if (!field.empty() && std::string_view("=+-@\t\r").find(field.front()) != std::string_view::npos) {
    text::append_csv_field(out, "'" + std::string(field));
  } else {
    text::append_csv_field(out, field);
  }
}

}  // namespace

void append_csv_header(std::string& out) {
  out += "id,date,lang,title,url,source,source_label,countries,officials,official_names,body\r\n";
}

void append_csv_row(std::string& out, const StoredDocument& doc) {
  std::string countries, keys, names;
  for (const auto& c : doc.countries) countries += (countries.empty() ? "" : ";") + c;
  for (const auto& o : doc.officials) {
    keys += (keys.empty() ? "" : ";") + o.key;
    names += (names.empty() ? "" : ";") + (o.name_en.empty() ? o.name : o.name_en);
  }
  const std::string& source_label = doc.site.label.empty() ? doc.site.key : doc.site.label;
  for (const std::string* field : std::initializer_list<const std::string*>{&doc.id, &doc.date, &doc.lang, &doc.title, &doc.url,
                                   &doc.site.key, &source_label, &countries, &keys, &names}) {
    append_csv_cell(out, *field);
    out += ',';
  }
  append_csv_cell(out, doc.body);
  out += "\r\n";
}

void append_ndjson_row(std::string& out, const StoredDocument& doc) {
  // The short fields through nlohmann, the body (most of the bytes) escaped directly.
  std::string fields = summary_json(doc).dump(-1, ' ', false, json::error_handler_t::replace);
  fields.pop_back();  // its closing brace
  out += fields;
  out += ",\"body\":";
  text::append_json_string(out, doc.body);
  out += "}\n";
}

}  // namespace dipsearch
