// Xapian's table check in place, or on a private copy for a user who cannot write the shard
// (see table_check.h).
#include "indexer/table_check.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

#include <xapian.h>

namespace dipsearch::indexer {
namespace fs = std::filesystem;
namespace {

// A commit rewrites the version file last; copies taken under more commits than this in a
// row mean an indexer commits without pause, and the check is better run later.
constexpr int kCopyAttempts = 5;

// Glass's version file: it names the root block of every table at the committed revision.
constexpr const char* kVersionFile = "iamglass";

bool every_file_writable(const fs::path& shard) {
  if (::access(shard.c_str(), W_OK) != 0) return false;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(shard, ec)) {
    if (::access(entry.path().c_str(), W_OK) != 0) return false;
  }
  return !ec;
}

std::string read_whole(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// A temporary directory removed with its contents on every path out.
class PrivateCopy {
 public:
  PrivateCopy() {
    std::string pattern = (fs::temp_directory_path() / "dipsearch-check-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("cannot create a directory in " + pattern);
    dir_ = pattern;
  }
  ~PrivateCopy() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  PrivateCopy(const PrivateCopy&) = delete;
  PrivateCopy& operator=(const PrivateCopy&) = delete;
  fs::path shard() const { return dir_ / "shard"; }

  // Copies the shard as of one revision: the tables, then the version file read before
  // them, provided no commit replaced it meanwhile (blocks of the named revision are reused
  // only after a further commit). False when a commit came between.
  bool take(const fs::path& shard) {
    std::error_code ec;
    fs::remove_all(this->shard(), ec);
    fs::create_directory(this->shard());
    const std::string version = read_whole(shard / kVersionFile);
    for (const auto& entry : fs::directory_iterator(shard)) {
      const std::string name = entry.path().filename().string();
      if (name == kVersionFile || !entry.is_regular_file()) continue;
      fs::copy_file(entry.path(), this->shard() / name);
    }
    if (read_whole(shard / kVersionFile) != version) return false;
    std::ofstream(this->shard() / kVersionFile, std::ios::binary) << version;
    return true;
  }

 private:
  fs::path dir_;
};

}  // namespace

TableCheck check_tables(const fs::path& shard, std::ostream& details) {
  TableCheck result;
  if (every_file_writable(shard)) {
    result.errors = Xapian::Database::check(shard.string(), 0, &details);
    return result;
  }
  result.on_copy = true;
  PrivateCopy copy;
  for (int attempt = 0;; ++attempt) {
    if (copy.take(shard)) break;
    if (attempt + 1 == kCopyAttempts) {
      throw std::runtime_error("the indexer committed " + std::to_string(kCopyAttempts) + " times while " +
                               shard.string() + " was being copied for the check: run it later");
    }
  }
  result.errors = Xapian::Database::check(copy.shard().string(), 0, &details);
  return result;
}

}  // namespace dipsearch::indexer
