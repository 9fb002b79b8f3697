// Xapian's structural check of a database's tables, for --check=full, without write access.
// Xapian opens the tables read-write to check them, so a monitoring user who may only read
// the database gets the check run on a private copy of the shard instead.
#pragma once

#include <cstddef>
#include <filesystem>
#include <ostream>

namespace dipsearch::indexer {

struct TableCheck {
  size_t errors = 0;
  bool on_copy = false;  // this user cannot write the shard: a copy was checked
};

// Checks one shard directory; Xapian's findings go to `details`. The copy is of one
// committed revision: when a commit lands while it is taken, it is taken again. Throws
// Xapian::Error when the check cannot run, std::runtime_error when no consistent copy can
// be taken (a commit every time) or the copy fails (no space in the temporary directory).
TableCheck check_tables(const std::filesystem::path& shard, std::ostream& details);

}  // namespace dipsearch::indexer
