// Export formats and their framing.
#include "common/search/export_writer.h"

#include <stdexcept>

#include "common/search/citation_formats.h"
#include "common/search/result_rows.h"

namespace dipsearch {

std::optional<ExportFormat> export_format_named(std::string_view name) {
  if (name == "ndjson") return ExportFormat::kNdjson;
  if (name == "csv") return ExportFormat::kCsv;
  if (name == "ris") return ExportFormat::kRis;
  if (name == "bibtex") return ExportFormat::kBibtex;
  if (name == "csljson") return ExportFormat::kCslJson;
  return std::nullopt;
}

std::string_view export_content_type(ExportFormat format) {
  switch (format) {
    case ExportFormat::kNdjson: return "application/x-ndjson; charset=utf-8";
    case ExportFormat::kCsv: return "text/csv; charset=utf-8; header=present";
    case ExportFormat::kRis: return "application/x-research-info-systems; charset=utf-8";
    case ExportFormat::kBibtex: return "application/x-bibtex; charset=utf-8";
    case ExportFormat::kCslJson: return "application/vnd.citationstyles.csl+json; charset=utf-8";
  }
  return "application/octet-stream";
}

std::string_view export_extension(ExportFormat format) {
  switch (format) {
    case ExportFormat::kNdjson: return "ndjson";
    case ExportFormat::kCsv: return "csv";
    case ExportFormat::kRis: return "ris";
    case ExportFormat::kBibtex: return "bib";
    case ExportFormat::kCslJson: return "json";
  }
  return "txt";
}

bool is_citation_format(ExportFormat format) {
  return format == ExportFormat::kRis || format == ExportFormat::kBibtex || format == ExportFormat::kCslJson;
}

ExportWriter::ExportWriter(ExportFormat format, std::string accessed_day, bool mark_partial)
    : format_(format), accessed_day_(std::move(accessed_day)), mark_partial_(mark_partial) {
  if (mark_partial_ && format_ != ExportFormat::kNdjson && format_ != ExportFormat::kCsv) {
    throw std::invalid_argument("only NDJSON and CSV rows can say they are partial matches");
  }
}

void ExportWriter::begin(std::string& out) {
  if (format_ == ExportFormat::kCsv) {
    append_csv_header(out);
    // The header ends with CRLF, like every CSV row: the column goes just before it.
    if (mark_partial_) out.insert(out.size() - 2, ",partial");
  }
  if (format_ == ExportFormat::kCslJson) out += "[";
}

void ExportWriter::row(std::string& out, const StoredDocument& doc, bool partial) {
  switch (format_) {
    case ExportFormat::kNdjson:
      append_ndjson_row(out, doc);
      // The row ends with "}\n": the mark goes just before them.
      if (mark_partial_) out.insert(out.size() - 2, partial ? ",\"partial\":true" : ",\"partial\":false");
      break;
    case ExportFormat::kCsv:
      append_csv_row(out, doc);
      // The row ends with CRLF: the column goes just before it.
      if (mark_partial_) out.insert(out.size() - 2, partial ? ",1" : ",0");
      break;
    case ExportFormat::kRis: append_ris(out, citation_of(doc, accessed_day_)); break;
    case ExportFormat::kBibtex: append_bibtex(out, citation_of(doc, accessed_day_)); break;
    case ExportFormat::kCslJson:
      out += first_ ? "\n" : ",\n";
      out += csl_json(citation_of(doc, accessed_day_)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      break;
  }
  first_ = false;
}

void ExportWriter::end(std::string& out) {
  if (format_ == ExportFormat::kCslJson) out += first_ ? "]\n" : "\n]\n";
}

}  // namespace dipsearch
