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
  for (Xapian::doccount written = 0; written < kBatch; ++written) {
    if (window_end_ == 0 || next_ == window_.end()) {
      // The next slice of the same ordering; the database handle is not reopened in
      // between, so slices never overlap or skip.
      if (window_end_ > 0 && window_.size() < kWindow) {
        done_ = true;
        break;
      }
      window_ = enquire_.get_mset(window_end_, kWindow);
      window_end_ += kWindow;
      next_ = window_.begin();
      if (next_ == window_.end()) {
        done_ = true;
        break;
      }
    }
    StoredDocument doc = decode_stored(next_.get_document().get_data());
    if (format_ == ExportFormat::kCsv) {
      append_csv_row(out, doc);
    } else {
      append_ndjson_row(out, doc);
    }
    ++next_;
  }
  return true;
}

}  // namespace dipsearch
