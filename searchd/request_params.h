// Request parameters from a URL query string or a JSON body, as one ParamMap, so GET and
// POST searches go through the same validation.
#pragma once

#include <string>

#include <httplib.h>

#include "common/search/search_request.h"

namespace dipsearch::searchd {

ParamMap params_from_query(const httplib::Request& req);
// Throws ApiError 400 naming the field for malformed JSON, a non-object body, an unknown
// field or a value of the wrong type.
ParamMap params_from_json(const std::string& body);

}  // namespace dipsearch::searchd
