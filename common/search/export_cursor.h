// Every match of a search, written out a batch at a time (NDJSON, CSV or a citation format:
// export_writer.h), so an export of any size is streamed in constant memory. The cursor keeps its own database handle: a
// consistent snapshot for the whole export.
#pragma once

#include <string>

#include <xapian.h>

#include "common/search/export_writer.h"
#include "common/search/prepared_search.h"

namespace dipsearch {

class ExportCursor {
 public:
  // Throws ApiError for a query that does not parse. accessed_day ("YYYY-MM-DD") is the
  // access date citations carry. With `partial` (NDJSON and CSV only), match=auto's partial
  // matches follow the full ones, in the order a search pages through them, and every row
  // says which it is (NDJSON "partial": true/false, a last CSV column "partial", 1 or 0).
  ExportCursor(const Xapian::Database& db, const SearchRequest& request,
               const entities::CountryCatalog& countries, ExportFormat format,
               const entities::OfficialsRegistry* officials = nullptr, std::string accessed_day = "",
               bool partial = false);

  // Appends the next rows (the format's beginning first, its end last) to out. False once
  // everything was written.
  bool next(std::string& out);

  // Releases written per call: bounds the text held at once (about 2 MB).
  static constexpr Xapian::doccount kBatch = 500;
  // Matches asked of Xapian at once. Each request runs the whole match again, so small
  // windows made an export quadratic (200 passes over 100,000 matches); an MSet entry is
  // a few dozen bytes, so this bounds memory at about a megabyte.
  static constexpr Xapian::doccount kWindow = 10000;

 private:
  void finish(std::string& out);  // the format's end; nothing follows
  // Moves on to the partial matches once the full ones are written; false when there
  // are none to move on to.
  bool start_partial();

  Xapian::Database db_;
  PreparedSearch search_;
  Xapian::Enquire enquire_;
  ExportWriter writer_;
  bool with_partial_;
  bool in_partial_ = false;  // writing the partial matches now
  Xapian::MSet window_;
  Xapian::MSetIterator next_;       // the next match of window_ to write
  Xapian::doccount window_end_ = 0;  // rank just past window_
  bool begun_ = false;
  bool done_ = false;
};

}  // namespace dipsearch
