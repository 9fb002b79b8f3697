// Every match of a search, written out a batch at a time (NDJSON or CSV), so an export of
// any size is streamed in constant memory. The cursor keeps its own database handle: a
// consistent snapshot for the whole export.
#pragma once

#include <string>

#include <xapian.h>

#include "common/search/prepared_search.h"

namespace dipsearch {

enum class ExportFormat { kNdjson, kCsv };

class ExportCursor {
 public:
  // Throws ApiError for a query that does not parse.
  ExportCursor(const Xapian::Database& db, const SearchRequest& request,
               const entities::CountryCatalog& countries, ExportFormat format,
               const entities::OfficialsRegistry* officials = nullptr);

  // Appends the next rows (the CSV header first) to out. False once everything was written.
  bool next(std::string& out);

  // Releases per batch: large enough to amortize a match, small enough to bound memory.
  static constexpr Xapian::doccount kBatch = 500;

 private:
  Xapian::Database db_;
  PreparedSearch search_;
  Xapian::Enquire enquire_;
  ExportFormat format_;
  Xapian::doccount offset_ = 0;
  bool header_written_ = false;
  bool done_ = false;
};

}  // namespace dipsearch
