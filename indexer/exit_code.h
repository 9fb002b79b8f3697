// dipsearch-index's exit status: the programs' shared codes (common/program/exit_code.h).
#pragma once

#include <stdexcept>

#include "common/program/exit_code.h"

namespace dipsearch::indexer {

using dipsearch::ExitCode;
using dipsearch::kExitFatal;
using dipsearch::kExitLocked;
using dipsearch::kExitOk;
using dipsearch::kExitSchema;
using dipsearch::kExitSomeRejected;
using dipsearch::kExitUsage;

// The database was written with another schema version than this program's (exit 5): a
// newer one for an indexing run, any other for --check. The message says what to do.
struct SchemaMismatch : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace dipsearch::indexer
