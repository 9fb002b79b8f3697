// DOM walking over libxml2's tree, without recursion (saved pages can nest deeply) and without
// regular expressions: the parser decodes entities and repairs broken markup for us.
#include "common/release/html_reader.h"

#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <climits>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

#include "common/release/date_parser.h"
#include "common/release/html_markup_limits.h"
#include "common/release/page_chrome.h"
#include "common/release/page_text_parser.h"
#include "common/release/text_lines.h"
#include "common/release/utf8_check.h"

namespace dipsearch {
namespace {

using release::ascii_lower;

// No NOBLANKS: it deletes the spaces between inline elements ("<b>ROK</b> <i>and</i>").
// HUGE: without it the parser stops at 256 levels of nesting, losing the rest of the page;
// html_markup_limits.h bounds what a page may hold instead.
constexpr int kParseOptions =
    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | XML_PARSE_HUGE;

struct DocumentDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using Document = std::unique_ptr<xmlDoc, DocumentDeleter>;

void ignore_generic_error(void*, const char*, ...) {}
void ignore_structured_error(void*, xmlErrorPtr) {}

Document parse_html(std::string_view bytes, const char* encoding) {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  // Encoding errors are reported through libxml2's global handlers even with NOERROR; the
  // handlers are per thread, and nothing else in the program uses libxml2.
  xmlSetGenericErrorFunc(nullptr, ignore_generic_error);
  xmlSetStructuredErrorFunc(nullptr, ignore_structured_error);
  return Document(htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, encoding, kParseOptions));
}

std::string_view name_of(const xmlNode* node) {
  return node->name == nullptr ? std::string_view() : reinterpret_cast<const char*>(node->name);
}

bool is_element(const xmlNode* node, std::string_view name) {
  return node->type == XML_ELEMENT_NODE && name_of(node) == name;
}

std::string attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

bool has_attribute(const xmlNode* node, const char* name) {
  return xmlHasProp(node, reinterpret_cast<const xmlChar*>(name)) != nullptr;
}

bool has_ancestor(const xmlNode* node, std::initializer_list<std::string_view> names) {
  for (const xmlNode* up = node->parent; up != nullptr; up = up->parent) {
    if (up->type != XML_ELEMENT_NODE) continue;
    for (std::string_view name : names) {
      if (name_of(up) == name) return true;
    }
  }
  return false;
}

bool contains(const xmlNode* ancestor, const xmlNode* node) {
  for (const xmlNode* up = node; up != nullptr; up = up->parent) {
    if (up == ancestor) return true;
  }
  return false;
}

// Calls `visit` on every element under `root` in document order, without recursion; a false
// return skips the element's children.
template <typename Visit>
void for_each_element(const xmlNode* root, Visit visit) {
  std::vector<const xmlNode*> stack{root};
  while (!stack.empty()) {
    const xmlNode* node = stack.back();
    stack.pop_back();
    if (node->type != XML_ELEMENT_NODE && node->type != XML_DOCUMENT_NODE &&
        node->type != XML_HTML_DOCUMENT_NODE) {
      continue;
    }
    if (node->type == XML_ELEMENT_NODE && !visit(node)) continue;
    for (const xmlNode* child = node->last; child != nullptr; child = child->prev) stack.push_back(child);
  }
}

constexpr std::array<std::string_view, 22> kDroppedElements = {
    "head",  "script", "style",  "nav",    "noscript", "form",   "template", "iframe",
    "object", "embed", "svg",    "math",   "canvas",   "aside",  "menu",     "button",
    "select", "textarea", "input", "map",  "audio",    "video"};

constexpr std::array<std::string_view, 6> kDroppedRoles = {
    "navigation", "banner", "contentinfo", "search", "menubar", "menu"};

// Decides which elements' text is not part of the page's content.
class DropRules {
 public:
  // `keep`: elements that hold the content or its title and so may not be dropped.
  explicit DropRules(std::vector<const xmlNode*> keep) : keep_(std::move(keep)) {}

  bool dropped(const xmlNode* node) const {
    for (const xmlNode* kept : keep_) {
      if (contains(node, kept)) return false;
    }
    const std::string_view name = name_of(node);
    if (name == "header" || name == "footer") return !has_ancestor(node, {"article", "main"});
    for (std::string_view dropped_name : kDroppedElements) {
      if (name == dropped_name) return true;
    }
    if (has_attribute(node, "hidden") || ascii_lower(attribute(node, "aria-hidden")) == "true") return true;
    const std::string role = ascii_lower(attribute(node, "role"));
    for (std::string_view dropped_role : kDroppedRoles) {
      if (role == dropped_role) return true;
    }
    std::string style;
    for (char c : ascii_lower(attribute(node, "style"))) {
      if (c != ' ') style += c;
    }
    return style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos;
  }

