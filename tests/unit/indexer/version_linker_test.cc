// Relinking only around what a run changed stores the links that linking every release
// stores: checked over random runs of additions, replacements and deletions among releases
// crowded on a few days (many candidates each), some without a full date, over two shards.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "common/index/document_builder.h"
#include "common/index/version_links.h"
#include "common/schema.h"
#include "indexer/version_linker.h"

namespace dipsearch::indexer {
namespace {

const TitleTermTable& term_table() {
  static const TitleTermTable table = TitleTermTable::load(std::filesystem::path(DIPSEARCH_SAMPLE_DIR).parent_path());
  return table;
}

struct Person {
  const char *key, *en, *ko;
};
const Person kPeople[] = {{"kang-kyung-wha", "Kang Kyung-wha", "강경화"},
                          {"mike-pompeo", "Mike Pompeo", "마이크 폼페이오"},
                          {"wang-yi", "Wang Yi", "왕이"},
                          {"taro-kono", "Taro Kono", "고노 다로"}};
const char* const kDates[] = {"2019-02-19", "2019-02-20", "2019-02-20", "2019-02-21", "2019-02-23", "2019-02-26",
                              "2019-03-21", "2019-02",    ""};
const char* const kCountries[] = {"CN", "JP", "KR", "US"};

// A release of random language, date, officials, countries and title, its body mentioning a
// day or not and stating numbers and names or not: small pools, so that releases share much
// and compete for the same partners.
StoredDocument random_release(std::mt19937& rng, const std::string& id) {
  auto below = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  StoredDocument doc;
  doc.id = id;
  doc.lang = below(2) ? "en" : "ko";
  doc.date = kDates[below(std::size(kDates))];
  const Person& host = kPeople[0];
  const Person& guest = kPeople[1 + below(3)];
  doc.officials.push_back({host.key, host.en, "", host.en, host.ko});
  if (below(4) > 0) doc.officials.push_back({guest.key, guest.en, "", guest.en, guest.ko});
  doc.countries = {"KR", kCountries[below(std::size(kCountries))]};
  std::sort(doc.countries.begin(), doc.countries.end());
  doc.countries.erase(std::unique(doc.countries.begin(), doc.countries.end()), doc.countries.end());
  const int day = 19 + static_cast<int>(below(3));
  const bool named = below(2) > 0;
  // The numbers and Latin names of an opening, from pools small enough that openings share
  // three facts or more (what links a release without a full date beyond its day).
  const bool facts = below(2) > 0;
  const std::string n1 = std::to_string(30 + 5 * below(2)), n2 = std::to_string(120 + 10 * below(2));
  const std::string name = below(2) ? "APEC" : "ASEAN";
  if (doc.lang == "en") {
    doc.title = std::string("Foreign Minister Kang Holds Talks") + (named ? std::string(" with ") + guest.en : "") +
                (below(2) ? " on February " + std::to_string(day) : "");
    doc.body = below(2) ? "The Minister met her counterpart on February " + std::to_string(day) + "." : "They met.";
    if (facts) doc.body += " They reviewed " + n1 + " and " + n2 + " projects under " + name + ".";
  } else {
    doc.title = std::string("강경화 장관") + (named ? std::string(", ") + guest.ko + "과 회담" : " 회담") +
                (below(2) ? " (2." + std::to_string(day) + ")" : "");
    doc.body = below(2) ? "장관은 2월 " + std::to_string(day) + "일 회담을 가졌다." : "회담을 가졌다.";
    if (facts) doc.body += " 양측은 " + name + " 사업 " + n1 + "건과 " + n2 + "건을 점검했다.";
  }
  return doc;
}

// id -> (translations, pair key), as stored.
using Links = std::map<std::string, std::pair<std::string, std::string>>;

Links stored_links(const std::vector<Xapian::WritableDatabase*>& shards) {
  Links out;
  for (Xapian::WritableDatabase* db : shards) {
    for (auto it = db->postlist_begin(""); it != db->postlist_end(""); ++it) {
      const Xapian::Document doc = db->get_document(*it);
      out[std::string(schema::id_of_sort_key(doc.get_value(schema::kSortSlot)))] = {
          doc.get_value(schema::kTranslationsSlot), doc.get_value(schema::kVersionPairSlot)};
    }
  }
  return out;
}

// The links of the same releases linked all over again.
Links linked_anew(const std::vector<Xapian::WritableDatabase*>& shards) {
  std::vector<Xapian::WritableDatabase> copies;
  std::vector<Xapian::WritableDatabase*> pointers;
  for (Xapian::WritableDatabase* db : shards) {
    copies.emplace_back(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (auto it = db->postlist_begin(""); it != db->postlist_end(""); ++it) {
      Xapian::Document doc = db->get_document(*it);
      doc.add_value(schema::kTranslationsSlot, std::string());  // an empty value is none
      doc.add_value(schema::kVersionPairSlot, std::string());
      copies.back().replace_document(*it, doc);
    }
  }
  for (auto& copy : copies) pointers.push_back(&copy);
  store_version_links(pointers, term_table());
  return stored_links(pointers);
}

// The releases whose links differ, with both: what a failure shows.
std::string differences(const Links& stored, const Links& expected) {
  std::string out;
  for (const auto& [id, link] : expected) {
    const auto it = stored.find(id);
    if (it == stored.end() || it->second != link) {
      out += id + ": stored [" + (it == stored.end() ? "nothing" : it->second.second) + "], anew [" + link.second + "]\n";
    }
  }
  return out;
}

TEST(StoreVersionLinks, RelinkingWhatChangedStoresWhatLinkingEverythingStores) {
  std::mt19937 rng(20261207);
  auto below = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  size_t linked_seen = 0, relinked_seen = 0;
  for (int corpus = 0; corpus < 6; ++corpus) {
    std::vector<Xapian::WritableDatabase> shards;
    shards.emplace_back(std::string(), Xapian::DB_BACKEND_INMEMORY);
    shards.emplace_back(std::string(), Xapian::DB_BACKEND_INMEMORY);
    std::vector<Xapian::WritableDatabase*> pointers{&shards[0], &shards[1]};
    std::vector<std::pair<size_t, Xapian::docid>> live;  // shard, docid
    int next_id = 0;
    auto add = [&](KeptDocuments* written) {
      const size_t shard = below(2);
      const std::string id = "r-" + std::to_string(corpus) + "-" + std::to_string(next_id++);
      const Xapian::docid docid = shards[shard].add_document(build_document(random_release(rng, id), "d", "/s/" + id));
      live.emplace_back(shard, docid);
      if (written) written[shard].mark(docid);
    };
    for (int i = 0; i < 30; ++i) add(nullptr);
    store_version_links(pointers, term_table());
    for (int run = 0; run < 12; ++run) {
      KeptDocuments written[2];
      LinkChanges changes;
      changes.before.resize(2);
      const size_t added = below(3), replaced = below(3), deleted = below(3);
      for (size_t k = 0; k < replaced && !live.empty(); ++k) {
        auto [shard, docid] = live[below(live.size())];
        Xapian::Document old = shards[shard].get_document(docid);
        changes.before[shard].push_back({docid, linkable_release(old)});
        const std::string id(schema::id_of_sort_key(old.get_value(schema::kSortSlot)));
        shards[shard].replace_document(docid, build_document(random_release(rng, id), "d", "/s/" + id));
        written[shard].mark(docid);
      }
      for (size_t k = 0; k < deleted && !live.empty(); ++k) {
        const size_t at = below(live.size());
        auto [shard, docid] = live[at];
        if (written[shard].has(docid)) continue;  // a run deletes what it did not write
        changes.before[shard].push_back({docid, linkable_release(shards[shard].get_document(docid))});
        shards[shard].delete_document(docid);
        live.erase(live.begin() + static_cast<std::ptrdiff_t>(at));
      }
      for (size_t k = 0; k < added; ++k) add(written);
      changes.written = {&written[0], &written[1]};
      relinked_seen += store_version_links(pointers, term_table(), &changes);
      const Links links = stored_links(pointers);
      const Links expected = linked_anew(pointers);
      ASSERT_EQ(links.size(), expected.size());
      ASSERT_EQ(differences(links, expected), "") << "corpus " << corpus << ", run " << run;
      for (const auto& [id, link] : links) linked_seen += !link.second.empty();
    }
  }
  // The runs did link and relink.
  EXPECT_GT(linked_seen, 100u);
  EXPECT_GT(relinked_seen, 20u);
}

}  // namespace
}  // namespace dipsearch::indexer
