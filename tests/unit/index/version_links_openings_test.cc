// What the openings of an English release and its Korean version both state (numbers, Latin
// names, the days they mention), and the links that rest on it: a Korean title that sums the
// release up in a sentence, a statement of one official, releases whose dates are not read.
#include <gtest/gtest.h>

#include "common/index/deflated_value.h"
#include "common/index/mentioned_days.h"
#include "common/index/version_links.h"
#include "common/schema.h"
#include "tests/unit/index/linkable_release_fixture.h"

namespace dipsearch {
namespace {

using namespace dipsearch::link_fixture;

const Official kMaas{"heiko-maas", "Heiko Maas", "하이코 마스"};
const Official kCho{"cho-myoung-gyon", "Cho Myoung-gyon", "조명균"};
const Official kSpokesperson{"morgan-ortagus", "Morgan Ortagus", "모건 오테이거스"};

// A release (linkable_release_fixture.h) with the clues of its opening.
LinkableRelease release(std::string id, std::string lang, std::string date, std::string title,
                        std::vector<std::string> countries, std::vector<Official> officials, std::set<int> days,
                        std::set<std::string> numbers, std::set<std::string> names = {}) {
  return with_opening(link_fixture::release(std::move(id), std::move(lang), std::move(date), std::move(title),
                                            std::move(countries), std::move(officials)),
                      std::move(days), std::move(numbers), std::move(names));
}

TEST(OpeningClues, ReadTheNumbersMonthsAndLatinNamesOfTheOpening) {
  const OpeningClues en = release_opening_clues(
      "Minister Attends 9th Video Conference",
      "1. The Minister attended the 9th video conference at 9:00 pm, June 9, with Daniel Russel of the Asia "
      "Society and 75 countries.\nInquiries: 044-211-2253");
  EXPECT_EQ(en.numbers, (std::set<std::string>{"6", "9", "75"}));  // not the list's "1", "00" nor the phone number
  EXPECT_EQ(en.days, std::set<int>{609});
  for (const char* name : {"daniel", "russel", "asia", "society", "conference"}) EXPECT_EQ(en.names.count(name), 1u) << name;
  for (const char* common : {"the", "minister", "june", "pm"}) EXPECT_EQ(en.names.count(common), 0u) << common;

  const OpeningClues ko = release_opening_clues(
      "강경화 장관, 국제 사회의 공조 강조", "1. 강경화 장관은 6.9.(화) 오후 9시 제9차 화상회의에 참석하여 Daniel Russel 부소장 등 75개국 대표와");
  EXPECT_EQ(ko.numbers, (std::set<std::string>{"6", "9", "75"}));
  EXPECT_EQ(ko.names, (std::set<std::string>{"daniel", "russel"}));
  EXPECT_EQ(ko.days, std::set<int>{609});
}

TEST(OpeningClues, ReadNumbersWrittenInWordsAsTheirDigits) {
  const OpeningClues en = release_opening_clues(
      "An Alliance at Seventy",
      "Ten years after the report, fifty-two member states met for the twenty-first time; three countries "
      "abstained. His tenure ended.");
  EXPECT_EQ(en.numbers, (std::set<std::string>{"10", "21", "52", "70"}));  // not "three"
  EXPECT_EQ(en.names.count("tenure"), 1u);
  EXPECT_EQ(en.names.count("fifty"), 0u);
}

TEST(OpeningClues, OnlyTheOpeningIsReadAndFewAreKept) {
  EXPECT_TRUE(release_opening_clues("Title", std::string(kOpeningCluesReach, ' ') + "in 2019").numbers.empty());
  std::string many;
  for (int n = 10; n < 100; ++n) many += std::to_string(n) + " ";
  EXPECT_EQ(release_opening_clues("", many).numbers.size(), kOpeningCluesKept);
}

TEST(OpeningCluesValue, RoundTripsReadsDaysAloneAndRejectsWhatIsNotOurs) {
  OpeningClues clues;
  clues.days = {609};
  clues.numbers = {"9", "75"};
  clues.names = {"daniel", "russel"};
  const std::string value = opening_clues_value(clues);
  EXPECT_EQ(value, "d0609|n75,9|wdaniel,russel");
  const std::optional<OpeningClues> back = parse_opening_clues_value(value);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->days, clues.days);
  EXPECT_EQ(back->numbers, clues.numbers);
  EXPECT_EQ(back->names, clues.names);
  EXPECT_EQ(parse_mentioned_days_value(value), std::set<int>{609});
  // A value written before the numbers were stored: the days, nothing else.
  const std::optional<OpeningClues> days_only = parse_opening_clues_value("d0609");
  ASSERT_TRUE(days_only.has_value());
  EXPECT_EQ(days_only->days, std::set<int>{609});
  EXPECT_TRUE(days_only->numbers.empty() && days_only->names.empty());
  EXPECT_EQ(opening_clues_value(OpeningClues{}), "d");
  clues.latin_sounds = {"tlmp"};
  clues.hangul_sounds = {"pnmnjm", "tlmp"};
  const std::string with_sounds = opening_clues_value(clues);
  EXPECT_EQ(with_sounds, "d0609|n75,9|wdaniel,russel|ltlmp|hpnmnjm,tlmp");
  const std::optional<OpeningClues> sounds_back = parse_opening_clues_value(with_sounds);
  ASSERT_TRUE(sounds_back.has_value());
  EXPECT_EQ(sounds_back->latin_sounds, clues.latin_sounds);
  EXPECT_EQ(sounds_back->hangul_sounds, clues.hangul_sounds);
  for (const char* bad : {"", "n75", "d0609|x1", "d0609|n7a", "d0609|wDaniel", "d0609|n1,,2", "d06|n1", "d0609|hTLMP",
                          "d0609|l"}) {
    EXPECT_FALSE(parse_opening_clues_value(bad).has_value()) << bad;
  }
}

// An opening's clues of a few hundred bytes are stored deflated, and read back as they were.
TEST(OpeningCluesValue, LongCluesAreStoredDeflatedAndReadBack) {
  OpeningClues clues;
  clues.days = {225, 1103};
  std::vector<std::string> names, sounds;
  for (int i = 0; i < 40; ++i) {
    names.push_back("consultation" + std::string(1, static_cast<char>('a' + i % 26)) +
                    std::string(1, static_cast<char>('a' + i / 26)));
    sounds.push_back("knsltn" + std::string(1, static_cast<char>('a' + i % 26)));
  }
  clues.names = SortedWords(std::vector<std::string_view>(names.begin(), names.end()));
  clues.latin_sounds = SortedWords(std::vector<std::string_view>(sounds.begin(), sounds.end()));
  clues.numbers = {"2019", "9"};
  const std::string value = opening_clues_value(clues);
  ASSERT_EQ(value[0], 'z');
  EXPECT_LT(value.size(), 300u);
  const std::optional<OpeningClues> back = parse_opening_clues_value(value);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->days, clues.days);
  EXPECT_EQ(back->numbers, clues.numbers);
  EXPECT_EQ(back->names, clues.names);
  EXPECT_EQ(back->latin_sounds, clues.latin_sounds);
  EXPECT_TRUE(back->hangul_sounds.empty());
  EXPECT_EQ(parse_mentioned_days_value(value), clues.days);
  // Cut short, or deflating a value that is no clues of ours: not ours.
  EXPECT_FALSE(parse_opening_clues_value(value.substr(0, value.size() / 2)).has_value());
  EXPECT_FALSE(parse_opening_clues_value("z" + deflated("n75")).has_value());
  EXPECT_FALSE(parse_opening_clues_value("z" + deflated("z")).has_value());
  EXPECT_FALSE(parse_opening_clues_value("z").has_value());
}

