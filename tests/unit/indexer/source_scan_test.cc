// Expanding SOURCE arguments: formats, order, links, duplicates and what lies within.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>

#include "indexer/source_scan.h"
#include "../temp_dir.h"

namespace dipsearch::indexer {
namespace {
namespace fs = std::filesystem;

using testing::TempDir;

void touch(const fs::path& p, const std::string& content = "x") {
  fs::create_directories(p.parent_path());
  std::ofstream(p) << content;
}

std::vector<std::string> names(const SourceScan& scan) {
  std::vector<std::string> out;
  for (const auto& f : scan.files) out.push_back(f.path.filename().string());
  return out;
}

TEST(SourceScan, ReleaseFilesInPathOrderWithSizes) {
  TempDir dir;
  touch(dir.path() / "b.txt", "12345");
  touch(dir.path() / "a" / "z.jsonl");
  touch(dir.path() / "a" / "notes.md");
  touch(dir.path() / "c.HTML");
  SourceScan scan = scan_sources({dir.path()});
  EXPECT_EQ(names(scan), (std::vector<std::string>{"z.jsonl", "b.txt", "c.HTML"}));
  EXPECT_EQ(scan.files[1].size, 5u);
  EXPECT_TRUE(scan.files[0].absolute.is_absolute());
  EXPECT_TRUE(scan.unreadable_directories.empty());
}

TEST(SourceScan, PathOrderIsElementByElement) {
  // A directory's files come before siblings whose names extend the directory's: "a b" and
  // "a-b" sort after "a/…" element by element, before it byte by byte (' ' and '-' < '/').
  TempDir dir;
  touch(dir.path() / "a" / "z.txt");
  touch(dir.path() / "a-b.txt");
  touch(dir.path() / "a.b" / "y.txt");
  touch(dir.path() / "a b.txt");
  SourceScan scan = scan_sources({dir.path() / "a-b.txt", dir.path() / "." / "a.b", dir.path()});
  std::vector<fs::path> expected;
  for (const auto& f : scan.files) expected.push_back(f.path);
  std::sort(expected.begin(), expected.end());
  std::vector<fs::path> got;
  for (const auto& f : scan.files) got.push_back(f.path);
  EXPECT_EQ(got, expected);
  EXPECT_EQ(names(scan), (std::vector<std::string>{"y.txt", "z.txt", "a b.txt", "a-b.txt"}));
}

TEST(SourceScan, OverlappingSourcesReadAFileOnce) {
  TempDir dir;
  touch(dir.path() / "sub" / "a.txt");
  SourceScan scan = scan_sources({dir.path(), dir.path() / "sub", dir.path() / "sub" / "a.txt"});
  EXPECT_EQ(scan.files.size(), 1u);
}

// The reason the scan gave for not following the link named `name`, or "" when it did.
std::string link_reason(const SourceScan& scan, const std::string& name) {
  for (const auto& r : scan.skipped_links) {
    if (fs::path(r.path).filename() == name) return r.reason;
  }
  return "";
}

TEST(SourceScan, LinksAreFollowedToFilesWithinTheirSourceOnly) {
  TempDir dir;
  touch(dir.path() / "outside" / "a.txt");
  touch(dir.path() / "src" / "real" / "b.txt");
  const fs::path src = dir.path() / "src";
  fs::create_symlink(dir.path() / "outside" / "a.txt", src / "out.txt");
  fs::create_symlink(src / "real" / "b.txt", src / "in.txt");
  fs::create_directories(src / "sub");
  fs::create_symlink("../real/b.txt", src / "sub" / "relative.txt");
  fs::create_symlink("real/../../outside/a.txt", src / "dotdot.txt");
  fs::create_symlink(src / "nowhere.txt", src / "dangling.txt");
  fs::create_symlink(src / "loop.txt", src / "loop.txt");
  fs::create_symlink(src / "notes.md.missing", src / "dangling.md");  // not a release name
  fs::create_directory_symlink(src, src / "cycle");
  const SourceScan scan = scan_sources({src});
  EXPECT_EQ(names(scan), (std::vector<std::string>{"in.txt", "b.txt", "relative.txt"}));
  EXPECT_NE(link_reason(scan, "out.txt").find("out of its SOURCE (to " + fs::canonical(dir.path() / "outside" / "a.txt").string()),
            std::string::npos)
      << link_reason(scan, "out.txt");
  EXPECT_NE(link_reason(scan, "dotdot.txt").find("out of its SOURCE"), std::string::npos);
  EXPECT_NE(link_reason(scan, "dangling.txt").find("dangling symbolic link"), std::string::npos);
  EXPECT_NE(link_reason(scan, "loop.txt").find("symbolic link loop"), std::string::npos);
  EXPECT_NE(link_reason(scan, "cycle").find("symbolic link to a directory"), std::string::npos);
  EXPECT_EQ(scan.skipped_links.size(), 5u);

  const SourceScan anywhere = scan_sources({src}, FollowLinks::kAnywhere);
  EXPECT_EQ(names(anywhere), (std::vector<std::string>{"dotdot.txt", "in.txt", "out.txt", "b.txt", "relative.txt"}));
  EXPECT_EQ(anywhere.skipped_links.size(), 3u);
  // Found without resolving the links' paths, the same reasons.
  EXPECT_NE(link_reason(anywhere, "dangling.txt").find("dangling symbolic link"), std::string::npos);
  EXPECT_NE(link_reason(anywhere, "loop.txt").find("symbolic link loop"), std::string::npos);
  EXPECT_NE(link_reason(anywhere, "cycle").find("symbolic link to a directory"), std::string::npos);
}

TEST(SourceScan, ASourceNamedThroughALinkIsReadWhereItPoints) {
  TempDir dir;
  touch(dir.path() / "mnt" / "a.txt");
  fs::create_directory_symlink(dir.path() / "mnt", dir.path() / "releases");
  fs::create_symlink(dir.path() / "mnt" / "a.txt", dir.path() / "mnt" / "b.txt");
  const SourceScan scan = scan_sources({dir.path() / "releases"});
  EXPECT_EQ(names(scan), (std::vector<std::string>{"a.txt", "b.txt"}));
  EXPECT_TRUE(scan.skipped_links.empty());
}

TEST(SourceScan, SourcesWithoutReleaseFilesAreListedAsEmpty) {
  TempDir dir;
  touch(dir.path() / "full" / "a.txt");
  touch(dir.path() / "thin" / "notes.md");
  fs::create_directories(dir.path() / "bare");
  const SourceScan scan = scan_sources({dir.path() / "full", dir.path() / "thin", dir.path() / "bare"});
  EXPECT_EQ(scan.empty_sources, (std::vector<fs::path>{dir.path() / "thin", dir.path() / "bare"}));
}

TEST(SourceScan, MissingSourceIsAUsageError) {
  TempDir dir;
  EXPECT_THROW(scan_sources({dir.path() / "missing"}), UsageError);
}

// Whether scanning `root` leaves out the unreadable directory and reports it.
bool unreadable_directory_reported(const fs::path& root) {
  SourceScan scan = scan_sources({root});
  return names(scan) == std::vector<std::string>{"b.txt"} && scan.unreadable_directories.size() == 1 &&
         scan.unreadable_directories[0].path.find("locked") != std::string::npos &&
         scan.unreadable_directories[0].reason.find("cannot read directory") != std::string::npos;
}

TEST(SourceScan, UnreadableDirectoryIsReportedNotSkipped) {
  TempDir dir;
  touch(dir.path() / "locked" / "a.txt");
  touch(dir.path() / "open" / "b.txt");
  fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::others_read | fs::perms::others_exec);
  fs::permissions(dir.path() / "locked", fs::perms::none);
  if (::geteuid() != 0) {
    EXPECT_TRUE(unreadable_directory_reported(dir.path()));
  } else {
    // Root reads every directory: scan as an unprivileged user in a child process.
    pid_t child = fork();
    if (child == 0) {
      const bool dropped = ::setgid(65534) == 0 && ::setuid(65534) == 0;
      _exit(!dropped ? 2 : unreadable_directory_reported(dir.path()) ? 0 : 1);
    }
    int status = 0;
    waitpid(child, &status, 0);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 2) GTEST_SKIP() << "cannot drop privileges here";
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  }
  fs::permissions(dir.path() / "locked", fs::perms::owner_all);
}

TEST(SourceScan, WithinMeansUnderARootOnAPathBoundary) {
  const std::vector<fs::path> roots{"/data/releases", "/data/feeds/"};
  EXPECT_TRUE(is_within("/data/releases/a.txt", roots));
  EXPECT_TRUE(is_within("/data/releases", roots));
  EXPECT_TRUE(is_within("/data/feeds/x/y.jsonl", roots));
  EXPECT_FALSE(is_within("/data/releases-old/a.txt", roots));
  EXPECT_FALSE(is_within("/data/other.txt", roots));
}

}  // namespace
}  // namespace dipsearch::indexer
