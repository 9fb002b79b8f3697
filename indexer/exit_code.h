// dipsearch-index's exit status: the programs' shared codes (common/program/exit_code.h).
#pragma once

#include "common/program/exit_code.h"

namespace dipsearch::indexer {

using dipsearch::ExitCode;
using dipsearch::kExitFatal;
using dipsearch::kExitLocked;
using dipsearch::kExitOk;
using dipsearch::kExitSomeRejected;
using dipsearch::kExitUsage;

}  // namespace dipsearch::indexer
