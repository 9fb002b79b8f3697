// The mapping is where engines could quietly disagree, so a name that does not resolve to
// exactly one code or key stops the benchmark instead of sending a looser query.
#include "bench/api/api_translation.h"

#include <stdexcept>

#include "common/text/escape.h"

namespace dipsearch::bench {
namespace {

std::string q_text(const NeutralQuery& query) {
  std::string q;
  auto add = [&q](const std::string& part) {
    if (!q.empty()) q += ' ';
    q += part;
  };
  for (const auto& term : query.terms) add(term);
  for (const auto& phrase : query.phrases) add('"' + phrase + '"');
  return q;
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& name : names) out += (out.empty() ? "" : ",") + name;
  return out;
}

}  // namespace

std::string url_encode(const std::string& value) { return text::url_encoded(value); }

ApiTranslation::ApiTranslation(const std::filesystem::path& data_dir) : extractor_(data_dir) {}

std::string ApiTranslation::country_code(const std::string& name) const {
  const std::vector<std::string> codes = extractor_.countries().lookup_name(name);
  if (codes.size() != 1) {
    throw std::runtime_error("country '" + name + "' names " + std::to_string(codes.size()) +
                             " countries, not one");
  }
  return codes.front();
}

std::string ApiTranslation::official_key(const std::string& title_and_name) const {
  Release release;
  release.id = "query";
  release.lang = "en";
  release.body = title_and_name + ".";
  const entities::Entities found = extractor_.extract(release);
  if (found.officials.size() != 1) {
    throw std::runtime_error("official '" + title_and_name + "' reads as " +
                             std::to_string(found.officials.size()) + " officials, not one");
  }
  return found.officials.front().key;
}

std::vector<std::pair<std::string, std::string>> ApiTranslation::search_params(const NeutralQuery& query) const {
  try {
    std::vector<std::pair<std::string, std::string>> params = {
        {"q", q_text(query)}, {"match", "all"}, {"per_page", std::to_string(query.limit)}, {"facets", joined(query.facets)}};
    if (!query.lang.empty()) params.emplace_back("lang", query.lang);
    if (!query.date_from.empty()) params.emplace_back("from", query.date_from);
    if (!query.date_to.empty()) params.emplace_back("to", query.date_to);
    if (!query.country.empty()) params.emplace_back("country", country_code(query.country));
    if (!query.official.empty()) params.emplace_back("official", official_key(query.official));
    return params;
  } catch (const std::runtime_error& e) {
    throw std::runtime_error("query " + query.qid + ": " + e.what());
  }
}

std::string ApiTranslation::search_path(const NeutralQuery& query) const {
  std::string path = "/api/search";
  char separator = '?';
  for (const auto& [name, value] : search_params(query)) {
    path.append(1, separator).append(name).append(1, '=').append(url_encode(value));
    separator = '&';
  }
  return path;
}

}  // namespace dipsearch::bench
