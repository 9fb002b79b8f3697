// Word lists as sets of literals. Continuation checks split the rest of a word into at most a
// few listed pieces (particles stack: 측 + 과 + 의), walking a trie of the pieces.
#include "common/entities/korean_lexicon.h"

#include <array>
#include <unordered_set>

#include "common/entities/prefix_trie.h"
#include "common/entities/syllable_set.h"
#include "common/entities/word_hash.h"

namespace dipsearch::entities::detail {
namespace {

using Set = WordSet;

// Particles that attach to nouns (including stacked forms that are common enough to list).
// Sentence-final 다/이다 are left out: 가나다 is the Korean ABC, not "it is Ghana".
const Set& particles() {
  static const Set set = {
      "은",   "는",   "이",   "가",   "을",   "를",   "의",     "에",     "에서",   "에게",
      "께",   "께서", "와",   "과",   "로",   "으로", "도",     "만",     "까지",   "부터",
      "보다", "처럼", "조차", "마저", "이나", "이며", "며",     "이고",   "고",     "이라는",
      "라는", "이란", "란",   "이든", "든",   "서",   "로서",   "으로서", "로부터", "으로부터",
      "에게서", "한테", "하고", "로써", "으로써", "뿐", "밖에", "이자", "께서는", "에서부터",
      // The copula of a speaker who names himself: 외교부 장관 홍길동입니다.
      "입니다"};
  return set;
}

// Nouns that follow a country name inside one word (미국측, 일본정부, 중국산, 베트남전).
const Set& country_nouns() {
  static const Set set = {
      "측",     "정부",   "당국",   "대사관", "대사",   "총영사관", "총영사", "대표부",
      "공관",   "국민",   "인",     "내",     "간",     "산",       "군",     "외교부",
      "외무부", "외교장관", "외무장관", "외교차관", "대통령", "총리", "국왕",   "정상",
      "대표단", "국적",   "출신",   "현지",   "지역",   "전역",     "국경",   "방문",
      "순방",   "사태",   "문제",   "관계",   "교민",   "동포",     "국회",   "의회",
      "경제",   "기업",   "주재",   "행",     "발",     "등",       "등지",   "제",
      "식",     "계",     "어",     "전",     "정세",   "내전",     "수도",   "군부",
      "난민",   "국가",   "해군",   "육군",   "공군",   "언론",     "정상회담", "회담",
      "회의",   "외교",   "특사",   "협력",   "대화",   "양국",     "관계자", "정권",
      "전쟁",   "형",     "학",     "문화원", "문화",   "들",       "국적자", "여권",
      "대표",   "대표팀", "방문단", "사절단", "특사단", "관광",     "투자",   "센터"};
  return set;
}

// Titles and honorifics that may follow a person's name inside one word.
const Set& person_nouns() {
  static const Set set = {
      "장관",   "차관",   "차관보", "부장관", "대변인", "대사",   "특별대표", "대표",
      "특사",   "총리",   "부총리", "대통령", "부통령", "외교부", "외교",     "국무",
      "관방",   "외무",   "외교부장", "사무총장", "관방장관", "국무장관", "외무장관",
      "외교장관", "국장", "실장",   "본부장", "조정관", "의장",   "위원장",   "보좌관",
      "국왕",   "총재",   "님",     "씨",     "측",     "일행",   "부부",     "여사",
      "내정자", "후보자", "대행",   "당선인", "전",     "당시",   "대신",     "주석",
      "외무대신", "국가주석"};
  return set;
}

// Title heads: the word that ends an official's title.
const Set& title_heads() {
  static const Set set = {
      "장관",     "차관",     "차관보",   "부장관",   "대변인",   "대사",     "특별대표",
      "대표",     "특사",     "총리",     "부총리",   "대통령",   "부통령",   "외교부장",
      "사무총장", "사무차장", "관방장관", "국무장관", "외무장관", "외교장관", "국장",
      "실장",     "본부장",   "조정관",   "의장",     "위원장",   "보좌관",   "비서관",
      "비서실장", "안보실장", "국왕",     "왕세자",   "총재",     "대사대리", "총영사",
      "참사관",   "고등판무관", "수석대표", "국무위원", "외무상",   "외상",     "부부장",
      "국무상",   "국방상",   "대신",     "주석",     "국가주석", "관리관",   "협력관",
      "정책관",   "기획관",   "심의관",   "차장",     "단장",     "청장",     "이사장",
      "원장",     "총괄공사", "보도관",   "의원",     "상원의원", "하원의원", "외교단장",
      // The president's office: 국민소통수석, 외교안보특보, 선임행정관, 춘추관장.
      "수석",     "특보",     "행정관",   "관장",     "담당관"};
  return set;
}

// Particles after a title (장관은, 대사와의, 대변인 명의…).
const Set& title_particles() {
  static const Set set = {
      "은",   "는",   "이",   "가",   "을",   "를",   "의",     "과",   "와",   "께",
      "에게", "께서", "께서는", "과의", "와의", "으로", "로",   "도",   "만",   "이며",
      "이자", "으로서", "로서", "님",  "측",   "에게는", "과도", "와도", "에",  "에서",
      "님은", "님이", "님과", "님의", "으로부터", "로부터", "과는", "와는", "께는"};
  return set;
}

const Set& title_modifiers() {
  static const Set set = {
      "외교부",   "외교통상부", "국무부",   "외무부",   "외무성",   "신임",     "전",
      "전임",     "현",         "초대",     "특임",     "수석",     "유엔",     "국가안보실",
      "대통령실", "청와대",     "국무원",   "백악관",   "내각",     "정무",     "경제",
      "다자",     "양자",       "주한",     "주재",     "겸",       "총괄",     "담당",
      "특별",     "상임",       "아프간",   "국방부",   "통일부",   "기획재정부", "산업통상자원부",
      "국무총리", "평화교섭본부", "한반도평화교섭본부", "외교안보", "안보", "통상", "제1", "제2",
      "안보리", "유엔총회",
      "사무국", "북핵", "협상", "국방", "문화", "노동", "환경", "보건", "교육", "법무", "통일",
      "산업", "재무", "상무", "농업", "공보", "내무", "에너지", "무역", "기후", "인권",
      // Country abbreviations standing before a title: 미 국무장관, 일 외무상, 중 외교부장.
      "미", "중", "일", "러", "북", "영", "불", "독", "호", "베", "인니",
      // Parts of longer titles: 중앙정치국 위원 겸 외교부장, 한반도 평화교섭본부장.
      "위원", "상무위원", "정치국", "중앙정치국", "한반도", "평화교섭", "공공외교", "기후변화",
      "인도태평양", "동북아", "아태", "국제", "개발협력", "재외동포", "영사", "의전", "군축",
      "비확산", "경제안보", "총괄",
      // 당 부부장 (of the party), 대리 대사 (acting), 외교안보정책 고위대표.
      "당", "대리", "외교안보정책"};
  return set;
}

const Set& name_stopwords() {
  static const Set set = {
      "정부",   "한국",   "우리",   "우리나라", "외교부", "양국",   "양측",   "신임",
      "전임",   "후임",   "현",     "전",       "당시",   "이날",   "한편",   "또한",
      "이후",   "오늘",   "금일",   "그",       "이",     "동",     "각국",   "주요",
      "관계",   "담당",   "초대",   "역대",     "차기",   "현직",   "전직",   "부처",
      "국가",   "정상",   "외교",   "대통령실", "청와대", "국무부", "외무부", "외교통상부",
      "상대국", "방한",   "계기",   "통해",     "대한",   "관련",   "및",     "등",
      "각",     "공동",   "수석",   "특별",     "유엔",   "아세안", "주한",   "주재",
      "현재",   "이번",   "지난",   "다음",     "올해",   "최근",   "차관급", "장관급",
      "고위급", "실무",   "오전",   "오후",     "내일",   "어제",   "당일",   "전날",
      "다음날", "그간",   "아울러", "이어",     "또",     "특히",   "향후",   "앞서",
      "먼저",   "다시",   "함께",   "모든",     "여러",   "양",     "해당",   "우리측",
      "상대측", "측",     "주",     "현지",     "본부",   "재외",   "그리고", "그러나",
      "하지만", "이에",   "따라",   "한국측",   "귀국",   "본국",   "당국",   "국무",
      "장관",   "차관",   "대사",   "대표",     "외교장관", "정상들", "각료",  "여타",
      "신규",   "정식",   "임시",   "명예",     "직전",   "초청",   "공식",   "이란",
      "미국",   "중국",   "일본",   "북한",     "러시아", "관방",   "정무",   "경제",
      "세계",   "국제",   "지역",   "대륙",     "동아시아", "회원국", "의장국", "주최국",
      // Nouns that start like a family name and stand before titles: 방위비 협상 대표,
      // 기념식 장관님 환영사; adverbs: 혹시 최선희 외무상.
      "방위비", "기념식", "개막식", "폐막식", "취임식", "환영식", "출범식", "혹시",   "역시",
      "예정인", "중인",  // 방한 예정인 X 장관, 방한 중인 X 대사
      // What a release says it holds, after the office whose it is: 장관 연설문입니다.
      "연설문", "연설록", "기고문", "서한문", "서명문", "성명문", "발언문", "보도문", "담화문",
      "결의문", "인사말", "기념사", "환영사", "환송사", "개회사", "격려사", "만찬사", "오찬사",
      "건배사", "추도사", "추모사", "축하문", "회의록", "이임사", "취임사", "신년사", "송년사",
      "인터뷰", "강연문", "강연록", "기고글", "성명서", "안내문", "공고문", "축사문", "송별사",
      "답사문",
      // Days of the week: 6일 화요일 청와대에서 X 대통령과.
      "월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"};
  return set;
}

const Set& surnames() {
  static const Set set = {
      "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신",
      "권", "황", "안", "송", "류", "유", "홍", "전", "고", "문", "양", "손", "배", "백",
      "허", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "진", "나",
      "지", "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도",
      "소", "석", "선", "설", "마", "길", "연", "위", "표", "명", "기", "반", "왕", "금",
      "옥", "육", "인", "맹", "제", "모", "탁", "국", "어", "은", "편", "용", "예", "경",
      "봉", "사", "부", "황보", "남궁", "제갈", "선우", "독고"};
  return set;
}

const Set& particle_endings() {
  // Also verb endings: 방문한, 참석했던, 방문하여 (방문한 미국 대통령 is no one's name).
  static const Set set = {"은", "는", "을", "를", "의", "에", "와", "과", "가", "며",
                          "면", "다", "께", "요", "된", "할", "적", "고", "서", "로",
                          "한", "던", "운", "될", "여", "난", "측"};
  return set;
}

// The pieces a word may continue with, in one trie so that a split is a walk, not probes.
PrefixTrie pieces(std::initializer_list<const Set*> sets) {
  PrefixTrie trie;
  for (const Set* set : sets) {
    for (std::string_view w : *set) trie.insert(w, 0);
  }
  return trie;
}

// Splits rest into at most max_parts listed pieces, longest pieces tried first.
bool splits(std::string_view rest, const PrefixTrie& trie, int max_parts) {
  if (rest.empty()) return true;
  if (max_parts == 0) return false;
  const PrefixTrie::Matches m = trie.prefixes(rest);
  for (size_t k = m.count; k-- > 0;) {
    if (splits(rest.substr(m.items[k].length), trie, max_parts - 1)) return true;
  }
  return false;
}

template <size_t N>
bool starts_with_any(std::string_view text, const std::array<std::string_view, N>& words) {
  for (std::string_view w : words) {
    if (text.size() >= w.size() && text.compare(0, w.size(), w) == 0) return true;
  }
  return false;
}

// The last syllables of the title heads: a one-bit test before any set lookup.
const SyllableSet& title_head_finals() {
  static const SyllableSet finals = [] {
    SyllableSet set;
    for (std::string_view head : title_heads()) set.insert_first(head.substr(head.size() - 3));
    return set;
  }();
  return finals;
}

}  // namespace

bool is_country_continuation(std::string_view rest) {
  if (rest.empty()) return true;
  static const PrefixTrie trie = pieces({&particles(), &country_nouns()});
  return splits(rest, trie, 3);
}

bool is_hada_ending(std::string_view rest) {
  static const Set endings = {
      "하는", "한",   "할",   "하여", "해",   "했다", "했던", "했으며", "했고", "하고", "하며",
      "하게", "하기", "하였다", "하였던", "하였으며", "한다", "하면서", "하던", "하신", "하시는",
      "하실", "했습니다", "합니다", "하겠다", "하였고", "하자", "해서", "했을", "하는데", "했는데"};
  static const PrefixTrie trie = [] {
    PrefixTrie t;
    for (std::string_view w : endings) t.insert(w, 0);
    return t;
  }();
  static const PrefixTrie after = pieces({&particles()});
  const PrefixTrie::Matches m = trie.prefixes(rest);
  for (size_t k = m.count; k-- > 0;) {
    if (splits(rest.substr(m.items[k].length), after, 2)) return true;
  }
  return false;
}

bool is_person_continuation(std::string_view rest) {
  if (rest.empty()) return true;
  static const PrefixTrie trie = pieces({&particles(), &person_nouns()});
  return splits(rest, trie, 4);
}

bool is_leader_era(std::string_view rest) {
  static const Set eras = {"정부", "행정부", "정권", "체제", "집권기", "시대"};
  static const PrefixTrie era_trie = pieces({&eras});
  static const PrefixTrie after = pieces({&particles()});
  const PrefixTrie::Matches m = era_trie.prefixes(rest);
  for (size_t k = m.count; k-- > 0;) {
    if (splits(rest.substr(m.items[k].length), after, 2)) return true;
  }
  return false;
}

bool starts_with_country_cue(std::string_view text) {
  static constexpr std::array<std::string_view, 35> kWords = {
      "정부", "측", "대사관", "대사", "국민", "외교부", "외교장관", "외무장관", "외교차관",
      "대통령", "총리", "국왕", "내", "인", "사태", "정세", "주재", "현지", "내전", "군부",
      "난민", "국경", "수도", "국적", "출신", "교민", "동포", "정상", "의회", "국회", "분쟁",
      "평화", "공화국", "왕국", "술탄"};
  return starts_with_any(text, kWords);
}

bool starts_with_foreign_office(std::string_view text) {
  static constexpr std::array<std::string_view, 19> kWords = {
      "국무장관", "국무부", "국방장관", "국방부", "외교부", "외교장관", "외무상", "외무성",
      "외무장관", "외상", "대통령", "행정부", "총리", "정부", "당국", "의회", "대사", "국무원",
      "국가주석"};
  return starts_with_any(text, kWords);
}

bool starts_with_relation(std::string_view text) {
  static constexpr std::array<std::string_view, 24> kWords = {
      "관계", "정상", "회담", "대화", "협상", "협의", "간", "합의", "공동", "협력", "교류",
      "화해", "군사", "경협", "이산가족", "연락", "철도", "고위급", "실무", "당국", "긴장",
      "대립", "비핵화", "평화"};
  return starts_with_any(text, kWords);
}

bool starts_with_post(std::string_view text) {
  static constexpr std::array<std::string_view, 12> kWords = {
      "대사", "총영사", "영사", "공관", "대표부", "외교단", "무관", "미군", "한국대사",
      "일본대사", "중국대사", "미국대사"};
  return starts_with_any(text, kWords);
}

namespace {

// Hangul reversed syllable by syllable (three bytes each), so that a prefix trie of reversed
// words finds the particles and title heads that end a word in one backward walk.
std::string reverse_syllables(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (size_t end = word.size(); end >= 3; end -= 3) out.append(word.substr(end - 3, 3));
  return out;
}

PrefixTrie reversed_trie(const Set& words) {
  PrefixTrie trie;
  for (std::string_view w : words) trie.insert(reverse_syllables(w), 0);
  return trie;
}

// Byte lengths of the keys of a reversed trie that end `word` (which must be pure Hangul).
PrefixTrie::Matches suffixes(const PrefixTrie& reversed, std::string_view word) {
  // Titles and particles are short: the last six syllables are enough.
  char buffer[18];
  size_t n = 0;
  for (size_t end = word.size(); end >= 3 && n < sizeof buffer; end -= 3) {
    word.copy(buffer + n, 3, end - 3);
    n += 3;
  }
  return reversed.prefixes(std::string_view(buffer, n));
}

}  // namespace

size_t title_head_length(std::string_view word) {
  if (word.empty() || word.size() % 3 != 0) return 0;
  static const PrefixTrie heads = reversed_trie(title_heads());
  const SyllableSet& finals = title_head_finals();
  // No particle first (대사), then particles of one to four syllables (장관은, 대사와의,
  // 대표로부터). The head's last syllable is tested first: most words fail there, unread.
  for (size_t p = 0; p <= 12 && p + 3 <= word.size(); p += 3) {
    const size_t stem_size = word.size() - p;
    if (!finals.contains_at(word, stem_size - 3)) continue;
    if (p > 0 && title_particles().count(word.substr(stem_size)) == 0) continue;
    if (suffixes(heads, word.substr(0, stem_size)).count > 0) return stem_size;
  }
  return 0;
}

bool is_international_body(std::string_view word) {
  static const Set names = {"유엔", "나토", "아세안", "유네스코", "유니세프", "오이시디"};
  if (names.count(word)) return true;
  // Organizations, banks, programmes, funds and unions: 세계보건기구, 아시아개발은행,
  // 유엔개발계획, 녹색기후기금, 아프리카연합.
  if (word.size() >= 9) {
    const std::string_view last = word.substr(word.size() - 6);
    return last == "기구" || last == "은행" || last == "계획" || last == "기금" || last == "연합";
  }
  return false;
}

bool is_title_modifier(std::string_view word) {
  if (title_modifiers().count(word) || is_international_body(word)) return true;
  // To an international body: 주유엔 (대사), 주아세안.
  constexpr std::string_view kTo = "\xEC\xA3\xBC";  // 주
  if (word.size() > kTo.size() && word.substr(0, kTo.size()) == kTo &&
      is_international_body(word.substr(kTo.size()))) {
    return true;
  }
  // Missions: 중국대사관, 주한미국대사관, 총영사관.
  if (word.size() >= 9) {
    const std::string_view last3 = word.substr(word.size() - 9);
    if (last3 == "대사관" || last3 == "영사관") return true;
  }
  // Ministries, offices, bureaus, councils, delegations and parties: 국방부, 국무총리실, 북미국,
  // 외무성, 이사회, 대표단, 공산당; conferences and agencies: 국가안보회의, 국제협력기관.
  if (word.size() >= 6) {
    const std::string_view last = word.substr(word.size() - 3);
    if (last == "부" || last == "처" || last == "실" || last == "국" || last == "성" ||
        last == "청" || last == "회" || last == "단" || last == "당") {
      return true;
    }
    const std::string_view last2 = word.substr(word.size() - 6);
    return word.size() >= 9 && (last2 == "회의" || last2 == "기관");
  }
  return false;
}

bool is_name_stopword(std::string_view word) { return name_stopwords().count(word) != 0; }

bool is_verb_form(std::string_view word) {
  // Past and future markers and the syllables they fuse into: 했, 였, 었, 았, 겠, 됐, 왔, 갔…
  static const Set markers = {"았", "었", "였", "했", "겠", "됐", "왔", "갔", "졌",
                              "렸", "셨", "쳤", "켰", "웠", "봤", "줬", "꼈"};
  for (size_t i = 0; i + 3 <= word.size(); i += 3) {
    if (markers.count(word.substr(i, 3))) return true;
  }
  return false;
}

bool is_foreign_given_name(std::string_view word) {
  // Given names as Korean media transliterate them, for names written with a space and no
  // bracketed Latin: 네드 프라이스 대변인, 데이비드 맥알리스터 위원장.
  static const Set names = {
      "존",     "조",     "잭",     "제이크", "제임스", "제이슨", "제프리", "조지",   "조셉",
      "조지프", "조너선", "저스틴", "줄리",   "줄리아", "줄리앙", "쥘리앵", "마이크", "마이클",
      "미셸",   "미하일", "미하엘", "마크",   "마르크", "마르코", "마리오", "마르틴", "마틴",
      "매튜",   "매슈",   "마리아", "메리",   "멜라니", "모하메드", "무함마드", "모하마드",
      "아흐메드", "압둘라", "칼리드", "데이비드", "다니엘", "대니얼", "도널드", "도미닉",
      "더글러스", "피터",  "페테르", "폴",     "파울",   "파블로", "필립",   "필리프", "패트릭",
      "로버트", "로베르트", "로베르토", "로널드", "로라",  "리처드", "리차드", "리카르도",
      "라파엘", "로렌스", "로런스", "루이스", "루카스", "윌리엄", "빌",     "빅토르", "빅토리아",
      "블라디미르", "세르게이", "스티븐", "스티브", "스테판", "스테파니", "사라", "세라",
      "수전",   "수잔",   "토머스", "토마스", "톰",     "토니",   "앤서니", "앤소니", "안토니오",
      "안토니우", "안드레", "안드레아", "앤드루", "앤드류", "안드레이", "알렉산더", "알렉산드르",
      "알렉산드라", "알렉스", "에릭", "엘리자베스", "에마뉘엘", "엘레나", "올가",  "올리비에",
      "이반",   "이고르", "카를로스", "캐서린", "카트린", "크리스토퍼", "크리스티안", "케빈",
      "커트",   "낸시",   "네드",   "니콜라", "니콜라스", "헨리",  "한스",   "헬렌",   "헤더",
      "프랑수아", "프랭크", "웬디",  "린다",   "리사",   "제니퍼", "제인",   "케네스", "벤",
      "벤저민", "브라이언", "찰스", "크리스", "스콧",   "티머시", "테드",   "라이언", "로저",
      "에드워드", "제러미", "제레미", "새뮤얼", "해리",  "키스",
      // Spanish, Portuguese, Italian, French, German, Arabic and Slavic given names.
      "후안",   "호세",   "라몬",   "마누엘", "안드레스", "마르셀로", "라우라", "페드로",
      "프란시스코", "하비에르", "알베르토", "에두아르도", "파울로", "주앙", "아나", "안나",
      "마르타", "이사벨", "카를라", "호르헤", "가브리엘", "세바스티안", "펠리페", "디에고",
      "페르난도", "곤살로", "리카르두", "피에르", "자크", "프랑크", "발터",
      "볼프강", "게오르크", "우르줄라", "안나레나", "올라프", "주세페", "조반니", "파올로",
      "루이지", "안토니", "무하마드", "아마드", "하산", "후세인", "오마르", "유수프",
      "이브라힘", "압델", "드미트리", "니콜라이", "아나톨리", "세르히", "안드리"};
  return names.count(word) != 0;
}

size_t glued_connective_length(std::string_view word) {
  static const std::array<std::string_view, 12> connectives = {
      "다음으로", "아울러", "한편", "또한", "이어서", "그리고", "이어", "이날",
      "먼저",     "끝으로", "특히", "앞서"};
  for (std::string_view c : connectives) {
    if (word.size() >= c.size() + 6 && word.substr(0, c.size()) == c) return c.size();
  }
  return 0;
}

bool is_name_particle(std::string_view word) {
  static const Set particles = {"반", "판", "폰", "데", "델", "다", "라", "르", "드",
                                "디", "도스", "두", "뒤", "빈", "알", "엘", "데르", "델라"};
  return particles.count(word) != 0;
}

bool is_korean_surname(std::string_view hangul) { return surnames().count(hangul) != 0; }

bool ends_like_particle(std::string_view word) {
  if (word.size() < 3 || particle_endings().count(word.substr(word.size() - 3)) == 0) return false;
  // A Korean name of three syllables may end in 운 (이도운, 김지운); the adjectives that end so
  // take one of these syllables before it (어려운, 고마운, 반가운, 정다운, 서러운, 가벼운,
  // 우스운, 지겨운, 가여운, 미더운).
  static const Set adjective_stems = {"로", "다", "려", "러", "거", "까", "가", "마",
                                      "벼", "워", "스", "겨", "여", "더"};
  constexpr std::string_view kUn = "\xEC\x9A\xB4";  // 운
  return !(word.size() == 9 && word.substr(6) == kUn && is_korean_surname(word.substr(0, 3)) &&
           adjective_stems.count(word.substr(3, 3)) == 0);
}

bool deputy_before_head(std::string_view title, size_t head_size) {
  constexpr std::string_view kDeputy = "\xEB\xB6\x80";  // 부
  if (head_size > title.size()) return false;
  const std::string_view before = title.substr(0, title.size() - head_size);
  return before.size() >= kDeputy.size() && before.substr(before.size() - kDeputy.size()) == kDeputy;
}

}  // namespace dipsearch::entities::detail