// An amount is written one way in English and another in Korean: its value counts in both.
TEST(OpeningClues, ReadAmountsAsTheirValueInEitherLanguage) {
  const OpeningClues en = release_opening_clues(
      "Pledge", "Korea pledged US$200 million and 1.5 billion won, and 100,000 doses for 12,50 people.");
  const OpeningClues ko = release_opening_clues("공여", "한국은 2억 달러와 15억 원, 그리고 10만 회분을 공여했습니다. 5천만 명");
  for (const char* value : {"200000000", "1500000000", "100000"}) {
    EXPECT_EQ(en.numbers.count(value), 1u) << value;
    EXPECT_EQ(ko.numbers.count(value), 1u) << value;
  }
  EXPECT_EQ(ko.numbers.count("50000000"), 1u);
  EXPECT_EQ(en.numbers.count("200"), 1u);  // as written, too
  EXPECT_EQ(en.names.count("million"), 0u);
  EXPECT_EQ(en.numbers.count("1250"), 0u);  // "12,50" is no thousands separator
}

TEST(OpeningClues, ReadTheSoundsOfNamesInEitherScript) {
  const OpeningClues en = release_opening_clues("Remarks", "I welcome President Trump. We meet in Panmunjom today.");
  const OpeningClues ko = release_opening_clues("모두발언", "트럼프 대통령님을 환영합니다. 오늘 판문점에서 만납니다.");
  EXPECT_EQ(en.latin_sounds.count("tlmp") + en.latin_sounds.count("pnmnjm"), 2u);
  EXPECT_EQ(ko.hangul_sounds.count("tlmp") + ko.hangul_sounds.count("pnmnjm"), 2u);
  EXPECT_TRUE(ko.latin_sounds.empty());
}

