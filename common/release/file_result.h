// What reading one source file gives: the releases it holds, the parts that were rejected and
// what was wrong in the releases kept.
#pragma once

#include <vector>

#include "common/release/release.h"

namespace dipsearch {

struct FileResult {
  std::vector<Release> releases;
  std::vector<Rejection> rejections;
  std::vector<SourceWarning> warnings;
};

}  // namespace dipsearch
