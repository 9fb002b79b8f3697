// Request parameters from a URL query string or a JSON body, as one ParamMap, so GET and
// POST searches go through the same validation.
#pragma once

#include <string>
#include <string_view>

#include <httplib.h>

#include "common/search/search_request.h"

namespace dipsearch::searchd {

ParamMap params_from_query(const httplib::Request& req);
// Throws ApiError 400 naming the field for malformed JSON, a non-object body, an unknown
// field or a value of the wrong type.
ParamMap params_from_json(const std::string& body);

// Removes a parameter that only one route knows (export's "format") and returns its
// single value, or `fallback` when absent; ApiError 400 when it is given twice.
std::string take_param(ParamMap& params, const std::string& name, const std::string& fallback);

// The parameters as a URL query string (percent-encoded, in name order).
std::string encode_query(const ParamMap& params);

}  // namespace dipsearch::searchd
