// A source file's stamp: how an incremental run knows, without reading a file, that it is
// still the file an earlier run indexed (schema::kSourceStampSlot holds it).
//
// The stamp is the size, the modification time in nanoseconds and the inode. Editors,
// crawlers and rsync that replace a file write a new inode; writing in place moves the
// modification time. What it cannot see is a file rewritten in place with the same size by
// a tool that then sets the old modification time back; touching the file, or a --rebuild,
// makes the next run read it.
#pragma once

#include <sys/stat.h>

#include <chrono>
#include <string>

#include <xapian.h>

namespace dipsearch::indexer {

// A file modified this shortly before the scan gets no stamp: a change made after the scan
// within the file system's timestamp granularity (up to 2 s on FAT) would keep the same
// modification time. The next run reads such a file again and stamps it then (git treats
// its "racily clean" index entries the same way).
inline constexpr std::chrono::seconds kRecentChangeWindow{2};

// The stamp of a file with this status, or "" when it was modified within
// kRecentChangeWindow of `scanned_at` (or later).
std::string source_stamp(const struct stat& status, std::chrono::system_clock::time_point scanned_at);

// Sets the source file a document was read from and its stamp ("": none).
void set_source(Xapian::Document& doc, const std::string& path, const std::string& stamp);

}  // namespace dipsearch::indexer
