// Saved HTML release pages: libxml2's HTML parser turns the markup into lines of visible text,
// which the page-text parser then reads, so title, date and chrome rules are the same for both.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/release/release.h"

namespace dipsearch {

// What the markup tells besides the text.
struct HtmlPageText {
  std::string text;                           // visible text of the content, a block a line
  std::vector<std::string> title_candidates;  // og:title, <h1>s of the content, <title> and its parts, <h2>s
  std::string markup_title;                   // og:title, else the first <h1>, else document_title
  std::string document_title;                 // <title> without the site's name (og:site_name, or after " | ")
  std::string url;                            // <link rel="canonical"> or og:url
  std::string published;                      // article:published_time <meta>, else JSON-LD
                                              // datePublished, else the content's first <time datetime>
  std::string lang;                           // <html lang>, lower case ("en", "ko-kr")
};

// The text of a page. Dropped with their text: <head>, <script>, <style>, <nav>, <noscript>,
// <form>, <aside>, <template>, embedded objects and form controls, hidden elements, and
// <header>/<footer> of the page (those inside <article>/<main> hold the title and date and
// stay). An element holding the content or its <h1> is never dropped (some sites wrap the
// whole page in a <form>). The content is <main>, else the first <article>, else <body>.
// The bytes are decoded as UTF-8 when they are valid UTF-8; otherwise the charset the page
// declares in <meta> is used (EUC-KR read as its superset CP949); a page that is neither valid
// UTF-8 nor declares a charset is refused, with the offset of the first bad byte in `error`.
std::optional<HtmlPageText> extract_html_text(std::string_view bytes, std::string* error = nullptr);

// Title, date, body, url and language of a saved HTML page; nullopt with `error` as for
// parse_page_text. What the markup states comes first: the title is the line of text equal to
// a markup title, else the markup title itself (og:title, <h1>, <title> without the site's
// name); the date is the markup's publication date, else the text's; the language is <html
// lang> when it is en or ko (else detected from the text). A publication date in the markup
// that is no calendar date is passed over, and said in `warnings` as an impossible date line is.
std::optional<Release> parse_html_release(std::string_view bytes, std::string* error = nullptr,
                                          std::vector<std::string>* warnings = nullptr);

}  // namespace dipsearch
