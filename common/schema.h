// The document schema: every term prefix and value slot the index uses, in one place.
// Prefixes follow omega's convention (single capitals are standard fields, X… are ours);
// no other file spells a prefix literal.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

#include <xapian.h>

namespace dipsearch::schema {

// ---- Term prefixes --------------------------------------------------------------------
// Unique document id, exactly as given ([A-Za-z0-9._-]{1,128}); boolean, one per document.
inline constexpr std::string_view kId = "Q";
// Language code, "en" or "ko"; boolean.
inline constexpr std::string_view kLang = "L";
// ISO 3166-1 alpha-2 country code, lower case ("Naf"); boolean, one per country mentioned.
inline constexpr std::string_view kCountry = "N";
// Official's registry key, lower-case ASCII with hyphens ("XOlee-kyung-chul"); boolean.
inline constexpr std::string_view kOfficial = "XO";
// The site a release comes from (omega's hostname prefix): its key, the URL's host or the key
// a sidecar or JSON source names ("Hmofa.go.kr", "Hsample"); boolean, one per document.
inline constexpr std::string_view kSite = "H";
// Title words: NFKC-casefolded raw words, positional (word positions of the title stream).
inline constexpr std::string_view kTitle = "S";
// Stems. Body stems are "Z" + stem; title stems are "Z" + kTitle + stem (omega's layout).
// English: Snowball stem, with a frequency but no positions (English phrases match raw
// words; positions were the index's largest table). Korean: the word with its particle
// stripped, at the raw word's position, since Korean phrases match stems.
inline constexpr std::string_view kStem = "Z";
// Hangul character bigrams of the body (XB) and of the title (XT). Positional on their own
// position counter, which skips one position at every word boundary so that a bigram
// phrase never spans two words; a word too short for any bigram phrase of its field
// (TextField::shortest_bigram_phrase) adds its bigrams without positions.
inline constexpr std::string_view kBigram = "XB";
inline constexpr std::string_view kTitleBigram = "XT";
// Unprefixed terms are the body's raw NFKC-casefolded words (title words are also
// indexed there), positional. Beside a word at its position: a Latin word without
// diacritics ("cavusoglu"), and a compound's joined form ("kyungwha" for Kyung-wha,
// "한미" for 한·미) at its first and last part's positions; stems likewise under "Z".

// Hangul character trigrams of the body, without positions: a three-syllable word found
// inside longer words with one term, where a bigram phrase must check positions in every
// release holding both bigrams (30,000 of 100,000 for 외교부; eight times slower).
inline constexpr std::string_view kTrigram = "XG";

// The prefixes of one analyzed text field: raw words, stems, Hangul bigrams and trigrams
// (the title has none: its words are in the body too).
struct TextField {
  std::string_view words;
  std::string_view stems;
  std::string_view bigrams;
  std::string_view trigrams;

