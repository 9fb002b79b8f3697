// A document's postings on their way into a Xapian::Document: straight in while the
// document is small, then gathered and added in term order, a batch at a time. Xapian keeps
// a document's terms in a std::map: added in the order words come, a large release paid a
// cache miss per level of the tree for every posting (a 1 MiB release of distinct words:
// 1.6 s to build, 0.7 s in order). Also bounds the distinct terms of one document, so that
// no input makes a document (and the writer's buffers after it) without limit.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xapian.h>

namespace dipsearch {

// Distinct terms one document may have. Prose has far fewer: about 18,000 in 145 KB of
// Korean press releases, so a few hundred thousand even at the 4 MiB a release may hold;
// 4 MiB of random Hangul words would make 1.8 million.
inline constexpr size_t kMaxDocumentTerms = 500'000;

// Thrown when a document would have more than its limit of distinct terms.
struct TooManyTerms : std::runtime_error {
  explicit TooManyTerms(size_t limit);
};

class TermBuffer {
 public:
  // Postings go into `doc`, which may hold terms already, at the latest by finish().
  explicit TermBuffer(Xapian::Document& doc, size_t max_terms = kMaxDocumentTerms) : doc_(doc), max_terms_(max_terms) {}

  // As Xapian::Document::add_posting and add_term. An empty term is ignored (Xapian refuses
  // one). Throws TooManyTerms once the document has more than its limit of distinct terms.
  void add_posting(std::string_view term, Xapian::termpos position, Xapian::termcount wdf_inc);
  // A term without a position is counted here and given to Xapian once, with its whole
  // frequency, by finish(): stems and n-grams repeat in a release, and each call into the
  // document costs Xapian a search of its term map.
  void add_term(std::string_view term, Xapian::termcount wdf_inc);

  // Adds what is still buffered.
  void finish();

 private:
  struct Posting {
    std::string term;
    Xapian::termpos position;  // 0: none (add_term)
    Xapian::termcount wdf_inc;
  };

  Xapian::Document& doc_;
  const size_t max_terms_;
  bool direct_ = true;  // small so far: postings go straight into the document
  std::vector<Posting> postings_;
  std::unordered_map<std::string, Xapian::termcount> counts_;  // add_term's, until finish()
};

}  // namespace dipsearch
