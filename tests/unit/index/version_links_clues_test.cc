// The clues linking reads besides dates: terms titles name in either language, and the days a
// release's opening mentions.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "common/entities/data_error.h"
#include "common/index/version_links_clues.h"

namespace dipsearch {
namespace {

namespace fs = std::filesystem;

const TitleTermTable& shipped() {
  static const TitleTermTable table = TitleTermTable::load(fs::path(DIPSEARCH_SAMPLE_DIR).parent_path());
  return table;
}
TitleTerms title_terms(std::string_view title, bool latin) { return shipped().of(title, latin); }

// A data directory of its own with links/title_terms.tsv holding text; removed at the end.
class TermFile {
 public:
  explicit TermFile(const std::string& text)
      : dir_(fs::temp_directory_path() / ("title-terms-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                                          "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name())) {
    fs::create_directories(dir_ / "links");
    std::ofstream(dir_ / "links" / "title_terms.tsv") << text;
  }
  ~TermFile() { fs::remove_all(dir_); }
  const fs::path& dir() const { return dir_; }

 private:
  fs::path dir_;
};

// The message of the DataError loading dir throws, or "" when it loads.
std::string load_error(const fs::path& dir) {
  try {
    TitleTermTable::load(dir);
  } catch (const entities::DataError& e) {
    return e.what();
  }
  return "";
}

TEST(TitleTerms, AnEnglishAndAKoreanNameForOneBodyAreOneTerm) {
  const TitleTerms en = title_terms("Vice Minister Delivers Statement at High-Level Segment of 46th Human Rights Council", true);
  const TitleTerms ko = title_terms("제2차관, 제46차 유엔 인권이사회 고위급 회기 기조연설", false);
  EXPECT_EQ(en.terms, ko.terms);  // the Council, and the high-level segment (spaces or not)
  EXPECT_EQ(en.events, ko.events);
  EXPECT_EQ(en.events.size(), 1u);  // a segment is no meeting series of its own
}

TEST(TitleTerms, DifferentMeetingSeriesAreDifferentEvents) {
  const TitleTerms hrc = title_terms("Minister Delivers Keynote Speech at UNHRC", true);
  const TitleTerms cd = title_terms("장관, 제네바 군축회의(CD) 고위급회기 연설", false);
  ASSERT_EQ(hrc.events.size(), 1u);
  ASSERT_EQ(cd.events.size(), 1u);
  EXPECT_NE(*hrc.events.begin(), *cd.events.begin());
  EXPECT_TRUE(title_terms("Outcome of Bilateral Meeting", true).terms.empty());
}

TEST(TitleTerms, OccasionsAreTheirOwnAndNoTerm) {
  const TitleTerms call = title_terms("Foreign Minister Holds Phone Call with Japanese Foreign Minister", true);
  const TitleTerms summit = title_terms("한일 정상회담 결과", false);
  const TitleTerms farewell = title_terms("제40대 장관 이임식 이임사", false);
  EXPECT_EQ(call.occasions.size(), 1u);
  EXPECT_EQ(summit.occasions.size(), 1u);
  EXPECT_NE(call.occasions, summit.occasions);
  EXPECT_NE(farewell.occasions, title_terms("Inaugural Speech by the 40th Minister", true).occasions);
  EXPECT_EQ(farewell.occasions, title_terms("Farewell Speech by the 40th Minister", true).occasions);
  // The outcome of a consultation is not the spokesperson's briefing of that day.
  EXPECT_NE(title_terms("Outcome of Korea-Japan Director-General-Level Consultation", true).occasions,
            title_terms("대변인 정례브리핑 (3.14)", false).occasions);
  EXPECT_EQ(title_terms("Spokesperson's Regular Press Briefing", true).occasions,
            title_terms("대변인 정례브리핑 (3.14)", false).occasions);
  EXPECT_TRUE(summit.terms.empty());  // no evidence: every release of a summit names it
  EXPECT_TRUE(summit.events.empty());
}

TEST(TitleTermTable, OtherWordsBlankTheLettersTheyHold) {
  const TermFile file("occasion\tcall\tphone call\t통화\nother\tswap\tcurrency swap\t통화스와프\n");
  const TitleTermTable table = TitleTermTable::load(file.dir());
  EXPECT_TRUE(table.of("통화 스와프 체결", false).occasions.empty());
  EXPECT_TRUE(table.of("통화스와프 체결", false).terms.empty());  // an other word is no term itself
  EXPECT_EQ(table.of("통화스와프 체결 후 정상 통화", false).occasions.size(), 1u);
  EXPECT_EQ(table.of("Phone Call on a Currency Swap", true).occasions.size(), 1u);
}

TEST(TitleTermTable, TheShippedTableLoads) { EXPECT_GT(shipped().size(), 10u); }

TEST(TitleTermTable, ReadsKindsKeysAndBothLanguages) {
  const TermFile file("# a comment\n\nseries\tcouncil\tsecurity council\t안보리\r\nseries\tcouncil\tunsc\t안보리\n"
                      "term\tcall\tphone call\t통화\noccasion\tsummit\tsummit\t정상회담\n");
  const TitleTermTable table = TitleTermTable::load(file.dir());
  EXPECT_EQ(table.size(), 4u);
  EXPECT_EQ(table.of("Outcome of the Summit", true).occasions.size(), 1u);
  EXPECT_EQ(table.of("정상회담 결과", false).occasions, table.of("Outcome of the Summit", true).occasions);
  const TitleTerms en = table.of("Minister Holds Phone Call after UNSC Meeting", true);
  const TitleTerms ko = table.of("장관, 안보리 회의 후 통 화", false);  // spaces do not count in Korean
  EXPECT_EQ(en.terms, ko.terms);
  EXPECT_EQ(en.terms.size(), 2u);
  EXPECT_EQ(en.events.size(), 1u);  // the call names no meeting series
}

TEST(TitleTermTable, ABadLineIsNamedWithItsFileAndNumber) {
  const std::string ok = "series\tcouncil\tsecurity council\t안보리\n";
  struct Case {
    std::string line, says;
  };
  for (const Case& c : std::vector<Case>{
           {"series\tcouncil\tsecurity council\n", "expected kind<TAB>key<TAB>English<TAB>Korean, found 3 field(s)"},
           {"meeting\tx\tdialogue\t대화\n", "unknown kind \"meeting\""},
           {"term\t\tdialogue\t대화\n", "empty field 2"},
           {"term\tx\tStrategic Dialogue\t전략대화\n", "lower case"},
           {"term\tx\tdialogue\tdialogue\n", "no Hangul"},
           {"term\tx\tdialogue\t전략 대화\n", "without spaces"},
           {"term\tcouncil\tunsc\t안보리\n", "another kind on an earlier line"},
           {"occasion\tcouncil\tunsc\t안보리\n", "another kind on an earlier line"},
           {"term\tx\tdialogue\t\xff\xfe\n", "not valid UTF-8"},
       }) {
    const TermFile file(ok + c.line);
    const std::string error = load_error(file.dir());
    EXPECT_NE(error.find((file.dir() / "links" / "title_terms.tsv").string() + ":2: "), std::string::npos) << error;
    EXPECT_NE(error.find(c.says), std::string::npos) << error;
  }
}

TEST(TitleTermTable, AMissingFileIsNamed) {
  const TermFile file(std::string{});
  fs::remove(file.dir() / "links" / "title_terms.tsv");
  const std::string error = load_error(file.dir());
  EXPECT_NE(error.find("title_terms.tsv: cannot read the title term table"), std::string::npos) << error;
}

TEST(MentionedDaysValue, RoundTripsAndRejectsWhatIsNotOurs) {
  EXPECT_EQ(mentioned_days_value({}), "d");
  EXPECT_EQ(mentioned_days_value({225, 1007}), "d02251007");
  EXPECT_EQ(parse_mentioned_days_value("d02251007"), (std::set<int>{225, 1007}));
  EXPECT_EQ(parse_mentioned_days_value("d"), std::set<int>());
  EXPECT_FALSE(parse_mentioned_days_value("").has_value());
  EXPECT_FALSE(parse_mentioned_days_value("0225").has_value());
  EXPECT_FALSE(parse_mentioned_days_value("d022").has_value());
  EXPECT_FALSE(parse_mentioned_days_value("d02x5").has_value());
}

TEST(MentionedDays, AReleaseReadsItsTitleAndTheOpeningOfItsBody) {
  EXPECT_EQ(release_mentioned_days("대변인 정례브리핑 (7.12)", "안녕하십니까. 3월 28일 회담"), (std::set<int>{712, 328}));
  EXPECT_TRUE(release_mentioned_days("Title", std::string(kMentionedDaysReach, ' ') + "on February 25").empty());
}

TEST(MentionedDays, ReadsTheWaysBothLanguagesWriteADay) {
  EXPECT_EQ(mentioned_days("The Minister met her counterpart on February 25 (local time)."), (std::set<int>{225}));
  EXPECT_EQ(mentioned_days("Held on Feb. 15, and again on 3 March 2019."), (std::set<int>{215, 303}));
  EXPECT_EQ(mentioned_days("장관은 2.25(월) 오전 회의에 참석하였다."), (std::set<int>{225}));
  EXPECT_EQ(mentioned_days("현지시각 2017.9.21(목) 뉴욕에서"), (std::set<int>{921}));
  EXPECT_EQ(mentioned_days("차관보는 10.7.(금) 면담하고"), (std::set<int>{1007}));
  EXPECT_EQ(mentioned_days("3월 28일 회담을 갖고"), (std::set<int>{328}));
  EXPECT_EQ(mentioned_days("대변인 정례브리핑 (7.12)"), (std::set<int>{712}));
}

TEST(MentionedDays, LeavesOutRangesYearsAndImpossibleDays) {
  EXPECT_TRUE(mentioned_days("2.16-19 간 독일을 방문하여").empty());      // a range without a weekday
  EXPECT_TRUE(mentioned_days("In May 2018, the two sides agreed.").empty());  // a month without a day
  EXPECT_TRUE(mentioned_days("13.45(월) and February 31").empty());
  EXPECT_TRUE(mentioned_days("").empty());
}

TEST(MentionedDays, NumbersCountOnlyWhereTheyStandAlone) {
  EXPECT_EQ(mentioned_days("2023년 12월 5일 서울에서"), (std::set<int>{1205}));
  EXPECT_EQ(mentioned_days("on Sept. 5 and Jun 30"), (std::set<int>{905, 630}));
  EXPECT_TRUE(mentioned_days("the 5 Mayors met on Feb 123").empty());  // a word, not a month; no day
  EXPECT_TRUE(mentioned_days("112.25(월)").empty());                    // three digits are no month
  EXPECT_EQ(mentioned_days("2017. 9. 21.(목)"), (std::set<int>{921}));
  EXPECT_EQ(mentioned_days("4 June"), (std::set<int>{604}));            // at the very start
}

TEST(MentionedDays, ReadsOnlyTheOpening) {
  const std::string late = std::string(kMentionedDaysReach, ' ') + "on February 25";
  EXPECT_TRUE(mentioned_days(late).empty());
}

}  // namespace
}  // namespace dipsearch
