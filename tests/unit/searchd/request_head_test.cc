// Request framing, one row per head: how long the request is, whether the connection stays
// open, and what is refused from the head alone.
#include "searchd/request_head.h"

#include <gtest/gtest.h>

namespace dipsearch::searchd {
namespace {

struct FramingCase {
  const char* name;
  std::string input;
  Framing framing;
  size_t body_bytes = 0;     // kComplete: the request is its head and this much more
  bool keep_alive = true;    // kComplete
  int status = 0;            // kRefused
};

class RequestFraming : public ::testing::TestWithParam<FramingCase> {};

TEST_P(RequestFraming, FramesOrRefuses) {
  const FramingCase& c = GetParam();
  RequestHead head;
  Refusal refusal;
  const Framing framing = frame_request(c.input, HeadLimits{}, head, refusal);
  ASSERT_EQ(framing, c.framing) << refusal.message;
  if (framing == Framing::kComplete) {
    EXPECT_EQ(head.request_bytes(), c.input.find("\r\n\r\n") + 4 + c.body_bytes);
    EXPECT_EQ(head.keep_alive, c.keep_alive);
  }
  if (framing == Framing::kRefused) {
    EXPECT_EQ(refusal.status, c.status) << refusal.message;
    EXPECT_FALSE(refusal.code.empty());
    EXPECT_FALSE(refusal.message.empty());
  }
}

const std::string kGet = "GET / HTTP/1.1\r\nHost: x\r\n";

void PrintTo(const FramingCase& c, std::ostream* os) { *os << c.name; }

INSTANTIATE_TEST_SUITE_P(
    Table, RequestFraming,
    ::testing::Values(
        FramingCase{"get", kGet + "\r\n", Framing::kComplete},
        FramingCase{"pipelined", kGet + "\r\n" + kGet + "\r\n", Framing::kComplete},
        FramingCase{"partial", kGet, Framing::kIncomplete},
        FramingCase{"post", "POST /api/search HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}", Framing::kComplete, 2},
        FramingCase{"length with spaces", "POST / HTTP/1.1\r\nContent-Length:  7 \r\n\r\n", Framing::kComplete, 7},
        FramingCase{"leading zeros", "POST / HTTP/1.1\r\nContent-Length: 0007\r\n\r\n", Framing::kComplete, 7},
        FramingCase{"close", kGet + "Connection: Keep-Alive, CLOSE\r\n\r\n", Framing::kComplete, 0, false},
        FramingCase{"http/1.0", "GET / HTTP/1.0\r\n\r\n", Framing::kComplete, 0, false},
        FramingCase{"two lengths", "POST / HTTP/1.1\r\nContent-Length: 2\r\ncontent-length: 2\r\n\r\n", Framing::kRefused, 0,
                    true, 400},
        FramingCase{"plus", "POST / HTTP/1.1\r\nContent-Length: +2\r\n\r\n", Framing::kRefused, 0, true, 400},
        FramingCase{"suffix", "POST / HTTP/1.1\r\nContent-Length: 2x\r\n\r\n", Framing::kRefused, 0, true, 400},
        FramingCase{"negative", "POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n", Framing::kRefused, 0, true, 400},
        FramingCase{"empty length", "POST / HTTP/1.1\r\nContent-Length:\r\n\r\n", Framing::kRefused, 0, true, 400},
        FramingCase{"too long", "POST / HTTP/1.1\r\nContent-Length: 1048577\r\n\r\n", Framing::kRefused, 0, true, 413},
        FramingCase{"at the limit", "POST / HTTP/1.1\r\nContent-Length: 1048576\r\n\r\n", Framing::kComplete, 1048576},
        FramingCase{"overflow", "POST / HTTP/1.1\r\nContent-Length: 184467440737095516160\r\n\r\n", Framing::kRefused, 0,
                    true, 413},
        FramingCase{"chunked", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", Framing::kRefused, 0, true, 411},
        FramingCase{"Chunked", "POST / HTTP/1.1\r\ntransfer-encoding: Chunked\r\n\r\n", Framing::kRefused, 0, true, 411},
        FramingCase{"gzip body", "POST / HTTP/1.1\r\nContent-Encoding: GZIP\r\n\r\n", Framing::kRefused, 0, true, 415},
        FramingCase{"identity body", "POST / HTTP/1.1\r\nContent-Encoding: identity\r\n\r\n", Framing::kComplete},
        FramingCase{"expect other", kGet + "Expect: 200-ok\r\n\r\n", Framing::kRefused, 0, true, 417},
        FramingCase{"bare lf", "GET / HTTP/1.1\r\nHost: x\nX: y\r\n\r\n", Framing::kRefused, 0, true, 400},
        FramingCase{"folded", kGet + " folded\r\n\r\n", Framing::kRefused, 0, true, 400},
        FramingCase{"space before colon", "GET / HTTP/1.1\r\nHost : x\r\n\r\n", Framing::kRefused, 0, true, 400},
        FramingCase{"nul", kGet + std::string("X: a\0b\r\n\r\n", 10), Framing::kRefused, 0, true, 400},
        FramingCase{"no version", "GET /\r\n\r\n", Framing::kRefused, 0, true, 400},
        FramingCase{"http/2", "GET / HTTP/2.0\r\n\r\n", Framing::kRefused, 0, true, 400},
        FramingCase{"long url", "GET /" + std::string(9000, 'a') + " HTTP/1.1\r\n\r\n", Framing::kRefused, 0, true, 414},
        FramingCase{"long url arriving", "GET /" + std::string(9000, 'a'), Framing::kRefused, 0, true, 414},
        FramingCase{"huge head", kGet + "X: " + std::string(40000, 'a') + "\r\n\r\n", Framing::kRefused, 0, true, 431},
        FramingCase{"many headers",
                    [] {
                      std::string s = kGet;
                      for (int i = 0; i < 101; ++i) s += "X-" + std::to_string(i) + ": 1\r\n";
                      return s + "\r\n";
                    }(),
                    Framing::kRefused, 0, true, 431}),
    [](const auto& info) {
      std::string name = info.param.name;
      for (char& c : name) c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
      return name;
    });

TEST(RequestHead, ExpectContinueIsNotedAndCanBeTakenOut) {
  const std::string input = "POST / HTTP/1.1\r\nHost: x\r\nexpect: 100-Continue\r\nContent-Length: 2\r\n\r\n";
  RequestHead head;
  Refusal refusal;
  ASSERT_EQ(frame_request(input, HeadLimits{}, head, refusal), Framing::kComplete);
  EXPECT_TRUE(head.expects_continue);
  EXPECT_EQ(without_expect_header(input), "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n");
}

TEST(RequestHead, EmptyLinesBeforeARequestAreSkipped) {
  EXPECT_EQ(leading_empty_lines("\r\n\r\nGET / HTTP/1.1\r\n"), 4u);
  EXPECT_EQ(leading_empty_lines("GET / HTTP/1.1\r\n"), 0u);
  EXPECT_EQ(leading_empty_lines("\r"), 0u);
}

}  // namespace
}  // namespace dipsearch::searchd
