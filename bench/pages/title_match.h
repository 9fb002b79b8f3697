// When a found title counts as the gold title: both NFKC-normalized with white space
// collapsed, then compared exactly, case kept ("Press Releases" is not "PRESS RELEASES": a
// reader sees the difference, and pages show their headline in one case).
#pragma once

#include <string>
#include <string_view>

namespace dipsearch::pages_eval {

// NFKC, every run of white space (Unicode spaces included) one ASCII space, trimmed,
// zero-width characters removed.
std::string normalize_title(std::string_view text);

bool same_title(std::string_view found, std::string_view gold);

}  // namespace dipsearch::pages_eval
