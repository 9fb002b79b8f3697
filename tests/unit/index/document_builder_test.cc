// The terms, positions and values a release becomes in the index.
#include <gtest/gtest.h>

#include <map>

#include "common/index/document_builder.h"
#include "common/schema.h"

namespace dipsearch {
namespace {

// term → positions, for a compact comparison.
std::map<std::string, std::vector<Xapian::termpos>> postings(const Xapian::Document& doc) {
  std::map<std::string, std::vector<Xapian::termpos>> out;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    auto& positions = out[*t];
    for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) positions.push_back(*p);
  }
  return out;
}

StoredDocument sample() {
  StoredDocument d;
  d.id = "mofa-ko-1";
  d.title = "Talks";
  d.date = "2021-04-08";
  d.lang = "ko";
  d.countries = {"AF", "KR"};
  d.officials = {{"lee-kyung-chul", "Lee Kyung-chul", "Special Representative", "Lee Kyung-chul", "이경철"},
                 {"choi-jong-moon", "최종문", "제2차관", "", "최종문"}};
  d.body = "외교부는 consultations";
  d.indexed_at = "2025-01-01T00:00:00Z";
  return d;
}

using V = std::vector<Xapian::termpos>;

// Text indexed as one field: the document, the positions after it and its postings.
struct Indexed {
  Xapian::Document doc;
  TextPositions positions;
  std::map<std::string, V> p;
};

Indexed indexed(std::string_view text, const schema::TextField& field) {
  Indexed out;
  index_text(out.doc, text, field, out.positions);
  out.p = postings(out.doc);
  return out;
}

TEST(IndexText, WordsStemsAndBigramsWithTheirPositions) {
  Indexed r = indexed("외교부는 held consultations", schema::kBodyField);
  auto& p = r.p;
  EXPECT_EQ(p["외교부는"], V{1});
  EXPECT_EQ(p["Z외교부"], V{1});
  EXPECT_EQ(p["held"], V{2});
  EXPECT_EQ(p.count("Zheld"), 0u);  // the stem equals the word: not written twice
  EXPECT_EQ(p["consultations"], V{3});
  EXPECT_EQ(p.count("Zconsult"), 1u);
  EXPECT_EQ(p["Zconsult"], V{});  // English stems carry no positions: no query reads them
  EXPECT_EQ(p["XB외교"], V{1});
  EXPECT_EQ(p["XB교부"], V{2});
  EXPECT_EQ(p["XB부는"], V{3});
  EXPECT_EQ(r.positions.word, 5u);    // one past the last word, plus the field gap
  EXPECT_EQ(r.positions.bigram, 5u);  // one past the last bigram, plus the word gap
}

TEST(IndexText, BigramPositionsSkipBetweenWords) {
  auto p = indexed("정상회의 외교장관", schema::kBodyField).p;
  EXPECT_EQ(p["XB정상"], V{1});
  EXPECT_EQ(p.count("XB의외"), 0u);  // a bigram never spans two words
  EXPECT_EQ(p["XB회의"], V{3});
  EXPECT_EQ(p["XB외교"], V{5});  // 4 is the gap after 정상회의
}

// A body word of two or three syllables holds no bigram phrase a query asks for (three
// syllables are one trigram term), so its bigrams have frequencies but no positions, and
// take no place on the bigram counter; the title, without trigrams, keeps three syllables'.
TEST(IndexText, BigramsOfShortWordsCarryNoPositions) {
  Indexed r = indexed("회담 외교부 정상회의", schema::kBodyField);
  auto& p = r.p;
  EXPECT_EQ(p["XB회담"], V{});
  EXPECT_EQ(p["XB외교"], V{});
  EXPECT_EQ(p["XB교부"], V{});
  EXPECT_EQ(p["XB정상"], V{1});
  EXPECT_EQ(p["XB회의"], V{3});
  EXPECT_EQ(r.positions.bigram, 5u);
  for (auto t = r.doc.termlist_begin(); t != r.doc.termlist_end(); ++t) {
    if (*t == "XB회담" || *t == "XB외교" || *t == "XB교부") {
      EXPECT_EQ(t.get_wdf(), 1u) << *t;
    }
  }

  auto t = indexed("외교부 회담", schema::kTitleField).p;
  EXPECT_EQ(t["XT외교"], V{1});
  EXPECT_EQ(t["XT교부"], V{2});
  EXPECT_EQ(t["XT회담"], V{});
}

