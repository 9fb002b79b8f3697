// Reads a source file whole, with a size limit, reporting failures as text with errno's reason.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace dipsearch::release {

struct FileBytes {
  std::string bytes;
  std::string error;  // empty on success
};

// The file's bytes, or an error such as "cannot open file: Permission denied" or
// "file too large: 70000000 bytes (limit 64 MiB)". Files are read, never mapped, so a file
// that changes while it is read cannot fault the process.
FileBytes load_file_bytes(const std::filesystem::path& path, std::uintmax_t max_bytes);

}  // namespace dipsearch::release
