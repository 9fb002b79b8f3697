// An Atom (RFC 4287) feed of a search's newest matches, so a saved search can be
// followed in any feed reader. Entry ids depend only on release ids: stable across runs.
#pragma once

#include <string>
#include <vector>

#include "common/index/stored_document.h"

namespace dipsearch::searchd {

struct FeedInfo {
  std::string base_url;      // "http://host:port", or "" for relative links
  std::string query_string;  // the search's parameters, already URL-encoded
  std::string title;         // what the feed is about, for the reader's list
};

std::string atom_feed(const FeedInfo& info, const std::vector<StoredDocument>& releases);

// Atom ids: "urn:dipsearch:release:<id>" and, for a feed, one derived from its parameters.
std::string release_entry_id(const std::string& release_id);

}  // namespace dipsearch::searchd
