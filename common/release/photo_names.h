// The release's name as a page names its photos: sites title a release's pictures after it
// ("(Photo) Title", or "Title 1", "Title 2" / "Title (1)", "Title (2)" for a series), and a
// saved page that lost its headline still shows it there.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "common/release/page_layout.h"

namespace dipsearch::release {

struct PhotoName {
  std::string name;  // the words the photos are named by, without "(Photo)" or the counter
  size_t last_line;  // the series' last line (the line itself for a single photo)
};

// The photo name starting at `line`: a "(Photo) …" label, or a series of two or more lines,
// blank lines aside, that share their words and count 1, 2, … (with or without brackets).
std::optional<PhotoName> photo_name_at(const PageLayout& page, size_t line);

}  // namespace dipsearch::release
