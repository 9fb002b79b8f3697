// Deterministic generator of realistic English and Korean press releases (JSONL), for
// benchmarks at 10^4–10^6 documents: the same seed and count always give the same corpus.
//
//   dipsearch-corpus-gen --count 100000 --out DIR [--seed 1] [--per-file 10000]
#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

// A small, fast, fully specified PRNG (splitmix64), so output never depends on the
// standard library's distributions.
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}
  uint64_t next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  size_t below(size_t n) { return static_cast<size_t>(next() % n); }
  template <typename T>
  const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }

 private:
  uint64_t state_;
};

struct Country {
  const char* en;
  const char* ko;
  const char* capital_en;
  const char* capital_ko;
};

struct Official {
  const char* name_en;
  const char* name_ko;
  const char* title_en;
  const char* title_ko;
};

const std::vector<Country> kCountries = {
    {"Japan", "일본", "Tokyo", "도쿄"},           {"China", "중국", "Beijing", "베이징"},
    {"the United States", "미국", "Washington", "워싱턴"}, {"Viet Nam", "베트남", "Hanoi", "하노이"},
    {"Indonesia", "인도네시아", "Jakarta", "자카르타"}, {"India", "인도", "New Delhi", "뉴델리"},
    {"Australia", "호주", "Canberra", "캔버라"},  {"Germany", "독일", "Berlin", "베를린"},
    {"France", "프랑스", "Paris", "파리"},        {"the United Kingdom", "영국", "London", "런던"},
    {"Poland", "폴란드", "Warsaw", "바르샤바"},   {"Ukraine", "우크라이나", "Kyiv", "키이우"},
    {"Türkiye", "튀르키예", "Ankara", "앙카라"},  {"Egypt", "이집트", "Cairo", "카이로"},
    {"Kenya", "케냐", "Nairobi", "나이로비"},     {"Brazil", "브라질", "Brasilia", "브라질리아"},
    {"Mexico", "멕시코", "Mexico City", "멕시코시티"}, {"Canada", "캐나다", "Ottawa", "오타와"},
    {"Mongolia", "몽골", "Ulaanbaatar", "울란바토르"}, {"Kazakhstan", "카자흐스탄", "Astana", "아스타나"},
    {"Saudi Arabia", "사우디아라비아", "Riyadh", "리야드"}, {"Jordan", "요르단", "Amman", "암만"},
    {"Peru", "페루", "Lima", "리마"},             {"New Zealand", "뉴질랜드", "Wellington", "웰링턴"},
    {"Afghanistan", "아프가니스탄", "Kabul", "카불"}, {"Pakistan", "파키스탄", "Islamabad", "이슬라마바드"},
    {"the Philippines", "필리핀", "Manila", "마닐라"}, {"Thailand", "태국", "Bangkok", "방콕"},
    {"Malaysia", "말레이시아", "Kuala Lumpur", "쿠알라룸푸르"}, {"Chile", "칠레", "Santiago", "산티아고"},
};

const std::vector<Official> kOfficials = {
    {"Kang Kyung-wha", "강경화", "Minister of Foreign Affairs", "외교부 장관"},
    {"Chung Eui-yong", "정의용", "Minister of Foreign Affairs", "외교부 장관"},
    {"Park Jin", "박진", "Minister of Foreign Affairs", "외교부 장관"},
    {"Cho Tae-yul", "조태열", "Minister of Foreign Affairs", "외교부 장관"},
    {"Yun Byung-se", "윤병세", "Minister of Foreign Affairs", "외교부 장관"},
    {"Choi Jong-moon", "최종문", "Second Vice Minister of Foreign Affairs", "외교부 제2차관"},
    {"Lee Do-hoon", "이도훈", "Second Vice Minister of Foreign Affairs", "외교부 제2차관"},
    {"Cho Hyun-dong", "조현동", "First Vice Minister of Foreign Affairs", "외교부 제1차관"},
    {"Lim Soo-suk", "임수석", "Spokesperson", "대변인"},
    {"Lee Kyung-chul", "이경철", "Special Representative for Afghanistan and Pakistan", "아프가니스탄·파키스탄 특별대표"},
};

const std::vector<const char*> kTopicsEn = {
    "trade and investment", "climate change and green growth", "maritime security",
    "development cooperation", "public health and pandemic preparedness", "energy security",
    "supply chain resilience", "cultural exchanges", "consular cooperation", "nuclear non-proliferation",
    "humanitarian assistance", "digital economy", "infrastructure", "education and people-to-people ties"};
const std::vector<const char*> kTopicsKo = {
    "교역 및 투자", "기후변화 대응", "해양 안보", "개발협력", "보건 협력", "에너지 안보", "공급망 협력",
    "문화 교류", "영사 협력", "비확산", "인도적 지원", "디지털 경제", "인프라 협력", "인적 교류"};
const std::vector<const char*> kEventsEn = {"Political Consultations", "Strategic Dialogue", "Foreign Ministers' Meeting",
                                            "Phone Call", "Vice-Ministerial Talks", "Joint Committee Meeting"};
