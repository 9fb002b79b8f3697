// Every match of a search, written out a batch at a time (NDJSON or CSV), so an export of
// any size is streamed in constant memory. The cursor keeps its own database handle: a
// consistent snapshot for the whole export.
#pragma once

#include <string>

#include <xapian.h>

#include "common/index/stored_document.h"
#include "common/search/prepared_search.h"

namespace dipsearch {

enum class ExportFormat { kNdjson, kCsv };

class ExportCursor {
 public:
  // Throws ApiError for a query that does not parse. With `partial`, match=auto's partial
  // matches follow the full ones, in the order a search pages through them, and every row
  // says which it is (NDJSON "partial": true/false, a last CSV column "partial", 1 or 0).
  ExportCursor(const Xapian::Database& db, const SearchRequest& request,
               const entities::CountryCatalog& countries, ExportFormat format,
               const entities::OfficialsRegistry* officials = nullptr, bool partial = false);

  // Appends the next rows (the CSV header first) to out. False once everything was written.
  bool next(std::string& out);

  // Releases written per call: bounds the text held at once (about 2 MB).
  static constexpr Xapian::doccount kBatch = 500;
  // Matches asked of Xapian at once. Each request runs the whole match again, so small
  // windows made an export quadratic (200 passes over 100,000 matches); an MSet entry is
  // a few dozen bytes, so this bounds memory at about a megabyte.
  static constexpr Xapian::doccount kWindow = 10000;

 private:
  // Appends one release's row, marked when partial rows are asked for.
  void append_row(std::string& out, const StoredDocument& doc) const;
  // Moves on to the partial matches once the full ones are written; false when there
  // are none to move on to.
  bool start_partial();

  Xapian::Database db_;
  PreparedSearch search_;
  Xapian::Enquire enquire_;
  ExportFormat format_;
  bool with_partial_;
  bool in_partial_ = false;  // writing the partial matches now
  Xapian::MSet window_;
  Xapian::MSetIterator next_;       // the next match of window_ to write
  Xapian::doccount window_end_ = 0;  // rank just past window_
  bool header_written_ = false;
  bool done_ = false;
};

}  // namespace dipsearch
