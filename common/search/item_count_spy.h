// Counts the items of a packed value slot — two-letter country codes side by side, or
// official entries one per line — rather than each distinct packed string. Stock
// ValueCountMatchSpy keys its counts by the whole string; officials' combinations are
// nearly unique per release, so it grew a map as large as the result set (27,000 entries
// for 30,000 matches) and comparing its keys was most of the counting time.
//
// Local databases only: xapian-tcpsrv does not know this class, so a search over remote
// shards counts with ValueCountMatchSpy, which gives the same totals once split.
#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <xapian.h>

namespace dipsearch {

enum class Packing {
  kWhole,       // the value is one item
  kPairs,       // items of two bytes, side by side ("AFKR")
  kLines,       // items one per line (schema::kOfficialsSeparator)
};

class ItemCountSpy : public Xapian::MatchSpy {
 public:
  ItemCountSpy(Xapian::valueno slot, Packing packing) : slot_(slot), packing_(packing) {}

  void operator()(const Xapian::Document& doc, double weight) override;

  // Every item seen, with the number of matching documents that hold it.
  std::vector<std::pair<std::string, Xapian::doccount>> counts() const;

 private:
  void count(std::string_view item);

  Xapian::valueno slot_;
  Packing packing_;
  std::deque<std::string> items_;  // owns the keys: a deque never moves its elements
  std::unordered_map<std::string_view, Xapian::doccount> counts_;
};

}  // namespace dipsearch
