// Reading every release's linking slots, linking, and writing the changed links back
// (see version_linker.h). The slots are read as value streams, a slot at a time, which reads
// far less than every document: a run that changed nothing stays cheap.
#include "indexer/version_linker.h"

#include <cstdint>
#include <string>

#include "common/index/version_links.h"
#include "common/schema.h"

namespace dipsearch::indexer {
namespace {

// Where a release lives, and the links it holds now.
struct StoredLinks {
  size_t database = 0;
  Xapian::docid docid = 0;
  std::string translations, pair_key;
};

// Calls read(docid, value) for every document of db holding a value in slot.
template <typename Read>
void read_slot(Xapian::Database& db, Xapian::valueno slot, Read read) {
  for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) read(it.get_docid(), *it);
}

}  // namespace

size_t store_version_links(const std::vector<Xapian::WritableDatabase*>& databases, const TitleTermTable& terms) {
  std::vector<LinkableRelease> releases;
  std::vector<StoredLinks> stored;
  for (size_t d = 0; d < databases.size(); ++d) {
    Xapian::WritableDatabase& db = *databases[d];
    // Every release has a sort key: it numbers them.
    std::vector<size_t> index_of(db.get_lastdocid() + 1, SIZE_MAX);
    read_slot(db, schema::kSortSlot, [&](Xapian::docid docid, const std::string&) {
      index_of[docid] = releases.size();
      releases.emplace_back();
      stored.push_back({d, docid, "", ""});
    });
    for (Xapian::valueno slot : kLinkingSlots) {
      read_slot(db, slot, [&](Xapian::docid docid, const std::string& value) {
        if (index_of[docid] != SIZE_MAX) read_linking_slot(releases[index_of[docid]], slot, value);
      });
    }
    read_slot(db, schema::kTranslationsSlot, [&](Xapian::docid docid, const std::string& value) {
      if (index_of[docid] != SIZE_MAX) stored[index_of[docid]].translations = value;
    });
    read_slot(db, schema::kVersionPairSlot, [&](Xapian::docid docid, const std::string& value) {
      if (index_of[docid] != SIZE_MAX) stored[index_of[docid]].pair_key = value;
    });
  }
  for (LinkableRelease& release : releases) set_title_terms(release, terms);
  std::vector<std::string> translations(releases.size()), pair_keys(releases.size());
  // Every document of this schema stores the days its opening mentions: no body is read.
  for (const VersionLink& link : link_versions(releases)) {
    const LinkableRelease& en = releases[link.en];
    const LinkableRelease& ko = releases[link.ko];
    translations[link.en] = schema::translation_slot_entry(ko.id, ko.lang, ko.title);
    translations[link.ko] = schema::translation_slot_entry(en.id, en.lang, en.title);
    pair_keys[link.en] = pair_keys[link.ko] = version_pair_key(en.id, ko.id);
  }
  size_t rewritten = 0;
  for (size_t i = 0; i < releases.size(); ++i) {
    if (stored[i].translations == translations[i] && stored[i].pair_key == pair_keys[i]) continue;
    Xapian::WritableDatabase& db = *databases[stored[i].database];
    // Only values change: Xapian then leaves the document's terms as they are.
    Xapian::Document doc = db.get_document(stored[i].docid);
    for (auto [slot, value] : {std::pair{schema::kTranslationsSlot, &translations[i]},
                               std::pair{schema::kVersionPairSlot, &pair_keys[i]}}) {
      if (value->empty()) {
        doc.remove_value(slot);
      } else {
        doc.add_value(slot, *value);
      }
    }
    db.replace_document(stored[i].docid, doc);
    ++rewritten;
  }
  return rewritten;
}

}  // namespace dipsearch::indexer
