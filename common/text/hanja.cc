// The abbreviation table. Only characters that, standing alone in Korean text, mean one thing;
// 南 (south) and 西 (west) are left out because alone they name no single country.
#include "common/text/hanja.h"

#include <array>

namespace dipsearch::text {
namespace {

struct Abbreviation {
  std::string_view han;
  std::string_view reading;  // in compounds: 한미, 북러 (露 is read 러 there, not 로)
  std::string_view word;     // alone
};

constexpr std::array kAbbreviations = {
    Abbreviation{"韓", "한", "한국"},   Abbreviation{"美", "미", "미국"},
    Abbreviation{"日", "일", "일본"},   Abbreviation{"中", "중", "중국"},
    Abbreviation{"北", "북", "북한"},   Abbreviation{"英", "영", "영국"},
    Abbreviation{"佛", "불", "프랑스"}, Abbreviation{"獨", "독", "독일"},
    Abbreviation{"露", "러", "러시아"}, Abbreviation{"伊", "이", "이탈리아"},
    Abbreviation{"濠", "호", "호주"},   Abbreviation{"印", "인", "인도"},
    Abbreviation{"越", "베", "베트남"}, Abbreviation{"比", "비", "필리핀"},
    Abbreviation{"泰", "태", "태국"},   Abbreviation{"蒙", "몽", "몽골"},
    Abbreviation{"歐", "구", "유럽"},   Abbreviation{"與", "여", "여당"},
    Abbreviation{"野", "야", "야당"},   Abbreviation{"靑", "청", "청와대"},
    Abbreviation{"青", "청", "청와대"},
};

constexpr size_t kHanBytes = 3;  // every character above is 3 bytes in UTF-8

const Abbreviation* find(std::string_view han) {
  for (const auto& a : kAbbreviations) {
    if (a.han == han) return &a;
  }
  return nullptr;
}

}  // namespace

std::string hanja_abbreviation(std::string_view han_text) {
  if (han_text.empty() || han_text.size() % kHanBytes != 0) return {};
  if (han_text.size() == kHanBytes) {
    const Abbreviation* a = find(han_text);
    return a ? std::string(a->word) : std::string();
  }
  std::string readings;
  for (size_t p = 0; p < han_text.size(); p += kHanBytes) {
    const Abbreviation* a = find(han_text.substr(p, kHanBytes));
    if (a == nullptr) return {};
    readings.append(a->reading);
  }
  return readings;
}

}  // namespace dipsearch::text
