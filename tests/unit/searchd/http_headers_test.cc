// Header tokens, quality values, dates and log lines as the daemon reads and writes them.
#include "searchd/http_headers.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <regex>

#include "searchd/log.h"
#include "searchd/response_compression.h"

namespace dipsearch::searchd {
namespace {

TEST(HttpHeaders, TokensCompareWithoutRegardToCase) {
  EXPECT_TRUE(has_token("keep-alive, Close", "close"));
  EXPECT_TRUE(has_token("  CLOSE  ", "close"));
  EXPECT_FALSE(has_token("closed", "close"));
  EXPECT_FALSE(has_token("", "close"));
  EXPECT_TRUE(iequals("Chunked", "chunked"));
  EXPECT_FALSE(iequals("chunked ", "chunked"));
}

TEST(HttpHeaders, QualityValues) {
  EXPECT_EQ(quality_of("gzip, br", "br"), 1.0);
  EXPECT_EQ(quality_of("gzip;q=0.5, br;q=0", "gzip"), 0.5);
  EXPECT_EQ(quality_of("gzip;q=0.5, br;q=0", "br"), 0.0);
  EXPECT_EQ(quality_of("GZIP ; Q=0.25", "gzip"), 0.25);
  EXPECT_EQ(quality_of("*;q=0.3, gzip", "br"), 0.3);
  EXPECT_EQ(quality_of("*;q=0.3, br;q=0", "br"), 0.0);
  EXPECT_EQ(quality_of("deflate", "br"), 0.0);
  EXPECT_EQ(quality_of("br;q=2", "br"), 0.0);  // malformed: as if absent
  EXPECT_EQ(quality_of("br;q=x", "br"), 0.0);
}

TEST(HttpHeaders, DatesAreImfFixdate) {
  EXPECT_EQ(http_date(std::chrono::system_clock::from_time_t(784111777)), "Sun, 06 Nov 1994 08:49:37 GMT");
}

TEST(ResponseCompression, OnlyTextLikeTypesAreCompressed) {
  EXPECT_TRUE(is_compressible("application/json; charset=utf-8"));
  EXPECT_TRUE(is_compressible("application/x-ndjson; charset=utf-8"));
  EXPECT_TRUE(is_compressible("text/csv; charset=utf-8; header=present"));
  EXPECT_TRUE(is_compressible("Application/Atom+XML"));
  EXPECT_FALSE(is_compressible("image/png"));
  EXPECT_FALSE(is_compressible(""));
  EXPECT_EQ(negotiate_coding("gzip, br", "image/png"), ContentCoding::kIdentity);
  EXPECT_EQ(negotiate_coding("gzip, br", "text/csv"), ContentCoding::kBrotli);
  EXPECT_EQ(negotiate_coding("gzip", "text/csv"), ContentCoding::kGzip);
  // The client's preference decides; brotli wins ties.
  EXPECT_EQ(negotiate_coding("gzip;q=1, br;q=0.5", "text/csv"), ContentCoding::kGzip);
  EXPECT_EQ(negotiate_coding("gzip;q=0.5, br;q=0.5", "text/csv"), ContentCoding::kBrotli);
  EXPECT_EQ(negotiate_coding("*;q=0.2, gzip;q=0.8", "text/csv"), ContentCoding::kGzip);
}

TEST(Log, LinesAreBoundedAndEscaped) {
  ::testing::internal::CaptureStderr();
  log_line(LogLevel::kError, "GET /a\nforged line\x1b[31m");
  log_line(LogLevel::kError, std::string(100000, 'x'));
  const std::string err = ::testing::internal::GetCapturedStderr();
  const std::string first = err.substr(0, err.find('\n') + 1);
  EXPECT_EQ(first.substr(first.find(' ')), " error dipsearchd: GET /a\\x0aforged line\\x1b[31m\n") << first;
  const std::string second = err.substr(err.find('\n') + 1);
  EXPECT_LT(second.size(), kMaxLogLineBytes + 100);
  EXPECT_NE(second.find("more bytes)"), std::string::npos) << second.substr(second.size() - 50);
  EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 2);
}

TEST(Log, LinesHaveTheirTimeAndLevelAndBelowTheLevelAreDropped) {
  ::testing::internal::CaptureStderr();
  set_log_level(LogLevel::kWarning);
  log_line(LogLevel::kInfo, "not shown");
  log_line(LogLevel::kWarning, "shown");
  set_log_level(LogLevel::kInfo);
  log_line(LogLevel::kInfo, "shown too");
  const std::string err = ::testing::internal::GetCapturedStderr();
  EXPECT_EQ(err.find("not shown"), std::string::npos) << err;
  EXPECT_TRUE(std::regex_search(err, std::regex(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z warning dipsearchd: shown\n)")))
      << err;
  EXPECT_NE(err.find("Z info dipsearchd: shown too\n"), std::string::npos) << err;
  EXPECT_EQ(log_level_named("warning"), LogLevel::kWarning);
  EXPECT_EQ(log_level_named("debug"), std::nullopt);
}

}  // namespace
}  // namespace dipsearch::searchd
