// Korean particle stripping: a suffix table (particles and 하다/되다 endings) with the
// conditions that keep it from over-stripping nouns (결과 is not 결+과), a short list of
// protected word endings, and the past tense of other verbs (밝혔다 → 밝히).
#include "common/text/korean.h"

#include <array>
#include <optional>

namespace dipsearch::text {
namespace {

enum class After { kAny, kConsonant, kVowel, kVowelOrRieul };

struct Particle {
  std::string_view suffix;
  int min_stem;  // syllables the stem must keep
  After after;   // what the stem's last syllable must end in
  bool ending = false;  // a verb ending of 하다/되다 (개최+하였다), not a particle
};

// Longest first: the first rule that applies is the only one used. Verb endings follow a
// verbal noun of at least two syllables (개최하였다, 협의하고, 개최되는); the short forms 한,
// 할, 해 and 함 are left out because nouns end in them (북한, 역할, 피해, 군함).
constexpr std::array kParticles = {
    Particle{"으로부터", 1, After::kConsonant}, Particle{"에서부터", 1, After::kAny},
    Particle{"하였으며", 2, After::kAny, true}, Particle{"하였는데", 2, After::kAny, true},
    Particle{"하겠다고", 2, After::kAny, true}, Particle{"하였다고", 2, After::kAny, true},
    Particle{"되었으며", 2, After::kAny, true}, Particle{"하였습니다", 2, After::kAny, true},
    Particle{"하겠습니다", 2, After::kAny, true}, Particle{"되었습니다", 2, After::kAny, true},
    Particle{"했습니다", 2, After::kAny, true}, Particle{"됐습니다", 2, After::kAny, true},
    Particle{"하였으나", 2, After::kAny, true}, Particle{"로부터", 1, After::kVowelOrRieul},
    Particle{"에게서", 1, After::kAny}, Particle{"으로서", 1, After::kConsonant},
    Particle{"으로써", 1, After::kConsonant}, Particle{"에서는", 1, After::kAny},
    Particle{"에서도", 1, After::kAny}, Particle{"에서의", 1, After::kAny},
    Particle{"에서만", 1, After::kAny}, Particle{"으로는", 1, After::kConsonant},
    Particle{"으로도", 1, After::kConsonant}, Particle{"으로의", 1, After::kConsonant},
    Particle{"에게는", 1, After::kAny}, Particle{"까지는", 1, After::kAny},
    Particle{"부터는", 1, After::kAny}, Particle{"이라는", 1, After::kConsonant},
    Particle{"하였다", 2, After::kAny, true}, Particle{"하였고", 2, After::kAny, true},
    Particle{"하였음", 2, After::kAny, true}, Particle{"하였던", 2, After::kAny, true},
    Particle{"하기로", 2, After::kAny, true}, Particle{"하기를", 2, After::kAny, true},
    Particle{"하기도", 2, After::kAny, true}, Particle{"하도록", 2, After::kAny, true},
    Particle{"하겠다", 2, After::kAny, true}, Particle{"하면서", 2, After::kAny, true},
    Particle{"했으며", 2, After::kAny, true}, Particle{"했다고", 2, After::kAny, true},
    Particle{"한다고", 2, After::kAny, true}, Particle{"되었다", 2, After::kAny, true},
    Particle{"되었고", 2, After::kAny, true}, Particle{"되도록", 2, After::kAny, true},
    Particle{"된다고", 2, After::kAny, true}, Particle{"했으나", 2, After::kAny, true},
    Particle{"했는데", 2, After::kAny, true}, Particle{"했지만", 2, After::kAny, true},
    Particle{"되었던", 2, After::kAny, true},
    Particle{"합니다", 2, After::kAny, true}, Particle{"됩니다", 2, After::kAny, true},
    Particle{"에서", 1, After::kAny},
    Particle{"에게", 1, After::kAny}, Particle{"께서", 1, After::kAny}, Particle{"까지", 1, After::kAny},
    Particle{"부터", 1, After::kAny}, Particle{"처럼", 1, After::kAny}, Particle{"마다", 1, After::kAny},
    Particle{"으로", 1, After::kConsonant}, Particle{"과의", 1, After::kConsonant},
    Particle{"와의", 1, After::kVowel}, Particle{"과는", 1, After::kConsonant},
    Particle{"와는", 1, After::kVowel}, Particle{"과도", 1, After::kConsonant},
    Particle{"와도", 1, After::kVowel}, Particle{"에는", 1, After::kAny},
    Particle{"에도", 1, After::kAny}, Particle{"에의", 1, After::kAny},
    Particle{"로서", 1, After::kVowelOrRieul}, Particle{"로써", 1, After::kVowelOrRieul},
    Particle{"로는", 1, After::kVowelOrRieul}, Particle{"로도", 1, After::kVowelOrRieul},
    Particle{"로의", 1, After::kVowelOrRieul}, Particle{"라는", 1, After::kVowel},
    Particle{"하고", 2, After::kAny, true}, Particle{"하며", 2, After::kAny, true},
    Particle{"하여", 2, After::kAny, true}, Particle{"하는", 2, After::kAny, true},
    Particle{"하기", 2, After::kAny, true}, Particle{"한다", 2, After::kAny, true},
    Particle{"했다", 2, After::kAny, true}, Particle{"했고", 2, After::kAny, true},
    Particle{"했던", 2, After::kAny, true}, Particle{"됐던", 2, After::kAny, true},
    Particle{"해야", 2, After::kAny, true}, Particle{"된다", 2, After::kAny, true},
    Particle{"됐다", 2, After::kAny, true}, Particle{"되는", 2, After::kAny, true},
    Particle{"되어", 2, After::kAny, true}, Particle{"되고", 2, After::kAny, true},
    Particle{"되며", 2, After::kAny, true}, Particle{"은", 1, After::kConsonant},
    Particle{"는", 1, After::kVowel}, Particle{"을", 1, After::kConsonant},
    Particle{"를", 1, After::kVowel}, Particle{"이", 2, After::kConsonant},
    Particle{"가", 2, After::kVowel}, Particle{"과", 2, After::kConsonant},
    Particle{"와", 2, After::kVowel}, Particle{"의", 2, After::kAny}, Particle{"에", 2, After::kAny},
    Particle{"도", 2, After::kAny}, Particle{"만", 2, After::kAny},
    Particle{"로", 2, After::kVowelOrRieul},
};

// Nouns whose last syllable looks like a particle: a word ending in one of these is
// left whole (정상회의 is not 정상회+의, 한반도 is not 한반+도, 벨기에 is a country). Not 대가
// ("price"): too short to lose its 가 anyway, and as an ending it kept 구호대가, 부대가 whole.
// The same endings also stop a longer particle from cutting through them: 결과는 is 결과+는,
// never 결+과는.
constexpr std::array<std::string_view, 57> kProtectedEndings = {
    "회의", "협의", "합의", "논의", "주의", "동의", "결의", "토의", "심의", "건의",
    "정의", "강의", "모의", "이의", "결과", "효과", "성과", "통과", "부과", "사과",
    "전문가", "국가", "평가", "참가", "증가", "추가", "작가", "마을", "도로",
    "경로", "진로", "항로", "통로", "원로", "수로", "공로", "기로", "육로", "불만",
    "미만", "천만", "백만", "반도", "제도", "인도", "정도", "태도", "속도", "한도",
    "지도", "시도", "의도", "벨기에", "코모로", "몬테네그로", "니카라과", "오타와",
};

// Suffixes written between a noun and its particle: the plural 들 (국민들에게) and 측, "side"
// (이집트측은). Stripped after the particle when at least two syllables remain.
constexpr std::array<std::string_view, 2> kNounSuffixes = {"들", "측"};
constexpr size_t kMinStemBeforeSuffix = 2;

// Whole words that are never stripped.
constexpr std::array<std::string_view, 4> kProtectedWords = {"오만", "이란", "우크라이나", "가나"};

constexpr size_t kSyllableBytes = 3;  // every Hangul syllable is 3 bytes in UTF-8

bool all_syllables(std::string_view s) {
  if (s.size() % kSyllableBytes != 0) return false;
  for (size_t p = 0; p < s.size(); p += kSyllableBytes) {
    if (hangul_syllable_at(s, p) < 0) return false;
  }
  return true;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool condition_holds(After after, int last_syllable) {
  int final_consonant = (last_syllable - 0xAC00) % 28;  // 0 = none, 8 = ㄹ
  switch (after) {
    case After::kAny: return true;
    case After::kConsonant: return final_consonant != 0;
    case After::kVowel: return final_consonant == 0;
    case After::kVowelOrRieul: return final_consonant == 0 || final_consonant == 8;
  }
  return false;
}

bool is_protected_word(std::string_view word) {
  for (auto w : kProtectedWords) {
    if (word == w) return true;
  }
  return false;
}

bool is_protected(std::string_view word) {
  if (is_protected_word(word)) return true;
  for (auto e : kProtectedEndings) {
    if (ends_with(word, e)) return true;
  }
  return false;
}

// True when cutting `word` after `stem_bytes` would split a protected ending that lies
// across the cut (결|과는 splits 결과).
bool cuts_through_protected(std::string_view word, size_t stem_bytes) {
  for (size_t end = stem_bytes + kSyllableBytes; end <= word.size(); end += kSyllableBytes) {
    std::string_view head = word.substr(0, end);
    for (auto e : kProtectedEndings) {
      if (e.size() > end - stem_bytes && ends_with(head, e)) return true;
    }
  }
  return false;
}

// The word without its particle: the longest particle whose conditions hold and whose cut
// keeps every protected ending whole.
std::string_view without_particle(std::string_view word) {
  for (const auto& particle : kParticles) {
    if (!ends_with(word, particle.suffix)) continue;
    size_t stem_bytes = word.size() - particle.suffix.size();
    if (stem_bytes < particle.min_stem * kSyllableBytes) continue;
    if (!condition_holds(particle.after, hangul_syllable_at(word, stem_bytes - kSyllableBytes))) continue;
    if (cuts_through_protected(word, stem_bytes)) continue;
    return word.substr(0, stem_bytes);
  }
  return word;
}

// Past-tense forms of verbs other than 하다/되다 (밝혔다, 가졌습니다, 열렸으며, 나눴고): the
// ending after the past marker goes, then the marker contracted into the verb's last
// syllable is undone (혔 → 히, 왔 → 오, 눴 → 누, 됐 → 되; a separate 었/았 goes whole),
// so that every past form of a verb shares one stem (밝히). Only after a syllable ending in
// ㅆ, which no noun does before these endings; stems shorter than two syllables are kept whole
// (있다, 갔다).
constexpr std::array<std::string_view, 10> kPastEndings = {"습니다", "다고", "다며", "으며", "는데",
                                                           "지만", "으나", "다", "고", "던"};

// 가지다 ("to have; to hold a meeting") is written short as 갖다 outside the past tense
// (회담을 갖고, 갖습니다, 갖기로) and is the verb of most meeting reports: its forms
// share the stem of its past tense (가졌다 → 가지). Whole words only: nouns end in 가지
// and 가진 (여러 가지) only where they are that word already.
constexpr std::array<std::string_view, 14> kHaveForms = {"갖고", "갖는", "갖는다", "갖습니다", "갖기로",
                                                         "갖게", "갖자", "갖도록", "갖고자", "가지고",
                                                         "가지며", "가지는", "가진", "가질"};
constexpr std::string_view kHaveStem = "가지";
constexpr int kFinalSsangSiot = 20;  // ㅆ as a final consonant
constexpr int kMinVerbStemSyllables = 2;

std::string encode_syllable(int cp) {
  std::string out(kSyllableBytes, '\0');
  out[0] = static_cast<char>(0xE0 | (cp >> 12));
  out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[2] = static_cast<char>(0x80 | (cp & 0x3F));
  return out;
}

// The syllable before the past marker: 혔 → 히, 했 → 하, 왔 → 오, 눴 → 누, 됐 → 되, 갔 → 가;
// empty for a separate 었/았, which is the marker alone.
std::string without_past_marker(int syllable) {
  const int index = syllable - 0xAC00;
  const int initial = index / (21 * 28), vowel = (index / 28) % 21;
  constexpr int kYeo = 6, kI = 20, kWa = 9, kO = 8, kWo = 14, kU = 13, kWae = 10, kOe = 11, kEo = 4, kA = 0;
  constexpr int kIeung = 11, kHieut = 18, kAe = 1;
  if (initial == kIeung && (vowel == kEo || vowel == kA)) return "";
  int base = vowel;
  if (vowel == kYeo) base = kI;
  else if (vowel == kAe && initial == kHieut) base = kA;
  else if (vowel == kWa) base = kO;
  else if (vowel == kWo) base = kU;
  else if (vowel == kWae) base = kOe;
  return encode_syllable(0xAC00 + (initial * 21 + base) * 28);
}

std::optional<std::string> past_tense_stem(std::string_view word) {
  for (auto ending : kPastEndings) {
    if (!ends_with(word, ending) || word.size() < ending.size() + kSyllableBytes) continue;
    const size_t marker = word.size() - ending.size() - kSyllableBytes;
    const int syllable = hangul_syllable_at(word, marker);
    if ((syllable - 0xAC00) % 28 != kFinalSsangSiot) continue;
    std::string stem = std::string(word.substr(0, marker)) + without_past_marker(syllable);
    if (stem.size() < kMinVerbStemSyllables * kSyllableBytes) return std::nullopt;
    return stem;
  }
  return std::nullopt;
}

}  // namespace

int hangul_syllable_at(std::string_view text, size_t at) {
  if (at + kSyllableBytes > text.size()) return -1;
  const auto b0 = static_cast<unsigned char>(text[at]), b1 = static_cast<unsigned char>(text[at + 1]),
             b2 = static_cast<unsigned char>(text[at + 2]);
  if ((b0 & 0xF0) != 0xE0 || (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return -1;
  const int cp = ((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
  return (cp >= 0xAC00 && cp <= 0xD7A3) ? cp : -1;
}

std::string strip_particle(std::string_view word) {
  if (!all_syllables(word) || is_protected_word(word)) return std::string(word);
  for (auto form : kHaveForms) {
    if (word == form) return std::string(kHaveStem);
  }
  if (without_particle(word) == word) {
    if (auto stem = past_tense_stem(word)) return *stem;
  }
  std::string_view stem = is_protected(word) ? word : without_particle(word);
  for (auto suffix : kNounSuffixes) {
    if (ends_with(stem, suffix) && stem.size() >= (kMinStemBeforeSuffix * kSyllableBytes) + suffix.size() &&
        !is_protected_word(stem)) {
      stem.remove_suffix(suffix.size());
      break;
    }
  }
  return std::string(stem);
}

bool is_particle(std::string_view word) {
  for (const auto& particle : kParticles) {
    if (!particle.ending && word == particle.suffix) return true;
  }
  return false;
}

}  // namespace dipsearch::text
