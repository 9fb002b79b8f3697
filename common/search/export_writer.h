// The formats a set of releases is written out in (an export of every match, or one release
// as a citation): NDJSON and CSV for analysis, RIS, BibTeX and CSL-JSON for reference
// managers. Each has a beginning, a row per release and an end, so any of them streams.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/index/stored_document.h"

namespace dipsearch {

enum class ExportFormat { kNdjson, kCsv, kRis, kBibtex, kCslJson };

// The format of a `format` parameter value ("ndjson", "csv", "ris", "bibtex", "csljson").
std::optional<ExportFormat> export_format_named(std::string_view name);
// The Content-Type of a body in that format, and the extension of a file that holds one.
std::string_view export_content_type(ExportFormat format);
std::string_view export_extension(ExportFormat format);
bool is_citation_format(ExportFormat format);

class ExportWriter {
 public:
  // accessed_day ("YYYY-MM-DD", UTC): the access date citations carry. With mark_partial
  // (NDJSON and CSV only), every row says whether it is a partial match: NDJSON
  // "partial": true/false, a last CSV column "partial", 1 or 0.
  ExportWriter(ExportFormat format, std::string accessed_day, bool mark_partial = false);

  void begin(std::string& out);  // CSV's header, CSL-JSON's opening bracket
  void row(std::string& out, const StoredDocument& doc, bool partial = false);
  void end(std::string& out);    // CSL-JSON's closing bracket

 private:
  ExportFormat format_;
  std::string accessed_day_;
  bool mark_partial_;
  bool first_ = true;
};

}  // namespace dipsearch
