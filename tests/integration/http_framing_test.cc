// How dipsearchd frames requests on the wire, spoken byte by byte: a body it refuses is
// never read as another request, the client still reads the refusal, header values are
// compared without regard to case, and Content-Length is one number.
#include <gtest/gtest.h>

#include "raw_http.h"
#include "test_support.h"

namespace dipsearch::testing {
namespace {

using nlohmann::json;

const std::string kSmuggled = "GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n";

class HttpFraming : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { corpus_ = new ServedCorpus({std::string(DIPSEARCH_FIXTURES) + "/search"}); }
  static void TearDownTestSuite() { delete corpus_; }
  static int port() { return corpus_->daemon().port(); }

  // Sends a request and reads until the server closes; the responses it sent.
  static std::vector<RawResponse> exchange_until_closed(const std::string& request, bool* closed = nullptr) {
    RawConnection c(port());
    EXPECT_TRUE(c.send_all(request));
    const bool ended = c.read_until_closed(5000);
    if (closed != nullptr) *closed = ended;
    return parse_responses(c.received());
  }

  static json error_of(const RawResponse& r) { return json::parse(r.body, nullptr, false)["error"]; }

  static ServedCorpus* corpus_;
};

ServedCorpus* HttpFraming::corpus_ = nullptr;

struct RefusedBody {
  const char* name;
  std::string headers;  // after the request line
  std::string body;     // holding a whole request of its own
  int status;
  const char* code;
};

TEST_F(HttpFraming, ARefusedBodyIsNeverReadAsASecondRequest) {
  const std::string padding(6000, ' ');  // past any read buffer the refusal might leave behind
  const RefusedBody cases[] = {
      {"chunked", "Transfer-Encoding: chunked\r\n", "0\r\n\r\n" + kSmuggled, 411, "length_required"},
      {"compressed", "Content-Encoding: gzip\r\nContent-Length: " + std::to_string(kSmuggled.size()) + "\r\n",
       kSmuggled, 415, "unsupported_body"},
      {"too large", "Content-Length: 2000000\r\n", padding + kSmuggled, 413, "body_too_large"},
  };
  for (const auto& c : cases) {
    bool closed = false;
    auto responses = exchange_until_closed(
        "POST /api/search HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" + c.headers + "\r\n" + c.body,
        &closed);
    ASSERT_EQ(responses.size(), 1u) << c.name;  // the smuggled GET is never answered
    EXPECT_EQ(responses[0].status, c.status) << c.name;
    EXPECT_EQ(error_of(responses[0])["code"], c.code) << c.name;
    EXPECT_EQ(responses[0].header("Connection"), "close") << c.name;
    EXPECT_TRUE(closed) << c.name << ": the connection must end after a refusal";
  }
}

TEST_F(HttpFraming, AClientThatSendsTheWholeBodyFirstReadsTheRefusal) {
  // As Python's http.client, urllib and requests do: every byte sent before reading. The
  // bodies are pretty-printed JSON, a line per value, larger than what the loopback's
  // socket buffers hold.
  std::string pretty = "{\"lang\": [\n";
  while (pretty.size() < (8u << 20)) pretty += "  \"en\",\n";
  pretty += "  \"ko\"\n]}\n";
  std::string chunked;
  for (size_t at = 0; at < pretty.size(); at += 0x10000) {
    const std::string piece = pretty.substr(at, 0x10000);
    char size[16];
    std::snprintf(size, sizeof size, "%zx\r\n", piece.size());
    chunked += size + piece + "\r\n";
  }
  chunked += "0\r\n\r\n";
  struct Case {
    std::string headers;
    std::string body;
    int status;
  };
  const Case cases[] = {
      {"Content-Length: " + std::to_string(pretty.size()) + "\r\n", pretty, 413},
      {"Transfer-Encoding: chunked\r\n", chunked, 411},
  };
  for (const auto& c : cases) {
    RawConnection conn(port());
    ASSERT_TRUE(conn.send_all("POST /api/search HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" +
                              c.headers + "\r\n" + c.body, 20000))
        << "the server stopped reading before the body was sent (status " << c.status << ")";
    auto response = conn.next_response(5000);
    ASSERT_TRUE(response.has_value()) << "no answer; reset: " << conn.was_reset();
    EXPECT_EQ(response->status, c.status);
    EXPECT_TRUE(conn.read_until_closed(5000));
    EXPECT_FALSE(conn.was_reset());
  }
}

TEST_F(HttpFraming, ABodyOnAGetIsNotReadAsTheNextRequest) {
  RawConnection c(port());
  ASSERT_TRUE(c.send_all("GET /api/health HTTP/1.1\r\nHost: x\r\nContent-Length: " + std::to_string(kSmuggled.size()) +
                         "\r\n\r\n" + kSmuggled + "GET /api/search?q=Korea HTTP/1.1\r\nHost: x\r\n\r\n"));
  auto first = c.next_response(5000);
  auto second = c.next_response(5000);
  ASSERT_TRUE(first && second);
  EXPECT_EQ(json::parse(first->body)["status"], "ok");
  EXPECT_TRUE(json::parse(second->body).contains("hits")) << second->body;  // the search, not a smuggled health
  EXPECT_FALSE(c.next_response(500).has_value());
}

TEST_F(HttpFraming, PipelinedRequestsAreAnsweredInOrder) {
  RawConnection c(port());
  const std::string post_body = R"({"q":"Korea","per_page":1})";
  ASSERT_TRUE(c.send_all("GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n"
                         "POST /api/search HTTP/1.1\r\nHost: x\r\nContent-Length: " + std::to_string(post_body.size()) +
                         "\r\n\r\n" + post_body + "\r\n" +  // an empty line between requests is allowed
                         "GET /api/documents/fx-en-001 HTTP/1.1\r\nHost: x\r\n\r\n"));
  auto health = c.next_response(5000);
  auto search = c.next_response(5000);
  auto document = c.next_response(5000);
  ASSERT_TRUE(health && search && document);
  EXPECT_EQ(json::parse(health->body)["status"], "ok");
  EXPECT_EQ(json::parse(search->body)["per_page"], 1);
  EXPECT_EQ(json::parse(document->body)["id"], "fx-en-001");
}

TEST_F(HttpFraming, HeaderValuesCompareWithoutRegardToCase) {
  // Chunked in any case is refused before the body is read.
  for (const char* te : {"Chunked", "CHUNKED", "gzip, Chunked"}) {
    auto responses = exchange_until_closed(std::string("POST /api/search HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: ") +
                                           te + "\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
    ASSERT_EQ(responses.size(), 1u) << te;
    EXPECT_EQ(responses[0].status, 411) << te;
  }
  // "Connection: CLOSE" closes.
  bool closed = false;
  auto responses = exchange_until_closed("GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: CLOSE\r\n\r\n", &closed);
  ASSERT_EQ(responses.size(), 1u);
  EXPECT_EQ(responses[0].status, 200);
  EXPECT_TRUE(closed);
  // "Expect: 100-Continue" is answered before the body is sent.
  RawConnection c(port());
  ASSERT_TRUE(c.send_all("POST /api/search HTTP/1.1\r\nHost: x\r\nExpect: 100-Continue\r\nContent-Length: 2\r\n\r\n"));
  auto interim = c.next_response(3000);
  ASSERT_TRUE(interim.has_value()) << c.received();
  EXPECT_EQ(interim->status, 100);
  ASSERT_TRUE(c.send_all("{}"));
  auto answer = c.next_response(5000);
  ASSERT_TRUE(answer.has_value());
  EXPECT_EQ(answer->status, 200);  // one answer: the interim one is not sent twice
}

TEST_F(HttpFraming, ContentLengthIsOneNumberOfBytes) {
  struct Case {
    std::string headers;
    int status;
    const char* message_part;
  };
  const Case cases[] = {
      {"Content-Length: 2\r\nContent-Length: 2\r\n", 400, "more than one Content-Length"},
      {"Content-Length: +2\r\n", 400, "not \"+2\""},
      {"Content-Length: 2x\r\n", 400, "not \"2x\""},
      {"Content-Length: -1\r\n", 400, "not \"-1\""},
      {"Content-Length: 0x2\r\n", 400, "not \"0x2\""},
      {"Content-Length: 99999999999999999999999\r\n", 413, "larger than 1048576 bytes"},
  };
  for (const auto& c : cases) {
    auto responses = exchange_until_closed("POST /api/search HTTP/1.1\r\nHost: x\r\n" + c.headers + "\r\n{}");
    ASSERT_EQ(responses.size(), 1u) << c.headers;
    EXPECT_EQ(responses[0].status, c.status) << c.headers << responses[0].body;
    EXPECT_NE(error_of(responses[0])["message"].get<std::string>().find(c.message_part), std::string::npos)
        << c.headers << responses[0].body;
  }
}

TEST_F(HttpFraming, MalformedHeadsAreRefusedAndClosed) {
  const std::pair<std::string, int> cases[] = {
      {"GET /api/health HTTP/1.1\r\nHost: x\r\nBad header\r\n\r\n", 400},
      {"GET /api/health HTTP/1.1\r\nHost: x\r\n Folded: line\r\n\r\n", 400},
      {"GET /api/health HTTP/1.1\r\nHost: x\nX-Bare: lf\r\n\r\n", 400},
      {"GET /api/health HTTP/1.1\r\nHost : x\r\n\r\n", 400},
      {"GET /api/health HTTP/2.0\r\nHost: x\r\n\r\n", 400},
      {"GET /api/health HTTP/1.1\r\nExpect: 200-ok\r\n\r\n", 417},
      {"GET /api/health HTTP/1.1\r\n" + std::string(40000, 'X') + ": y\r\n\r\n", 431},
      {"GET /" + std::string(9000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n", 414},
  };
  for (const auto& [request, status] : cases) {
    bool closed = false;
    auto responses = exchange_until_closed(request, &closed);
    ASSERT_EQ(responses.size(), 1u) << request.substr(0, 60);
    EXPECT_EQ(responses[0].status, status) << request.substr(0, 60);
    EXPECT_TRUE(error_of(responses[0]).contains("message")) << responses[0].body;
    EXPECT_TRUE(closed) << request.substr(0, 60);
  }
}

}  // namespace
}  // namespace dipsearch::testing
