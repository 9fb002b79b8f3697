// Directory walking for SOURCE arguments. The walk is our own rather than
// recursive_directory_iterator, which ends the whole walk at the first unreadable directory
// (or silently skips it): a file missed that way would look vanished and be deleted.
#include "indexer/source_scan.h"

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <unordered_set>

#include "common/release/source_reader.h"
#include "common/text/message_escape.h"
#include "indexer/source_stamp.h"

namespace dipsearch::indexer {
namespace fs = std::filesystem;
namespace {

using Clock = std::chrono::system_clock;

// A file that cannot be examined now (size 0, no stamp) is still read; the reader reports
// what is wrong with it.
SourceFile source_file(const fs::path& path, Clock::time_point scanned_at) {
  SourceFile file;
  file.path = path;
  file.absolute = fs::absolute(path).lexically_normal();
  struct stat status {};
  if (::stat(path.c_str(), &status) == 0) {
    file.size = static_cast<std::uintmax_t>(status.st_size);
    file.stamp = source_stamp(status, scanned_at);
  }
  return file;
}

// The sidecars of the directories seen, read once each.
class Sidecars {
 public:
  explicit Sidecars(Clock::time_point scanned_at) : scanned_at_(scanned_at) {}

  // Attaches the sidecar of the file's directory and adds its stamp to the file's.
  void attach(SourceFile& file, SourceScan& scan) {
    const fs::path dir = file.path.parent_path();
    auto [it, inserted] = by_directory_.try_emplace(fs::absolute(dir).lexically_normal());
    if (inserted) it->second = load(dir.empty() ? fs::path(".") : dir, scan);
    const auto& [sidecar, stamp] = it->second;
    if (!sidecar) return;
    file.sidecar = sidecar;
    file.stamp = file.stamp.empty() || stamp.empty() ? std::string() : file.stamp + " " + stamp;
  }

 private:
  using Loaded = std::pair<std::shared_ptr<const Sidecar>, std::string>;

  Loaded load(const fs::path& dir, SourceScan& scan) const {
    const fs::path file = dir / std::string(kSidecarFileName);
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) return {};
    struct stat status {};
    const std::string stamp = ::stat(file.c_str(), &status) == 0 ? source_stamp(status, scanned_at_) : std::string();
    auto sidecar = std::make_shared<Sidecar>(read_sidecar(file));
    for (auto& rejection : sidecar->rejections) scan.sidecar_rejections.push_back(rejection);
    return {std::move(sidecar), stamp};
  }

  Clock::time_point scanned_at_;
  std::map<fs::path, Loaded> by_directory_;
};

// Whether `path` is `root` or lies under it; both canonical.
bool is_under(const fs::path& path, const fs::path& root) {
  return std::mismatch(root.begin(), root.end(), path.begin(), path.end()).first == root.end();
}

// Why the link at `link` is not followed, or nullopt when it is (its target is a release
// file's within `root`, or anywhere when the user said so). A link leaving the SOURCE could
// otherwise publish any file the indexer may read (/etc/passwd, a private key). `target` is
// the status through the link (fs::status), `ec` what getting it failed with.
std::optional<std::string> link_refusal(const fs::path& link, const fs::file_status& target, std::error_code ec,
                                        const fs::path& root, FollowLinks links) {
  if (ec) {
    if (!is_release_file(link)) return std::nullopt;
    return ec == std::errc::too_many_symbolic_link_levels ? "symbolic link loop, not followed"
                                                          : "dangling symbolic link: " + ec.message();
  }
  if (fs::is_directory(target)) return "symbolic link to a directory, not followed";
  if (!is_release_file(link)) return std::nullopt;
  // Where the link leads is resolved only when it must stay within the SOURCE: that reads
  // every element of its path, and a run over links to every file did it for each.
  if (links == FollowLinks::kAnywhere || root.empty()) return std::nullopt;
  const fs::path resolved = fs::canonical(link, ec);
  if (!ec && is_under(resolved, root)) return std::nullopt;
  if (ec) return "symbolic link whose target could not be resolved (" + ec.message() + "), not followed";
  return "symbolic link out of its SOURCE (to " + text::escape_path(resolved.string()) +
         "), not followed; --follow-links reads it";
}

void walk_directory(const fs::path& root, FollowLinks links, Clock::time_point scanned_at, SourceScan& scan) {
  std::error_code root_ec;
  const fs::path canonical_root = fs::canonical(root, root_ec);  // empty: unknown, see link_refusal
  std::vector<fs::path> pending{root};
  while (!pending.empty()) {
    const fs::path dir = pending.back();
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      std::error_code entry_ec;
      if (it->is_symlink(entry_ec)) {
        std::error_code target_ec;
        const fs::file_status target = fs::status(it->path(), target_ec);
        if (auto refusal = link_refusal(it->path(), target, target_ec, canonical_root, links)) {
          scan.skipped_links.push_back({fs::absolute(it->path()).lexically_normal().string(), 0, *refusal});
        } else if (fs::is_regular_file(target) && is_release_file(it->path())) {
          scan.files.push_back(source_file(it->path(), scanned_at));
        }
      } else if (it->is_directory(entry_ec)) {
        pending.push_back(it->path());
      } else if (it->is_regular_file(entry_ec) && is_release_file(it->path())) {
        scan.files.push_back(source_file(it->path(), scanned_at));
      }
    }
    if (ec) {
      scan.unreadable_directories.push_back(
          {fs::absolute(dir).lexically_normal().string(), 0, "cannot read directory: " + ec.message()});
    }
  }
}

}  // namespace

