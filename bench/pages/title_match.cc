// ICU's NFKC normalizer, then the release parser's own space collapsing, so that the rule is
// the one pages are read with.
#include "bench/pages/title_match.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "common/release/text_lines.h"

namespace dipsearch::pages_eval {

std::string normalize_title(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  std::string out;
  if (U_SUCCESS(status)) {
    const icu::UnicodeString normalized =
        nfkc->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))),
                        status);
    if (U_SUCCESS(status)) normalized.toUTF8String(out);
  }
  if (!U_SUCCESS(status)) out.assign(text);
  return release::collapse_spaces(out);
}

bool same_title(std::string_view found, std::string_view gold) { return normalize_title(found) == normalize_title(gold); }

}  // namespace dipsearch::pages_eval
