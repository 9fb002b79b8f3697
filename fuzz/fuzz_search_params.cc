// Fuzz target: /api/search's parameters as a GET query string (first byte 'G', or anything
// but 'P') or a POST JSON body ('P'), read as dipsearchd reads them, validated, and searched
// over the sample releases. Anything but a 4xx ApiError would be a 500 from the daemon.
#include <httplib.h>

#include "common/release/utf8_check.h"
#include "common/search/api_error.h"
#include "common/search/search_request.h"
#include "common/search/searcher.h"
#include "fuzz/fuzz_support.h"
#include "searchd/request_params.h"

namespace {

using namespace dipsearch;

// httplib's reading of a URL's query string, which the daemon's GET routes get.
ParamMap params_of_query_string(const std::string& query_string) {
  httplib::Request request;
  httplib::detail::parse_query_text(query_string, request.params);
  return searchd::params_from_query(request);
}

ParamMap read_params(const uint8_t* data, size_t size) {
  const std::string rest(fuzz::as_text(data + 1, size - 1));
  if (data[0] == 'P') return searchd::params_from_json(rest);
  ParamMap params = params_of_query_string(rest);
  // Links the daemon writes (the feed's) carry the parameters back: they must read the same.
  if (params_of_query_string(searchd::encode_query(params)) != params) {
    fuzz::fail("encode_query does not read back as the same parameters");
  }
  return params;
}

// Indexed before fuzzing starts, so that no input is charged with the start-up.
const Xapian::Database& sample = fuzz::sample_database();

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const auto& extractor = fuzz::extractor();
  static const Searcher searcher(extractor.countries(), &extractor.officials());
  try {
    const SearchRequest request = parse_search_request(read_params(data, size), extractor.countries());
    const nlohmann::json answer = searcher.search(sample, request);
    // Strict: text that is not UTF-8 in an answer would reach clients as replacement characters.
    (void)answer.dump();
  } catch (const ApiError& e) {
    const std::string_view message(e.what());
    if (e.status < 400 || e.status > 499) fuzz::fail("a search answered with status " + std::to_string(e.status));
    if (message.empty() || release::find_invalid_utf8(message)) fuzz::fail("an error message is empty or not UTF-8");
  }
  return 0;
}
