// dipsearch-index's exit status, as SPEC, --help and docs/admin.md describe it.
#pragma once

namespace dipsearch::indexer {

enum ExitCode {
  kExitOk = 0,            // everything indexed; --check: the database is sound
  kExitSomeRejected = 1,  // finished, some inputs rejected
  kExitUsage = 2,         // usage or configuration error
  kExitLocked = 3,        // another indexer holds the database
  kExitFatal = 4,         // fatal error, database unchanged; --check: a problem was found
};

}  // namespace dipsearch::indexer
