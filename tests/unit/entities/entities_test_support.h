// Shared by the entities tests: where the bundled reference data lives, one extractor for all
// tests (building it reads the data files), and scratch directories for bad data files.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "common/entities/extractor.h"

namespace dipsearch::entities::testing {

// <repo>/data, found from the sample corpus directory the build passes in.
inline std::filesystem::path data_dir() {
  return std::filesystem::path(DIPSEARCH_SAMPLE_DIR).parent_path();
}

inline const EntityExtractor& extractor() {
  static const EntityExtractor instance(data_dir());
  return instance;
}

inline Entities extract(const std::string& body, const std::string& lang = "",
                        const std::string& title = "", const std::string& date = "") {
  Release r;
  r.title = title;
  r.body = body;
  r.lang = lang;
  r.date = date;
  return extractor().extract(r);
}

inline std::vector<std::string> official_keys(const Entities& e) {
  std::vector<std::string> keys;
  for (const auto& o : e.officials) keys.push_back(o.key);
  return keys;
}

// A fresh directory under the system temp folder, removed with the object.
class ScratchDir {
 public:
  ScratchDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("dipsearch-entities-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

  std::filesystem::path write(const std::string& relative, const std::string& content) const {
    const std::filesystem::path file = path_ / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << content;
    return file;
  }

 private:
  std::filesystem::path path_;
};

}  // namespace dipsearch::entities::testing
