// The evaluation's own parts: the gold file reader refuses malformed lines with the file, the
// line and the problem named; gold officials become keys the extractor's way; the scores are
// the textbook ratios.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "bench/entities/evaluation.h"
#include "bench/entities/gold_set.h"
#include "bench/entities/scores.h"
#include "common/release/source_reader.h"
#include "../entities_test_support.h"

namespace dipsearch::entities_eval {
namespace {

using entities::testing::ScratchDir;

TEST(GoldSetFile, ReadsReleasesCommentsAndNotes) {
  ScratchDir dir;
  const auto file = dir.write("gold.tsv",
                              "# comment\n\n"
                              "mofa-en-1\tKR JP\tkang-kyung-wha; Wang Yi\t# a note\r\n"
                              "mofa-ko-2\t-\t-\n");
  const std::vector<GoldRelease> gold = load_gold_set(file);
  ASSERT_EQ(gold.size(), 2u);
  EXPECT_EQ(gold[0].id, "mofa-en-1");
  EXPECT_EQ(gold[0].countries, (std::vector<std::string>{"JP", "KR"}));
  EXPECT_EQ(gold[0].officials, (std::vector<std::string>{"kang-kyung-wha", "Wang Yi"}));
  EXPECT_EQ(gold[0].line, 3u);
  EXPECT_TRUE(gold[1].countries.empty());
  EXPECT_TRUE(gold[1].officials.empty());
}

struct BadGold {
  const char* content;
  const char* expected;
};

class GoldSetErrors : public ::testing::TestWithParam<BadGold> {};

TEST_P(GoldSetErrors, NameTheLineAndTheProblem) {
  ScratchDir dir;
  const auto file = dir.write("gold.tsv", GetParam().content);
  try {
    load_gold_set(file);
    FAIL() << "accepted: " << GetParam().content;
  } catch (const GoldSetError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("gold.tsv"), std::string::npos) << message;
    EXPECT_NE(message.find(GetParam().expected), std::string::npos) << message;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, GoldSetErrors,
    ::testing::Values(BadGold{"a\tKR\n", ":1: expected id<TAB>countries<TAB>officials"},
                      BadGold{"a\tKR\t-\tnot a note\n", ":1: expected id"},
                      BadGold{"#\nbad id!\tKR\t-\n", ":2: \"bad id!\" is not a release id"},
                      BadGold{"a\tKR\t-\na\tJP\t-\n", ":2: release a is listed twice"},
                      BadGold{"a\tkr\t-\n", ":1: \"kr\" is not an ISO 3166-1 alpha-2 code"},
                      BadGold{"a\tZZ\t-\n", "\"ZZ\" is not an ISO 3166-1"},
                      BadGold{"a\tKR KR\t-\n", ":1: a country is listed twice"},
                      BadGold{"a\t \t-\n", ":1: no countries: write - for none"},
                      BadGold{"a\tKR\tpark-jin;;\n", ":1: an empty official"},
                      BadGold{"a\tKR\tpark-jin; park-jin\n",
                              ":1: official \"park-jin\" is listed twice"}));

TEST(GoldSetFile, MissingFileIsAnError) {
  ScratchDir dir;
  EXPECT_THROW(load_gold_set(dir.path() / "absent.tsv"), GoldSetError);
}

TEST(GoldOfficialKey, KeysNamesAndTypos) {
  const entities::OfficialsRegistry& registry = entities::testing::extractor().officials();
  EXPECT_EQ(gold_official_key("kang-kyung-wha", registry), "kang-kyung-wha");
  EXPECT_EQ(gold_official_key("강경화", registry), "kang-kyung-wha");
  EXPECT_EQ(gold_official_key("Kang Kyungwha", registry), "kang-kyung-wha");
  EXPECT_EQ(gold_official_key("Daniel Whitmore", registry), "daniel-whitmore");
  EXPECT_EQ(gold_official_key("대니얼 위트모어", registry), "ko-dae-ni-eol-wi-teu-mo-eo");
  // A key-shaped entry the registry lacks is a typo, not a person.
  EXPECT_THROW(gold_official_key("kang-kyung-hwa", registry), GoldSetError);
}

TEST(Scores, CompareSortedSets) {
  const Counts c = compare({"AF", "JP", "KR"}, {"JP", "KR", "US"});
  EXPECT_EQ(c.hits, 2u);
  EXPECT_EQ(c.false_hits, 1u);
  EXPECT_EQ(c.misses, 1u);
  EXPECT_DOUBLE_EQ(c.precision(), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(c.recall(), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(c.f1(), 2.0 / 3.0);
}

TEST(Scores, RatiosAtTheEdges) {
  EXPECT_DOUBLE_EQ(Counts{}.precision(), 1.0);  // nothing to find, nothing found
  EXPECT_DOUBLE_EQ(Counts{}.f1(), 1.0);
  Counts only_false{0, 3, 0};
  EXPECT_DOUBLE_EQ(only_false.precision(), 0.0);
  EXPECT_DOUBLE_EQ(only_false.recall(), 0.0);
  EXPECT_DOUBLE_EQ(only_false.f1(), 0.0);
  Counts sum{1, 0, 1};
  sum += Counts{3, 1, 0};
  EXPECT_EQ(sum.hits, 4u);
  EXPECT_DOUBLE_EQ(sum.precision(), 0.8);
  EXPECT_DOUBLE_EQ(sum.recall(), 0.8);
}

TEST(Evaluation, GoldReleaseMissingFromTheCorpusIsAnError) {
  std::vector<GoldRelease> gold(1);
  gold[0].id = "mofa-en-999999";
  gold[0].line = 7;
  EXPECT_THROW(evaluate(gold, {}, entities::testing::extractor()), GoldSetError);
}

// A page the reader refuses does not stop the evaluation: its gold entities are misses in the
// language of its text, it is named as unread, and the pages beside it are scored as usual.
TEST(Evaluation, PageTheReaderRejectsCountsItsGoldAsMissed) {
  ScratchDir dir;
  dir.write("ko/kr-ko-1.txt", "메뉴 바로가기\n남북 회담 소식\n등록 2020-01-02\n");
  dir.write("en/kr-en-2.txt",
            "Talks in Seoul\nThe Foreign Minister of Japan arrived in Seoul on Monday for talks "
            "with Korean officials about the region.\n");
  const Corpus corpus = read_corpus(dir.path());
  ASSERT_EQ(corpus.rejected.count("kr-ko-1"), 1u);
  EXPECT_EQ(corpus.rejected.at("kr-ko-1").lang, "ko");
  EXPECT_NE(corpus.rejected.at("kr-ko-1").reason.find("no body found"), std::string::npos);
  ASSERT_EQ(corpus.releases.count("kr-en-2"), 1u);

  std::vector<GoldRelease> gold(2);
  gold[0].id = "kr-ko-1";
  gold[0].countries = {"KP", "KR"};
  gold[0].officials = {"홍길동"};
  gold[1].id = "kr-en-2";
  gold[1].countries = {"JP", "KR"};
  const Evaluation e = evaluate(gold, corpus, entities::testing::extractor());
  EXPECT_EQ(e.unread, (std::vector<std::string>{"kr-ko-1"}));
  EXPECT_EQ(e.releases.at("ko"), 1u);
  EXPECT_EQ(e.cell("countries", "ko").misses, 2u);
  EXPECT_EQ(e.cell("officials", "ko").misses, 1u);
  EXPECT_EQ(e.cell("countries", "en").hits, 2u);
  EXPECT_EQ(e.cell("countries", "en").misses, 0u);
}

// A file too large for the reader is refused unread, and its language comes from its start
// only: here Hangul opens it, and Latin letters that would outweigh the Hangul lie past the
// prefix (the gap between is a hole of the file, not written to disk).
TEST(Evaluation, RejectedFileLanguageComesFromItsStartOnly) {
  ScratchDir dir;
  const std::filesystem::path file = dir.path() / "ko" / "kr-ko-3.txt";
  dir.write("ko/kr-ko-3.txt", "남북 회담 소식 " + std::string(kRawLanguagePrefixBytes - 64, ' '));
  std::filesystem::resize_file(file, kMaxSourceFileBytes + 1);
  {
    std::fstream out(file, std::ios::binary | std::ios::in | std::ios::out);
    out.seekp(0, std::ios::end);
    out << std::string(4096, 'a');
  }
  const Corpus corpus = read_corpus(dir.path());
  ASSERT_EQ(corpus.rejected.count("kr-ko-3"), 1u);
  EXPECT_EQ(corpus.rejected.at("kr-ko-3").lang, "ko");
}

}  // namespace
}  // namespace dipsearch::entities_eval
