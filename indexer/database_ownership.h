// Who may write the database files. The service user runs the indexer; a run as root (a
// restore, a run by hand) must not leave files that user cannot write, or every later run
// fails. A run as root hands what it wrote to the database's owner; a run that meets a file
// it cannot write stops at once naming the file and its owner (exit 4).
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <optional>
#include <stdexcept>

#include "common/index/database_layout.h"

namespace dipsearch::indexer {

struct DatabaseNotWritable : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Throws DatabaseNotWritable for the first path of the database this process cannot write
// that the run will write: the lock file, and the live generation with everything in it
// (an incremental run), or the stub's directory and the generations directory (`live` is
// nullopt: a new generation). Missing paths are skipped: the run creates them.
void check_writable(const DatabaseLayout& layout, const std::optional<std::filesystem::path>& live);

// While a run as root lasts; on destruction, gives the stub, the lock file and everything
// under the generations directory back to the database's owner (the owner of the stub,
// else of the directory it is in). Does nothing for other users or a database root owns.
class OwnershipKeeper {
 public:
  explicit OwnershipKeeper(const DatabaseLayout& layout);
  ~OwnershipKeeper();
  OwnershipKeeper(const OwnershipKeeper&) = delete;
  OwnershipKeeper& operator=(const OwnershipKeeper&) = delete;

 private:
  const DatabaseLayout& layout_;
  std::optional<uid_t> uid_;  // set when there is something to hand back
  gid_t gid_ = 0;
};

}  // namespace dipsearch::indexer
