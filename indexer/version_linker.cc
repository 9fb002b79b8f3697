// Reading every release's linking slots, finding what a run's changes reach, linking it, and
// writing the changed links back (see version_linker.h). The slots are read as value
// streams, a slot at a time, which reads far less than every document.
#include "indexer/version_linker.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>

#include "common/index/version_links.h"
#include "common/schema.h"

namespace dipsearch::indexer {
namespace {

using Marks = std::vector<bool>;  // by release index

// Where a release lives, and the links it holds now.
struct StoredLinks {
  size_t database = 0;
  Xapian::docid docid = 0;
  std::string translations, pair_key;
};

// Every release of the databases, as linking reads it, with the links it holds now.
struct Releases {
  std::vector<LinkableRelease> linkable;
  std::vector<StoredLinks> stored;
  std::vector<std::vector<size_t>> index_of;  // by database and docid; SIZE_MAX: none
};

// Calls read(docid, value) for every document of db holding a value in slot.
template <typename Read>
void read_slot(Xapian::Database& db, Xapian::valueno slot, Read read) {
  for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) read(it.get_docid(), *it);
}

Releases read_releases(const std::vector<Xapian::WritableDatabase*>& databases) {
  Releases out;
  for (size_t d = 0; d < databases.size(); ++d) {
    Xapian::WritableDatabase& db = *databases[d];
    // Every release has a sort key: it numbers them.
    std::vector<size_t>& index_of = out.index_of.emplace_back(db.get_lastdocid() + 1, SIZE_MAX);
    read_slot(db, schema::kSortSlot, [&](Xapian::docid docid, const std::string&) {
      index_of[docid] = out.linkable.size();
      out.linkable.emplace_back();
      out.stored.push_back({d, docid, "", ""});
    });
    for (Xapian::valueno slot : kLinkingSlots) {
      read_slot(db, slot, [&](Xapian::docid docid, const std::string& value) {
        if (index_of[docid] != SIZE_MAX) read_linking_slot(out.linkable[index_of[docid]], slot, value);
      });
    }
    read_slot(db, schema::kTranslationsSlot, [&](Xapian::docid docid, const std::string& value) {
      if (index_of[docid] != SIZE_MAX) out.stored[index_of[docid]].translations = value;
    });
    read_slot(db, schema::kVersionPairSlot, [&](Xapian::docid docid, const std::string& value) {
      if (index_of[docid] != SIZE_MAX) out.stored[index_of[docid]].pair_key = value;
    });
  }
  return out;
}

// Candidate pairs gathered in rounds, each scoring the pairs of releases no earlier round
// scored, so that every pair is gathered once and a release's pairs are all there once a
// round has covered it. The rounds share one index of the releases, built by the first.
class CandidatePairs {
 public:
  explicit CandidatePairs(const std::vector<LinkableRelease>& releases)
      : releases_(releases), covered_(releases.size()) {}
  // Adds the pairs of the releases marked; returns the releases those pairs hold.
  Marks add(const Marks& marks) {
    Marks touching(releases_.size()), reached(releases_.size());
    bool any = false;
    for (size_t i = 0; i < touching.size(); ++i) any |= touching[i] = marks[i] && !covered_[i];
    if (!any) return reached;
    if (!index_) index_ = std::make_unique<VersionCandidateIndex>(releases_);
    for (const VersionLink& pair : index_->candidates(touching)) {
      if (covered_[pair.en] || covered_[pair.ko]) continue;  // an earlier round's
      pairs_.push_back(pair);
      reached[pair.en] = reached[pair.ko] = true;
    }
    for (size_t i = 0; i < touching.size(); ++i) covered_[i] = covered_[i] || touching[i];
    return reached;
  }
  const std::vector<VersionLink>& pairs() const { return pairs_; }

