// The exit status the command-line programs share (dipsearch-index, dipsearch-fetch), so
// that cron jobs and monitors read them alike; SPEC, --help and docs/admin.md describe them.
#pragma once

namespace dipsearch {

enum ExitCode {
  kExitOk = 0,            // all done; dipsearch-index --check: the database is sound
  kExitSomeRejected = 1,  // finished, but some inputs were rejected or could not be fetched
  kExitUsage = 2,         // usage or configuration error
  kExitLocked = 3,        // another run holds the lock
  kExitFatal = 4,         // fatal error; what was there is unchanged
  kExitSchema = 5,        // dipsearch-index: the database was written by another version (schema)
};

}  // namespace dipsearch
