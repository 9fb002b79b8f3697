// Fuzz target: query text through the lexer and parser of common/query and then its meaning
// (build_query, with the bundled countries and officials). The first byte picks the match mode.
#include "common/query/query_parser.h"
#include "common/release/utf8_check.h"
#include "common/search/api_error.h"
#include "common/search/query_builder.h"
#include "fuzz/fuzz_support.h"

namespace {

using namespace dipsearch;

// Errors are shown to users as they are: they must say something and stay valid UTF-8.
void check_message(const char* message) {
  const std::string_view text(message);
  if (text.empty() || release::find_invalid_utf8(text)) fuzz::fail("an error message is empty or not UTF-8");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const auto mode = static_cast<MatchMode>(data[0] % 3);
  const std::string_view text = fuzz::as_text(data + 1, size - 1);
  query::NodePtr root;
  try {
    root = query::parse_query(text);
  } catch (const query::QuerySyntaxError& e) {
    check_message(e.what());
    if (e.offset > text.size() || e.column == 0 || e.column > e.offset + 1) {
      fuzz::fail("a syntax error at byte " + std::to_string(e.offset) + ", column " + std::to_string(e.column));
    }
    return 0;
  }
  if (root) (void)query::to_string(*root);
  try {
    const auto& extractor = fuzz::extractor();
    const BuiltQuery built = build_query(text, root.get(), mode, extractor.countries(), {}, &extractor.officials());
    (void)built.matching.get_description();
    (void)built.partial.get_description();
  } catch (const ApiError& e) {
    check_message(e.what());
    if (e.status != 400) fuzz::fail("a query answered with status " + std::to_string(e.status));
  }
  return 0;
}
