// Export bodies: batches of rows, compressed, in slices.
#include "searchd/export_stream.h"

#include <algorithm>

#include "searchd/log.h"

namespace dipsearch::searchd {
namespace {

// cpp-httplib copies what it is given twice (the chunk and its framing); slices this small
// keep those copies in the malloc arenas, below the threshold where every buffer is mapped
// and unmapped (main.cc).
constexpr size_t kSliceBytes = 64 * 1024;

}  // namespace

ExportStream::ExportStream(DatabaseProvider::Handle db, std::unique_ptr<ExportCursor> cursor, std::string prefix,
                           std::unique_ptr<BodyEncoder> encoder)
    : db_(std::move(db)), cursor_(std::move(cursor)), encoder_(std::move(encoder)), rows_(std::move(prefix)) {}

bool ExportStream::write_next(httplib::DataSink& sink) {
  try {
    const bool more = cursor_->next(rows_);
    const std::string* out = &rows_;
    if (encoder_) {
      encoded_.clear();
      encoder_->write(rows_, encoded_);
      if (!more) encoder_->finish(encoded_);
      out = &encoded_;
    }
    for (size_t at = 0; at < out->size(); at += kSliceBytes) {
      if (!sink.write(out->data() + at, std::min(kSliceBytes, out->size() - at))) return false;
    }
    rows_.clear();  // the capacity stays for the next batch
    if (!more) sink.done();
    return true;
  } catch (const std::exception& e) {
    // Headers are gone already: end the stream abnormally so the client sees a failure.
    log_line(LogLevel::kWarning, std::string("export stopped: ") + e.what());
    return false;
  }
}

}  // namespace dipsearch::searchd
