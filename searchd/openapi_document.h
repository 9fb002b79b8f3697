// The OpenAPI 3 description of the HTTP API (searchd/openapi.json, compiled in), served at
// /api/openapi.json; a test checks it against the route table and the search parameters.
#pragma once

#include <string_view>

namespace dipsearch::searchd {

std::string_view openapi_document();

}  // namespace dipsearch::searchd
