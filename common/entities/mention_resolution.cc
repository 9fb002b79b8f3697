// Resolving mentions into people (see mention_resolution.h).
#include "common/entities/mention_resolution.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "common/entities/extractor.h"
#include "common/entities/office_holders.h"
#include "common/entities/official_key.h"
#include "common/entities/official_names.h"
#include "common/text/edit_distance.h"
#include "common/text/normalize.h"

namespace dipsearch::entities::detail {
namespace {

struct Person {
  std::string key;
  int official = -1;
  std::string name;
  std::string latin;
  // Name and title come from the fullest mention: rank 2 a full name, 1 a one-word
  // registry spelling (Blinken), 0 a short mention (Minister Kang).
  int name_rank = -1;
  bool name_own = false;  // the name is written in the release's own script
  std::string title;
  int title_rank = -1;
  bool confirmed = false;  // a registry person, or named outside a headline
  bool hangul = false;
  uint32_t first_pos = 0;
};

// Whether Latin text, in its compact form (letters and digits, lower case, accents folded),
// equals `compact`; ASCII text is compared in place.
bool same_compact(std::string_view text, std::string_view compact) {
  if (!is_ascii(text)) return compact_latin(text) == compact;
  size_t k = 0;
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) continue;
    if (k >= compact.size() || compact[k++] != c) return false;
  }
  return k == compact.size();
}

// Whether one of the words of a name is `word`: Hangul names split at spaces; Latin ones
// also at hyphens and dots, compared compact ("Jong-moon" holds "moon").
bool has_word(std::string_view name, bool hangul, std::string_view word) {
  size_t start = 0;
  for (size_t k = 0; k <= name.size(); ++k) {
    const bool sep =
        k == name.size() || name[k] == ' ' || (!hangul && (name[k] == '-' || name[k] == '.'));
    if (!sep) continue;
    if (k > start) {
      const std::string_view w = name.substr(start, k - start);
      if (hangul ? w == word : same_compact(w, word)) return true;
    }
    start = k + 1;
  }
  return false;
}

// Whether a Latin name of several words ends with the whole of a shorter one, compared compact:
// "Teresa Cruz-De Leon" ends with "Cruz-De Leon", the double surname a release repeats alone.
bool ends_with_name(std::string_view full, std::string_view tail) {
  if (count_words(tail) < 2 || count_words(full) <= count_words(tail)) return false;
  const std::string want = compact_latin(tail);
  for (size_t k = 0; k < full.size(); ++k) {
    if (full[k] == ' ' && compact_latin(full.substr(k + 1)) == want) return true;
  }
  return false;
}

// The one registry official a Latin name cut off by the end of a saved page begins ("President
// Moon Jae-i" at the last byte): the name, compact, must be long enough to be telling and start
// a spelling of exactly one person. -1 when none or several.
int official_cut_off(const OfficialsRegistry& registry, std::string_view name) {
  const std::string compact = compact_latin(name);
  if (compact.size() < 6 || count_words(name) < 2) return -1;
  int found = -1;
  for (const auto& [spelling, index] : registry.latin_index()) {
    if (spelling.size() <= compact.size() || spelling.compare(0, compact.size(), compact) != 0) {
      continue;
    }
    if (found >= 0 && static_cast<size_t>(found) != index) return -1;
    found = static_cast<int>(index);
  }
  return found;
}

// The code points of a spelling as compared for misspellings: Latin compact (letters and
// digits, lower case, accents folded), Hangul without its spaces.
std::vector<unsigned> spelling_points(std::string_view name, bool hangul) {
  const std::string compact = hangul ? std::string() : compact_latin(name);
  const std::string_view s = hangul ? name : std::string_view(compact);
  std::vector<unsigned> out;
  for (size_t i = 0; i < s.size();) {
    const char32_t c = decode_utf8_at(s, i);
    if (c != U' ') out.push_back(static_cast<unsigned>(c));
  }
  return out;
}

