// A scan of start tags, attributes and the DOCTYPE (see html_markup_limits.h). It only
// counts: the page is parsed by libxml2, and a miscount costs nothing but the limit's
// margin.
#include "common/release/html_markup_limits.h"

namespace dipsearch::release {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The bytes of the page without NULs, read one at a time.
class Cursor {
 public:
  explicit Cursor(std::string_view bytes) : bytes_(bytes) { skip_nuls(); }
  bool done() const { return at_ >= bytes_.size(); }
  char peek() const { return done() ? '\0' : bytes_[at_]; }
  size_t offset() const { return at_; }
  void next() {
    ++at_;
    skip_nuls();
  }
  // Whether the text here starts with `word` (ASCII, any case); moves past it if so.
  bool take(std::string_view word) {
    Cursor probe = *this;
    for (char c : word) {
      if (probe.done() || lower(probe.peek()) != c) return false;
      probe.next();
    }
    *this = probe;
    return true;
  }
  void skip_to(char end) {
    while (!done() && peek() != end) next();
  }
  void skip_past(std::string_view end) {
    while (!done() && !take(end)) next();
  }
  void skip_quoted() {  // at a quote: to past the matching one
    const char quote = peek();
    next();
    skip_to(quote);
    if (!done()) next();
  }

 private:
  void skip_nuls() {
    while (at_ < bytes_.size() && bytes_[at_] == '\0') ++at_;
  }
  std::string_view bytes_;
  size_t at_ = 0;
};

std::string too_many(size_t limit, std::string_view what, size_t offset) {
  return "more than " + std::to_string(limit) + " " + std::string(what) + " (at byte offset " +
         std::to_string(offset) + "): markup no page has, refused unparsed";
}

// At "<!DOCTYPE": to past its '>', noting an internal subset.
void scan_doctype(Cursor& at, MarkupCheck& check) {
  while (!at.done() && at.peek() != '>') {
    const char c = at.peek();
    if (c == '"' || c == '\'') {
      at.skip_quoted();
    } else if (c == '[') {
      check.subset_begin = at.offset();
      while (!at.done() && at.peek() != ']') {
        if (at.peek() == '"' || at.peek() == '\'') {
          at.skip_quoted();
        } else if (at.take("<!--")) {
          at.skip_past("-->");
        } else {
          at.next();
        }
      }
      check.subset_end = at.done() ? at.offset() : at.offset() + 1;
      if (!at.done()) at.next();
    } else {
      at.next();
    }
  }
}

// At a start tag's name: to its '>', counting its attributes.
size_t scan_start_tag(Cursor& at) {
  while (!at.done() && !is_space(at.peek()) && at.peek() != '>' && at.peek() != '/') at.next();
  size_t attributes = 0;
  for (;;) {
    while (!at.done() && (is_space(at.peek()) || at.peek() == '/')) at.next();
    if (at.done() || at.peek() == '>') return attributes;
    ++attributes;
    while (!at.done() && !is_space(at.peek()) && at.peek() != '=' && at.peek() != '>') at.next();
    while (!at.done() && is_space(at.peek())) at.next();
    if (at.peek() != '=') continue;
    at.next();
    while (!at.done() && is_space(at.peek())) at.next();
    if (at.peek() == '"' || at.peek() == '\'') {
      at.skip_quoted();
    } else {
      while (!at.done() && !is_space(at.peek()) && at.peek() != '>') at.next();
    }
  }
}

}  // namespace

MarkupCheck check_markup(std::string_view bytes) {
  MarkupCheck check;
  size_t elements = 0, attributes = 0;
  for (Cursor at(bytes); !at.done();) {
    if (at.peek() != '<') {
      at.next();
      continue;
    }
    const size_t tag_offset = at.offset();
    at.next();
    if (at.take("!--")) {
      at.skip_past("-->");
    } else if (at.take("!doctype")) {
      scan_doctype(at, check);
    } else if (at.peek() == '!' || at.peek() == '?' || at.peek() == '/') {
      at.skip_to('>');
    } else if (is_letter(at.peek())) {
      const size_t on_tag = scan_start_tag(at);
      if (on_tag > kMaxHtmlAttributesPerTag) {
        check.too_large = too_many(kMaxHtmlAttributesPerTag, "attributes on one tag", tag_offset);
        return check;
      }
      attributes += on_tag;
      if (++elements > kMaxHtmlElements) {
        check.too_large = too_many(kMaxHtmlElements, "elements", tag_offset);
        return check;
      }
      if (attributes > kMaxHtmlAttributes) {
        check.too_large = too_many(kMaxHtmlAttributes, "attributes", tag_offset);
        return check;
      }
    }
  }
  return check;
}

}  // namespace dipsearch::release