 private:
  std::vector<const xmlNode*> keep_;
};

enum class Break { kNone, kLine, kParagraph };

Break break_around(std::string_view name) {
  static constexpr std::array<std::string_view, 19> kParagraphs = {
      "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl",
      "section", "article", "main", "figure", "address", "hr"};
  static constexpr std::array<std::string_view, 19> kLines = {
      "div", "li", "dt", "dd", "tr", "td", "th", "caption", "figcaption", "body", "html", "center",
      "details", "summary", "fieldset", "legend", "header", "footer", "dialog"};
  for (std::string_view block : kParagraphs) {
    if (name == block) return Break::kParagraph;
  }
  for (std::string_view block : kLines) {
    if (name == block) return Break::kLine;
  }
  return Break::kNone;
}

bool is_heading(std::string_view name) {
  return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
}

// Text with HTML's white-space rules: runs collapse to one space, blocks become line breaks.
class TextBuilder {
 public:
  void text(std::string_view content, bool preformatted) {
    for (char c : content) {
      if (preformatted && c == '\n') {
        add_break(Break::kLine);
      } else if (!preformatted && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')) {
        space_pending_ = true;
      } else {
        flush();
        out_ += c;
      }
    }
  }
  void add_break(Break kind) {
    if (kind == Break::kNone) return;
    if (inline_depth_ > 0) {
      space_pending_ = true;
      return;
    }
    pending_newlines_ = std::max(pending_newlines_, kind == Break::kParagraph ? 2 : 1);
    space_pending_ = false;
  }
  // Inside headings every break is a space, so a heading stays one line (the title line).
  void enter_inline() { ++inline_depth_; }
  void leave_inline() { --inline_depth_; }
  std::string take() { return std::move(out_); }

 private:
  void flush() {
    if (pending_newlines_ > 0 && !out_.empty()) {
      out_.append(static_cast<size_t>(pending_newlines_), '\n');
    } else if (space_pending_ && !out_.empty() && out_.back() != '\n') {
      out_ += ' ';
    }
    pending_newlines_ = 0;
    space_pending_ = false;
  }

  std::string out_;
  bool space_pending_ = false;
  int pending_newlines_ = 0;
  int inline_depth_ = 0;
};

// The visible text under `root`, one block a line.
std::string visible_text(const xmlNode* root, const DropRules& rules, bool single_line = false) {
  struct Frame {
    const xmlNode* node;
    bool leaving;
  };
  TextBuilder out;
  if (single_line) out.enter_inline();
  int preformatted = 0;
  std::vector<Frame> stack{{root, false}};
  while (!stack.empty()) {
    const Frame frame = stack.back();
    stack.pop_back();
    const xmlNode* node = frame.node;
    if (frame.leaving) {
      const std::string_view name = name_of(node);
      if (name == "pre") --preformatted;
      if (is_heading(name)) out.leave_inline();
      out.add_break(break_around(name));
      continue;
    }
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      if (node->content != nullptr) out.text(reinterpret_cast<const char*>(node->content), preformatted > 0);
      continue;
    }
    if (node->type != XML_ELEMENT_NODE || rules.dropped(node)) continue;
    const std::string_view name = name_of(node);
    if (name == "br") {
      out.add_break(Break::kLine);
      continue;
    }
    out.add_break(break_around(name));
    if (name == "pre") ++preformatted;
    if (is_heading(name)) out.enter_inline();
    stack.push_back({node, true});
    for (const xmlNode* child = node->last; child != nullptr; child = child->prev) stack.push_back({child, false});
  }
  return out.take();
}

// The first element named `name` under `root`, not inside navigation or side content.
const xmlNode* find_first(const xmlNode* root, std::string_view name) {
  const xmlNode* found = nullptr;
  for_each_element(root, [&](const xmlNode* node) {
    if (found != nullptr) return false;
    const std::string_view here = name_of(node);
    if (here == "nav" || here == "aside" || here == "script" || here == "template") return false;
    if (here == name) found = node;
    return found == nullptr;
  });
  return found;
}

