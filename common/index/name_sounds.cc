// Consonant classes of names in Latin letters and in Hangul (see name_sounds.h).
#include "common/index/name_sounds.h"

#include <algorithm>

#include "common/text/korean.h"

namespace dipsearch {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_letter(char c) { return is_upper(c) || is_lower(c); }
bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

void add_class(std::string& sound, char c) {
  if (c != 0 && (sound.empty() || sound.back() != c)) sound += c;
}

// The Hangul syllable at text[i] as its index from U+AC00, or -1; three bytes in UTF-8.
int syllable_at(std::string_view text, size_t i) {
  const int cp = text::hangul_syllable_at(text, i);
  return cp < 0 ? -1 : cp - 0xAC00;
}

// The classes of the 19 initial and 28 final consonants, in Unicode's order (0: none).
constexpr char kInitial[19] = {'k', 'k', 'n', 't', 't', 'l', 'm', 'p', 'p', 's', 's', 0, 'j', 'j', 'j', 'k', 't', 'p', 0};
constexpr char kFinal[28] = {0,   'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'l', 'l', 'l', 'l', 'l',
                             'l', 'l', 'm', 'p', 'p', 't', 't', 'n', 't', 't', 'k', 't', 'p', 0};

// What ends a Korean word without being part of the name: particles and the titles written
// onto a name (트럼프와, 판문점에서, 볼로딘의).
constexpr std::string_view kEndings[] = {"에서", "에게", "으로", "께서", "에는", "과의", "와의", "님은", "님의", "님과",
                                         "님께", "대통령", "총리", "장관", "의장", "대사", "의", "은", "는", "이",
                                         "가", "을", "를", "에", "와", "과", "도", "로", "께", "님", "씨"};

// The Hangul words of a text: runs of syllables, with whether the next follows after one space.
struct HangulWord {
  std::string_view text;
  bool next_after_space = false;
};

std::vector<HangulWord> hangul_words(std::string_view text) {
  std::vector<HangulWord> words;
  for (size_t i = 0; i < text.size();) {
    if (syllable_at(text, i) < 0) {
      ++i;
      continue;
    }
    size_t end = i;
    while (syllable_at(text, end) >= 0) end += 3;
    words.push_back({text.substr(i, end - i), end + 1 < text.size() && text[end] == ' ' && syllable_at(text, end + 1) >= 0});
    i = end;
  }
  return words;
}

void add_if_distinct(std::set<std::string>& sounds, const std::string& sound) {
  if (sound.size() >= kDistinctSound) sounds.insert(sound);
}

}  // namespace

std::string hangul_sound(std::string_view word) {
  std::string sound;
  for (size_t i = 0; i < word.size();) {
    const int s = syllable_at(word, i);
    if (s < 0) {
      ++i;
      continue;
    }
    add_class(sound, kInitial[s / 588]);
    add_class(sound, kFinal[s % 28]);
    i += 3;
  }
  return sound;
}

