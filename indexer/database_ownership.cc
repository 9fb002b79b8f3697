// Writable checks and ownership hand-back for the database files (see database_ownership.h).
#include "indexer/database_ownership.h"

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

namespace dipsearch::indexer {
namespace fs = std::filesystem;
namespace {

std::string user_name(uid_t uid) {
  if (const passwd* pw = ::getpwuid(uid)) return pw->pw_name;
  return "uid " + std::to_string(uid);
}

std::string mode_text(mode_t mode) {
  char text[8];
  std::snprintf(text, sizeof text, "%04o", static_cast<unsigned>(mode & 07777));
  return text;
}

// The database's own files: the stub, the lock, the temporary stub of a swap, and the
// generations directory (not the directory the stub is in, which may hold anything).
std::vector<fs::path> database_paths(const DatabaseLayout& layout) {
  return {layout.stub(), layout.lock_file(), fs::path(layout.stub().string() + ".tmp"), layout.generations_dir()};
}

fs::path stub_directory(const DatabaseLayout& layout) {
  return layout.stub().parent_path().empty() ? fs::path(".") : layout.stub().parent_path();
}

void require_writable(const fs::path& path, const DatabaseLayout& layout) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0 || S_ISLNK(st.st_mode)) return;  // created by the run
  if (::access(path.c_str(), W_OK) == 0) return;
  const uid_t me = ::geteuid();
  const std::string owner = user_name(st.st_uid);
  std::string why = "cannot write " + path.string() + ": it belongs to " + owner + " (mode " + mode_text(st.st_mode) +
                    ") and this run is " + user_name(me);
  if (st.st_uid != me) {
    why += ". A run as another user (such as root) left it; give the database back to the user that runs the "
           "indexer, as root: chown -R " + user_name(me) + ": " + layout.stub().string() + " " +
           layout.generations_dir().string() + " " + layout.lock_file().string() +
           ", and run dipsearch-index as that user (docs/admin.md, Ownership)";
  } else {
    why += ", who may not write it: chmod u+w it";
  }
  throw DatabaseNotWritable(why);
}

}  // namespace

void check_writable(const DatabaseLayout& layout, const std::optional<fs::path>& live) {
  require_writable(layout.lock_file(), layout);
  if (!live) {
    // A new generation: created beside the others, then named by a new stub.
    require_writable(stub_directory(layout), layout);
    require_writable(layout.generations_dir(), layout);
    return;
  }
  require_writable(*live, layout);
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(*live, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    require_writable(it->path(), layout);
  }
}

OwnershipKeeper::OwnershipKeeper(const DatabaseLayout& layout) : layout_(layout) {
  if (::geteuid() != 0) return;
  struct stat st {};
  if (::stat(layout.stub().c_str(), &st) != 0 && ::stat(stub_directory(layout).c_str(), &st) != 0) return;
  if (st.st_uid == 0) return;
  uid_ = st.st_uid;
  gid_ = st.st_gid;
}

OwnershipKeeper::~OwnershipKeeper() {
  if (!uid_) return;
  auto hand_back = [this](const fs::path& path) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0 || (st.st_uid == *uid_ && st.st_gid == gid_)) return;
    if (::lchown(path.c_str(), *uid_, gid_) != 0) {
      std::cerr << "dipsearch-index: warning: cannot give " << path.string() << " back to " << user_name(*uid_)
                << "\n";
    }
  };
  for (const fs::path& path : database_paths(layout_)) {
    hand_back(path);
    std::error_code ec;
    if (!fs::is_directory(path, ec)) continue;
    for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      hand_back(it->path());
    }
  }
}

}  // namespace dipsearch::indexer