// The registry official a full name that the page misspells stands for ("President Park
// Geun-hey", "하야시 요시사마 외무상"): one word of the name is the family name of the one
// person who held the stated office on the release's date (undated: who ever held the office
// the title names in full), and the whole name is at most two
// edits from one of that person's spellings in its script. -1 when none.
int misspelt_official(const OfficialsRegistry& registry, const Mention& m, std::string_view date) {
  constexpr size_t kMaxEdits = 2;
  constexpr size_t kMinLetters = 6;  // shorter names are too easily another's
  // Undated, office_holder names only the holder of an office the title names in full.
  if (m.title.empty() || count_words(m.name) < 2) return -1;
  int holder = -1;
  size_t start = 0;
  for (size_t k = 0; k <= m.name.size(); ++k) {
    if (k < m.name.size() && m.name[k] != ' ') continue;
    if (k > start) {
      const int h = office_holder(registry, std::string_view(m.name).substr(start, k - start),
                                  m.hangul, m.title, date);
      if (h >= 0 && holder >= 0 && h != holder) return -1;
      if (h >= 0) holder = h;
    }
    start = k + 1;
  }
  if (holder < 0) return -1;
  const std::vector<unsigned> written = spelling_points(m.name, m.hangul);
  if (written.size() < kMinLetters) return -1;
  const RegistryOfficial& o = registry.all()[static_cast<size_t>(holder)];
  for (const std::string& s : registry.spellings(o, /*latin_in_either_order=*/false)) {
    if (s.empty() || text::has_hangul(s) != m.hangul) continue;
    if (text::bounded_edit_distance(written, spelling_points(s, m.hangul), kMaxEdits) <= kMaxEdits) {
      return holder;
    }
  }
  return -1;
}

}  // namespace

