// Matching a short mention against the registry's dated roles (see office_holders.h).
#include "common/entities/office_holders.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/entities/korean_lexicon.h"
#include "common/entities/official_key.h"
#include "common/entities/tokens.h"
#include "common/entities/word_hash.h"
#include "common/release/text_lines.h"

namespace dipsearch::entities::detail {
namespace {

// Heads of offices few people hold at a time: a surname with one of these names one person.
const WordSet& latin_heads() {
  static const WordSet set = {"minister",  "secretary",   "president",    "premier",
                              "chancellor", "spokesperson", "spokesman",  "spokeswoman",
                              "chairman",  "chairperson", "representative", "envoy",
                              "king",      "queen",       "emperor",      "general"};
  return set;
}

// Words that change the rank of an office: a Vice Minister is not the Minister.
const WordSet& latin_ranks() {
  static const WordSet set = {"vice", "deputy", "prime", "under", "assistant", "acting"};
  return set;
}

const WordSet& hangul_heads() {
  static const WordSet set = {"장관",   "차관",   "대통령", "총리",   "대변인",   "위원장",
                              "외무상", "외교부장", "외상",  "주석",   "실장",     "특별대표",
                              "본부장", "사무총장", "총장",  "국무장관", "외교장관", "국방장관",
                              "관방장관", "총비서", "부장관"};
  return set;
}

using Words = std::vector<std::string>;

bool has_word(const Words& words, std::string_view w) {
  for (const std::string& x : words) {
    if (x == w) return true;
  }
  return false;
}

// A mention's English title, with what every role is compared on worked out once: the words
// that name the head of an office (latin_heads; "General" alone names none) and which rank
// words (latin_ranks) it has.
struct LatinMention {
  Words words;
  std::vector<std::string_view> heads;
  std::vector<std::pair<std::string_view, bool>> ranks;

