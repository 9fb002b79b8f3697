// Title terms in two languages and the days a body mentions (see version_links_clues.h).
#include "common/index/version_links_clues.h"

#include <map>
#include <string>

#include "common/entities/data_error.h"
#include "common/release/text_lines.h"
#include "common/text/normalize.h"
#include "common/text/tab_separated.h"

namespace dipsearch {
namespace {

using release::ascii_lower;

std::string without_spaces(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c != ' ') out += c;
  }
  return out;
}

}  // namespace

std::filesystem::path title_terms_file(const std::filesystem::path& data_dir) {
  return data_dir / "links" / "title_terms.tsv";
}

TitleTermTable TitleTermTable::load(const std::filesystem::path& data_dir) {
  using entities::DataError;
  TitleTermTable table;
  std::map<std::string, std::pair<int, Kind>> keys;  // key -> (id, kind)
  text::read_tab_separated<DataError>(title_terms_file(data_dir), "title term table",
                                      [&](const std::vector<std::string>& fields, const std::string& where) {
    if (fields.size() != 4) {
      throw DataError(where + ": expected kind<TAB>key<TAB>English<TAB>Korean, found " +
                      std::to_string(fields.size()) + " field(s)");
    }
    const std::string& kind_name = fields[0];
    if (kind_name != "series" && kind_name != "occasion" && kind_name != "term" && kind_name != "other") {
      throw DataError(where + ": unknown kind \"" + kind_name + "\" (write series, occasion, term or other)");
    }
    for (size_t i = 1; i < 4; ++i) {
      if (fields[i].empty()) throw DataError(where + ": empty field " + std::to_string(i + 1));
    }
    const std::string& en = fields[2];
    const std::string& ko = fields[3];
    if (ascii_lower(en) != en) throw DataError(where + ": the English term must be written in lower case");
    if (!text::has_hangul(ko)) throw DataError(where + ": the Korean term has no Hangul");
    if (ko.find(' ') != std::string::npos) {
      throw DataError(where + ": the Korean term must be written without spaces (titles are matched without them)");
    }
    const Kind kind = kind_name == "series"     ? Kind::kSeries
                      : kind_name == "occasion" ? Kind::kOccasion
                      : kind_name == "other"    ? Kind::kOther
                                                : Kind::kTerm;
    const auto [it, fresh] = keys.emplace(fields[1], std::pair{static_cast<int>(keys.size()) + 1, kind});
    if (!fresh && it->second.second != kind) {
      throw DataError(where + ": key \"" + fields[1] + "\" was given another kind on an earlier line");
    }
    table.terms_.push_back({en, ko, it->second.first, kind});
  });
  return table;
}

TitleTerms TitleTermTable::of(std::string_view title, bool latin) const {
  TitleTerms out;
  std::string haystack = latin ? ascii_lower(title) : without_spaces(title);
  // Longer words that hold a term's letters and mean something else (통화스와프 holds 통화,
  // a phone call) are blanked first: their letters name no term.
  for (const Term& term : terms_) {
    if (term.kind != Kind::kOther) continue;
    const std::string& word = latin ? term.en : term.ko;
    for (size_t at = haystack.find(word); at != std::string::npos; at = haystack.find(word, at + 1)) {
      haystack.replace(at, word.size(), "|");
    }
  }
  for (const Term& term : terms_) {
    if (term.kind == Kind::kOther || haystack.find(latin ? term.en : term.ko) == std::string::npos) continue;
    if (term.kind == Kind::kOccasion) {
      out.occasions.insert(term.id);
      continue;
    }
    out.terms.insert(term.id);
    if (term.kind == Kind::kSeries) out.events.insert(term.id);
  }
  return out;
}

}  // namespace dipsearch
