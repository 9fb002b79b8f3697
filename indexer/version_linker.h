// Stores the links between English releases and their Korean versions after a run's changes:
// the whole database is linked again from a few value slots (common/index/version_links.h,
// no bodies: the days an opening mentions are stored at index time), and only the documents
// whose links changed are written, so that releases added, changed or deleted relink their
// neighbours and everything else stays as it is.
#pragma once

#include <cstddef>
#include <vector>

#include <xapian.h>

#include "common/index/version_links_clues.h"

namespace dipsearch::indexer {

// Links the releases of every database given (the shards of a generation, or the parts of
// a new one: a pair may span two) and sets kTranslationsSlot and kVersionPairSlot where
// they differ from what is stored, with the title terms of the table. Returns the number of
// documents rewritten.
size_t store_version_links(const std::vector<Xapian::WritableDatabase*>& databases, const TitleTermTable& terms);

}  // namespace dipsearch::indexer
