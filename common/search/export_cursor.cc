// Batched export of a search's matches.
#include "common/search/export_cursor.h"

#include "common/search/result_rows.h"

namespace dipsearch {

ExportCursor::ExportCursor(const Xapian::Database& db, const SearchRequest& request,
                           const entities::CountryCatalog& countries, ExportFormat format,
                           const entities::OfficialsRegistry* officials, bool partial)
    : db_(db), search_(request, countries, officials), enquire_(db_), format_(format), with_partial_(partial) {
  enquire_.set_query(search_.matching());
  search_.apply_sort(enquire_);
}

void ExportCursor::append_row(std::string& out, const StoredDocument& doc) const {
  if (format_ == ExportFormat::kCsv) {
    append_csv_row(out, doc);
  } else {
    append_ndjson_row(out, doc);
  }
  if (!with_partial_) return;
  // Both row forms end with their closing characters: the mark goes just before them.
  if (format_ == ExportFormat::kCsv) {
    out.insert(out.size() - 2, in_partial_ ? ",1" : ",0");
  } else {
    out.insert(out.size() - 2, in_partial_ ? ",\"partial\":true" : ",\"partial\":false");
  }
}

bool ExportCursor::start_partial() {
  if (!with_partial_ || in_partial_) return false;
  in_partial_ = true;
  const Xapian::Query partial = search_.partial();
  if (partial.empty()) return false;
  enquire_.set_query(partial);
  window_end_ = 0;
  return true;
}

bool ExportCursor::next(std::string& out) {
  if (done_) return false;
  if (format_ == ExportFormat::kCsv && !header_written_) {
    append_csv_header(out);
    if (with_partial_) out.insert(out.size() - 2, ",partial");
    header_written_ = true;
  }
  for (Xapian::doccount written = 0; written < kBatch;) {
    if (window_end_ == 0 || next_ == window_.end()) {
      // The next slice of the same ordering; the database handle is not reopened in
      // between, so slices never overlap or skip.
      const bool exhausted = window_end_ > 0 && window_.size() < kWindow;
      if (!exhausted) {
        window_ = enquire_.get_mset(window_end_, kWindow);
        window_end_ += kWindow;
        next_ = window_.begin();
      }
      if (exhausted || next_ == window_.end()) {
        if (start_partial()) continue;
        done_ = true;
        break;
      }
    }
    append_row(out, decode_stored(next_.get_document().get_data()));
    ++next_;
    ++written;
  }
  return true;
}

}  // namespace dipsearch
