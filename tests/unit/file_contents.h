// A file's bytes, for tests that check what a program wrote (an empty string when the file
// cannot be read, which the test's comparison then shows).
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace dipsearch::testing {

inline std::string file_contents(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace dipsearch::testing
