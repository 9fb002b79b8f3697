// Snippets and highlighted text from our analyzer's offsets (Xapian's snippet() cannot mark
// Korean words): matched words wrapped in <mark>, everything else HTML-escaped.
#pragma once

#include <string>
#include <string_view>

#include "common/search/highlight_terms.h"

namespace dipsearch {

// The best passage of about max_chars characters (the one with the most distinct matched
// words), as safe HTML. Without matches, the start of the text.
std::string make_snippet(std::string_view text, const HighlightTerms& terms, size_t max_chars = 240);

// The whole text as safe HTML with every matched word marked.
std::string highlight_all(std::string_view text, const HighlightTerms& terms);

}  // namespace dipsearch
