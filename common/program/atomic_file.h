// Writing a file whole or not at all: the bytes go to a temporary file beside it, which is
// flushed to disk and renamed over the target, so a reader (an indexer, a monitor) never
// sees half a file, and a crash leaves the old version.
#pragma once

#include <filesystem>
#include <string_view>

namespace dipsearch {

// Throws std::runtime_error "cannot write <what> FILE: reason" (`what`, when given, says
// what the file is); the target is then unchanged and no temporary file is left. The temporary file is ".<name>.partial" in the same
// directory, an extension no reader of release files takes.
void write_file_atomically(const std::filesystem::path& file, std::string_view bytes, std::string_view what = {});

// The temporary name write_file_atomically uses for `file`.
std::filesystem::path partial_file_for(const std::filesystem::path& file);

}  // namespace dipsearch
