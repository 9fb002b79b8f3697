// Letters and digits are Xapian's word characters (Unicode categories L, N, M and Pc).
#include "searchd/download_name.h"

#include <ctime>

#include <xapian.h>

#include "common/search/api_error.h"
#include "common/text/escape.h"
#include "searchd/request_params.h"

namespace dipsearch::searchd {
namespace {

// The query's words joined by hyphens, at most kMaxQueryInName bytes, whole code points.
std::string query_part(std::string_view query, bool ascii_only) {
  std::string out;
  bool gap = false;
  for (Xapian::Utf8Iterator it(query.data(), query.size()); it != Xapian::Utf8Iterator(); ++it) {
    const unsigned ch = *it;
    const bool keep = (ch < 0x80 ? std::isalnum(static_cast<int>(ch)) != 0 : !ascii_only && Xapian::Unicode::is_wordchar(ch));
    if (!keep) {
      gap = !out.empty();
      continue;
    }
    std::string encoded;
    Xapian::Unicode::append_utf8(encoded, ch);
    if (out.size() + (gap ? 1 : 0) + encoded.size() > kMaxQueryInName) break;
    if (gap) out += '-';
    gap = false;
    out += encoded;
  }
  return out;
}

// A query with nothing to show (none, or Hangul in an ASCII name) still names the file.
std::string name_with(const std::string& query_part, std::string_view query, std::string_view day,
                      std::string_view extension) {
  std::string name = "dipsearch-" + (!query_part.empty() ? query_part : query.empty() ? "all" : "search");
  name.append("-").append(day).append(".").append(extension);
  return name;
}

}  // namespace

std::string download_name(std::string_view query, std::string_view day, std::string_view extension) {
  return name_with(query_part(query, false), query, day, extension);
}

std::string attachment_disposition(std::string_view query, std::string_view day, std::string_view extension) {
  std::string value = "attachment; filename=\"" + name_with(query_part(query, true), query, day, extension) + "\"";
  value += "; filename*=UTF-8''";
  text::append_url_encoded(value, download_name(query, day, extension));
  return value;
}

std::string take_bom(ParamMap& params, const std::string& format) {
  const std::string bom = take_param(params, "bom", "0");
  if (bom != "0" && bom != "1") throw invalid_parameter("bom", "bom must be 0 or 1, not '" + bom + "'");
  if (bom == "1" && format != "csv") throw invalid_parameter("bom", "bom=1 applies only to format=csv");
  return bom == "1" ? "\xEF\xBB\xBF" : "";
}

std::string utc_day() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

}  // namespace dipsearch::searchd
