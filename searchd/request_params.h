// Request parameters from a URL query string or a JSON body, as one ParamMap, so GET and
// POST searches go through the same validation.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include <httplib.h>

#include "common/search/search_request.h"

namespace dipsearch::searchd {

ParamMap params_from_query(const httplib::Request& req);
// Throws ApiError 400 naming the field for malformed JSON (numbers too large to read
// included), a non-object body, an unknown field (even null), a field given twice or a
// value of the wrong type. A known field that is null counts as absent.
ParamMap params_from_json(const std::string& body);

// Removes a parameter that only one route knows (export's "format") and returns its
// single value, or `fallback` when absent; ApiError 400 when it is given twice.
std::string take_param(ParamMap& params, const std::string& name, const std::string& fallback);

// A POST's parameters: those of its URL and of its body, as one. A name in both is a 400
// naming it (neither silently wins).
ParamMap merged_params(ParamMap from_url, const ParamMap& from_body);

// A 400 naming the first of `names` that `params` holds: search parameters a route does not
// use, refused rather than silently ignored. `why` ends the message.
void refuse_params(const ParamMap& params, std::initializer_list<const char*> names, const std::string& why);

// The parameters as a URL query string (percent-encoded, in name order).
std::string encode_query(const ParamMap& params);

}  // namespace dipsearch::searchd
