// Stores the links between English releases and their Korean versions after a run's changes.
// Linking reads a few value slots of every release (common/index/version_links.h, no bodies:
// the days an opening mentions are stored at index time), then scores only the candidate
// pairs that a run's changes can reach: releases added, changed or deleted, the releases
// that were or are their candidates, and those releases' best candidates. Every other stored
// link stays as it is, and the links are those linking everything again would store. Only
// the documents whose links changed are written.
#pragma once

#include <cstddef>
#include <vector>

#include <xapian.h>

#include "common/index/version_links_clues.h"
#include "indexer/shard_writer.h"

namespace dipsearch::indexer {

// What an incremental run changed, per database given to store_version_links: the documents
// it wrote, and the releases as they were before it replaced or deleted them.
struct LinkChanges {
  std::vector<const KeptDocuments*> written;
  std::vector<std::vector<ReplacedRelease>> before;
};

// Links the releases of every database given (the shards of a generation, or the parts of
// a new one: a pair may span two) and sets kTranslationsSlot and kVersionPairSlot where
// they differ from what is stored, with the title terms of the table. Without changes every
// release is linked again (a new generation, or stored links that cannot be trusted);
// with them, only what they can reach. Returns the number of documents rewritten.
size_t store_version_links(const std::vector<Xapian::WritableDatabase*>& databases, const TitleTermTable& terms,
                           const LinkChanges* changes = nullptr);

}  // namespace dipsearch::indexer
