// dipsearch-index's exit status, as SPEC, --help and docs/admin.md describe it.
#pragma once

#include <stdexcept>

namespace dipsearch::indexer {

enum ExitCode {
  kExitOk = 0,            // everything indexed; --check: the database is sound
  kExitSomeRejected = 1,  // finished, some inputs rejected
  kExitUsage = 2,         // usage or configuration error
  kExitLocked = 3,        // another indexer holds the database
  kExitFatal = 4,         // fatal error, database unchanged; --check: a problem was found
  kExitSchema = 5,        // the database was written by another version (schema) of dipsearch
};

// The database was written with another schema version than this program's (exit 5): a
// newer one for an indexing run, any other for --check. The message says what to do.
struct SchemaMismatch : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace dipsearch::indexer
