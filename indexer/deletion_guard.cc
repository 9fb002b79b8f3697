// The mass-deletion guard (deletion_guard.h).
#include "indexer/deletion_guard.h"

#include <xapian.h>

#include "common/schema.h"
#include "common/text/message_escape.h"
#include "indexer/source_scan.h"

namespace dipsearch::indexer {
namespace fs = std::filesystem;

LiveDocuments::LiveDocuments(const std::vector<fs::path>& shards) : shards_(shards) {
  try {
    for (const auto& shard : shards_) count_ += Xapian::Database(shard.string()).get_doccount();
  } catch (const Xapian::Error&) {
    shards_.clear();
    count_ = 0;
  }
}

void LiveDocuments::check_empty_sources(const std::vector<fs::path>& empty_sources) const {
  if (empty_sources.empty() || count_ == 0) return;
  const std::vector<fs::path> roots = absolute_sources(empty_sources);
  for (const auto& shard : shards_) {
    const Xapian::Database db(shard.string());
    for (auto it = db.valuestream_begin(schema::kSourceSlot); it != db.valuestream_end(schema::kSourceSlot); ++it) {
      for (size_t i = 0; i < roots.size(); ++i) {
        if (!is_within(*it, {roots[i]})) continue;
        throw UsageError("SOURCE " + text::escape_path(empty_sources[i].string()) +
                         " holds no release file, but the database holds releases read from it "
                         "(is a file system not mounted?); nothing was changed. Run with --allow-empty "
                         "to delete them");
      }
    }
  }
}

void LiveDocuments::check_loss(size_t lost) const {
  if (count_ == 0) return;  // nothing live, or the guard not asked for (--allow-empty)
  if (static_cast<double>(lost) <= kMaxDeletedShare * static_cast<double>(count_)) return;
  throw UsageError("this run would delete " + std::to_string(lost) + " of the database's " +
                   std::to_string(count_) + " releases, more than half; nothing was changed. Check "
                   "the SOURCE arguments, or run with --allow-empty if this is meant");
}

}  // namespace dipsearch::indexer
