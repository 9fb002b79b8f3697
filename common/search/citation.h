// A release as a reference to cite: what RIS, BibTeX and CSL-JSON all say about it (title,
// date, the ministry that issued it, URL, language, the day it was accessed, a stable key).
// The writers (citation_formats.h) only spell these fields in their syntax.
#pragma once

#include <string>
#include <string_view>

#include "common/index/stored_document.h"

namespace dipsearch {

struct Citation {
  // The release id: unique in the index (also for releases issued the same day) and the
  // same in every export, so a bibliography keeps its keys when it is exported again.
  std::string key;
  std::string title;  // one line: every run of white space becomes one space
  int year = 0;       // 0 when the release has no known date
  int month = 0;      // 0 when unknown
  int day = 0;        // 0 when unknown
  // The ministry that issued the release, as named on its date and in its language:
  // "Ministry of Foreign Affairs of the Republic of Korea" (외교부), before 2013-03-23
  // "… Foreign Affairs and Trade …" (외교통상부).
  std::string issuer;
  std::string genre;     // "Press release" / "보도자료"
  std::string url;       // may be empty: nobody knows where the page was published
  std::string language;  // "en", "ko" (BCP 47), or empty
  std::string accessed;  // "YYYY-MM-DD"
};

// accessed_day: "YYYY-MM-DD", the day the reference is taken (today, UTC).
Citation citation_of(const StoredDocument& doc, std::string_view accessed_day);

}  // namespace dipsearch
