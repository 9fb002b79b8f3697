// Query syntax tests: one row per query, with the exact tree (as an S-expression) it must
// parse to, or the error message and column it must fail with.
#include "common/query/query_parser.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

namespace dipsearch::query {
namespace {

struct ParseRow {
  std::string input;
  std::string expected;  // to_string of the tree; "" for nullptr (every document)
};

void PrintTo(const ParseRow& row, std::ostream* out) { *out << "query [" << row.input << "]"; }

std::string parse_to_string(const std::string& input) {
  NodePtr root = parse_query(input);
  return root ? to_string(*root) : "";
}

class ParseTest : public testing::TestWithParam<ParseRow> {};

TEST_P(ParseTest, BuildsTree) {
  const ParseRow& row = GetParam();
  try {
    EXPECT_EQ(parse_to_string(row.input), row.expected);
  } catch (const QuerySyntaxError& error) {
    ADD_FAILURE() << "unexpected error: " << error.what();
  }
}

const ParseRow kPrecedenceRows[] = {
    {"afghanistan", "(WORD afghanistan)"},
    {"Afghanistan", "(WORD Afghanistan)"},
    {"a b", "(AND (WORD a) (WORD b))"},
    {"a AND b", "(AND (WORD a) (WORD b))"},
    {"a b c", "(AND (WORD a) (WORD b) (WORD c))"},
    {"a OR b", "(OR (WORD a) (WORD b))"},
    {"a OR b OR c", "(OR (WORD a) (WORD b) (WORD c))"},
    {"a b OR c", "(OR (AND (WORD a) (WORD b)) (WORD c))"},
    {"a OR b c", "(OR (WORD a) (AND (WORD b) (WORD c)))"},
    {"a AND b OR c AND d", "(OR (AND (WORD a) (WORD b)) (AND (WORD c) (WORD d)))"},
    {"(a OR b) c", "(AND (OR (WORD a) (WORD b)) (WORD c))"},
    {"a (b (c OR d))", "(AND (WORD a) (AND (WORD b) (OR (WORD c) (WORD d))))"},
    {"((a))", "(WORD a)"},
    {"(a)(b)", "(AND (WORD a) (WORD b))"},
    {"(a)OR(b)", "(OR (WORD a) (WORD b))"},
    {"외교부 OR 통일부", "(OR (WORD 외교부) (WORD 통일부))"},
    // Operators are upper-case whole words only.
    {"a or b", "(AND (WORD a) (WORD or) (WORD b))"},
    {"a Or b And c", "(AND (WORD a) (WORD Or) (WORD b) (WORD And) (WORD c))"},
    {"not a", "(AND (WORD not) (WORD a))"},
    {"ORACLE ANDROID NOTE", "(AND (WORD ORACLE) (WORD ANDROID) (WORD NOTE))"},
    {"OR*", "(PREFIX OR)"},
};
INSTANTIATE_TEST_SUITE_P(Precedence, ParseTest, testing::ValuesIn(kPrecedenceRows));

const ParseRow kNotRows[] = {
    {"NOT a", "(NOT (WORD a))"},
    {"-a", "(NOT (WORD a))"},
    {"a NOT b", "(AND (WORD a) (NOT (WORD b)))"},
    {"a -b", "(AND (WORD a) (NOT (WORD b)))"},
    {"a AND NOT b", "(AND (WORD a) (NOT (WORD b)))"},
    {"a OR NOT b", "(OR (WORD a) (NOT (WORD b)))"},
    {"NOT a b", "(AND (NOT (WORD a)) (WORD b))"},
    {"NOT NOT a", "(NOT (NOT (WORD a)))"},
    {"-(a OR b)", "(NOT (OR (WORD a) (WORD b)))"},
    {"NOT (a b)", "(NOT (AND (WORD a) (WORD b)))"},
    {"(-a)", "(NOT (WORD a))"},
    {"-\"peace talks\"", "(NOT (PHRASE \"peace talks\"))"},
    {"-country:AF", "(NOT (FIELD country AF))"},
    {"-title:x", "(NOT (FIELD title (WORD x)))"},
    {"-외교*", "(NOT (PREFIX 외교))"},
    // The word right after '-' is literal.
    {"-OR", "(NOT (WORD OR))"},
    {"--a", "(NOT (WORD -a))"},
    // '-' inside a word, or standing alone, is not an operator.
    {"a - b", "(AND (WORD a) (WORD -) (WORD b))"},
    {"a -", "(AND (WORD a) (WORD -))"},
    {"(a -)", "(AND (WORD a) (WORD -))"},
    {"a-b", "(WORD a-b)"},
    {"COVID-19", "(WORD COVID-19)"},
    {"Kang Kyung-wha", "(AND (WORD Kang) (WORD Kyung-wha))"},
    {"2024-25", "(WORD 2024-25)"},
    {"\"a\"-b", "(AND (PHRASE \"a\") (WORD -b))"},
    {"(a)-b", "(AND (WORD a) (WORD -b))"},
};
INSTANTIATE_TEST_SUITE_P(Not, ParseTest, testing::ValuesIn(kNotRows));

const ParseRow kPhrasesRows[] = {
    {"\"peace talks\"", "(PHRASE \"peace talks\")"},
    {"\u201Cpeace talks\u201D", "(PHRASE \"peace talks\")"},
    {"\uFF02평화 회담\uFF02", "(PHRASE \"평화 회담\")"},
    {"\u201Emixed quotes\"", "(PHRASE \"mixed quotes\")"},
    {"\"한미 정상회담\" 외교부", "(AND (PHRASE \"한미 정상회담\") (WORD 외교부))"},
    {"\"OR NOT (a)\"", "(PHRASE \"OR NOT (a)\")"},
    {"\" peace  talks \"", "(PHRASE \" peace  talks \")"},
    {"\"a\"\"b\"", "(AND (PHRASE \"a\") (PHRASE \"b\"))"},
    {"x\"y z\"w", "(AND (WORD x) (PHRASE \"y z\") (WORD w))"},
    {"\"a\\b\"", "(PHRASE \"a\\\\b\")"},
    {"\"Korea's role\"", "(PHRASE \"Korea's role\")"},
    // Empty phrases and groups are ignored where they stand.
    {"\"\" a", "(WORD a)"},
    {"a \"  \" b", "(AND (WORD a) (WORD b))"},
    {"a () b", "(AND (WORD a) (WORD b))"},
    {"a OR (\"\" b)", "(OR (WORD a) (WORD b))"},
};
INSTANTIATE_TEST_SUITE_P(Phrases, ParseTest, testing::ValuesIn(kPhrasesRows));

const ParseRow kPrefixesRows[] = {
    {"consult*", "(PREFIX consult)"},
    {"Consult*", "(PREFIX Consult)"},
    {"외교*", "(PREFIX 외교)"},
    {"c*", "(PREFIX c)"},
    {"consult**", "(PREFIX consult)"},
    {"a*b", "(WORD a*b)"},
    {"consult* OR 외교*", "(OR (PREFIX consult) (PREFIX 외교))"},
    {"(consult*)", "(PREFIX consult)"},
};
INSTANTIATE_TEST_SUITE_P(Prefixes, ParseTest, testing::ValuesIn(kPrefixesRows));

const ParseRow kFieldsRows[] = {
    {"country:AF", "(FIELD country AF)"},
    {"Country:af", "(FIELD country af)"},
    {"COUNTRY:KR", "(FIELD country KR)"},
    {"country:\"South Korea\"", "(FIELD country \"South Korea\")"},
    {"country:\u201C대한민국\u201D", "(FIELD country 대한민국)"},
    {"country:아프가니스탄", "(FIELD country 아프가니스탄)"},
    {"official:lee-kyung-chul", "(FIELD official lee-kyung-chul)"},
    {"lang:ko", "(FIELD lang ko)"},
    {"date:2021-01..2021-06", "(FIELD date 2021-01..2021-06)"},
    {"date:2021", "(FIELD date 2021)"},
    {"date:..2020-12", "(FIELD date ..2020-12)"},
    {"(date:2021)", "(FIELD date 2021)"},
    {"country:AF\"peace talks\"", "(AND (FIELD country AF) (PHRASE \"peace talks\"))"},
    {"country:AF OR country:KR", "(OR (FIELD country AF) (FIELD country KR))"},
    {"country:OR", "(FIELD country OR)"},
    {"title:minister", "(FIELD title (WORD minister))"},
    {"Title:Minister", "(FIELD title (WORD Minister))"},
    {"title:\"peace talks\"", "(FIELD title (PHRASE \"peace talks\"))"},
    {"title:(peace OR talks)", "(FIELD title (OR (WORD peace) (WORD talks)))"},
    {"title:(a -b \"c d\" e*)",
     "(FIELD title (AND (WORD a) (NOT (WORD b)) (PHRASE \"c d\") (PREFIX e)))"},
    {"title:consult*", "(FIELD title (PREFIX consult))"},
    {"title:외교부", "(FIELD title (WORD 외교부))"},
    {"title:OR", "(FIELD title (WORD OR))"},
    {"title:a b", "(AND (FIELD title (WORD a)) (WORD b))"},
    {"(title:a)", "(FIELD title (WORD a))"},
    // Unknown names leave the run a word.
    {"xyz:abc", "(WORD xyz:abc)"},
    {"10:30", "(WORD 10:30)"},
    {"UN:", "(WORD UN:)"},
    {":country", "(WORD :country)"},
    {"titles:x", "(WORD titles:x)"},
    {"afghanistan -\"peace talks\" country:AF consult* title:minister",
     "(AND (WORD afghanistan) (NOT (PHRASE \"peace talks\")) (FIELD country AF) "
     "(PREFIX consult) (FIELD title (WORD minister)))"},
};
INSTANTIATE_TEST_SUITE_P(Fields, ParseTest, testing::ValuesIn(kFieldsRows));

const ParseRow kWordsRows[] = {
    {"한·미", "(WORD 한·미)"},
    {"한·미 정상회담", "(AND (WORD 한·미) (WORD 정상회담))"},
    {"U.S.", "(WORD U.S.)"},
    {"Korea's", "(WORD Korea's)"},
    {"中國 外交", "(AND (WORD 中國) (WORD 外交))"},
    // Punctuation-only words stay; the meaning stage drops them.
    {"a , b", "(AND (WORD a) (WORD ,) (WORD b))"},
    {"!!", "(WORD !!)"},
};
INSTANTIATE_TEST_SUITE_P(Words, ParseTest, testing::ValuesIn(kWordsRows));

const ParseRow kWhitespaceRows[] = {
    {"  a  ", "(WORD a)"},
    {"a\tb\nc\r\n", "(AND (WORD a) (WORD b) (WORD c))"},
    {"a\001b\037c", "(AND (WORD a) (WORD b) (WORD c))"},
    {"a\177b", "(AND (WORD a) (WORD b))"},
    {std::string("a\0b", 3), "(AND (WORD a) (WORD b))"},
    {"a\u0085b", "(AND (WORD a) (WORD b))"},
    {"a\u00A0b", "(AND (WORD a) (WORD b))"},
    {"외교부\u3000장관", "(AND (WORD 외교부) (WORD 장관))"},
    {"a\u200Bb", "(AND (WORD a) (WORD b))"},
    {"\uFEFFa", "(WORD a)"},
    {"\"peace\ttalks\"", "(PHRASE \"peace talks\")"},
    {"a\tOR\tb", "(OR (WORD a) (WORD b))"},
    // Nothing to search for: every document.
    {"", ""},
    {"   ", ""},
    {" \t\r\n ", ""},
    {"\u3000", ""},
    {"\"\"", ""},
    {"()", ""},
    {"( )", ""},
    {"(\"\") ()", ""},
};
INSTANTIATE_TEST_SUITE_P(Whitespace, ParseTest, testing::ValuesIn(kWhitespaceRows));

struct ErrorRow {
  std::string input;
  std::string message;  // a substring of what()
  std::size_t column;
};

void PrintTo(const ErrorRow& row, std::ostream* out) { *out << "query [" << row.input << "]"; }

class ErrorTest : public testing::TestWithParam<ErrorRow> {};

TEST_P(ErrorTest, NamesThePosition) {
  const ErrorRow& row = GetParam();
  try {
    NodePtr root = parse_query(row.input);
    ADD_FAILURE() << "parsed to " << (root ? to_string(*root) : "nothing");
  } catch (const QuerySyntaxError& error) {
    EXPECT_NE(std::string(error.what()).find(row.message), std::string::npos)
        << "message: " << error.what();
    EXPECT_EQ(error.column, row.column) << "message: " << error.what();
  }
}

const ErrorRow kBalanceErrors[] = {
    {"\"peace", "unbalanced quote: the phrase opened at column 1 is not closed", 1},
    {"afghan \"peace", "unbalanced quote: the phrase opened at column 8 is not closed", 8},
    {"외교 \u201C평화", "the phrase opened at column 4 is not closed", 4},
    {"\"a\" \"b", "the phrase opened at column 5", 5},
    {"(a", "unbalanced parenthesis at column 1", 1},
    {"a (b (c)", "unbalanced parenthesis at column 3", 3},
    {"((a)", "unbalanced parenthesis at column 1", 1},
    {"a)", "')' at column 2 has no matching '('", 2},
    {")", "')' at column 1 has no matching '('", 1},
    {"(a))", "')' at column 4 has no matching '('", 4},
    {"한국) 외교", "')' at column 3 has no matching '('", 3},
};
INSTANTIATE_TEST_SUITE_P(Balance, ErrorTest, testing::ValuesIn(kBalanceErrors));

const ErrorRow kOperatorsErrors[] = {
    {"OR", "'OR' at column 1 needs a term before it", 1},
    {"OR a", "'OR' at column 1 needs a term before it", 1},
    {"a OR", "'OR' at column 3 needs a term after it", 3},
    {"a OR OR b", "'OR' at column 3 needs a term after it", 3},
    {"(OR a)", "'OR' at column 2 needs a term before it", 2},
    {"(a OR) b", "'OR' at column 4 needs a term after it", 4},
    {"\"\" OR a", "'OR' at column 4 needs a term before it", 4},
    {"AND", "'AND' at column 1 needs a term before it", 1},
    {"a AND", "'AND' at column 3 needs a term after it", 3},
    {"a AND OR b", "'AND' at column 3 needs a term after it", 3},
    {"a OR AND b", "'AND' at column 6 needs a term before it", 6},
    {"NOT", "'NOT' at column 1 needs a term after it", 1},
    {"a NOT", "'NOT' at column 3 needs a term after it", 3},
    {"afghanistan NOT", "'NOT' at column 13 needs a term after it", 13},
    {"NOT OR a", "'NOT' at column 1 needs a term after it", 1},
    {"(a NOT)", "'NOT' at column 4 needs a term after it", 4},
    {"NOT ()", "'NOT' at column 1 needs a term after it", 1},
    {"-()", "'-' at column 1 needs a term after it", 1},
    {"a -\"\"", "'-' at column 3 needs a term after it", 3},
    {"외교 OR", "'OR' at column 4 needs a term after it", 4},
    {"a\tOR", "'OR' at column 3 needs a term after it", 3},
};
INSTANTIATE_TEST_SUITE_P(Operators, ErrorTest, testing::ValuesIn(kOperatorsErrors));

const ErrorRow kPrefixesAndFieldsErrors[] = {
    {"*", "a lone '*' at column 1 is not a prefix", 1},
    {"consult *", "a lone '*' at column 9 is not a prefix", 9},
    {"**", "a lone '*' at column 1 is not a prefix", 1},
    {"-*", "a lone '*' at column 2 is not a prefix", 2},
    {"title:*", "a lone '*' at column 7 is not a prefix", 7},
    {"country:", "field 'country:' at column 1 needs a value", 1},
    {"a country: b", "field 'country:' at column 3 needs a value", 3},
    {"(official:)", "field 'official:' at column 2 needs a value", 2},
    {"Date:", "field 'date:' at column 1 needs a value", 1},
    {"lang:\"\"", "field 'lang:' at column 1 needs a value", 1},
    {"country:\"South", "unbalanced quote: the value opened at column 9 is not closed", 9},
    {"country:(AF KR)", "field 'country:' at column 1 takes a single value, not a group", 1},
    {"title:", "field 'title:' at column 1 needs a value", 1},
    {"외교 title: x", "field 'title:' at column 4 needs a value", 4},
    {"title:\"\"", "field 'title:' at column 1 needs a value", 1},
    {"title:()", "field 'title:' at column 1 needs a value", 1},
    {"(title:)", "field 'title:' at column 2 needs a value", 2},
    {"title:(a", "unbalanced parenthesis at column 7", 7},
    {"title:(a country:AF)", "field 'country:' at column 10 cannot be used inside 'title:'", 10},
    {"title:(title:a)", "field 'title:' at column 8 cannot be used inside 'title:'", 8},
};
INSTANTIATE_TEST_SUITE_P(PrefixesAndFields, ErrorTest, testing::ValuesIn(kPrefixesAndFieldsErrors));

const ErrorRow kEncodingErrors[] = {
    {"a\xff", "query is not valid UTF-8 (byte 2)", 2},
    {"\x80", "query is not valid UTF-8 (byte 1)", 1},
    {"\xe4\xb8", "query is not valid UTF-8 (byte 1)", 1},          // cut short
    {"\xc0\xaf", "query is not valid UTF-8 (byte 1)", 1},          // overlong '/'
    {"외교\xed\xa0\x80", "query is not valid UTF-8 (byte 7)", 3},  // surrogate
    {"\xf4\x90\x80\x80", "query is not valid UTF-8 (byte 1)", 1},  // past U+10FFFF
    {"a \xe4\x41", "query is not valid UTF-8 (byte 3)", 3},        // bad continuation
};
INSTANTIATE_TEST_SUITE_P(Encoding, ErrorTest, testing::ValuesIn(kEncodingErrors));

std::string repeat(const std::string& piece, std::size_t times, const std::string& separator = "") {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) {
    if (i > 0) out += separator;
    out += piece;
  }
  return out;
}

const ErrorRow kLimitsErrors[] = {
    {std::string(1025, 'a'), "query is too long: 1025 characters, at most 1024 bytes", 1025},
    {std::string(1025, ' '), "query is too long: 1025 characters", 1025},
    // 400 Hangul syllables are 1,200 bytes; byte 1024 falls in the 342nd.
    {repeat("외", 400), "query is too long: 400 characters (1200 bytes), at most 1024 bytes", 342},
    {repeat("w", 65, " "), "too many terms", 129},
    {repeat("w", 63, " ") + " \"a b\"", "too many terms: a query holds at most 64", 127},
    {repeat("country:AF", 65, " "), "too many terms", 705},
    {"title:(" + repeat("w", 65, " ") + ")", "too many terms", 136},
    {repeat("(", 33) + "a" + repeat(")", 33),
     "parentheses nested too deeply at column 33: at most 32 levels", 33},
    {"title:" + repeat("(", 33) + "a" + repeat(")", 33), "nested too deeply", 39},
};  // namespace
INSTANTIATE_TEST_SUITE_P(Limits, ErrorTest, testing::ValuesIn(kLimitsErrors));

TEST(ParseLimits, AcceptsQueriesAtTheLimits) {
  EXPECT_EQ(parse_to_string(std::string(1024, 'a')), "(WORD " + std::string(1024, 'a') + ")");
  EXPECT_EQ(parse_to_string(std::string(1024, ' ')), "");
  EXPECT_EQ(parse_to_string(repeat("외", 341) + "a"), "(WORD " + repeat("외", 341) + "a)");

  const std::string terms = parse_to_string(repeat("w", 64, " "));
  EXPECT_EQ(terms, "(AND " + repeat("(WORD w)", 64, " ") + ")");

  EXPECT_EQ(parse_to_string(repeat("(", 32) + "a" + repeat(")", 32)), "(WORD a)");
  EXPECT_EQ(parse_to_string("title:" + repeat("(", 32) + "a" + repeat(")", 32)),
            "(FIELD title (WORD a))");
  // Operators are not terms.
  EXPECT_NO_THROW(parse_query(repeat("w", 64, " OR ")));
  // NOT chains are bounded by the length limit only.
  EXPECT_EQ(parse_to_string(repeat("NOT", 200, " ") + " a"),
            repeat("(NOT ", 200) + "(WORD a)" + repeat(")", 200));
}

TEST(ParseErrors, CarryByteOffsetAndCharacterColumn) {
  try {
    parse_query("외교 \"평화");
    FAIL() << "expected an error";
  } catch (const QuerySyntaxError& error) {
    EXPECT_EQ(error.offset, 7u);
    EXPECT_EQ(error.column, 4u);
  }
  // The boundary catches it as a std::runtime_error.
  EXPECT_THROW(parse_query("(a"), std::runtime_error);
}

// The tree with each node's byte offset, e.g. "AND@2(WORD@2 NOT@9(...))".
std::string with_offsets(const Node& node) {
  static const char* const kNames[] = {"WORD", "PHRASE", "PREFIX", "FIELD", "AND", "OR", "NOT"};
  std::string out =
      std::string(kNames[static_cast<int>(node.kind)]) + "@" + std::to_string(node.offset);
  if (!node.children.empty()) {
    out += "(";
    for (std::size_t i = 0; i < node.children.size(); ++i) {
      if (i > 0) out += " ";
      out += with_offsets(*node.children[i]);
    }
    out += ")";
  }
  return out;
}

TEST(ParseOffsets, PointAtEachNodesFirstByte) {
  // afghan starts at byte 2, '-' at 9, the quote at 10, country at 24, x* at 38.
  const char* q = "  afghan -\"peace talks\" country:AF OR x*";
  NodePtr root = parse_query(q);
  ASSERT_TRUE(root);
  EXPECT_EQ(with_offsets(*root), "OR@2(AND@2(WORD@2 NOT@9(PHRASE@10) FIELD@24) PREFIX@38)");

  // Hangul is three bytes a character: 외교 is bytes 0-5, title: starts at 7, 장관 at 14.
  root = parse_query("외교 title:(장관 OR x) NOT 한·미");
  ASSERT_TRUE(root);
  EXPECT_EQ(with_offsets(*root), "AND@0(WORD@0 FIELD@7(OR@14(WORD@14 WORD@24)) NOT@27(WORD@31))");
}

TEST(ParseOffsets, PhraseAndFieldKeepTheirText) {
  NodePtr root = parse_query("\u201Cpeace talks\u201D country:\"South Korea\"");
  ASSERT_TRUE(root);
  ASSERT_EQ(root->children.size(), 2u);
  EXPECT_EQ(root->children[0]->text, "peace talks");
  EXPECT_EQ(root->children[1]->field, "country");
  EXPECT_EQ(root->children[1]->value, "South Korea");
  EXPECT_TRUE(root->children[1]->children.empty());
}

}  // namespace
}  // namespace dipsearch::query