  // The fewest bigrams a query of this field asks for as a phrase: a two-syllable word is
  // one bigram term, and three syllables are one trigram term where the field has them.
  // A bigram phrase never spans two words, so the bigrams of a word with fewer than this
  // need no positions.
  constexpr size_t shortest_bigram_phrase() const { return trigrams.empty() ? 2 : 3; }
};
inline constexpr TextField kBodyField{"", "Z", "XB", "XG"};
inline constexpr TextField kTitleField{"S", "ZS", "XT", ""};
static_assert(kTitleField.stems.size() == kStem.size() + kTitle.size());

// ---- Value slots ------------------------------------------------------------------------
enum Slot : Xapian::valueno {
  // Release date as "YYYYMMDD"; a month-only date is "YYYYMM00"; empty when none is known.
  // Plain string order is time order, so it serves sorting, ranges and date buckets.
  kDateSlot = 0,
  // Countries mentioned: sorted upper-case ISO codes concatenated, two bytes each ("AFKR").
  // Counted code by code (search/facet_columns.h); over remote shards per distinct
  // combination with ValueCountMatchSpy, split into codes afterwards.
  kCountriesSlot = 1,
  // Officials mentioned: one entry per official, "key\tlabel\tlabel_ko" (label: the English
  // name, else the name as written), entries sorted and joined by '\n'. Counted like
  // countries; the labels ride along so facets need no document lookups.
  kOfficialsSlot = 2,
  // Language code, "en" or "ko".
  kLangSlot = 3,
  // Hex digest of everything the index stores for the release, for incremental runs.
  kContentHashSlot = 4,
  // Path of the source file the release was read from, for deleting vanished sources.
  kSourceSlot = 5,
  // Stamp of that source file when the release was indexed, "size mtime-ns inode" in
  // decimal ("4211 1618531200123456789 5243117"), so that an incremental run can skip a
  // file it already indexed without reading it (indexer/source_stamp.h). Absent when the
  // run that read the file rejected something in it, or the file had just been modified:
  // then the next run reads it again. Every release of one file has the same stamp.
  kSourceStampSlot = 7,
  // The site a release comes from: "key\tlabel\tlabel_ko" (official_slot_entry's layout,
  // one entry), empty when the release names no site. Counted for the source facet; the
  // labels ride along like the officials'.
  kSiteSlot = 8,
  // Sort key: the date slot's value ("00000000" when unknown), then the release id. Date
  // order uses it, and relevance order for equal weights, so that no order depends on
  // docids, which differ between one database and a set of shards (and remote shards
  // cannot sort with a KeyMaker).
  kSortSlot = 6,
  // The release's title as stored, so that linking versions (index/version_links.h) reads
  // a few value streams rather than every document's data.
  kTitleSlot = 9,
  // The release's other-language versions, linked by the indexer after each run: one entry
  // per version, "id\tlang\ttitle" (translation_slot_entry), joined by '\n'; empty when none.
  kTranslationsSlot = 10,
  // The collapse key of a linked pair: the two ids in byte order joined by '\t', the same
  // in both releases; empty for a release without a linked version, which never collapses.
  kVersionPairSlot = 11,
  // The days (month and day) the release's title and opening mention, "d" then four digits
  // a day, then the opening's numbers and Latin names (index/mentioned_days.h, OpeningClues),
  // so that linking reads no bodies; stored deflated ('z' first) when that is shorter, as
  // most are. Changing what is read of the opening changes the stored data: bump
  // kSchemaVersion with it.
  kMentionedDaysSlot = 12,
};

// The document data is a line of JSON with the stored fields, then the body as it is
// (see index/stored_document.h).

// ---- Database metadata keys -------------------------------------------------------------
// UTC time (RFC 3339) of the last indexer run that changed the database.
inline constexpr std::string_view kMetaLastIndexed = "dipsearch.last_indexed";
// An id unique to the indexer commit that last wrote the database (a time in nanoseconds
// and a process id). The shards of one generation disagree only when a run was killed
// between committing one and the next; source stamps are not trusted then.
inline constexpr std::string_view kMetaCommit = "dipsearch.commit";
// The indexer's analysis key (schema and program version, entity data) at that commit;
// source stamps are not trusted either when it differs from the current one.
inline constexpr std::string_view kMetaAnalysis = "dipsearch.analysis";
// kSchemaVersion (below) of the indexer that last committed the database, in decimal, so
// that both programs can tell a database written by another version (index/schema_version.h).
inline constexpr std::string_view kMetaSchema = "dipsearch.schema";

// ---- Term builders ------------------------------------------------------------------------
inline std::string id_term(std::string_view id) { return std::string(kId) + std::string(id); }
inline std::string lang_term(std::string_view lang) { return std::string(kLang) + std::string(lang); }
// Any case in, lower case stored.
inline std::string country_term(std::string_view iso_code) {
  std::string term(kCountry);
  for (char c : iso_code) term += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return term;
}
inline std::string official_term(std::string_view key) {
  return std::string(kOfficial) + std::string(key);
}
inline std::string site_term(std::string_view key) { return std::string(kSite) + std::string(key); }

// Separators of kOfficialsSlot: between entries, and between an entry's fields.
inline constexpr char kOfficialsSeparator = '\n';
inline constexpr char kOfficialFieldSeparator = '\t';
inline std::string official_slot_entry(std::string_view key, std::string_view label,
                                       std::string_view label_ko) {
  std::string entry(key);
  entry.append(1, kOfficialFieldSeparator).append(label);
  entry.append(1, kOfficialFieldSeparator).append(label_ko);
  return entry;
}

// Separators of kTranslationsSlot: between entries, and between an entry's fields. A title
// is one line; a tab in one is written as a space.
inline constexpr char kTranslationsSeparator = '\n';
inline constexpr char kTranslationFieldSeparator = '\t';
inline std::string translation_slot_entry(std::string_view id, std::string_view lang, std::string_view title) {
  std::string entry(id);
  entry.append(1, kTranslationFieldSeparator).append(lang).append(1, kTranslationFieldSeparator);
  for (char c : title) entry += (c == kTranslationFieldSeparator || c == kTranslationsSeparator) ? ' ' : c;
  return entry;
}

// The kSortSlot value of a release with this date slot value and id, and its parts.
inline constexpr std::string_view kUnknownDateSortKey = "00000000";
inline std::string sort_key(std::string_view date_slot, std::string_view id) {
  std::string key(date_slot.empty() ? kUnknownDateSortKey : date_slot);
  return key.append(id);
}
inline std::string_view id_of_sort_key(std::string_view key) {
  return key.substr(std::min(key.size(), kUnknownDateSortKey.size()));
}
inline bool is_undated_sort_key(std::string_view key) {
  return key.substr(0, kUnknownDateSortKey.size()) == kUnknownDateSortKey;
}

// Bumped whenever analysis or the schema changes in a way that needs a reindex; it is
// part of every content hash, so an incremental run rewrites every document after a bump.
// 5: Korean formal and past verb endings; 6: no invisible-only words; 7: the site term
// (kSite) and slot (kSiteSlot); 8: linked versions (kTitleSlot, kTranslationsSlot,
// kVersionPairSlot); 9: the days an opening mentions (kMentionedDaysSlot); 10: and its
// numbers and Latin names; 11: Korean past forms before a noun (가졌던) and the short
// form of 가지다 (갖고) share their verb's stem; 12: an opening's numbers written in words
// (spelled_numbers) and its clues stored deflated.
inline constexpr int kSchemaVersion = 12;

}  // namespace dipsearch::schema
