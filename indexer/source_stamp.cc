// Source file stamps (see source_stamp.h).
#include "indexer/source_stamp.h"

#include <cstdint>

#include "common/schema.h"

namespace dipsearch::indexer {

std::string source_stamp(const struct stat& status, std::chrono::system_clock::time_point scanned_at) {
  using std::chrono::nanoseconds;
  const auto modified = std::chrono::seconds(status.st_mtim.tv_sec) + nanoseconds(status.st_mtim.tv_nsec);
  const auto settled = std::chrono::duration_cast<nanoseconds>(scanned_at.time_since_epoch() - kRecentChangeWindow);
  if (modified >= settled) return "";
  return std::to_string(static_cast<std::uintmax_t>(status.st_size)) + " " +
         std::to_string(std::chrono::duration_cast<nanoseconds>(modified).count()) + " " +
         std::to_string(static_cast<std::uintmax_t>(status.st_ino));
}

void set_source(Xapian::Document& doc, const std::string& path, const std::string& stamp) {
  doc.add_value(schema::kSourceSlot, path);
  doc.add_value(schema::kSourceStampSlot, stamp);  // Xapian removes a value set empty
}

}  // namespace dipsearch::indexer