std::vector<fs::path> absolute_sources(const std::vector<fs::path>& sources) {
  std::vector<fs::path> out;
  for (const auto& s : sources) out.push_back(fs::absolute(s).lexically_normal());
  return out;
}

bool is_within(const std::string& path, const std::vector<fs::path>& roots) {
  for (const auto& root : roots) {
    std::string r = root.string();
    while (r.size() > 1 && r.back() == '/') r.pop_back();
    if (path == r) return true;
    if (path.size() > r.size() && path.compare(0, r.size(), r) == 0 && path[r.size()] == '/') return true;
  }
  return false;
}

namespace {

// The order of fs::path's operator< as one string a path: relative paths before absolute
// ones, then element by element (each element ends in a NUL, which no name holds). Sorting
// by it gives the same order; comparing the paths themselves, element by element, was
// over half of the scan's instructions at 10,000 files.
std::string path_order_key(const fs::path& path) {
  std::string key(1, path.has_root_directory() ? '\1' : '\0');
  for (const fs::path& element : path.relative_path()) {
    key += element.native();
    key += '\0';
  }
  return key;
}

void sort_by_path(std::vector<SourceFile>& files) {
  std::vector<std::pair<std::string, size_t>> order;
  order.reserve(files.size());
  for (size_t i = 0; i < files.size(); ++i) order.emplace_back(path_order_key(files[i].path), i);
  std::sort(order.begin(), order.end());
  std::vector<SourceFile> sorted;
  sorted.reserve(files.size());
  for (const auto& entry : order) sorted.push_back(std::move(files[entry.second]));
  files = std::move(sorted);
}

}  // namespace

SourceScan scan_sources(const std::vector<fs::path>& sources, FollowLinks links) {
  SourceScan scan;
  const Clock::time_point scanned_at = Clock::now();
  for (const auto& source : sources) {
    std::error_code ec;
    fs::file_status status = fs::status(source, ec);
    const std::string named = text::escape_path(source.string());
    if (ec || !fs::exists(status)) throw UsageError("SOURCE " + named + " does not exist");
    if (fs::is_regular_file(status)) {
      scan.files.push_back(source_file(source, scanned_at));
    } else if (fs::is_directory(status)) {
      const size_t before = scan.files.size(), unreadable_before = scan.unreadable_directories.size();
      walk_directory(source, links, scanned_at, scan);
      if (scan.files.size() == before && scan.unreadable_directories.size() == unreadable_before) {
        scan.empty_sources.push_back(source);
      }
    } else {
      throw UsageError("SOURCE " + named + " is not a file or directory");
    }
  }
  auto& files = scan.files;
  sort_by_path(files);
  Sidecars sidecars(scanned_at);
  for (SourceFile& file : files) sidecars.attach(file, scan);
  // The same file named twice (overlapping SOURCEs) is read once, where it comes first.
  // Absolute paths are lexically normal, so equal paths are equal strings: hashed, not
  // compared element by element.
  std::unordered_set<std::string> seen;
  files.erase(std::remove_if(files.begin(), files.end(),
                             [&seen](const SourceFile& f) { return !seen.insert(f.absolute.native()).second; }),
              files.end());
  return scan;
}

}  // namespace dipsearch::indexer
