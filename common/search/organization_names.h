// International bodies written short or in full ("UN", "United Nations"): releases use
// either, and a query typed one way should find the other. Facts, not a catalog of
// countries: a body has no tag, so the other form is searched as words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dipsearch {

// The other ways of writing a body's name, normalized (NFKC-casefolded), for a name typed
// in one of them ("un" → "united nations"; "united nations" → "un"); empty when the text
// names no body the table knows.
std::vector<std::string> organization_spellings(std::string_view normalized);

// The most words of a body's name written in full ("north atlantic treaty organization").
inline constexpr size_t kMaxOrganizationWords = 4;

}  // namespace dipsearch
