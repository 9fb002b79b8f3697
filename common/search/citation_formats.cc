// RIS, BibTeX and CSL-JSON writers.
#include "common/search/citation_formats.h"

#include <vector>

namespace dipsearch {
namespace {

constexpr const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                   "jul", "aug", "sep", "oct", "nov", "dec"};

// RIS values are one line: control characters (line breaks included) become spaces.
std::string ris_value(std::string_view value) {
  std::string out;
  for (char c : value) {
    const auto u = static_cast<unsigned char>(c);
    out += u < 0x20 || u == 0x7F ? ' ' : c;
  }
  return out;
}

void ris_line(std::string& out, std::string_view tag, std::string_view value) {
  if (value.empty()) return;
  out.append(tag).append("  - ").append(ris_value(value)).append("\r\n");
}

// n as at least `width` digits, zero-padded.
std::string padded(int n, size_t width) {
  std::string digits = std::to_string(n);
  return std::string(digits.size() < width ? width - digits.size() : 0, '0') + digits;
}

// "YYYY/MM/DD/" with the parts that are not known left empty (RIS's date form).
std::string ris_date(int year, int month, int day) {
  return padded(year, 4) + "/" + (month > 0 ? padded(month, 2) : "") + "/" + (day > 0 ? padded(day, 2) : "") + "/";
}

// "YYYY", "YYYY-MM" or "YYYY-MM-DD" as far as known.
std::string iso_date(int year, int month, int day) {
  std::string out = padded(year, 4);
  if (month > 0) out += "-" + padded(month, 2);
  if (month > 0 && day > 0) out += "-" + padded(day, 2);
  return out;
}

nlohmann::json date_parts(int year, int month, int day) {
  nlohmann::json parts = {year};
  if (month > 0) parts.push_back(month);
  if (day > 0) parts.push_back(day);
  return {{"date-parts", nlohmann::json::array({parts})}};
}

// Which braces of text pair up with one another, in order.
std::vector<bool> paired_braces(std::string_view text) {
  std::vector<bool> paired(text.size(), false);
  std::vector<size_t> open;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      open.push_back(i);
    } else if (text[i] == '}' && !open.empty()) {
      paired[open.back()] = paired[i] = true;
      open.pop_back();
    }
  }
  return paired;
}

void field(std::string& out, std::string_view name, std::string_view value) {
  if (value.empty()) return;
  out.append("  ").append(name).append(" = {").append(value).append("},\n");
}

}  // namespace

std::string bibtex_text(std::string_view text) {
  const std::vector<bool> paired = paired_braces(text);
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\': out += "\\textbackslash{}"; break;
      case '{': out += paired[i] ? "\\{" : "\\textbraceleft{}"; break;
      case '}': out += paired[i] ? "\\}" : "\\textbraceright{}"; break;
      case '$': case '%': case '&': case '#': case '_': out += '\\'; out += c; break;
      case '~': out += "\\textasciitilde{}"; break;
      case '^': out += "\\textasciicircum{}"; break;
      case '<': out += "\\textless{}"; break;
      case '>': out += "\\textgreater{}"; break;
      case '-':
        out += c;
        // TeX reads -- as an en dash and --- as an em dash; a title's hyphens stay hyphens.
        if (i + 1 < text.size() && text[i + 1] == '-') out += "{}";
        break;
      default:
        out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
    }
  }
  return out;
}

std::string bibtex_url(std::string_view url) {
  std::string out;
  for (char c : url) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '{' || c == '}' || c == '\\' || c == ' ' || c == '"' || u < 0x20 || u == 0x7F) {
      static constexpr char kHex[] = "0123456789ABCDEF";
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 0xF];
    } else {
      out += c;
    }
  }
  return out;
}

void append_ris(std::string& out, const Citation& c) {
  ris_line(out, "TY", "RPRT");
  ris_line(out, "ID", c.key);
  ris_line(out, "TI", c.title);
  ris_line(out, "AU", c.issuer);
  ris_line(out, "PB", c.issuer);
  if (c.year > 0) {
    ris_line(out, "PY", std::to_string(c.year));
    ris_line(out, "DA", ris_date(c.year, c.month, c.day));
  }
  ris_line(out, "M3", c.genre);
  ris_line(out, "LA", c.language);
  ris_line(out, "UR", c.url);
  if (c.accessed.size() == 10) {
    ris_line(out, "Y2", c.accessed.substr(0, 4) + "/" + c.accessed.substr(5, 2) + "/" + c.accessed.substr(8, 2) + "/");
  }
  out += "ER  - \r\n\r\n";
}

void append_bibtex(std::string& out, const Citation& c) {
  out.append("@report{").append(c.key).append(",\n");
  field(out, "author", "{" + bibtex_text(c.issuer) + "}");
  field(out, "title", "{" + bibtex_text(c.title) + "}");
  field(out, "type", bibtex_text(c.genre));
  field(out, "institution", bibtex_text(c.issuer));
  if (c.year > 0) {
    field(out, "date", iso_date(c.year, c.month, c.day));
    field(out, "year", std::to_string(c.year));
    if (c.month >= 1 && c.month <= 12) out.append("  month = ").append(kMonths[c.month - 1]).append(",\n");
  }
  field(out, "url", bibtex_url(c.url));
  field(out, "urldate", c.accessed);
  field(out, "langid", c.language == "ko" ? "korean" : c.language == "en" ? "english" : "");
  out += "}\n\n";
}

nlohmann::json csl_json(const Citation& c) {
  nlohmann::json item = {{"id", c.key},
                         {"type", "report"},
                         {"genre", c.genre},
                         {"title", c.title},
                         {"author", nlohmann::json::array({{{"literal", c.issuer}}})},
                         {"publisher", c.issuer}};
  if (c.year > 0) item["issued"] = date_parts(c.year, c.month, c.day);
  if (!c.url.empty()) item["URL"] = c.url;
  if (!c.language.empty()) item["language"] = c.language;
  if (c.accessed.size() == 10) {
    item["accessed"] = date_parts(std::stoi(c.accessed.substr(0, 4)), std::stoi(c.accessed.substr(5, 2)),
                                  std::stoi(c.accessed.substr(8, 2)));
  }
  return item;
}

}  // namespace dipsearch
