// Snippets and highlighted text from our analyzer's offsets (Xapian's snippet() cannot mark
// Korean words): matched words wrapped in <mark>, everything else HTML-escaped.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "common/search/highlight_terms.h"

namespace dipsearch {

// The snippets and highlights of one query's hits, with what the query's forms need
// prepared once.
class Highlighter {
 public:
  explicit Highlighter(const HighlightTerms& terms);  // terms must outlive it
  ~Highlighter();
  Highlighter(const Highlighter&) = delete;
  Highlighter& operator=(const Highlighter&) = delete;

  // See make_snippet and highlight_all.
  std::string snippet(std::string_view text, size_t max_chars = 240) const;
  std::string all(std::string_view text) const;

  struct QueryForms;

 private:
  std::unique_ptr<const QueryForms> forms_;
};

// The best passage of about max_chars characters (the one with the most distinct matched
// words), as safe HTML. Without matches, the start of the text.
std::string make_snippet(std::string_view text, const HighlightTerms& terms, size_t max_chars = 240);

// The whole text as safe HTML with every matched word marked.
std::string highlight_all(std::string_view text, const HighlightTerms& terms);

}  // namespace dipsearch