 private:
  const std::vector<LinkableRelease>& releases_;
  std::unique_ptr<VersionCandidateIndex> index_;
  Marks covered_;
  std::vector<VersionLink> pairs_;
};

// The releases that were candidates, before the run, of what it replaced or deleted and of
// releases without a full date (whose pairs depend on every release): found among the
// releases as they were, with the replaced ones put back, the added ones hidden and the
// deleted ones added for the time of it.
Marks candidates_before(Releases& releases, const LinkChanges& changes, const Marks& written,
                        const TitleTermTable& terms) {
  std::vector<LinkableRelease>& linkable = releases.linkable;
  const size_t count = linkable.size();
  Marks touching(count), put_back(count);
  std::vector<std::pair<size_t, LinkableRelease>> swapped;  // indexes put back, with their release now
  for (size_t d = 0; d < changes.before.size(); ++d) {
    for (const ReplacedRelease& replaced : changes.before[d]) {
      const std::vector<size_t>& index_of = releases.index_of[d];
      const size_t i = replaced.docid < index_of.size() ? index_of[replaced.docid] : SIZE_MAX;
      // A document replaced twice in one run: its first replacement holds what it was.
      if (i != SIZE_MAX && put_back[i]) continue;
      LinkableRelease before = replaced.release;
      set_title_terms(before, terms);
      if (i == SIZE_MAX || !written[i]) {  // deleted
        linkable.push_back(std::move(before));
        touching.push_back(true);
        continue;
      }
      put_back[i] = touching[i] = true;
      swapped.emplace_back(i, std::move(before));
      std::swap(linkable[i], swapped.back().second);
    }
  }
  // Releases other than English and Korean are never candidates: an added one hides so.
  std::vector<std::pair<size_t, std::string>> hidden;
  for (size_t i = 0; i < count; ++i) {
    if (written[i] && !put_back[i]) hidden.emplace_back(i, std::exchange(linkable[i].lang, std::string()));
  }
  for (size_t i = 0; i < linkable.size(); ++i) {
    if (!linkable[i].lang.empty() && !has_full_date(linkable[i].date)) touching[i] = true;
  }
  Marks reached(count);
  if (std::find(touching.begin(), touching.end(), true) != touching.end()) {
    for (const VersionLink& pair : version_candidates(linkable, touching)) {
      for (size_t i : {pair.en, pair.ko}) {
        if (i < count) reached[i] = true;
      }
    }
  }
  for (auto& [i, lang] : hidden) linkable[i].lang = std::move(lang);
  linkable.resize(count);
  for (auto& [i, now] : swapped) std::swap(linkable[i], now);
  return reached;
}

Marks either(Marks a, const Marks& b) {
  for (size_t i = 0; i < a.size(); ++i) a[i] = a[i] || b[i];
  return a;
}

// The candidate pairs that decide the links of the releases marked in `relink` (set here):
// every release, or what the run's changes reach.
std::vector<VersionLink> candidates_to_relink(Releases& releases, const LinkChanges* changes,
                                              const TitleTermTable& terms, Marks& relink) {
  const std::vector<LinkableRelease>& linkable = releases.linkable;
  const size_t count = linkable.size();
  CandidatePairs pairs(linkable);
  if (!changes) {
    relink.assign(count, true);
    pairs.add(relink);
    return pairs.pairs();
  }
  relink.assign(count, false);
  Marks written(count);
  bool any = false;
  for (size_t i = 0; i < count; ++i) {
    any |= written[i] = changes->written[releases.stored[i].database]->has(releases.stored[i].docid);
  }
  for (const auto& before : changes->before) any |= !before.empty();
  if (!any) return {};
  // A release's candidates, and so its best, change only when a pair of it came or went: a
  // pair of a release the run wrote or deleted, or of one without a full date.
  Marks reach = candidates_before(releases, *changes, written, terms);
  for (size_t i = 0; i < count; ++i) reach[i] = reach[i] || written[i] || !has_full_date(linkable[i].date);
  relink = either(reach, pairs.add(reach));
  // Every pair of each release relinked, then every pair of their candidates: what choosing
  // a release's link and its best candidate's reads.
  pairs.add(pairs.add(relink));
  return pairs.pairs();
}

// The id a stored pair key links a release with.
std::string partner_in(const std::string& pair_key, const std::string& id) {
  const size_t tab = pair_key.find(schema::kTranslationFieldSeparator);
  if (tab == std::string::npos) return {};
  return pair_key.compare(0, tab, id) == 0 ? pair_key.substr(tab + 1) : pair_key.substr(0, tab);
}

}  // namespace

size_t store_version_links(const std::vector<Xapian::WritableDatabase*>& databases, const TitleTermTable& terms,
                           const LinkChanges* changes) {
  Releases releases = read_releases(databases);
  std::vector<LinkableRelease>& linkable = releases.linkable;
  for (LinkableRelease& release : linkable) set_title_terms(release, terms);
  Marks relink;
  const std::vector<VersionLink> candidates = candidates_to_relink(releases, changes, terms, relink);
  // The links the releases relinked hold now; others keep theirs, but for a release whose
  // stored version is relinked: it links with that one or with none, as its best is the same.
  const size_t count = linkable.size();
  std::vector<std::string> translations(count), pair_keys(count);
  Marks decided = relink;
  for (const VersionLink& link : choose_versions(linkable, candidates)) {
    if (!relink[link.en] && !relink[link.ko]) continue;  // outside what was relinked: as stored
    const LinkableRelease& en = linkable[link.en];
    const LinkableRelease& ko = linkable[link.ko];
    translations[link.en] = schema::translation_slot_entry(ko.id, ko.lang, ko.title);
    translations[link.ko] = schema::translation_slot_entry(en.id, en.lang, en.title);
    pair_keys[link.en] = pair_keys[link.ko] = version_pair_key(en.id, ko.id);
    decided[link.en] = decided[link.ko] = true;
  }
  std::unordered_map<std::string, size_t> relinked_by_id;
  for (size_t i = 0; i < count; ++i) {
    if (relink[i]) relinked_by_id.emplace(linkable[i].id, i);
  }
  for (size_t i = 0; i < count; ++i) {
    if (!decided[i] && !releases.stored[i].pair_key.empty() &&
        relinked_by_id.count(partner_in(releases.stored[i].pair_key, linkable[i].id)) > 0) {
      decided[i] = true;
    }
  }
  size_t rewritten = 0;
  for (size_t i = 0; i < count; ++i) {
    const StoredLinks& stored = releases.stored[i];
    if (!decided[i] || (stored.translations == translations[i] && stored.pair_key == pair_keys[i])) continue;
    Xapian::WritableDatabase& db = *databases[stored.database];
    // Only values change: Xapian then leaves the document's terms as they are.
    Xapian::Document doc = db.get_document(stored.docid);
    for (auto [slot, value] : {std::pair{schema::kTranslationsSlot, &translations[i]},
                               std::pair{schema::kVersionPairSlot, &pair_keys[i]}}) {
      if (value->empty()) {
        doc.remove_value(slot);
      } else {
        doc.add_value(slot, *value);
      }
    }
    db.replace_document(stored.docid, doc);
    ++rewritten;
  }
  return rewritten;
}

}  // namespace dipsearch::indexer
