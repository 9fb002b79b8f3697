// What reading one source file gives: the releases it holds and the parts that were rejected.
#pragma once

#include <vector>

#include "common/release/release.h"

namespace dipsearch {

struct FileResult {
  std::vector<Release> releases;
  std::vector<Rejection> rejections;
};

}  // namespace dipsearch
