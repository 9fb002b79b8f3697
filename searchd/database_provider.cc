// Per-thread databases with a cheap staleness check per request: one stat() of the stub
// (a rebuild replaces it, so its inode changes) and Xapian's own reopen().
#include "searchd/database_provider.h"

#include <sys/stat.h>

#include <memory>

#include "common/search/api_error.h"

namespace dipsearch::searchd {
namespace {

struct ThreadDatabase {
  const DatabaseProvider* owner = nullptr;
  std::unique_ptr<Xapian::Database> db;
  ino_t inode = 0;
  struct timespec mtime {};
};

}  // namespace

Xapian::Database& DatabaseProvider::current() {
  thread_local ThreadDatabase slot;
  struct stat st {};
  if (::stat(stub_.c_str(), &st) != 0) {
    slot.db.reset();
    throw ApiError(503, "no_index", "",
                   "no index at " + stub_.string() + " yet: run dipsearch-index first");
  }
  bool swapped = slot.owner != this || !slot.db || slot.inode != st.st_ino ||
                 slot.mtime.tv_sec != st.st_mtim.tv_sec || slot.mtime.tv_nsec != st.st_mtim.tv_nsec;
  if (swapped) {
    slot.db = std::make_unique<Xapian::Database>(stub_.string());
    slot.owner = this;
    slot.inode = st.st_ino;
    slot.mtime = st.st_mtim;
  } else {
    slot.db->reopen();  // cheap when nothing changed; picks up incremental commits
  }
  return *slot.db;
}

}  // namespace dipsearch::searchd