std::vector<std::string> latin_sounds(std::string_view word) {
  std::string with_r, without_r;
  auto add = [&](char c, bool r_before_consonant = false) {
    add_class(with_r, c);
    if (!r_before_consonant) add_class(without_r, c);
  };
  std::string w;
  for (char c : word) {
    if (is_letter(c)) w += static_cast<char>(is_upper(c) ? c - 'A' + 'a' : c);
  }
  for (size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    const char next = i + 1 < w.size() ? w[i + 1] : 0;
    if (is_vowel(c) || c == 'h' || c == 'w') continue;
    if (next == 'h' && (c == 'p' || c == 't' || c == 's' || c == 'c' || c == 'g')) {
      add(c == 'p' ? 'p' : c == 't' ? 't' : c == 's' ? 's' : c == 'c' ? 'j' : 0);
      ++i;
      continue;
    }
    switch (c) {
      case 'c':
        add(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
        if (next == 'k') ++i;
        break;
      case 'x':
        add('k');
        add('s');
        break;
      case 'n':
        add('n');
        // "ng" is the final ㅇ, and ㅇ then ㄱ before a vowel (Hungary, 헝가리).
        if (next == 'g') {
          const char after = i + 2 < w.size() ? w[i + 2] : 0;
          if (is_vowel(after)) add('k');
          ++i;
        }
        break;
      case 'r':
        add('l', !is_vowel(next));
        break;
      case 'g': case 'k': case 'q': add('k'); break;
      case 't': case 'd': add('t'); break;
      case 'p': case 'b': case 'f': case 'v': add('p'); break;
      case 's': add('s'); break;
      case 'j': case 'z': add('j'); break;
      case 'l': add('l'); break;
      case 'm': add('m'); break;
      default: break;
    }
  }
  if (with_r.empty()) return {};
  if (with_r == without_r) return {with_r};
  return {with_r, without_r};
}

std::set<std::string> latin_name_sounds(std::string_view text) {
  std::set<std::string> sounds;
  // The capitalised words of a run ("Prime Minister Kishida"), said as one name and each alone.
  std::vector<std::string_view> run;
  auto end_run = [&] {
    for (size_t first = 0; first < run.size(); ++first) {
      std::string joined;
      for (size_t last = first; last < run.size() && last < first + 3; ++last) {
        joined += run[last];
        for (const std::string& s : latin_sounds(joined)) add_if_distinct(sounds, s);
      }
    }
    run.clear();
  };
  bool sentence_start = true;
  for (size_t i = 0; i < text.size();) {
    if (!is_letter(text[i])) {
      const char c = text[i];
      if (c == '.' || c == '\n' || c == '!' || c == '?' || c == ':' || c == '"' || c == '(' || c == ',' || c == ';') {
        end_run();
      }
      if (c == '.' || c == '\n' || c == '!' || c == '?' || c == ':') sentence_start = true;
      ++i;
      continue;
    }
    size_t end = i;
    // Letters, and a hyphen between letters (Jae-in).
    while (end < text.size() && (is_letter(text[end]) || (text[end] == '-' && end + 1 < text.size() && is_letter(text[end + 1])))) {
      ++end;
    }
    const std::string_view word = text.substr(i, end - i);
    if (is_upper(word[0])) {
      // A sentence's first word is a name only in a run of them ("Prime Minister Kishida").
      const bool next_capital = end + 1 < text.size() && text[end] == ' ' && is_upper(text[end + 1]);
      if (!sentence_start || next_capital || !run.empty()) run.push_back(word);
    } else {
      end_run();
    }
    sentence_start = false;
    i = end;
  }
  end_run();
  return sounds;
}

std::set<std::string> hangul_name_sounds(std::string_view text) {
  std::set<std::string> sounds;
  const std::vector<HangulWord> words = hangul_words(text);
  auto stem = [](std::string_view word) {
    for (std::string_view ending : kEndings) {
      // A name keeps two syllables at least.
      if (word.size() >= ending.size() + 6 && word.substr(word.size() - ending.size()) == ending) {
        return word.substr(0, word.size() - ending.size());
      }
    }
    return word;
  };
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string_view word = words[k].text;
    add_if_distinct(sounds, hangul_sound(word));
    add_if_distinct(sounds, hangul_sound(stem(word)));
    // A name in parts of two syllables or fewer: 영 킴, 아미 베라.
    if (words[k].next_after_space && word.size() <= 6 && k + 1 < words.size()) {
      const std::string joined = std::string(word) + std::string(stem(words[k + 1].text));
      add_if_distinct(sounds, hangul_sound(joined));
    }
  }
  return sounds;
}

size_t sounds_in_common(const SortedWords& latin, const SortedWords& hangul,
                        const std::vector<std::string>& latin_names_counted,
                        const std::vector<std::string>& hangul_names_counted) {
  std::set<std::string, std::less<>> counted;
  for (const std::string& name : latin_names_counted) {
    size_t start = 0;
    while (start <= name.size()) {
      const size_t space = std::min(name.find(' ', start), name.size());
      for (std::string& s : latin_sounds(name.substr(start, space - start))) counted.insert(std::move(s));
      start = space + 1;
    }
  }
  for (const std::string& name : hangul_names_counted) {
    for (const HangulWord& word : hangul_words(name)) counted.insert(hangul_sound(word.text));
  }
  size_t n = 0;
  for (std::string_view s : latin) n += hangul.count(s) && !counted.count(s);
  return n;
}

}  // namespace dipsearch
