// A press release as read from a source file, before analysis: the unit the indexer stores.
#pragma once

#include <string>
#include <vector>

namespace dipsearch {

// An official as the source states them (JSON input may list them; pages never do).
struct StatedOfficial {
  std::string name;
  std::string title;
};

struct Release {
  std::string id;      // [A-Za-z0-9._-]{1,128}
  std::string title;   // one line, trimmed
  std::string date;    // "YYYY-MM-DD", "YYYY-MM" (month only) or "" when the source states none
  std::string body;    // paragraphs separated by "\n\n", page chrome removed, valid UTF-8
  // Words of the page's head that name who issued the release or what it concerns, kept
  // outside the body: the name and office on its date line ("이재웅 대변인" from
  // "2024.09.03 이재웅 대변인"), a row of the countries it concerns ("국가 | 이라크, 레바논").
  // Entity extraction reads them; they are not indexed as text. Pages only; valid UTF-8.
  std::vector<std::string> head_notes;
  std::string lang;    // "en" or "ko"
  std::string url;     // the original page, http(s); may be empty
  std::string site;    // the site key a sidecar or JSON "source" names; "" = the URL's host
  std::string source;  // path of the file it was read from (as given on the command line)
  std::vector<std::string> countries;      // ISO codes given by JSON input; empty otherwise
  std::vector<StatedOfficial> officials;   // given by JSON input; empty otherwise
};

// Why one input (a file, or one line/element of a JSON file) was not indexed.
struct Rejection {
  std::string path;
  size_t line = 0;  // 1-based line (JSONL) or element index+1 (JSON array); 0 = whole file
  std::string reason;
};

// Something wrong in an input that was indexed all the same: a stated date that is no
// calendar date ("2020-40-10", "2023.02.30") leaves its release undated. Reported like a
// rejection (path, line, what), but nothing is refused.
struct SourceWarning {
  std::string path;
  size_t line = 0;  // as Rejection::line
  std::string message;
};

}  // namespace dipsearch
