// Batched export of a search's matches.
#include "common/search/export_cursor.h"

#include "common/search/result_rows.h"

namespace dipsearch {

ExportCursor::ExportCursor(const Xapian::Database& db, const SearchRequest& request,
                           const entities::CountryCatalog& countries, ExportFormat format,
                           const entities::OfficialsRegistry* officials)
    : db_(db), search_(request, countries, officials), enquire_(db_), format_(format) {
  enquire_.set_query(search_.matching());
  search_.apply_sort(enquire_);
}

bool ExportCursor::next(std::string& out) {
  if (done_) return false;
  if (format_ == ExportFormat::kCsv && !header_written_) {
    append_csv_header(out);
    header_written_ = true;
  }
  // Each batch asks for the next slice of the same ordering; the database handle is not
  // reopened in between, so slices never overlap or skip.
  Xapian::MSet batch = enquire_.get_mset(offset_, kBatch);
  for (auto it = batch.begin(); it != batch.end(); ++it) {
    StoredDocument doc = decode_stored(it.get_document().get_data());
    if (format_ == ExportFormat::kCsv) {
      append_csv_row(out, doc);
    } else {
      append_ndjson_row(out, doc);
    }
  }
  offset_ += batch.size();
  if (batch.size() < kBatch) done_ = true;
  return true;
}

}  // namespace dipsearch