  explicit LatinMention(std::string_view title) : words(latin_title_words(title)) {
    for (const std::string& w : words) {
      if (latin_heads().count(w) && w != "general") heads.push_back(w);
    }
    for (std::string_view rank : latin_ranks()) ranks.emplace_back(rank, has_word(words, rank));
  }
  // heads point into words: a copy's would point into the original's.
  LatinMention(const LatinMention&) = delete;
  LatinMention& operator=(const LatinMention&) = delete;
};

// Whether a role (its words, latin_title_words) has a head the mention names and the same
// rank words.
bool latin_compatible(const LatinMention& m, const Words& r) {
  bool head = false;
  for (std::string_view w : m.heads) head = head || has_word(r, w);
  if (!head) return false;
  for (const auto& [rank, in_mention] : m.ranks) {
    if (has_word(r, rank) != in_mention) return false;
  }
  return true;
}

// Without a date, only a title that names one office in full says who it is: every word of
// the mention's title but a leading qualifier ("US", "Australian") is a word of the role, and
// one of them says which office besides its head and rank ("Secretary of State Kerry",
// "Foreign Minister Wong"; "Secretary Kerry", "Deputy Minister Nab" could be anyone's).
bool latin_names_office(const Words& m, const Words& r) {
  static const WordSet joiners = {"of", "for", "the", "and"};
  bool specific = false;
  for (size_t k = 0; k < m.size(); ++k) {
    const std::string& w = m[k];
    if (joiners.count(w)) continue;
    if (!has_word(r, w)) {
      if (k != 0) return false;
      continue;
    }
    specific = specific || (!latin_heads().count(w) && !latin_ranks().count(w));
  }
  return specific;
}

// The last word of a Korean title without an ordinal (외교부 제1차관 → 차관).
std::string_view hangul_head(std::string_view title) {
  const size_t space = title.rfind(' ');
  std::string_view last = space == std::string_view::npos ? title : title.substr(space + 1);
  constexpr std::string_view kOrdinal = "\xEC\xA0\x9C";  // 제
  if (last.substr(0, kOrdinal.size()) == kOrdinal) last.remove_prefix(kOrdinal.size());
  while (!last.empty() && last.front() >= '0' && last.front() <= '9') last.remove_prefix(1);
  return last;
}

// Whether the last word of a Korean title ends with the head of an office (hangul_heads).
bool names_hangul_head(std::string_view m) {
  for (std::string_view head : hangul_heads()) {
    if (m.size() >= head.size() && m.substr(m.size() - head.size()) == head) return true;
  }
  return false;
}

// `m` is hangul_head of the mention's title, and names a head (names_hangul_head).
bool hangul_compatible(std::string_view m, std::string_view role) {
  const std::string_view r = hangul_head(role);
  if (m.empty() || r.size() < m.size() || r.substr(r.size() - m.size()) != m) return false;
  return !deputy_before_head(r, m.size());  // 장관 does not name 부장관
}

// Words before a Korean title that change no office: (신임) 미 국무장관, 전 외교부 장관.
bool hangul_qualifier(std::string_view w) {
  static const WordSet qualifiers = {"신임", "전", "현", "차기", "당시"};
  while (!w.empty() && (w.front() == '(' || w.front() == '[')) w.remove_prefix(1);
  while (!w.empty() && (w.back() == ')' || w.back() == ']')) w.remove_suffix(1);
  return qualifiers.count(w) > 0;
}

// Generic Korean heads of offices, which many people hold at a time.
const WordSet& hangul_generic() {
  static const WordSet set = {"장관",   "차관",     "부장관",   "대통령",   "총리",
                              "부총리", "대변인",   "대사",     "위원장",   "실장",
                              "본부장", "총장",     "사무총장", "주석",     "특별대표",
                              "외교장관", "외무장관", "국방장관", "외무상",   "국장"};
  return set;
}

// The Korean counterpart of latin_names_office, on the mention's words (split once by the
// caller) and the role's (OfficialRole::words_ko): a title names one office when its last
// words are the last words of the role's title and say more than a head many people hold
// (국무부 대변인, 주한일본대사 do; 장관, 외교장관 could be anyone's). A word before them is a
// qualifier (hangul_qualifier), the start of a word of the role left unmatched (미 for 미국),
// or, when the role states no more than the matched words (국무장관), one word saying whose
// office it is.
bool hangul_names_office(const std::vector<std::string_view>& m, const Words& r) {
  // Most roles end in another word (this runs for every role of the registry and every
  // Korean mention with a title).
  if (m.empty() || r.empty() || r.back() != m.back()) return false;
  size_t matched = 0;
  while (matched < m.size() && matched < r.size() &&
         m[m.size() - 1 - matched] == r[r.size() - 1 - matched]) {
    ++matched;
  }
  if (matched == 0) return false;
  const size_t unmatched = r.size() - matched;
  size_t unstated = 0;  // leading words the role has no word for
  for (size_t k = 0; k + matched < m.size(); ++k) {
    if (hangul_qualifier(m[k])) continue;
    bool starts_role_word = false;
    for (size_t j = 0; j < unmatched && !starts_role_word; ++j) {
      starts_role_word = r[j].size() > m[k].size() && r[j].compare(0, m[k].size(), m[k]) == 0;
    }
    if (starts_role_word) continue;
    if (unmatched > 0 || ++unstated > 1) return false;
  }
  return matched > 1 || !hangul_generic().count(m.back());
}

// Whether `word` is the family name in one of the official's spellings: the first or last
// word of a Latin spelling (compact, accents folded), a word of a spelling in Hangul, or the
// first syllable of a Korean name written in one word (정 → 정의용).
// `compact` is compact_latin(word) for a Latin word.
bool family_name(const RegistryOfficial& o, std::string_view word, std::string_view compact, bool hangul) {
  std::vector<std::string_view> spellings{o.name_en, o.name_ko};
  for (const std::string& a : o.aliases) spellings.push_back(a);
  for (std::string_view s : spellings) {
    if (s.empty()) continue;
    size_t i = 0;
    const bool is_hangul = is_hangul_syllable(decode_utf8_at(s, i));
    if (is_hangul != hangul) continue;
    const size_t first_space = s.find(' ');
    const size_t last_space = s.rfind(' ');
    const std::string_view first = s.substr(0, first_space);
    const std::string_view last =
        last_space == std::string_view::npos ? s : s.substr(last_space + 1);
    if (!hangul) {
      if (first_space == std::string_view::npos) continue;  // a one-word alias is no full name
      if (compact_latin(first) == compact || compact_latin(last) == compact) return true;
    } else if (syllables(word) == 1) {
      if (first_space == std::string_view::npos && syllables(s) >= 2 && syllables(s) <= 4 &&
          s.substr(0, word.size()) == word) {
        return true;
      }
    } else if (first == word || last == word) {
      return true;
    }
  }
  return false;
}

}  // namespace

int office_holder(const OfficialsRegistry& registry, std::string_view word, bool hangul,
                  std::string_view title, std::string_view date) {
  if (word.empty() || title.empty()) return -1;
  // The mention's side of every comparison, once (this loop over the registry was half of a
  // rebuild's instructions): a Latin title that names no head of an office fits no role; a
  // Korean title names a holder by its head (dated: 장관 on that day) or by the office in full
  // (hangul_names_office: 주한일본대사, 미국 부통령, any day).
  const std::string_view hangul_title = hangul ? hangul_head(title) : std::string_view();
  const LatinMention mention(hangul ? std::string_view() : title);
  std::vector<std::string_view> hangul_mention;
  bool hangul_head_known = false;
  if (hangul) {
    hangul_mention = release::split_words(title);
    hangul_head_known = names_hangul_head(hangul_title);
    // One generic word that is no head (대사) names no office in full either.
    if (!hangul_head_known && hangul_mention.size() == 1 &&
        hangul_generic().count(hangul_mention.back())) {
      return -1;
    }
  } else {
    if (mention.heads.empty()) return -1;
  }
  const std::string compact = hangul ? std::string() : compact_latin(word);
  int found = -1;
  const auto& all = registry.all();
  for (size_t i = 0; i < all.size(); ++i) {
    const RegistryOfficial& o = all[i];
    bool fits = false;
    for (const OfficialRole& role : o.roles) {
      if (fits) break;
      if (date.empty()) {
        // Undated: whoever ever held the office the title names in full.
        if (hangul) {
          fits = hangul_names_office(hangul_mention, role.words_ko);
        } else {
          fits = latin_compatible(mention, role.words_en) &&
                 latin_names_office(mention.words, role.words_en);
        }
        continue;
      }
      if (!role.covers(date)) continue;
      if (hangul) {
        fits = !role.title_ko.empty() &&
               ((hangul_head_known && hangul_compatible(hangul_title, role.title_ko)) ||
                hangul_names_office(hangul_mention, role.words_ko));
      } else {
        fits = latin_compatible(mention, role.words_en);
      }
    }
    if (!fits || !family_name(o, word, compact, hangul)) continue;
    if (found >= 0) return -1;  // several fit: the mention does not say which
    found = static_cast<int>(i);
  }
  return found;
}

}  // namespace dipsearch::entities::detail
