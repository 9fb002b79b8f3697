// Link extraction from list pages with libxml2 (see list_page.h).
#include "fetcher/list_page.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

#include <cstdio>
#include <cstring>
#include <mutex>
#include <set>

#include "common/release/release_id.h"
#include "fetcher/url.h"

namespace dipsearch::fetcher {
namespace {

// A row's text is only searched for its date: a bounded piece is enough.
constexpr size_t kMaxRowText = 4096;
// A board page lists tens of releases; a page with more is not read further.
constexpr size_t kMaxReleasesPerPage = 1000;

struct DocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
struct XPathContextDeleter {
  void operator()(xmlXPathContext* context) const { xmlXPathFreeContext(context); }
};
struct XPathObjectDeleter {
  void operator()(xmlXPathObject* object) const { xmlXPathFreeObject(object); }
};

void silence(void*, const char*, ...) {}

// The first kMaxRowText bytes of the text under `node`, walked without recursion and
// without reading further: one huge element holding every link costs no more per link.
std::string text_of(const xmlNode* node) {
  std::string out;
  const xmlNode* at = node->children;
  while (at != nullptr && out.size() < kMaxRowText) {
    if (at->type == XML_TEXT_NODE && at->content != nullptr) {
      const char* text = reinterpret_cast<const char*>(at->content);
      out.append(text, ::strnlen(text, kMaxRowText - out.size()));
      out += ' ';
    }
    if (at->type == XML_ELEMENT_NODE && at->children != nullptr) {
      at = at->children;
      continue;
    }
    while (at != nullptr && at->next == nullptr) {
      at = at->parent;
      if (at == node) return out;
    }
    if (at != nullptr) at = at->next;
  }
  if (out.size() > kMaxRowText) out.resize(kMaxRowText);
  return out;
}

// The element that holds a link's row on a board: a table row or a list item, else the
// link's parent.
const xmlNode* row_of(const xmlNode* link) {
  for (const xmlNode* up = link->parent; up != nullptr && up->type == XML_ELEMENT_NODE; up = up->parent) {
    const std::string_view name = reinterpret_cast<const char*>(up->name);
    if (name == "tr" || name == "li") return up;
  }
  return link->parent;
}

std::string date_of(const Pattern& pattern, const std::string& row) {
  const auto groups = pattern.find(row);
  if (!groups || groups->size() < 3) return {};
  const int year = std::atoi((*groups)[0].c_str()), month = std::atoi((*groups)[1].c_str()),
            day = std::atoi((*groups)[2].c_str());
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > 31) return {};
  char text[11];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
  return text;
}

}  // namespace

ListPageReader::ListPageReader(const SourceConfig& source)
    : id_prefix_(source.id_prefix), release_link_(source.release_link) {
  if (!source.list_date.empty()) list_date_.emplace(source.list_date);
}

ListPageReader::~ListPageReader() = default;

ListPage ListPageReader::read(std::string_view html, const std::string& page_url) const {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  xmlSetGenericErrorFunc(nullptr, silence);
  ListPage page;
  std::unique_ptr<xmlDoc, DocDeleter> doc(
      htmlReadMemory(html.data(), static_cast<int>(html.size()), page_url.c_str(), nullptr,
                     HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET));
  if (!doc) return page;
  std::unique_ptr<xmlXPathContext, XPathContextDeleter> context(xmlXPathNewContext(doc.get()));
  if (!context) return page;
  std::unique_ptr<xmlXPathObject, XPathObjectDeleter> links(
      xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>("//a[@href]"), context.get()));
  if (!links || links->nodesetval == nullptr) return page;
  std::set<std::string> seen;
  for (int i = 0; i < links->nodesetval->nodeNr; ++i) {
    const xmlNode* link = links->nodesetval->nodeTab[i];
    ++page.links;
    xmlChar* href = xmlGetProp(link, reinterpret_cast<const xmlChar*>("href"));
    if (href == nullptr) continue;
    const std::string target(reinterpret_cast<const char*>(href));
    xmlFree(href);
    const auto url = resolve_url(page_url, target);
    if (!url) continue;
    const auto groups = release_link_.find(url->url);
    if (!groups || groups->empty()) continue;
    const std::string& id = (*groups)[0];
    if (id.empty() || !is_valid_release_id(id_prefix_ + id)) {
      page.bad_ids.push_back(id.substr(0, 80));
      continue;
    }
    if (!seen.insert(id).second) continue;
    if (page.releases.size() == kMaxReleasesPerPage) break;
    ListedRelease release{id, url->url, {}};
    if (list_date_) release.date = date_of(*list_date_, text_of(row_of(link)));
    page.releases.push_back(std::move(release));
  }
  return page;
}

}  // namespace dipsearch::fetcher
