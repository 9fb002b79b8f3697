// Phrase matches over the candidate words the highlighter found.
#include "common/search/phrase_matches.h"

#include <algorithm>
#include <optional>

#include "common/text/analyzer.h"

namespace dipsearch {
namespace {

// Words in a row have at most this much punctuation and space between them; more is taken
// for a break (and spares analyzing long gaps).
constexpr size_t kMaxGapBytes = 64;

// No word stands between the two, as at consecutive positions of the index.
bool adjacent(std::string_view text, const Match& a, const Match& b) {
  if (b.begin < a.end || b.begin - a.end > kMaxGapBytes) return false;
  return text::split_words(text.substr(a.end, b.begin - a.end)).empty();
}

bool fills(const Match& m, uint16_t phrase, uint16_t slot) {
  return std::any_of(m.slots.begin(), m.slots.end(),
                     [&](const PhraseSlot& s) { return s.phrase == phrase && s.slot == slot; });
}

// The index of the last candidate of a whole phrase starting at candidates[first], if
// there is one.
std::optional<size_t> phrase_end(std::string_view text, const HighlightTerms& terms,
                                 const std::vector<Match>& candidates, size_t first, uint16_t phrase) {
  size_t last = first;
  const size_t length = terms.phrases[phrase].slots.size();
  for (size_t k = 1; k < length; ++k, ++last) {
    if (last + 1 >= candidates.size()) return std::nullopt;
    const Match& next = candidates[last + 1];
    if (!adjacent(text, candidates[last], next) || !fills(next, phrase, static_cast<uint16_t>(k))) {
      return std::nullopt;
    }
  }
  return last;
}

}  // namespace

void phrase_slots_of(const HighlightTerms& terms, std::initializer_list<std::string_view> forms,
                     std::vector<PhraseSlot>& out) {
  for (size_t p = 0; p < terms.phrases.size(); ++p) {
    const auto& slots = terms.phrases[p].slots;
    for (size_t s = 0; s < slots.size(); ++s) {
      for (std::string_view form : forms) {
        if (!form.empty() && slots[s].count(std::string(form))) {
          out.push_back({static_cast<uint16_t>(p), static_cast<uint16_t>(s)});
          break;
        }
      }
    }
  }
}

std::vector<Match> resolve_phrases(std::string_view text, const HighlightTerms& terms,
                                   const std::vector<Match>& candidates) {
  if (terms.phrases.empty()) return candidates;
  std::vector<Match> found;
  for (size_t i = 0; i < candidates.size(); ++i) {
    for (const PhraseSlot& s : candidates[i].slots) {
      if (s.slot != 0) continue;
      if (auto last = phrase_end(text, terms, candidates, i, s.phrase)) {
        found.push_back({candidates[i].begin, candidates[*last].end, terms.phrases[s.phrase].key, {}});
      }
    }
    if (!candidates[i].key.empty()) found.push_back({candidates[i].begin, candidates[i].end, candidates[i].key, {}});
  }
  // In text order, the longest first where two start together; then whatever overlaps one
  // already taken goes (a word inside its phrase, a shorter phrase inside a longer one).
  std::stable_sort(found.begin(), found.end(), [](const Match& a, const Match& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<Match> out;
  for (auto& m : found) {
    if (out.empty() || m.begin >= out.back().end) out.push_back(std::move(m));
  }
  return out;
}

}  // namespace dipsearch
