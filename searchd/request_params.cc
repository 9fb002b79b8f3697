// Conversion of query strings and JSON bodies into ParamMaps.
#include "searchd/request_params.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <set>

#include <nlohmann/json.hpp>

#include "common/release/utf8_check.h"
#include "common/search/api_error.h"
#include "common/text/escape.h"

namespace dipsearch::searchd {
namespace {

using nlohmann::json;

enum class Kind { kText, kList, kInteger };

Kind kind_of(const std::string& name) {
  if (name == "country" || name == "official" || name == "lang" || name == "source" || name == "facets" ||
      name == "fields") {
    return Kind::kList;
  }
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
  // A value given twice counts once, however it was escaped: httplib already reads two
  // identical `name=value` texts as one, so `q=a&q=%61` must not differ from `q=a&q=a`,
  // and a link written back with encode_query reads as the same parameters.
  for (const auto& [name, value] : req.params) {
    std::vector<std::string>& values = params[name];
    if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
  }
  return params;
}

ParamMap params_from_json(const std::string& body) {
  json j;
  // Duplicate names are refused, as a repeated q is in a query string, rather than one of
  // the values winning silently.
  std::set<std::string> names;
  const json::parser_callback_t refuse_duplicates = [&names](int depth, json::parse_event_t event, json& parsed) {
    if (depth == 1 && event == json::parse_event_t::key && !names.insert(parsed.get<std::string>()).second) {
      const std::string name = parsed.get<std::string>();
      throw invalid_parameter(release::sanitize_utf8(name.substr(0, 64)),
                              release::quote_for_message(name) + " is given more than once in the request body");
    }
    return true;
  };
  try {
    j = json::parse(body, refuse_duplicates);
  } catch (const json::parse_error& e) {
    throw ApiError(400, "invalid_json", "", "the request body is not valid JSON (byte " + std::to_string(e.byte) + ")");
  } catch (const json::exception&) {
    // Numbers out of range (1e400) end up here.
    throw ApiError(400, "invalid_json", "", "the request body holds a number too large to read");
  }
  if (!j.is_object()) throw ApiError(400, "invalid_json", "", "the request body must be a JSON object");
  ParamMap params;
  const auto& known = search_parameter_names();
  for (const auto& [name, value] : j.items()) {
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      throw invalid_parameter(release::sanitize_utf8(name.substr(0, 64)), "unknown parameter " + release::quote_for_message(name));
    }
    auto wrong = [&name = name, &value = value](const std::string& expected) {
      return invalid_parameter(name, name + " must be " + expected + ", not " + type_name(value));
    };
    if (value.is_null()) continue;  // as if absent
    switch (kind_of(name)) {
      case Kind::kText:
        if (!value.is_string()) throw wrong("a string");
        params[name].push_back(value.get<std::string>());
        break;
      case Kind::kInteger:
        // Written out as sent, so a huge number is reported as what it is.
        if (value.is_number_unsigned()) {
          params[name].push_back(std::to_string(value.get<std::uint64_t>()));
        } else if (value.is_number_integer()) {
          params[name].push_back(std::to_string(value.get<std::int64_t>()));
        } else {
          throw wrong("an integer");
        }
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

ParamMap merged_params(ParamMap from_url, const ParamMap& from_body) {
  for (const auto& [name, values] : from_body) {
    if (from_url.count(name)) {
      throw invalid_parameter(name, name + " is given both in the URL and in the request body; give it once");
    }
    from_url[name] = values;
  }
  return from_url;
}

void refuse_params(const ParamMap& params, std::initializer_list<const char*> names, const std::string& why) {
  for (const char* name : names) {
    if (params.count(name)) throw invalid_parameter(name, std::string(name) + " does not apply here: " + why);
  }
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