// A name both openings state counts once: in Hangul only when the Korean opening does not also
// write it in Latin letters, and never when it is an official's (counted as an official).
TEST(VersionEvidence, NamesTheKoreanOpeningWritesInHangulCountAsNamesOnce) {
  auto en = release("en", "en", "", "Remarks", {"KR", "US"}, {}, {}, {}, {"panmunjom"});
  auto ko = release("ko", "ko", "", "모두발언", {"KR", "US"}, {}, {}, {});
  en.latin_sounds = {"pnmnjm", "mnst", "plst"};
  ko.hangul_sounds = {"pnmnjm", "mnst", "ktnt"};
  VersionEvidence e = evidence_ignoring_dates(en, ko);
  EXPECT_EQ(e.opening_sounds, 2u);
  EXPECT_EQ(e.opening_names, 2u);
  ko.opening_names = {"panmunjom"};  // written in Latin letters too: one name, not two
  e = evidence_ignoring_dates(en, ko);
  EXPECT_EQ(e.opening_sounds, 1u);
  EXPECT_EQ(e.opening_names, 2u);
  const Official kVolodin{"vyacheslav-volodin", "Vyacheslav Volodin", "뱌체슬라프 볼로딘"};
  en.officials = {kVolodin};
  ko.officials = {kVolodin};
  en.latin_sounds.insert("pltn");
  ko.hangul_sounds.insert("pltn");
  EXPECT_EQ(evidence_ignoring_dates(en, ko).opening_sounds, 1u);  // Volodin is counted as an official
}

TEST(VersionEvidence, EachFactBothOpeningsStateWeighsUpToEight) {
  VersionEvidence e;
  e.opening_numbers = 4;
  const double four = e.score();
  e.opening_names = 2;
  EXPECT_DOUBLE_EQ(e.score(), four + 1.0);
  e.opening_names = 4;
  EXPECT_DOUBLE_EQ(e.score(), four + 2.0);
  e.opening_names = 9;
  EXPECT_DOUBLE_EQ(e.score(), four + 2.0);
}

TEST(VersionEvidence, OpeningNumbersCountBeyondTheTitlesAndTheDays) {
  const auto en = release("en", "en", "", "Minister Attends 9th Conference", {"KR"}, {kKang}, {609}, {"6", "9", "19", "75"});
  const auto ko = release("ko", "ko", "20200610", "강경화 장관, 제9차 회의 참석", {"KR"}, {kKang}, {609}, {"6", "9", "19", "75"});
  const VersionEvidence e = evidence_ignoring_dates(en, ko);
  EXPECT_EQ(e.title_numbers, 1u);
  EXPECT_EQ(e.opening_numbers, 2u);  // 19 and 75: 9 is the titles', 6 and 9 the day's
}

