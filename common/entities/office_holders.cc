// Matching a short mention against the registry's dated roles (see office_holders.h).
#include "common/entities/office_holders.h"

#include <string>
#include <vector>

#include "common/entities/official_key.h"
#include "common/entities/tokens.h"
#include "common/entities/word_hash.h"

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

// The lower-case words of a Latin title, split at spaces and hyphens.
std::vector<std::string> latin_words(std::string_view title) {
  std::vector<std::string> out;
  std::string w;
  for (char c : title) {
    if (c == ' ' || c == '-' || c == ',' || c == '.') {
      if (!w.empty()) out.push_back(std::move(w));
      w.clear();
    } else {
      w += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

bool latin_compatible(std::string_view mention, std::string_view role) {
  const std::vector<std::string> m = latin_words(mention);
  const std::vector<std::string> r = latin_words(role);
  auto has = [](const std::vector<std::string>& words, const std::string& w) {
    for (const std::string& x : words) {
      if (x == w) return true;
    }
    return false;
  };
  bool head = false;
  for (const std::string& w : m) {
    if (latin_heads().count(w) && w != "general" && has(r, w)) head = true;
  }
  if (!head) return false;
  for (std::string_view rank : latin_ranks()) {
    if (has(m, std::string(rank)) != has(r, std::string(rank))) return false;
  }
  return true;
}

// Without a date, only a title that names one office in full says who it is: every word of
// the mention's title but a leading qualifier ("US", "Australian") is a word of the role, and
// one of them says which office besides its head and rank ("Secretary of State Kerry",
// "Foreign Minister Wong"; "Secretary Kerry", "Deputy Minister Nab" could be anyone's).
bool latin_names_office(std::string_view mention, std::string_view role) {
  static const WordSet joiners = {"of", "for", "the", "and"};
  const std::vector<std::string> m = latin_words(mention);
  const std::vector<std::string> r = latin_words(role);
  bool specific = false;
  for (size_t k = 0; k < m.size(); ++k) {
    if (joiners.count(m[k])) continue;
    bool in_role = false;
    for (const std::string& w : r) in_role = in_role || w == m[k];
    if (!in_role) {
      if (k != 0) return false;
      continue;
    }
    specific = specific || (!latin_heads().count(m[k]) && !latin_ranks().count(m[k]));
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

bool hangul_compatible(std::string_view mention, std::string_view role) {
  const std::string_view m = hangul_head(mention);
  const std::string_view r = hangul_head(role);
  if (m.empty() || r.size() < m.size() || r.substr(r.size() - m.size()) != m) return false;
  bool known = false;
  for (std::string_view head : hangul_heads()) {
    if (m.size() >= head.size() && m.substr(m.size() - head.size()) == head) known = true;
  }
  if (!known) return false;
  // 부장관, 부총리, 부대변인 are deputies: 장관 does not name them.
  constexpr std::string_view kDeputy = "\xEB\xB6\x80";  // 부
  const std::string_view before = r.substr(0, r.size() - m.size());
  return before.size() < kDeputy.size() || before.substr(before.size() - kDeputy.size()) != kDeputy;
}

// Whether `word` is the family name in one of the official's spellings: the first or last
// word of a Latin spelling (compact, accents folded), a word of a spelling in Hangul, or the
// first syllable of a Korean name written in one word (정 → 정의용).
bool family_name(const RegistryOfficial& o, std::string_view word, bool hangul) {
  std::vector<std::string_view> spellings{o.name_en, o.name_ko};
  for (const std::string& a : o.aliases) spellings.push_back(a);
  const std::string compact = hangul ? std::string() : compact_latin(word);
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
  if (word.empty() || title.empty() || (date.empty() && hangul)) return -1;
  int found = -1;
  const auto& all = registry.all();
  for (size_t i = 0; i < all.size(); ++i) {
    const RegistryOfficial& o = all[i];
    bool fits = false;
    for (const OfficialRole& role : o.roles) {
      if (date.empty()) {
        // Undated: whoever ever held the office the title names in full.
        fits = fits || (latin_compatible(title, role.title_en) &&
                        latin_names_office(title, role.title_en));
        continue;
      }
      if (!role.covers(date)) continue;
      fits = fits || (hangul ? !role.title_ko.empty() && hangul_compatible(title, role.title_ko)
                             : latin_compatible(title, role.title_en));
    }
    if (!fits || !family_name(o, word, hangul)) continue;
    if (found >= 0) return -1;  // several fit: the mention does not say which
    found = static_cast<int>(i);
  }
  return found;
}

}  // namespace dipsearch::entities::detail
