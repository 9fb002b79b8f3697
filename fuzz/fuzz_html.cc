// Fuzz target: a saved HTML release page (.html), read, analysed and made into a Xapian
// document as dipsearch-index does, with the readers' promises checked (fuzz_support.h).
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dipsearch::fuzz::index_source_bytes(dipsearch::fuzz::as_text(data, size), ".html");
  return 0;
}
