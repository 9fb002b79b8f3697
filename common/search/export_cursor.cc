// Batched export of a search's matches.
#include "common/search/export_cursor.h"

namespace dipsearch {

void ExportCursor::finish(std::string& out) {
  writer_.end(out);
  done_ = true;
}

ExportCursor::ExportCursor(const Xapian::Database& db, const SearchRequest& request,
                           const entities::CountryCatalog& countries, ExportFormat format,
                           const entities::OfficialsRegistry* officials, std::string accessed_day, bool partial)
    : db_(db),
      search_(request, countries, officials),
      enquire_(db_),
      writer_(format, std::move(accessed_day), partial),
      with_partial_(partial) {
  search_.order(enquire_, search_.matching());
}

bool ExportCursor::start_partial() {
  if (!with_partial_ || in_partial_) return false;
  in_partial_ = true;
  const Xapian::Query partial = search_.partial();
  if (partial.empty()) return false;
  search_.order(enquire_, partial);
  window_end_ = 0;
  return true;
}

bool ExportCursor::next(std::string& out) {
  if (done_) return false;
  if (!begun_) {
    writer_.begin(out);
    begun_ = true;
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
        finish(out);
        break;
      }
    }
    writer_.row(out, decode_stored(next_.get_document().get_data()), in_partial_);
    ++next_;
    ++written;
  }
  return true;
}

}  // namespace dipsearch
