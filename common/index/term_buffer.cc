// Postings gathered per document and added to Xapian in term order (see term_buffer.h).
#include "common/index/term_buffer.h"

#include <algorithm>

namespace dipsearch {
namespace {

// Postings sorted and added at a time: enough for sorted runs to keep Xapian's map in
// cache, few enough that the buffer stays a few megabytes whatever the text.
constexpr size_t kBatch = size_t{1} << 16;
// Up to this many terms Xapian's map stays in cache and postings go straight in: sorting
// would cost more than it saves (a typical release has a few hundred terms).
constexpr Xapian::termcount kDirectTerms = 8192;

void add_to(Xapian::Document& doc, const std::string& term, Xapian::termpos position, Xapian::termcount wdf_inc) {
  if (position == 0) {
    doc.add_term(term, wdf_inc);
  } else {
    doc.add_posting(term, position, wdf_inc);
  }
}

}  // namespace

TooManyTerms::TooManyTerms(size_t limit)
    : std::runtime_error("more than " + std::to_string(limit) +
                         " distinct words and word forms (is it prose at all?)") {}

void TermBuffer::add_posting(std::string_view term, Xapian::termpos position, Xapian::termcount wdf_inc) {
  if (term.empty()) return;
  if (direct_ && doc_.termlist_count() < kDirectTerms) {
    thread_local std::string copy;  // reused: no allocation per posting
    copy.assign(term);
    return add_to(doc_, copy, position, wdf_inc);
  }
  direct_ = false;
  postings_.push_back({std::string(term), position, wdf_inc});
  if (postings_.size() >= kBatch) finish();
}

void TermBuffer::add_term(std::string_view term, Xapian::termcount wdf_inc) {
  if (term.empty()) return;
  thread_local std::string key;  // reused: a lookup of a counted term allocates nothing
  key.assign(term);
  const auto [it, added] = counts_.try_emplace(key, 0);
  it->second += wdf_inc;
  // Counted terms are distinct terms of the document too: bound them as they come.
  if (added && counts_.size() > max_terms_) throw TooManyTerms(max_terms_);
}

void TermBuffer::finish() {
  if (counts_.size() <= kDirectTerms) {
    for (const auto& [term, wdf] : counts_) doc_.add_term(term, wdf);
  } else {  // many: in term order, as the postings below
    std::vector<const std::pair<const std::string, Xapian::termcount>*> sorted;
    sorted.reserve(counts_.size());
    for (const auto& entry : counts_) sorted.push_back(&entry);
    std::sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
    for (const auto* entry : sorted) doc_.add_term(entry->first, entry->second);
  }
  counts_.clear();
  std::sort(postings_.begin(), postings_.end(), [](const Posting& a, const Posting& b) {
    const int order = a.term.compare(b.term);
    return order != 0 ? order < 0 : a.position < b.position;
  });
  for (const Posting& p : postings_) add_to(doc_, p.term, p.position, p.wdf_inc);
  postings_.clear();
  if (doc_.termlist_count() > max_terms_) throw TooManyTerms(max_terms_);
}

}  // namespace dipsearch
