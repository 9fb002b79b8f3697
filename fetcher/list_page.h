// A source's list page: the release links on it (by the source's release_link pattern over
// each link's absolute URL), each with its id and, when the source says how, the date its
// row shows. libxml2's HTML parser reads any markup, however broken.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fetcher/pattern.h"
#include "fetcher/source_config.h"

namespace dipsearch::fetcher {

struct ListedRelease {
  std::string id;    // group 1 of release_link, checked to make a release id with the prefix
  std::string link;  // the link's absolute URL as found
  std::string date;  // "YYYY-MM-DD" from the row, or empty
};

struct ListPage {
  std::vector<ListedRelease> releases;  // in page order, each id once
  size_t links = 0;                     // every link on the page, matching or not
  std::vector<std::string> bad_ids;     // links that matched but whose id cannot be used
};

class ListPageReader {
 public:
  // Throws SourceConfigError when the source's patterns do not compile (load_source_config
  // has checked them, so only a config built by hand can).
  explicit ListPageReader(const SourceConfig& source);
  ~ListPageReader();

  ListPage read(std::string_view html, const std::string& page_url) const;

 private:
  std::string id_prefix_;
  Pattern release_link_;
  std::optional<Pattern> list_date_;
};

}  // namespace dipsearch::fetcher
