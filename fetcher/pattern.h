// The regular expressions of source files (release links, list dates), with ICU's engine:
// compiled once, run with time and stack limits, so a pathological pattern or page costs a
// bounded effort and never the process.
#pragma once

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class RegexPattern;
U_NAMESPACE_END

namespace dipsearch::fetcher {

struct PatternError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Pattern {
 public:
  // Throws PatternError saying where and why the pattern does not compile.
  explicit Pattern(std::string_view pattern);
  ~Pattern();
  Pattern(Pattern&&) noexcept;
  Pattern& operator=(Pattern&&) noexcept;

  size_t groups() const;
  // The groups (1..groups()) of the first match in `text`, nullopt when there is none or
  // the match ran out of its limits. Valid UTF-8 in, UTF-8 out.
  std::optional<std::vector<std::string>> find(std::string_view text) const;

 private:
  std::unique_ptr<icu::RegexPattern> pattern_;
};

}  // namespace dipsearch::fetcher
