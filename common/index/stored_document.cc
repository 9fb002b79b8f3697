// Codec for the stored fields (JSON, the body after it), and the content digest used by
// incremental runs.
#include "common/index/stored_document.h"

#include <stdexcept>

#include "common/index/digest.h"
#include "common/schema.h"

namespace dipsearch {
namespace {

using nlohmann::json;

std::string dump(const json& j) {
  // Document text is validated UTF-8 already; replace anything else rather than throw.
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

json site_json(const StoredSite& site) {
  if (site.key.empty()) return nullptr;
  json out = {{"key", site.key}, {"label", site.label.empty() ? site.key : site.label}};
  if (!site.label_ko.empty()) out["label_ko"] = site.label_ko;
  return out;
}

json to_json(const StoredDocument& doc) {
  json officials = json::array();
  for (const auto& o : doc.officials) {
    json entry = {{"key", o.key}, {"name", o.name}};
    if (!o.title.empty()) entry["title"] = o.title;
    if (!o.name_en.empty()) entry["name_en"] = o.name_en;
    if (!o.name_ko.empty()) entry["name_ko"] = o.name_ko;
    officials.push_back(std::move(entry));
  }
  return {{"id", doc.id},           {"title", doc.title},
          {"date", doc.date},       {"lang", doc.lang},
          {"url", doc.url},         {"source", site_json(doc.site)}, {"source_file", doc.source_file},
          {"countries", doc.countries}, {"officials", std::move(officials)},
          {"body", doc.body},       {"indexed_at", doc.indexed_at}};
}

// The fields as one line of JSON, then a newline and the body as it is: a search reads
// ten bodies for its snippets, and parsing them as JSON strings cost more than the search.
std::string encode_stored(const StoredDocument& doc) {
  json fields = to_json(doc);
  fields.erase("body");
  std::string data = dump(fields);
  data += '\n';
  data += doc.body;
  return data;
}

StoredDocument decode_stored(const std::string& data) {
  // dump() escapes newlines inside strings, so the first one ends the fields.
  const size_t end = data.find('\n');
  json j = json::parse(data.begin(), end == std::string::npos ? data.end() : data.begin() + static_cast<std::ptrdiff_t>(end),
                       nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    throw std::runtime_error("document data is not a dipsearch record");
  }
  auto text = [&j](const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  StoredDocument doc;
  doc.id = text("id");
  doc.title = text("title");
  doc.date = text("date");
  doc.lang = text("lang");
  doc.url = text("url");
  doc.source_file = text("source_file");
  if (auto it = j.find("source"); it != j.end() && it->is_object()) {
    doc.site.key = it->value("key", "");
    doc.site.label = it->value("label", "");
    doc.site.label_ko = it->value("label_ko", "");
  } else if (it != j.end() && it->is_string() && doc.source_file.empty()) {
    doc.source_file = it->get<std::string>();  // records of schema 3 kept the file there
  }
  doc.body = end == std::string::npos ? text("body") : data.substr(end + 1);  // older records: in the JSON
  doc.indexed_at = text("indexed_at");
  if (auto it = j.find("countries"); it != j.end() && it->is_array()) {
    for (const auto& c : *it) {
      if (c.is_string()) doc.countries.push_back(c.get<std::string>());
    }
  }
  if (auto it = j.find("officials"); it != j.end() && it->is_array()) {
    for (const auto& o : *it) {
      if (!o.is_object()) continue;
      StoredOfficial official;
      official.key = o.value("key", "");
      official.name = o.value("name", "");
      official.title = o.value("title", "");
      official.name_en = o.value("name_en", "");
      official.name_ko = o.value("name_ko", "");
      doc.officials.push_back(std::move(official));
    }
  }
  return doc;
}

std::string content_digest(const StoredDocument& doc) {
  Digest d;
  d.add(std::to_string(schema::kSchemaVersion));
  for (const std::string* field : {&doc.id, &doc.title, &doc.date, &doc.lang, &doc.url, &doc.site.key,
                                   &doc.site.label, &doc.site.label_ko, &doc.source_file, &doc.body}) {
    d.add(*field);
  }
  for (const auto& c : doc.countries) d.add(c);
  for (const auto& o : doc.officials) {
    for (const std::string* field : {&o.key, &o.name, &o.title, &o.name_en, &o.name_ko}) {
      d.add(*field);
    }
  }
  return d.hex();
}

}  // namespace dipsearch