const xmlNode* content_root(const xmlDoc* doc) {
  const xmlNode* root = xmlDocGetRootElement(doc);
  if (root == nullptr) return nullptr;
  for (std::string_view name : {"main", "article", "body"}) {
    if (const xmlNode* found = find_first(root, name)) return found;
  }
  return root;
}

// Facts from <meta>, <link>, <title>, JSON-LD and <html lang>.
struct HeadFacts {
  std::string charset;
  std::string url;
  std::string canonical;
  std::string published;      // article:published_time and the like
  std::string ld_published;   // datePublished of the page's JSON-LD
  std::string title;
  std::string og_title;
  std::string site_name;      // og:site_name
  std::string lang;           // <html lang>, lower case
};

std::string charset_from_content_type(const std::string& content) {
  const std::string lower = ascii_lower(content);
  const size_t at = lower.find("charset=");
  if (at == std::string::npos) return {};
  size_t start = at + 8;
  while (start < lower.size() && (lower[start] == '"' || lower[start] == '\'' || lower[start] == ' ')) ++start;
  size_t end = start;
  while (end < lower.size() && lower[end] != ';' && lower[end] != '"' && lower[end] != '\'' && lower[end] != ' ') ++end;
  return lower.substr(start, end - start);
}

// datePublished anywhere in a JSON-LD value (an object, a list, an @graph), first found.
std::string json_ld_published(const nlohmann::json& value, int depth = 0) {
  constexpr int kMaxDepth = 8;
  if (depth > kMaxDepth) return {};
  if (value.is_object()) {
    const auto it = value.find("datePublished");
    if (it != value.end() && it->is_string()) return it->get<std::string>();
    for (const auto& [key, child] : value.items()) {
      if (std::string found = json_ld_published(child, depth + 1); !found.empty()) return found;
    }
  } else if (value.is_array()) {
    for (const auto& child : value) {
      if (std::string found = json_ld_published(child, depth + 1); !found.empty()) return found;
    }
  }
  return {};
}

std::string node_text(const xmlNode* node) {
  xmlChar* text = xmlNodeGetContent(node);
  if (text == nullptr) return {};
  std::string out(reinterpret_cast<const char*>(text));
  xmlFree(text);
  return out;
}

HeadFacts read_head_facts(const xmlDoc* doc) {
  HeadFacts facts;
  const xmlNode* root = xmlDocGetRootElement(doc);
  if (root == nullptr) return facts;
  facts.lang = ascii_lower(release::collapse_spaces(attribute(root, "lang")));
  static constexpr std::array<std::string_view, 9> kPublishedNames = {
      "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate",
      "publishdate", "dc.date", "dc.date.issued", "dcterms.date"};
  for_each_element(root, [&](const xmlNode* node) {
    const std::string_view name = name_of(node);
    if (name == "meta") {
      const std::string charset = ascii_lower(release::collapse_spaces(attribute(node, "charset")));
      if (facts.charset.empty() && !charset.empty()) facts.charset = charset;
      const std::string content = attribute(node, "content");
      if (facts.charset.empty() && ascii_lower(attribute(node, "http-equiv")) == "content-type") {
        facts.charset = charset_from_content_type(content);
      }
      std::string key = ascii_lower(attribute(node, "property"));
      if (key.empty()) key = ascii_lower(attribute(node, "name"));
      if (key.empty()) key = ascii_lower(attribute(node, "itemprop"));
      if (key == "og:url" && facts.url.empty()) facts.url = release::collapse_spaces(content);
      if (key == "og:title" && facts.og_title.empty()) facts.og_title = release::collapse_spaces(content);
      if (key == "og:site_name" && facts.site_name.empty()) facts.site_name = release::collapse_spaces(content);
      for (std::string_view published : kPublishedNames) {
        if (key == published && facts.published.empty()) facts.published = release::collapse_spaces(content);
      }
    } else if (name == "link" && facts.canonical.empty()) {
      if (ascii_lower(attribute(node, "rel")) == "canonical") facts.canonical = release::collapse_spaces(attribute(node, "href"));
    } else if (name == "title" && facts.title.empty() && has_ancestor(node, {"head"})) {
      facts.title = release::collapse_spaces(node_text(node));
    } else if (name == "script" && facts.ld_published.empty() &&
               ascii_lower(attribute(node, "type")) == "application/ld+json") {
      const nlohmann::json ld = nlohmann::json::parse(node_text(node), nullptr, /*allow_exceptions=*/false);
      if (!ld.is_discarded()) facts.ld_published = release::collapse_spaces(json_ld_published(ld));
    }
    return name != "script" && name != "style";
  });
  return facts;
}

