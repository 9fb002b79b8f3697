// A bounded per-thread memo of WordForms.
#include "common/index/word_forms.h"

#include <unordered_map>

#include "common/text/normalize.h"

namespace dipsearch {
namespace {

// Distinct words remembered per thread (about 150 bytes each). A release corpus's
// vocabulary grows slowly; when it does outgrow this, the memo simply starts again.
constexpr size_t kMaxRemembered = 200'000;

WordForms compute(std::string_view word, text::Script script, bool hanja_abbreviation) {
  WordForms f;
  if (script != text::Script::kHan || hanja_abbreviation) f.stem = text::stem_of(word, script);
  if (script != text::Script::kLatin) return f;
  f.folded = text::fold_diacritics(word);
  if (f.folded == word) {
    f.folded.clear();
    return f;
  }
  if (!f.stem.empty()) {
    f.fold_of_stem = text::fold_diacritics(f.stem);
    if (f.fold_of_stem == f.stem) f.fold_of_stem.clear();
  }
  f.stem_of_fold = text::stem_of(f.folded, script);
  if (f.stem_of_fold == f.stem || f.stem_of_fold == f.fold_of_stem) f.stem_of_fold.clear();
  return f;
}

}  // namespace

const WordForms& word_forms(std::string_view word, text::Script script, bool hanja_abbreviation) {
  thread_local std::unordered_map<std::string, WordForms> memo;
  thread_local std::string key;
  key.assign(1, static_cast<char>(static_cast<int>(script) * 2 + (hanja_abbreviation ? 1 : 0)));
  key.append(word);
  auto it = memo.find(key);
  if (it != memo.end()) return it->second;
  if (memo.size() >= kMaxRemembered) memo.clear();
  return memo.emplace(key, compute(word, script, hanja_abbreviation)).first->second;
}

}  // namespace dipsearch