std::vector<OfficialMention> resolve_mentions(ScanState& s, std::string_view date,
                                              std::string_view lang) {
  std::vector<Person> people;  // a handful: found by key with a linear search
  const auto& registry = s.names.registry();
  auto person_for = [&](const Mention& mention) -> size_t {
    std::string key;
    int official = mention.official;
    if (official < 0 && !mention.latin.empty()) {
      if (const RegistryOfficial* o = registry.match_name(mention.latin)) {
        official = static_cast<int>(o - registry.all().data());
      }
    }
    if (official < 0 && !mention.hangul && mention.end >= s.n) {
      official = official_cut_off(registry, mention.name);
    }
    if (official < 0 && mention.latin.empty() &&
        registry.find_by_key(official_key(mention.name)) == nullptr) {
      official = misspelt_official(registry, mention, date);
    }
    // A foreign name written in Hangul as its family name alone with a title (라이스 미
    // 국무장관, 나가미네 주한일본대사): the one holder of that office with that name.
    if (official < 0 && mention.hangul && mention.latin.empty() && !mention.title.empty() &&
        count_words(mention.name) == 1 && registry.find_by_key(official_key(mention.name)) == nullptr) {
      official = office_holder(registry, mention.name, true, mention.title, date);
    }
    if (official >= 0) {
      key = registry.all()[static_cast<size_t>(official)].key;
    } else {
      key = official_key(mention.latin.empty() ? mention.name : mention.latin);
      // A spelling the registry lacks can still derive its key ("Choi Jong Moon").
      if (const RegistryOfficial* o = registry.find_by_key(key)) {
        official = static_cast<int>(o - registry.all().data());
      }
    }
    if (key.empty()) return SIZE_MAX;
    for (size_t k = 0; k < people.size(); ++k) {
      if (people[k].key == key) return k;
    }
    Person p;
    p.key = key;
    p.official = official;
    p.name = mention.name;
    p.latin = mention.latin;
    p.hangul = mention.hangul;
    p.first_pos = mention.first;
    people.push_back(std::move(p));
    return people.size() - 1;
  };

  // Full mentions in text order. A Korean "name" that is one word of a person found in
  // full (나브 차관 after 미르와이스 나브) is a short mention, not a new person, and so is a
  // Latin name that ends a longer one (a double surname after the full name).
  std::vector<size_t> order(s.mentions.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return s.mentions[a].first < s.mentions[b].first; });
  // Whether a one-word Hangul name is a word of a Hangul name of several words found in full,
  // or a Latin name the end of a longer one.
  auto is_part_of_other = [&](const Mention& m) {
    if (m.official >= 0) return false;
    if (!m.hangul) {
      // A Latin name of two words or more that ends a longer one found in full.
      return std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& other) {
        return !other.short_form && !other.hangul && ends_with_name(other.name, m.name);
      });
    }
    if (m.name.find(' ') != std::string::npos) return false;
    for (const Mention& other : s.mentions) {
      if (other.short_form) continue;
      if (other.hangul && other.name.find(' ') != std::string::npos &&
          has_word(other.name, true, m.name)) {
        return true;
      }
      if (other.official >= 0) {
        const std::string& ko = registry.all()[static_cast<size_t>(other.official)].name_ko;
        if (ko.find(' ') != std::string::npos && has_word(ko, true, m.name)) return true;
      }
    }
    return false;
  };
  std::vector<size_t> shorts;
  for (size_t k : order) {
    Mention& m = s.mentions[k];
    if (m.short_form || is_part_of_other(m)) {
      m.short_form = true;
      shorts.push_back(k);
      continue;
    }
    if (m.needs_title && m.title.empty()) continue;  // "Mr. John Smith" alone
    if (m.private_office && m.official < 0) continue;  // a foundation's president
    const size_t p = person_for(m);
    if (p == SIZE_MAX) continue;
    Person& person = people[p];
    person.first_pos = std::min(person.first_pos, m.first);
    // A headline capitalizes every word, but a title before a romanized Korean name
    // ("Briefing by Spokesperson Hong Gil Dong") still names someone.
    if (person.official >= 0 || !m.headline ||
        (!m.title.empty() && !m.hangul && is_romanized_korean_name(m.name))) {
      person.confirmed = true;
    }
    // 블링컨 장관 … 토니 블링컨 미국 국무장관: the title given with the full name wins.
    int rank = 2;
    if (m.official >= 0) {
      const RegistryOfficial& o = registry.all()[static_cast<size_t>(m.official)];
      const std::string& full = m.hangul ? o.name_ko : o.name_en;
      // Whitespace words only: "Choi Jongmoon" is as full as "Choi Jong-moon".
      if (count_words(m.name) < count_words(full)) rank = 1;
    }
    // Equally full spellings: the one in the release's own script (마코 루비오 in a Korean
    // release that also gives "Marco Rubio" in brackets).
    const bool own_script = m.hangul == (lang == "ko");
    if (rank > person.name_rank || (rank == person.name_rank && own_script && !person.name_own)) {
      person.name = m.name;
      person.hangul = m.hangul;
      person.name_rank = rank;
      person.name_own = own_script;
    }
    if (!m.title.empty() && rank > person.title_rank) {
      person.title = m.title;
      person.title_rank = rank;
    }
  }
  // Short mentions: a person whose name holds the word; of several, the one introduced
  // last before the mention (else the first one after it).
  for (size_t k : shorts) {
    const Mention& m = s.mentions[k];
    const std::string word = m.hangul ? m.name : compact_latin(m.name);
    size_t best = SIZE_MAX;
    for (size_t p = 0; p < people.size(); ++p) {
      const Person& person = people[p];
      bool match = false;
      if (m.hangul && syllables(word) == 1) {
        // 정 장관 → 정의용: a surname starts the Korean name.
        const RegistryOfficial* o =
            person.official >= 0 ? &registry.all()[static_cast<size_t>(person.official)] : nullptr;
        const std::string ko = o != nullptr && !o->name_ko.empty()
                                   ? o->name_ko
                                   : (person.hangul ? person.name : std::string());
        match = !ko.empty() && ko.compare(0, word.size(), word) == 0 &&
                ko.find(' ') == std::string::npos;
      } else {
        // A word of any of the person's names.
        match = has_word(person.name, person.hangul, word) ||
                (!person.latin.empty() && has_word(person.latin, false, word)) ||
                (!m.hangul && !person.hangul && ends_with_name(person.name, m.name));
        if (!match && person.official >= 0) {
          const RegistryOfficial& o = registry.all()[static_cast<size_t>(person.official)];
          match = has_word(o.name_en, false, word) || has_word(o.name_ko, true, word);
        }
      }
      if (!match) continue;
      if (best == SIZE_MAX ||
          (person.first_pos <= m.first &&
           (people[best].first_pos > m.first || person.first_pos > people[best].first_pos))) {
        best = p;
      }
    }
    if (best == SIZE_MAX) {
      // No one named in full: the one registry official with this family name who held the
      // office on the release date ("Secretary Kerry" in 2014).
      const int holder = office_holder(registry, word, m.hangul, m.title, date);
      if (holder < 0) continue;
      Mention full = m;
      full.official = holder;
      best = person_for(full);
      if (best == SIZE_MAX) continue;
      people[best].confirmed = true;
    }
    Person& person = people[best];
    if (!m.title.empty() && person.title_rank < 0) {
      person.title = m.title;
      person.title_rank = 0;
    }
    person.first_pos = std::min(person.first_pos, m.first);
  }

  // An unknown name seen only in a headline is not trusted: "Minister Congratulates New".
  people.erase(
      std::remove_if(people.begin(), people.end(), [](const Person& p) { return !p.confirmed; }),
      people.end());
  std::sort(people.begin(), people.end(),
            [](const Person& a, const Person& b) { return a.first_pos < b.first_pos; });
  std::vector<OfficialMention> out;
  out.reserve(people.size());
  for (Person& p : people) {
    OfficialMention o;
    o.key = p.key;
    o.name = p.name;
    o.title = p.title;
    if (p.official >= 0) {
      const RegistryOfficial& r = registry.all()[static_cast<size_t>(p.official)];
      o.name_en = r.name_en;
      o.name_ko = r.name_ko;
      if (o.title.empty()) o.title = registry.title_at(r, date, lang);
    } else if (p.hangul) {
      o.name_ko = p.name;
      o.name_en = p.latin;
    } else {
      o.name_en = p.name;
    }
    out.push_back(std::move(o));
  }
  return out;
}

}  // namespace dipsearch::entities::detail