// "Outcome of … | Press Releases | Ministry" → its parts; the first is the page's own title.
std::vector<std::string> title_parts(const std::string& title) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= title.size()) {
    size_t end = std::string::npos;
    size_t separator_length = 0;
    for (std::string_view separator : {" | ", " :: ", " < ", " > ", " - ", " – ", " — "}) {
      const size_t at = title.find(separator, start);
      if (at < end) {
        end = at;
        separator_length = separator.size();
      }
    }
    const std::string part = release::collapse_spaces(title.substr(start, end == std::string::npos ? end : end - start));
    if (!part.empty()) parts.push_back(part);
    if (end == std::string::npos) break;
    start = end + separator_length;
  }
  return parts;
}

// The page's own part of a <title>: without the site's name when og:site_name names it at
// either end ("Site - Title", "Title – Site"), else without everything after " | ", " :: ",
// " < " (where sites put their name and section).
std::string site_name_removed(const std::string& title, const std::string& site_name) {
  if (!site_name.empty() && title.size() > site_name.size()) {
    for (std::string_view separator : {" | ", " - ", " – ", " — ", " :: ", " < ", " > ", " : "}) {
      if (release::ends_with(title, std::string(separator) + site_name)) {
        return release::collapse_spaces(title.substr(0, title.size() - site_name.size() - separator.size()));
      }
      if (release::starts_with(title, site_name + std::string(separator))) {
        return release::collapse_spaces(title.substr(site_name.size() + separator.size()));
      }
    }
  }
  size_t end = std::string::npos;
  for (std::string_view separator : {" | ", " :: ", " < "}) end = std::min(end, title.find(separator));
  return release::collapse_spaces(title.substr(0, end));
}

bool is_utf8_name(const std::string& charset) {
  return charset.empty() || charset == "utf-8" || charset == "utf8" || charset == "unicode-1-1-utf-8";
}

// The libxml2 encoding name for the bytes, or nullopt (with `error`) when they cannot be read.
std::optional<std::string> choose_encoding(std::string_view bytes, std::string* error) {
  if (release::starts_with(bytes, "\xFF\xFE")) return "UTF-16LE";
  if (release::starts_with(bytes, "\xFE\xFF")) return "UTF-16BE";
  const auto bad = release::find_invalid_utf8(bytes);
  if (!bad) return "UTF-8";
  // Not UTF-8: read the markup byte for byte (Latin-1 maps every byte) to find its <meta>.
  const Document probe = parse_html(bytes, "ISO-8859-1");
  std::string charset = probe ? read_head_facts(probe.get()).charset : std::string();
  if (is_utf8_name(charset)) {
    *error = "not valid UTF-8: first bad byte sequence at byte offset " + std::to_string(*bad) +
             (charset.empty() ? " (and the page declares no other charset)" : " (the page declares UTF-8)");
    return std::nullopt;
  }
  // Browsers read EUC-KR pages with the CP949 superset, and Korean sites rely on that.
  if (charset == "euc-kr" || charset == "ks_c_5601-1987" || charset == "ksc5601" || charset == "x-windows-949" ||
      charset == "windows-949") {
    charset = "CP949";
  }
  xmlCharEncodingHandler* handler = xmlFindCharEncodingHandler(charset.c_str());
  if (handler == nullptr) {
    *error = "the page's charset " + release::quote_for_message(charset) + " is not supported";
    return std::nullopt;
  }
  xmlCharEncCloseFunc(handler);
  return charset;
}

std::optional<HtmlPageText> fail(std::string* error, std::string message) {
  if (error != nullptr) *error = std::move(message);
  return std::nullopt;
}

// How many elements deep the tree goes, without recursion.
size_t depth_of(const xmlNode* root) {
  size_t deepest = 0;
  std::vector<std::pair<const xmlNode*, size_t>> stack{{root, 1}};
  while (!stack.empty()) {
    const auto [node, depth] = stack.back();
    stack.pop_back();
    deepest = std::max(deepest, depth);
    for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
      if (child->type == XML_ELEMENT_NODE) stack.push_back({child, depth + 1});
    }
  }
  return deepest;
}

}  // namespace