// The Korean title sums the release up in a sentence and names neither the meeting nor a
// number; the English release shows no date. Both openings mention the meeting's day and
// state its facts, and both name the minister alone.
TEST(LinkVersions, AKoreanTitleThatSumsUpTheReleaseLinksByTheOpenings) {
  std::vector<LinkableRelease> releases = {
      release("en-vc", "en", "", "Minister of Foreign Affairs Participates in 9th Video Conference", {"KR"}, {kKang},
              {609}, {"6", "9", "19"}),
      release("ko-vc", "ko", "20200610", "강경화 장관, 필수 인력 이동 유지와 공평한 백신 보급 강조", {"KR"}, {kKang}, {609},
              {"6", "9", "19"}),
  };
  EXPECT_EQ(linked_ids(releases), std::vector<std::string>{"en-vc ko-vc"});
  // Another Korean release of the minister on that day, as close: neither is taken.
  releases.push_back(release("ko-other", "ko", "20200610", "강경화 장관, 재외공관장 회의 주재", {"KR"}, {kKang}, {609},
                             {"6", "9", "19"}));
  EXPECT_TRUE(linked_ids(releases).empty());
}

// A visiting minister meets several hosts on one day: the release of one meeting names the
// visitor and the day as the other's does, but not its host nor its countries.
TEST(LinkVersions, TheSameVisitorsOtherMeetingOfTheDayIsNotAVersion) {
  const std::vector<LinkableRelease> releases = {
      release("en-uni", "en", "", "Unification Minister Cho Meets with German Foreign Minister Heiko Maas", {"DE", "KR"},
              {kCho, kMaas}, {726}, {"7", "26", "2020"}),
      release("ko-fm", "ko", "20200726", "강경화 외교부 장관과 만난 하이코 마스 외무장관", {"DE", "KR", "US"}, {kKang, kMaas},
              {726}, {"7", "26", "2020"}),
  };
  EXPECT_TRUE(linked_ids(releases).empty());
}

// A spokesperson's statement and its Korean translation, put out the same day: one official,
// the same countries, a Korean title that translates the English one word for word.
TEST(LinkVersions, AStatementOfOneOfficialLinksOnItsDayWhenNothingElseComesClose) {
  std::vector<LinkableRelease> releases = {
      release("en-st", "en", "20200213", "Vulnerability of North Korean People to Coronavirus Outbreak", {"KP", "US"},
              {kSpokesperson}, {}, {}),
      release("ko-st", "ko", "20200213", "코로나바이러스 발생에 취약한 북한 주민", {"KP", "US"}, {kSpokesperson}, {}, {}),
  };
  EXPECT_EQ(linked_ids(releases), std::vector<std::string>{"en-st ko-st"});
  // The same spokesperson's other statement of the day on the same countries: no margin.
  releases.push_back(release("ko-st2", "ko", "20200213", "북한 인권에 관한 성명", {"KP", "US"}, {kSpokesperson}, {}, {}));
  EXPECT_TRUE(linked_ids(releases).empty());
  // Other countries: not a candidate at all.
  releases.pop_back();
  releases[1].countries = {"CN", "US"};
  EXPECT_TRUE(linked_ids(releases).empty());
}

// Speeches whose pages show no date and mention no day, given by people the registry does
// not know: the facts of their openings find and link them.
TEST(LinkVersions, ReleasesWithoutDatesLinkByTheFactsTheirOpeningsState) {
  std::vector<LinkableRelease> releases = {
      release("en-sp", "en", "", "Opening Remarks at the 24th ASEAN Plus Three Summit", {"KR"}, {}, {},
              {"24", "25", "30", "200", "2017"}, {"asean", "acrf"}),
      release("ko-sp", "ko", "", "제24차 아세안+3 정상회의 모두발언", {"KR"}, {}, {}, {"24", "25", "30", "200", "2017"},
              {"asean", "acrf"}),
      release("ko-else", "ko", "", "한-아세안 정상회의 모두발언", {"KR"}, {}, {}, {"22", "2017"}, {"asean"}),
  };
  EXPECT_EQ(linked_ids(releases), std::vector<std::string>{"en-sp ko-sp"});
  // Two Korean speeches stating the same facts: neither.
  releases[2].title = "제24차 아세안+3 정상회의 마무리 발언";
  releases[2].opening_numbers = releases[1].opening_numbers;
  releases[2].opening_names = releases[1].opening_names;
  EXPECT_TRUE(linked_ids(releases).empty());
  // Facts the titles' numbers contradict: not a version.
  releases.pop_back();
  releases[1].title = "제23차 아세안+3 정상회의 모두발언";
  EXPECT_TRUE(linked_ids(releases).empty());
}

