// Dispatch on the extension, shared checks on the bytes, and the finishing touches every
// release gets (id, source, language, title) whatever its format.
#include "common/release/source_reader.h"

#include "common/release/file_bytes.h"
#include "common/release/html_reader.h"
#include "common/release/json_reader.h"
#include "common/release/language_detect.h"
#include "common/release/page_text_parser.h"
#include "common/release/release_id.h"
#include "common/release/text_lines.h"
#include "common/release/title_fallback.h"
#include "common/release/utf8_check.h"

namespace dipsearch {
namespace {

Rejection make_rejection(const std::string& source, std::string reason) {
  Rejection rejection;
  rejection.path = source;
  rejection.reason = release::sanitize_utf8(reason);
  return rejection;
}

bool only_white_space(std::string_view bytes) {
  return !release::has_visible_text(release::strip_bom(bytes));
}

std::string invalid_utf8_reason(size_t offset) {
  return "not valid UTF-8: first bad byte sequence at byte offset " + std::to_string(offset);
}

// Text files must be UTF-8 and hold no NUL byte (a UTF-16 file without a BOM would otherwise
// pass as UTF-8 made of ASCII and NULs).
std::optional<std::string> check_text(std::string_view bytes) {
  if (const auto bad = release::find_invalid_utf8(bytes)) return invalid_utf8_reason(*bad);
  if (const size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
    return "not a text file: NUL byte at byte offset " + std::to_string(nul);
  }
  return std::nullopt;
}

// Id, source, language and title for a release read from a page.
void finish_page_release(Release& release, const std::string& id, const std::string& source) {
  release.id = id;
  release.source = source;
  if (release.title.empty()) release.title = title_from_body(release.body);
  if (release.lang.empty()) release.lang = detect_language(release.title + "\n" + release.body);
}

}  // namespace

SourceFormat source_format(const std::filesystem::path& path) {
  const std::string extension = release::ascii_lower(path.extension().string());
  if (extension == ".txt") return SourceFormat::kPageText;
  if (extension == ".html" || extension == ".htm") return SourceFormat::kHtml;
  if (extension == ".json") return SourceFormat::kJson;
  if (extension == ".jsonl" || extension == ".ndjson") return SourceFormat::kJsonLines;
  return SourceFormat::kUnknown;
}

bool is_release_file(const std::filesystem::path& path) {
  return source_format(path) != SourceFormat::kUnknown;
}

FileResult read_source_file(const std::filesystem::path& path) {
  FileResult result;
  const std::string source = path.string();
  const SourceFormat format = source_format(path);
  if (format == SourceFormat::kUnknown) {
    result.rejections.push_back(make_rejection(source,
        "unsupported file type " + release::quote_for_message(path.extension().string()) +
        " (expected .txt, .html, .htm, .json, .jsonl or .ndjson)"));
    return result;
  }
  // Pages take their id from the file name: check it before reading anything.
  const std::string file_id = id_from_file_name(path);
  if ((format == SourceFormat::kPageText || format == SourceFormat::kHtml) && !is_valid_release_id(file_id)) {
    result.rejections.push_back(make_rejection(source,
        "file name " + release::quote_for_message(path.filename().string()) + " does not give a valid document id " +
        release::quote_for_message(file_id) + " (" + std::string(kReleaseIdRule) + ")"));
    return result;
  }

  release::FileBytes file = release::load_file_bytes(path, kMaxSourceFileBytes);
  if (!file.error.empty()) {
    result.rejections.push_back(make_rejection(source, file.error));
    return result;
  }
  const std::string_view bytes = file.bytes;
  if (bytes.empty()) {
    result.rejections.push_back(make_rejection(source, "empty file"));
    return result;
  }

  std::string error;
  std::vector<std::string> warnings;
  switch (format) {
    case SourceFormat::kPageText: {
      if (auto reason = check_text(bytes)) {
        result.rejections.push_back(make_rejection(source, *reason));
      } else if (only_white_space(bytes)) {
        result.rejections.push_back(make_rejection(source, "empty file (only white space)"));
      } else if (auto release = parse_page_text(bytes, &error, &warnings)) {
        finish_page_release(*release, file_id, source);
        result.releases.push_back(std::move(*release));
      } else {
        result.rejections.push_back(make_rejection(source, error));
      }
      break;
    }
    case SourceFormat::kHtml: {
      // The HTML reader checks the encoding itself: a page may declare a legacy charset.
      if (auto release = parse_html_release(bytes, &error, &warnings)) {
        finish_page_release(*release, file_id, source);
        result.releases.push_back(std::move(*release));
      } else {
        result.rejections.push_back(make_rejection(source, error));
      }
      break;
    }
    case SourceFormat::kJson: {
      if (auto reason = check_text(bytes)) {
        result.rejections.push_back(make_rejection(source, *reason));
      } else if (only_white_space(bytes)) {
        result.rejections.push_back(make_rejection(source, "empty file (only white space)"));
      } else {
        result = read_json_text(bytes, source, file_id);
      }
      break;
    }
    case SourceFormat::kJsonLines:
      // UTF-8 is checked line by line there: one bad line must not cost the others.
      result = read_jsonl_text(bytes, source);
      break;
    case SourceFormat::kUnknown:
      break;
  }
  for (std::string& message : warnings) {
    result.warnings.push_back({source, 0, release::sanitize_utf8(message)});
  }
  return result;
}

}  // namespace dipsearch