std::optional<HtmlPageText> extract_html_text(std::string_view bytes, std::string* error) {
  std::string reason;
  bytes = release::strip_bom(bytes);
  if (bytes.size() > static_cast<size_t>(INT_MAX)) return fail(error, "the page is too large for the HTML parser");
  const release::MarkupCheck markup = release::check_markup(bytes);
  if (markup.too_large) return fail(error, *markup.too_large);
  std::string without_subset;  // a DOCTYPE's internal subset is no part of the page's text
  if (markup.subset_end > markup.subset_begin) {
    without_subset.assign(bytes);
    for (size_t i = markup.subset_begin; i < markup.subset_end; ++i) {
      if (without_subset[i] != '\0') without_subset[i] = ' ';
    }
    bytes = without_subset;
  }
  const auto encoding = choose_encoding(bytes, &reason);
  if (!encoding) return fail(error, reason);
  const Document doc = parse_html(bytes, encoding->c_str());
  const xmlNode* content = doc ? content_root(doc.get()) : nullptr;
  if (content == nullptr) return fail(error, "no HTML content found");
  if (depth_of(xmlDocGetRootElement(doc.get())) > release::kMaxHtmlDepth) {
    return fail(error, "elements nested more than " + std::to_string(release::kMaxHtmlDepth) +
                           " deep: markup no page has, refused");
  }

  const HeadFacts facts = read_head_facts(doc.get());
  HtmlPageText page;
  page.url = !facts.canonical.empty() ? facts.canonical : facts.url;
  page.published = !facts.published.empty() ? facts.published : facts.ld_published;
  page.document_title = site_name_removed(facts.title, facts.site_name);
  page.lang = facts.lang;

  std::vector<const xmlNode*> keep{content};
  const DropRules outer_rules(keep);
  std::vector<const xmlNode*> h1s, h2s;
  std::string time_datetime;
  for_each_element(content, [&](const xmlNode* node) {
    if (node != content && outer_rules.dropped(node) && !is_element(node, "form")) return false;
    if (is_element(node, "h1")) h1s.push_back(node);
    if (is_element(node, "h2")) h2s.push_back(node);
    if (is_element(node, "time") && time_datetime.empty()) time_datetime = release::collapse_spaces(attribute(node, "datetime"));
    return true;
  });
  if (page.published.empty()) page.published = time_datetime;
  if (!h1s.empty()) keep.push_back(h1s.front());
  const DropRules rules(keep);

  const auto add_candidates = [&](const std::vector<const xmlNode*>& headings) {
    for (const xmlNode* heading : headings) {
      std::string text = release::collapse_spaces(visible_text(heading, rules, /*single_line=*/true));
      if (!text.empty() && !release::is_header_chrome(text)) page.title_candidates.push_back(std::move(text));
    }
  };
  if (!facts.og_title.empty()) page.title_candidates.push_back(site_name_removed(facts.og_title, facts.site_name));
  add_candidates(h1s);
  if (!page.document_title.empty()) page.title_candidates.push_back(page.document_title);
  if (!facts.title.empty()) page.title_candidates.push_back(facts.title);
  for (std::string& part : title_parts(facts.title)) {
    if (!release::is_header_chrome(part)) page.title_candidates.push_back(std::move(part));
  }
  add_candidates(h2s);

  page.text = visible_text(content, rules);
  // What the markup says the title is: og:title, else the first <h1>, else <title>.
  if (!facts.og_title.empty()) {
    page.markup_title = site_name_removed(facts.og_title, facts.site_name);
  } else if (!h1s.empty()) {
    page.markup_title = release::collapse_spaces(visible_text(h1s.front(), rules, /*single_line=*/true));
  }
  if (page.markup_title.empty()) page.markup_title = page.document_title;
  return page;
}

std::optional<Release> parse_html_release(std::string_view bytes, std::string* error,
                                          std::vector<std::string>* warnings) {
  const auto page = extract_html_text(bytes, error);
  if (!page) return std::nullopt;
  PageTextOptions options;
  options.title_candidates = page->title_candidates;
  options.markup_title = page->markup_title;
  auto release = parse_page_text(page->text, options, error, warnings);
  if (!release) return std::nullopt;
  // The markup's publication date comes before any date read from the text.
  if (!page->published.empty()) {
    auto date = parse_iso_date(page->published);
    if (!date) date = parse_release_date(page->published);
    if (date) {
      release->date = *date;
    } else if (warnings != nullptr) {
      warnings->push_back("publication date " + release::quote_for_message(page->published) +
                          " in the markup is not a calendar date: not used");
    }
  }
  const std::string lang = page->lang.substr(0, page->lang.find('-'));
  if (lang == "en" || lang == "ko") release->lang = lang;
  release->url = page->url;
  return release;
}

}  // namespace dipsearch