const std::vector<const char*> kEventsKo = {"정책협의회", "전략대화", "외교장관회담", "통화", "차관 회담", "공동위원회"};

std::string date(Random& r) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", 2000 + static_cast<int>(r.below(26)),
                1 + static_cast<int>(r.below(12)), 1 + static_cast<int>(r.below(28)));
  return buf;
}

nlohmann::json english(Random& r, const std::string& id) {
  const Country& c = r.pick(kCountries);
  const Country& other = r.pick(kCountries);
  const Official& o = r.pick(kOfficials);
  const char* event = r.pick(kEventsEn);
  std::string title = std::string("Outcome of ROK - ") + c.en + " " + event;
  std::string body = "1. The " + std::string(event) + " between the Republic of Korea and " + c.en +
                     " were held in " + c.capital_en + ", with " + o.title_en + " " + o.name_en +
                     " heading the Korean delegation.\n\n";
  int paragraphs = 6 + static_cast<int>(r.below(6));
  for (int p = 2; p <= paragraphs; ++p) {
    const char* topic = r.pick(kTopicsEn);
    const char* topic2 = r.pick(kTopicsEn);
    body += std::to_string(p) + ". The two sides reviewed the progress of cooperation in " + topic +
            " and agreed to strengthen consultations on " + topic2 + ". " +
            "They also exchanged views on the situation in " + other.en +
            " and on regional and global issues, and shared the view that close communication between " +
            "the two governments remains essential for peace and prosperity in the region. "
            "Both sides welcomed the steady growth of exchanges and pledged to work together in "
            "multilateral fora, including the United Nations and the G20.\n\n";
  }
  body += "Minister " + std::string(o.name_en).substr(0, std::string(o.name_en).find(' ')) +
          " expressed the hope that the meeting would serve as an opportunity to further develop the "
          "partnership. (End)";
  return {{"id", id}, {"title", title}, {"date", date(r)}, {"lang", "en"}, {"body", body}};
}

nlohmann::json korean(Random& r, const std::string& id) {
  const Country& c = r.pick(kCountries);
  const Country& other = r.pick(kCountries);
  const Official& o = r.pick(kOfficials);
  const char* event = r.pick(kEventsKo);
  std::string title = std::string("제1차 한-") + c.ko + " " + event + " 개최 결과";
  std::string body = std::string("□ ") + o.name_ko + " " + o.title_ko + "은 " + c.capital_ko + "에서 " + c.ko +
                     "과 " + event + "를 개최하였다.\n\n";
  int paragraphs = 6 + static_cast<int>(r.below(6));
  for (int p = 0; p < paragraphs; ++p) {
    body += std::string("ㅇ 양측은 ") + r.pick(kTopicsKo) + " 분야의 협력 현황을 점검하고, " + r.pick(kTopicsKo) +
            " 분야에서의 협의를 강화해 나가기로 하였다. 양측은 또한 " + other.ko +
            " 정세를 비롯한 지역 및 국제 문제에 대해서도 의견을 교환하였으며, 외교부는 양국 간 긴밀한 소통이 "
            "역내 평화와 번영에 필수적이라는 데 인식을 같이하였다고 밝혔다.\n\n";
  }
  body += std::string("□ ") + std::string(o.name_ko).substr(0, 3) +
          " 장관은 이번 회의가 양국 관계를 한층 발전시키는 계기가 되기를 기대한다고 하였다. 끝.";
  return {{"id", id}, {"title", title}, {"date", date(r)}, {"lang", "ko"}, {"body", body}};
}

int usage() {
  std::cerr << "usage: dipsearch-corpus-gen --count N --out DIR [--seed S] [--per-file K]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  long count = 0, per_file = 10000;
  uint64_t seed = 1;
  std::filesystem::path out;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--count")) count = std::atol(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--out")) out = argv[i + 1];
    else if (!std::strcmp(argv[i], "--seed")) seed = std::strtoull(argv[i + 1], nullptr, 10);
    else if (!std::strcmp(argv[i], "--per-file")) per_file = std::atol(argv[i + 1]);
    else return usage();
  }
  if (count <= 0 || per_file <= 0 || out.empty()) return usage();
  std::filesystem::create_directories(out);
  Random r(seed);
  std::ofstream file;
  for (long n = 0; n < count; ++n) {
    if (n % per_file == 0) {
      char name[32];
      std::snprintf(name, sizeof name, "part-%05ld.jsonl", n / per_file);
      file.close();
      file.open(out / name);
    }
    char id[32];
    std::snprintf(id, sizeof id, "gen-%08ld", n);
    // About 40 % Korean, as in the ministries' own archives.
    nlohmann::json doc = r.below(10) < 4 ? korean(r, id) : english(r, id);
    file << doc.dump() << "\n";
  }
  file.close();
  if (!file) {
    std::cerr << "dipsearch-corpus-gen: cannot write " << out << "\n";
    return 1;
  }
  return 0;
}
