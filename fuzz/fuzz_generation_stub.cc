// Fuzz target: the small files that say where a database lives: the stub dipsearch-index
// swaps (which generation is current, and the lease on it) and the shard stubs dipsearchd's
// shard_opener reads, as a stub file and as a generation directory's XAPIANDB. A stub we
// cannot read must be a std::runtime_error naming it, never a crash or a hang.
#include <stdexcept>

#include "common/index/database_layout.h"
#include "fuzz/fuzz_support.h"
#include "searchd/shard_opener.h"

namespace {

namespace fs = std::filesystem;
using namespace dipsearch;

void read_as_shard_stub(const fs::path& path) {
  try {
    for (const searchd::ShardSpec& shard : searchd::read_shards(path)) {
      if (shard.name().empty()) fuzz::fail("a shard without a name");
    }
  } catch (const std::runtime_error& e) {
    if (std::string_view(e.what()).empty()) fuzz::fail("an empty error message");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const fs::path stub = fuzz::scratch_dir() / "dipsearch.db";
  const fs::path generation = fuzz::scratch_dir() / "generation";
  static const bool made = fs::create_directories(generation);
  (void)made;
  const std::string_view bytes = fuzz::as_text(data, size);
  fuzz::write_file(stub, bytes);
  fuzz::write_file(generation / "XAPIANDB", bytes);
  try {
    const DatabaseLayout layout(stub);
    (void)layout.current_generation();
    (void)GenerationLease::acquire_current(layout);
  } catch (const std::runtime_error& e) {
    if (std::string_view(e.what()).empty()) fuzz::fail("an empty error message");
  }
  read_as_shard_stub(stub);
  read_as_shard_stub(generation);
  return 0;
}
