// Atom XML writing; every piece of document text goes through the XML escaper.
#include "searchd/atom_feed.h"

#include <algorithm>

#include "common/index/timestamp.h"
#include "common/text/escape.h"

namespace dipsearch::searchd {
namespace {

// Atom wants RFC 3339 times; releases carry dates (or a month, or nothing).
std::string entry_time(const StoredDocument& doc) {
  if (doc.date.size() == 10) return doc.date + "T00:00:00Z";
  if (doc.date.size() == 7) return doc.date + "-01T00:00:00Z";
  return doc.indexed_at.empty() ? utc_now_rfc3339() : doc.indexed_at;
}

bool is_web_url(const std::string& url) {
  return url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0;
}

// A short summary: the first paragraph, cut at a word boundary.
std::string summary_of(const std::string& body) {
  constexpr size_t kMax = 400;
  std::string s = body.substr(0, body.find("\n\n"));
  if (s.size() <= kMax) return s;
  size_t cut = s.rfind(' ', kMax);
  if (cut == std::string::npos || cut < kMax / 2) cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
  return s.substr(0, cut) + " …";
}

void element(std::string& out, const char* name, const std::string& text) {
  out += "<";
  out += name;
  out += ">";
  text::append_xml_escaped(out, text);
  out += "</";
  out += name;
  out += ">";
}

void link(std::string& out, const char* rel, const std::string& href, const char* type = nullptr) {
  out += "<link rel=\"";
  out += rel;
  out += "\" href=\"";
  text::append_xml_escaped(out, href);
  out += "\"";
  if (type != nullptr) {
    out += " type=\"";
    out += type;
    out += "\"";
  }
  out += "/>";
}

}  // namespace

std::string release_entry_id(const std::string& release_id) { return "urn:dipsearch:release:" + release_id; }

std::string atom_feed(const FeedInfo& info, const std::vector<StoredDocument>& releases) {
  std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">";
  element(out, "id", "urn:dipsearch:search:" + info.query_string);
  element(out, "title", info.title);
  const std::string search = info.query_string.empty() ? "" : "?" + info.query_string;
  link(out, "self", info.base_url + "/api/feed.atom" + search, "application/atom+xml");
  link(out, "alternate", info.base_url + "/" + search, "text/html");
  std::string updated = "1970-01-01T00:00:00Z";
  for (const auto& doc : releases) updated = std::max(updated, entry_time(doc));
  element(out, "updated", updated);
  out += "<author><name>dipsearch</name></author><generator>dipsearch</generator>\n";
  for (const auto& doc : releases) {
    out += "<entry>";
    element(out, "id", release_entry_id(doc.id));
    element(out, "title", doc.title.empty() ? doc.id : doc.title);
    // The original page is the entry's alternate; our document view is related to it.
    if (is_web_url(doc.url)) {
      link(out, "alternate", doc.url, "text/html");
      link(out, "related", info.base_url + "/?doc=" + doc.id, "text/html");
    } else {
      link(out, "alternate", info.base_url + "/?doc=" + doc.id, "text/html");
    }
    if (!doc.site.key.empty()) {
      out += "<author>";
      element(out, "name", doc.site.label.empty() ? doc.site.key : doc.site.label);
      out += "</author>";
    }
    const std::string time = entry_time(doc);
    element(out, "updated", time);
    element(out, "published", time);
    for (const auto& country : doc.countries) {
      out += "<category term=\"";
      text::append_xml_escaped(out, country);
      out += "\"/>";
    }
    out += "<summary type=\"text\">";
    text::append_xml_escaped(out, summary_of(doc.body));
    out += "</summary></entry>\n";
  }
  out += "</feed>\n";
  return out;
}

}  // namespace dipsearch::searchd