TEST(BuildDocument, FilterTermsValuesAndData) {
  StoredDocument d = sample();
  Xapian::Document doc = build_document(d, "digest", "/abs/mofa-ko-1.txt");
  auto p = postings(doc);
  for (const char* term : {"Qmofa-ko-1", "Lko", "Naf", "Nkr", "XOlee-kyung-chul", "XOchoi-jong-moon",
                           "Stalks", "talks"}) {
    EXPECT_EQ(p.count(term), 1u) << term;
  }
  EXPECT_EQ(doc.get_value(schema::kDateSlot), "20210408");
  EXPECT_EQ(doc.get_value(schema::kCountriesSlot), "AFKR");
  EXPECT_EQ(doc.get_value(schema::kOfficialsSlot),
            "choi-jong-moon\t최종문\t최종문\nlee-kyung-chul\tLee Kyung-chul\t이경철");
  EXPECT_EQ(doc.get_value(schema::kLangSlot), "ko");
  EXPECT_EQ(doc.get_value(schema::kContentHashSlot), "digest");
  EXPECT_EQ(doc.get_value(schema::kSourceSlot), "/abs/mofa-ko-1.txt");
  StoredDocument back = decode_stored(doc.get_data());
  EXPECT_EQ(back.body, d.body);
  EXPECT_EQ(back.officials.size(), 2u);
  EXPECT_EQ(back.officials[0].name_ko, "이경철");
  EXPECT_EQ(back.countries, d.countries);
}

TEST(BuildDocument, TitleWordsWeighMoreInTheBody) {
  Xapian::Document doc = build_document(sample(), "d", "/x");
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    if (*t == "talks") {
      EXPECT_EQ(t.get_wdf(), kTitleWdfBoost);
    }
  }
}

// A Hangul filler (blank padding on Korean pages) or another default-ignorable character
// alone in a title or body once made an empty term, which Xapian refuses: the whole run
// failed. They are no words, and every term has a word after its prefix.
TEST(BuildDocument, InvisibleCharactersMakeNoTerms) {
  StoredDocument d = sample();
  d.title = "\u3164";
  d.body = "\u3164\n\n외교부는\u3164 \u1160 \uFFA0 \u115F 협의회를 \u00AD \u200B \uFE0F 개최했다";
  Xapian::Document doc;
  ASSERT_NO_THROW(doc = build_document(d, "digest", "/x"));
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    for (const auto& field : {schema::kTitleField, schema::kBodyField}) {
      for (std::string_view prefix : {field.words, field.stems, field.bigrams, field.trigrams}) {
        EXPECT_NE(*t, prefix) << "a term with an empty word";
      }
    }
  }
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    EXPECT_NE((*t).rfind(schema::kTitle, 0), 0u) << "a title of fillers has no words, not " << *t;
  }
  EXPECT_TRUE(postings(doc).count("협의회를"));
}

TEST(DateSlot, Encoding) {
  EXPECT_EQ(date_slot_value("2021-04-08"), "20210408");
  EXPECT_EQ(date_slot_value("2021-09"), "20210900");
  EXPECT_EQ(date_slot_value(""), "");
}

TEST(ContentDigest, ChangesWithContentNotWithIndexTime) {
  StoredDocument a = sample(), b = sample();
  b.indexed_at = "2030-01-01T00:00:00Z";
  EXPECT_EQ(content_digest(a), content_digest(b));
  b.body += ".";
  EXPECT_NE(content_digest(a), content_digest(b));
  StoredDocument c = sample();
  c.officials[0].title = "Ambassador";
  EXPECT_NE(content_digest(a), content_digest(c));
}

TEST(StoredDocument, RejectsForeignData) {
  EXPECT_THROW(decode_stored("not json"), std::runtime_error);
  EXPECT_THROW(decode_stored("[1,2]"), std::runtime_error);
}

}  // namespace
}  // namespace dipsearch