// A speech translated in full, neither page dated nor titled, given by no one in the registry:
// the openings state the same numbers, and the names the English one writes the Korean one
// writes in Hangul. Numbers alone are not enough: another speech could state them.
TEST(LinkVersions, NamesWrittenInHangulLinkSpeechesWhoseOpeningsStateTheSameNumbers) {
  std::vector<LinkableRelease> releases = {
      release("en-sp", "en", "", "It is a pleasure to welcome you", {"KR", "US"}, {}, {}, {"20", "50", "2017"}),
      release("ko-sp", "ko", "", "여러분, 반갑습니다", {"KR", "US"}, {}, {}, {"20", "50", "2017"}),
  };
  EXPECT_TRUE(linked_ids(releases).empty());
  releases[0].latin_sounds = {"mnst", "pnmnjm", "tlmp"};
  releases[1].hangul_sounds = {"mnst", "tlmp", "kltn"};
  EXPECT_EQ(linked_ids(releases), std::vector<std::string>{"en-sp ko-sp"});
  // Another Korean speech stating the numbers, with other names: the pair still links alone.
  releases.push_back(release("ko-else", "ko", "", "존경하는 의장님", {"KR", "US"}, {}, {}, {"20", "50", "2017"}));
  releases.back().hangul_sounds = {"kltn", "jsn"};
  EXPECT_EQ(linked_ids(releases), std::vector<std::string>{"en-sp ko-sp"});
}

// A speech whose Korean page's date is not read: its opening thanks the hosts by names the
// English one writes in Latin letters, and states two of its numbers. The sounds of the
// names look the version up, as numbers and Latin names do (two numbers alone would not).
TEST(LinkVersions, AnUndatedSpeechIsLookedUpByTheSoundsOfTheNamesItThanks) {
  std::vector<LinkableRelease> releases = {
      release("en-sp", "en", "20190510", "Congratulatory Speech at the 2019 Peace Studies Conference", {"KR"}, {}, {510},
              {"2016", "2019"}),
      release("ko-sp", "ko", "", "2019 평화연구 학술대회 축사", {"KR"}, {}, {}, {"2016", "2019"}),
  };
  releases[0].latin_sounds = {"kmnkl", "kmsnmn", "mnsnk"};
  EXPECT_TRUE(linked_ids(releases).empty());
  releases[1].hangul_sounds = {"kmnkl", "kmsnmn", "mnsnk"};
  EXPECT_EQ(linked_ids(releases), std::vector<std::string>{"en-sp ko-sp"});
  // The farewell speech of that day thanks the same people: another occasion, not a version.
  retitle(releases[1], "2019 평화연구소장 이임식 이임사");
  EXPECT_TRUE(linked_ids(releases).empty());
}

// An editorial translated in full: neither page dated, no one the registry knows, a Korean
// title that sums it up and an English one the page's media player gives. Four numbers both
// openings state (some the English one writes in words) say they are one text; three do not.
TEST(LinkVersions, OpeningsStatingFourNumbersLinkWhenNothingElseComesClose) {
  std::vector<LinkableRelease> releases = {
      release("en-ed", "en", "", "Your browser does not support video", {"KP", "US"}, {}, {}, {"10", "52", "2019", "8"}),
      release("ko-ed", "ko", "", "북한 주민의 인권 상황 여전히 심각", {"KP", "US"}, {}, {}, {"10", "52", "2019", "8"}),
  };
  EXPECT_EQ(linked_ids(releases), std::vector<std::string>{"en-ed ko-ed"});
  // Another Korean editorial stating the same four numbers: neither is taken.
  releases.push_back(release("ko-ed2", "ko", "", "안보리, 북한 인권 회의 개최", {"KP", "US"}, {}, {}, {"10", "52", "2019", "8"}));
  EXPECT_TRUE(linked_ids(releases).empty());
  // Three numbers alone are not enough.
  releases.pop_back();
  releases[1].opening_numbers = {"10", "52", "2019"};
  EXPECT_TRUE(linked_ids(releases).empty());
}

}  // namespace
}  // namespace dipsearch
