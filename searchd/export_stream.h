// The body of an export answer as cpp-httplib pulls it: the cursor's rows a batch at a
// time, compressed as the client asked, written in slices. The buffers live as long as the
// stream, so a large export allocates them once, not once per batch.
#pragma once

#include <memory>
#include <string>

#include <httplib.h>

#include "common/search/export_cursor.h"
#include "searchd/database_provider.h"
#include "searchd/response_compression.h"

namespace dipsearch::searchd {

class ExportStream {
 public:
  // `prefix` goes first (a byte-order mark, or nothing); `encoder` may be null (identity).
  // The database handle keeps the cursor's generation leased until the stream ends.
  ExportStream(DatabaseProvider::Handle db, std::unique_ptr<ExportCursor> cursor, std::string prefix,
               std::unique_ptr<BodyEncoder> encoder);

  // One batch into the sink (the whole stream when it ends); false to end it abnormally.
  bool write_next(httplib::DataSink& sink);

 private:
  DatabaseProvider::Handle db_;
  std::unique_ptr<ExportCursor> cursor_;
  std::unique_ptr<BodyEncoder> encoder_;
  std::string rows_;
  std::string encoded_;
};

}  // namespace dipsearch::searchd
