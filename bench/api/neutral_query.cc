// Reads the peers' query format strictly: a key this reader does not know would otherwise be
// ignored silently, and the engines would then answer different questions.
#include "bench/api/neutral_query.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <stdexcept>

namespace dipsearch::bench {
namespace {

std::vector<std::string> strings(const nlohmann::json& query, const char* key) {
  if (!query.contains(key)) return {};
  return query.at(key).get<std::vector<std::string>>();
}

void read_filters(const nlohmann::json& filters, NeutralQuery& q) {
  for (const auto& [name, value] : filters.items()) {
    const std::string text = value.get<std::string>();
    if (name == "country") q.country = text;
    else if (name == "official") q.official = text;
    else if (name == "lang") q.lang = text;
    else if (name == "date_from") q.date_from = text;
    else if (name == "date_to") q.date_to = text;
    else throw std::runtime_error("unknown filter '" + name + "'");
  }
}

NeutralQuery read_query(const nlohmann::json& query) {
  NeutralQuery q;
  q.qid = query.at("qid").get<std::string>();
  q.kind = query.at("kind").get<std::string>();
  q.terms = strings(query, "terms");
  q.phrases = strings(query, "phrases");
  q.facets = strings(query, "facets");
  q.limit = query.value("limit", 10);
  if (query.contains("filters")) read_filters(query.at("filters"), q);
  return q;
}

}  // namespace

std::vector<NeutralQuery> load_queries(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error(file.string() + ": cannot read");
  std::vector<NeutralQuery> out;
  size_t index = 0;
  try {
    const nlohmann::json spec = nlohmann::json::parse(in);
    for (const auto& query : spec.at("queries")) {
      out.push_back(read_query(query));
      ++index;
    }
  } catch (const std::exception& e) {
    throw std::runtime_error(file.string() + ": query " + std::to_string(index + 1) + ": " + e.what());
  }
  if (out.empty()) throw std::runtime_error(file.string() + ": no queries");
  return out;
}

}  // namespace dipsearch::bench
