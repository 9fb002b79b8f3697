// Conversion of query strings and JSON bodies into ParamMaps.
#include "searchd/request_params.h"

#include <cctype>

#include <nlohmann/json.hpp>

#include "common/search/api_error.h"
#include "common/text/escape.h"

namespace dipsearch::searchd {
namespace {

using nlohmann::json;

enum class Kind { kText, kList, kInteger };

Kind kind_of(const std::string& name) {
  if (name == "country" || name == "official" || name == "lang" || name == "facets") return Kind::kList;
  if (name == "page" || name == "per_page" || name == "facet_size") return Kind::kInteger;
  return Kind::kText;
}

std::string type_name(const json& v) {
  if (v.is_null()) return "null";
  if (v.is_boolean()) return "a boolean";
  if (v.is_number()) return "a number";
  if (v.is_string()) return "a string";
  if (v.is_array()) return "an array";
  return "an object";
}

}  // namespace

ParamMap params_from_query(const httplib::Request& req) {
  ParamMap params;
  for (const auto& [name, value] : req.params) params[name].push_back(value);
  return params;
}

ParamMap params_from_json(const std::string& body) {
  json j;
  try {
    j = json::parse(body);
  } catch (const json::parse_error& e) {
    throw ApiError(400, "invalid_json", "", "the request body is not valid JSON (byte " +
                                                std::to_string(e.byte) + ")");
  }
  if (!j.is_object()) throw ApiError(400, "invalid_json", "", "the request body must be a JSON object");
  ParamMap params;
  for (const auto& [name, value] : j.items()) {
    auto wrong = [&name = name, &value = value](const std::string& expected) {
      return invalid_parameter(name, name + " must be " + expected + ", not " + type_name(value));
    };
    if (value.is_null()) continue;
    switch (kind_of(name)) {
      case Kind::kText:
        if (!value.is_string()) throw wrong("a string");
        params[name].push_back(value.get<std::string>());
        break;
      case Kind::kInteger:
        if (!value.is_number_integer()) throw wrong("an integer");
        params[name].push_back(std::to_string(value.get<long long>()));
        break;
      case Kind::kList:
        if (value.is_string()) {
          params[name].push_back(value.get<std::string>());
        } else if (value.is_array()) {
          auto& list = params[name];
          for (const auto& item : value) {
            if (!item.is_string()) throw wrong("a string or an array of strings");
            list.push_back(item.get<std::string>());
          }
        } else {
          throw wrong("a string or an array of strings");
        }
        break;
    }
  }
  return params;
}

std::string take_param(ParamMap& params, const std::string& name, const std::string& fallback) {
  auto it = params.find(name);
  if (it == params.end() || it->second.empty()) return fallback;
  if (it->second.size() > 1) throw invalid_parameter(name, name + " may be given only once");
  std::string value = it->second.front();
  params.erase(it);
  return value;
}

std::string encode_query(const ParamMap& params) {
  std::string out;
  for (const auto& [name, values] : params) {
    for (const auto& value : values) {
      if (!out.empty()) out += '&';
      text::append_url_encoded(out, name);
      out += '=';
      text::append_url_encoded(out, value);
    }
  }
  return out;
}

}  // namespace dipsearch::searchd
