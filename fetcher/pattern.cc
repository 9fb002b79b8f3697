// ICU regular expressions with limits (see pattern.h).
#include "fetcher/pattern.h"

#include <unicode/regex.h>
#include <unicode/unistr.h>

namespace dipsearch::fetcher {
namespace {

// ICU counts time in steps of its matcher; this bounds one find() on a hostile page to
// well under a second, far more than any real link or row needs.
constexpr int32_t kTimeLimit = 2000;
constexpr int32_t kStackLimitBytes = 1 << 20;

}  // namespace

Pattern::Pattern(std::string_view pattern) {
  UParseError where{};
  UErrorCode status = U_ZERO_ERROR;
  pattern_.reset(icu::RegexPattern::compile(
      icu::UnicodeString::fromUTF8(icu::StringPiece(pattern.data(), static_cast<int32_t>(pattern.size()))), 0, where,
      status));
  if (U_FAILURE(status)) {
    pattern_.reset();
    throw PatternError(std::string(u_errorName(status)) + " at offset " + std::to_string(where.offset));
  }
}

Pattern::~Pattern() = default;
Pattern::Pattern(Pattern&&) noexcept = default;
Pattern& Pattern::operator=(Pattern&&) noexcept = default;

size_t Pattern::groups() const {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> matcher(pattern_->matcher(status));
  return U_SUCCESS(status) ? static_cast<size_t>(matcher->groupCount()) : 0;
}

std::optional<std::vector<std::string>> Pattern::find(std::string_view text) const {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString input =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::unique_ptr<icu::RegexMatcher> matcher(pattern_->matcher(input, status));
  if (U_FAILURE(status)) return std::nullopt;
  matcher->setTimeLimit(kTimeLimit, status);
  matcher->setStackLimit(kStackLimitBytes, status);
  if (U_FAILURE(status) || !matcher->find(status) || U_FAILURE(status)) return std::nullopt;
  std::vector<std::string> groups;
  for (int32_t g = 1; g <= matcher->groupCount(); ++g) {
    std::string out;
    matcher->group(g, status).toUTF8String(out);
    if (U_FAILURE(status)) return std::nullopt;
    groups.push_back(std::move(out));
  }
  return groups;
}

}  // namespace dipsearch::fetcher
