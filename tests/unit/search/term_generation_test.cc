// The index side of what the query side relies on: the exact terms, positions and
// frequencies the document builder writes for compounds, plain spellings and Hanja.
#include <gtest/gtest.h>

#include <map>

#include "common/index/document_builder.h"
#include "common/text/analyzer.h"

namespace dipsearch {
namespace {

struct Posting {
  std::vector<Xapian::termpos> positions;
  Xapian::termcount wdf = 0;
  bool operator==(const Posting& o) const { return positions == o.positions && wdf == o.wdf; }
};

std::map<std::string, Posting> postings(std::string_view text) {
  Xapian::Document doc;
  TextPositions positions;
  index_text(doc, text, schema::kBodyField, positions);
  std::map<std::string, Posting> out;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    Posting& p = out[*t];
    p.wdf = t.get_wdf();
    for (auto pos = t.positionlist_begin(); pos != t.positionlist_end(); ++pos) p.positions.push_back(*pos);
  }
  return out;
}

using P = Posting;

TEST(TermGeneration, HyphenatedNameAlsoJoinedAtBothEnds) {
  auto p = postings("Kang Kyung-wha met");
  EXPECT_EQ(p["kang"], (P{{1}, 1}));
  EXPECT_EQ(p["kyung"], (P{{2}, 1}));
  EXPECT_EQ(p["wha"], (P{{3}, 1}));
  EXPECT_EQ(p["kyungwha"], (P{{2, 3}, 1}));  // the second posting adds no frequency
  EXPECT_EQ(p["met"], (P{{4}, 1}));
}

TEST(TermGeneration, MiddleDotCompoundIsOneWordForBigrams) {
  auto p = postings("한·미의 동맹");
  EXPECT_EQ(p["한"].positions, std::vector<Xapian::termpos>{1});
  EXPECT_EQ(p["미의"].positions, std::vector<Xapian::termpos>{2});
  EXPECT_EQ(p["한미의"].positions, (std::vector<Xapian::termpos>{1, 2}));
  EXPECT_EQ(p["Z한미"].positions, (std::vector<Xapian::termpos>{1, 2}));
  // 한미의 and 동맹 are too short for any bigram phrase of the body: frequencies only.
  EXPECT_EQ(p["XB한미"], (P{{}, 1}));
  EXPECT_EQ(p["XB미의"], (P{{}, 1}));
  EXPECT_EQ(p["XB동맹"], (P{{}, 1}));
  EXPECT_EQ(p.count("XB의동"), 0u);
}

TEST(TermGeneration, CompoundLongEnoughForABigramPhraseKeepsItsPositions) {
  auto p = postings("한·미·일의 협력");
  EXPECT_EQ(p["XB한미"].positions, std::vector<Xapian::termpos>{1});
  EXPECT_EQ(p["XB미일"].positions, std::vector<Xapian::termpos>{2});
  EXPECT_EQ(p["XB일의"].positions, std::vector<Xapian::termpos>{3});
  EXPECT_EQ(p["XB협력"], (P{{}, 1}));
}

TEST(TermGeneration, DiacriticsAreAlsoIndexedPlain) {
  auto p = postings("Çavuşoğlu's visit");
  EXPECT_EQ(p["çavuşoğlu's"].positions, std::vector<Xapian::termpos>{1});
  EXPECT_EQ(p["cavusoglu's"].positions, std::vector<Xapian::termpos>{1});
  EXPECT_EQ(p["Zçavuşoğlu"], (P{{}, 1}));  // English stems: frequencies, no positions
  EXPECT_EQ(p["Zcavusoglu"], (P{{}, 1}));
}

TEST(TermGeneration, HanjaAbbreviationCarriesItsKoreanWord) {
  auto p = postings("日 관방장관");
  EXPECT_EQ(p["日"].positions, std::vector<Xapian::termpos>{1});
  EXPECT_EQ(p["Z일본"].positions, std::vector<Xapian::termpos>{1});
  EXPECT_EQ(p["XB일본"], (P{{}, 1}));  // one bigram: no phrase needs its position
  auto names = postings("日本 王毅");
  EXPECT_EQ(names.count("Z일본"), 0u);
  EXPECT_EQ(names.count("Z왕"), 0u);
}

TEST(TermGeneration, VerbEndingsAndPluralsShareTheNounsStem) {
  auto p = postings("협의회를 개최하였다 국민들에게");
  EXPECT_EQ(p["Z협의회"].positions, std::vector<Xapian::termpos>{1});
  EXPECT_EQ(p["Z개최"].positions, std::vector<Xapian::termpos>{2});
  EXPECT_EQ(p["Z국민"].positions, std::vector<Xapian::termpos>{3});
}

TEST(TermGeneration, WordsTooLongForTheIndexLeaveNoTerms) {
  std::string long_word(text::kMaxWordBytes + 1, 'q');
  auto p = postings(long_word + " short");
  EXPECT_EQ(p.count(long_word), 0u);
  EXPECT_EQ(p["short"].positions, std::vector<Xapian::termpos>{2});
}

}  // namespace
}  // namespace dipsearch
