// TermBuffer gives the document Xapian would have had from the same calls made directly,
// whatever their order and however many batches they fill; it refuses empty terms and too
// many distinct ones.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <vector>

#include "common/index/term_buffer.h"

namespace dipsearch {
namespace {

struct Call {
  std::string term;
  Xapian::termpos position;  // 0: add_term
  Xapian::termcount wdf_inc;
};

// term → (wdf, positions)
std::map<std::string, std::pair<Xapian::termcount, std::vector<Xapian::termpos>>> contents(const Xapian::Document& doc) {
  std::map<std::string, std::pair<Xapian::termcount, std::vector<Xapian::termpos>>> out;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    out[*t].first = t.get_wdf();
    for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) out[*t].second.push_back(*p);
  }
  return out;
}

Xapian::Document direct(const std::vector<Call>& calls) {
  Xapian::Document doc;
  for (const Call& c : calls) {
    if (c.position == 0) {
      doc.add_term(c.term, c.wdf_inc);
    } else {
      doc.add_posting(c.term, c.position, c.wdf_inc);
    }
  }
  return doc;
}

Xapian::Document buffered(const std::vector<Call>& calls, size_t max_terms = kMaxDocumentTerms) {
  Xapian::Document doc;
  TermBuffer buffer(doc, max_terms);
  for (const Call& c : calls) {
    if (c.position == 0) {
      buffer.add_term(c.term, c.wdf_inc);
    } else {
      buffer.add_posting(c.term, c.position, c.wdf_inc);
    }
  }
  buffer.finish();
  return doc;
}

TEST(TermBuffer, SameDocumentAsDirectCalls) {
  const std::vector<Call> calls = {{"zeta", 3, 1}, {"alpha", 2, 1}, {"Zalph", 0, 2}, {"alpha", 1, 1},
                                   {"kyungwha", 5, 0}, {"kyungwha", 4, 1}, {"외교부", 6, 1}, {"alpha", 0, 3}};
  EXPECT_EQ(contents(buffered(calls)), contents(direct(calls)));
}

TEST(TermBuffer, ManyBatchesInAnyOrder) {
  std::vector<Call> calls;
  for (Xapian::termpos pos = 1; pos <= 300'000; ++pos) {
    calls.push_back({"w" + std::to_string(pos % 7919), pos, 1});
    if (pos % 3 == 0) calls.push_back({"Z" + std::to_string(pos % 101), 0, 1});
  }
  std::shuffle(calls.begin(), calls.end(), std::mt19937(42));
  EXPECT_EQ(contents(buffered(calls)), contents(direct(calls)));
}

TEST(TermBuffer, CountsUnpositionedTermsOnceEachInAnyNumber) {
  // More distinct counted terms than go straight in, each repeated, some also positional.
  std::vector<Call> calls;
  for (Xapian::termpos pos = 1; pos <= 60'000; ++pos) {
    calls.push_back({"XG" + std::to_string(pos % 12'007), 0, 1 + pos % 3});
    if (pos % 5 == 0) calls.push_back({"XG" + std::to_string(pos % 12'007), pos, 1});
  }
  std::shuffle(calls.begin(), calls.end(), std::mt19937(7));
  EXPECT_EQ(contents(buffered(calls)), contents(direct(calls)));
}

TEST(TermBuffer, IgnoresEmptyTerms) {
  const Xapian::Document doc = buffered({{"", 1, 1}, {"", 0, 1}, {"talks", 2, 1}});
  EXPECT_EQ(doc.termlist_count(), 1u);
}

TEST(TermBuffer, RefusesTooManyDistinctTerms) {
  std::vector<Call> calls;
  for (Xapian::termpos pos = 1; pos <= 1000; ++pos) calls.push_back({"w" + std::to_string(pos), pos, 1});
  EXPECT_THROW(buffered(calls, 999), TooManyTerms);
  EXPECT_NO_THROW(buffered(calls, 1000));
  // Terms without positions count against it as well, before the document is finished.
  std::vector<Call> counted;
  for (int i = 0; i < 1000; ++i) counted.push_back({"Z" + std::to_string(i), 0, 1});
  EXPECT_THROW(buffered(counted, 999), TooManyTerms);
  EXPECT_NO_THROW(buffered(counted, 1000));
  // Repeating words costs nothing against the limit.
  for (Xapian::termpos pos = 1001; pos <= 5000; ++pos) calls.push_back({"w1", pos, 1});
  EXPECT_NO_THROW(buffered(calls, 1000));
}

}  // namespace
}  // namespace dipsearch
