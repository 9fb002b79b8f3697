// Loading and checking source files (see source_config.h).
#include "fetcher/source_config.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "common/release/release_id.h"
#include "fetcher/pattern.h"

namespace dipsearch::fetcher {
namespace fs = std::filesystem;
using nlohmann::json;
namespace {

constexpr std::uintmax_t kMaxSourceFileBytes = 1 << 20;

class Checker {
 public:
  Checker(const fs::path& file, const json& object) : file_(file), object_(object) {}

  [[noreturn]] void fail(const std::string& field, const std::string& why) const {
    throw SourceConfigError(file_.string() + ": " + (field.empty() ? "" : "\"" + field + "\" ") + why);
  }

  std::string text(const std::string& field, bool required) {
    seen_.insert(field);
    const auto it = object_.find(field);
    if (it == object_.end()) {
      if (required) fail(field, "is missing");
      return {};
    }
    if (!it->is_string()) fail(field, "must be a string");
    return it->get<std::string>();
  }

  // A URL template: http(s), the placeholder present once.
  std::string url_template(const std::string& field, const std::string& placeholder, bool required) {
    std::string value = text(field, required);
    if (value.empty() && !required) return value;
    if (value.rfind("https://", 0) != 0 && value.rfind("http://", 0) != 0) fail(field, "must be an http(s) URL");
    const size_t at = value.find(placeholder);
    if (at == std::string::npos || value.find(placeholder, at + 1) != std::string::npos) {
      fail(field, "must contain " + placeholder + " exactly once");
    }
    if (std::any_of(value.begin(), value.end(), [](unsigned char c) { return c <= ' ' || c == 0x7f; })) {
      fail(field, "must not contain spaces or control characters");
    }
    return value;
  }

  std::string pattern(const std::string& field, size_t min_groups, bool required) {
    std::string value = text(field, required);
    if (value.empty()) {
      if (required) fail(field, "is empty");
      return value;
    }
    try {
      const Pattern compiled(value);
      if (compiled.groups() < min_groups) {
        fail(field, "needs " + std::to_string(min_groups) + " capturing group" + (min_groups > 1 ? "s" : "") +
                        " (parentheses), has " + std::to_string(compiled.groups()));
      }
    } catch (const PatternError& e) {
      fail(field, std::string("is not a regular expression: ") + e.what());
    }
    return value;
  }

  template <typename Number>
  void number(const json& object, const std::string& prefix, const std::string& field, double lo, double hi,
              Number& out) {
    if (prefix.empty()) seen_.insert(field);
    const auto it = object.find(field);
    if (it == object.end()) return;
    const std::string name = prefix + field;
    if (!it->is_number()) fail(name, "must be a number");
    const double value = it->get<double>();
    if (!std::isfinite(value) || value < lo || value > hi) {
      std::ostringstream range;
      range << "must be from " << lo << " to " << hi;
      fail(name, range.str());
    }
    if constexpr (std::is_integral_v<Number>) {
      if (value != std::floor(value)) fail(name, "must be a whole number");
    }
    out = static_cast<Number>(value);
  }

  void politeness(Politeness& p) {
    seen_.insert("politeness");
    const auto it = object_.find("politeness");
    if (it == object_.end()) return;
    if (!it->is_object()) fail("politeness", "must be an object");
    static const std::set<std::string> kKnown = {"delay_seconds", "timeout_seconds", "connect_timeout_seconds",
                                                 "retries", "retry_backoff_seconds", "max_bytes", "max_pages",
                                                 "max_redirects"};
    for (const auto& [key, value] : it->items()) {
      if (!kKnown.count(key)) fail("politeness." + key, "is not a known setting");
    }
    number(*it, "politeness.", "delay_seconds", 0, 3600, p.delay_seconds);
    number(*it, "politeness.", "timeout_seconds", 0.1, 600, p.timeout_seconds);
    number(*it, "politeness.", "connect_timeout_seconds", 0.1, 600, p.connect_timeout_seconds);
    number(*it, "politeness.", "retries", 0, 10, p.retries);
    number(*it, "politeness.", "retry_backoff_seconds", 0, 600, p.retry_backoff_seconds);
    number(*it, "politeness.", "max_bytes", 1024, 64.0 * 1024 * 1024, p.max_bytes);
    number(*it, "politeness.", "max_pages", 1, 100000, p.max_pages);
    number(*it, "politeness.", "max_redirects", 0, 20, p.max_redirects);
  }

  void no_unknown_fields() const {
    for (const auto& [key, value] : object_.items()) {
      if (!seen_.count(key)) fail(key, "is not a known field");
    }
  }

  const json& object() const { return object_; }

 private:
  const fs::path& file_;
  const json& object_;
  std::set<std::string> seen_;
};

std::string fill(std::string text, const std::string& placeholder, const std::string& value) {
  return text.replace(text.find(placeholder), placeholder.size(), value);
}

}  // namespace

SourceConfig load_source_config(const fs::path& file) {
  std::error_code ec;
  const auto size = fs::file_size(file, ec);
  if (ec) throw SourceConfigError(file.string() + ": cannot read: " + ec.message());
  if (size > kMaxSourceFileBytes) throw SourceConfigError(file.string() + ": larger than 1 MiB");
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) throw SourceConfigError(file.string() + ": cannot read");
  json object;
  try {
    object = json::parse(bytes.str());
  } catch (const json::parse_error& e) {
    throw SourceConfigError(file.string() + ": not JSON: " + e.what());
  }
  Checker check(file, object);
  if (!object.is_object()) check.fail("", "must hold a JSON object");

  SourceConfig source;
  source.file = file;
  source.name = file.stem().string();
  if (!is_valid_release_id(source.name) || source.name.front() == '.') {
    check.fail("", "is not a usable source name (the file name without .json must match [A-Za-z0-9._-])");
  }
  source.description = check.text("description", false);
  source.lang = check.text("lang", true);
  if (source.lang != "en" && source.lang != "ko") check.fail("lang", "must be \"en\" or \"ko\"");
  source.list_url = check.url_template("list_url", "{page}", true);
  check.number(object, "", "first_page", 0, 1000000, source.first_page);
  source.release_link = check.pattern("release_link", 1, true);
  source.release_url = check.url_template("release_url", "{id}", true);
  source.id_prefix = check.text("id_prefix", true);
  if (!source.id_prefix.empty() && !is_valid_release_id(source.id_prefix)) {
    check.fail("id_prefix", "may hold only A-Z, a-z, 0-9, '.', '_' and '-'");
  }
  source.list_date = check.pattern("list_date", 3, false);
  check.politeness(source.politeness);
  check.no_unknown_fields();
  return source;
}

std::vector<SourceConfig> load_source_configs(const fs::path& dir_or_file) {
  std::error_code ec;
  if (fs::is_regular_file(dir_or_file, ec)) return {load_source_config(dir_or_file)};
  if (!fs::is_directory(dir_or_file, ec)) {
    throw SourceConfigError(dir_or_file.string() + ": no such directory of source files");
  }
  std::vector<fs::path> files;
  for (fs::directory_iterator it(dir_or_file, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".json" && it->is_regular_file()) files.push_back(it->path());
  }
  if (ec) throw SourceConfigError(dir_or_file.string() + ": cannot read: " + ec.message());
  std::sort(files.begin(), files.end());
  std::vector<SourceConfig> sources;
  for (const auto& file : files) sources.push_back(load_source_config(file));
  if (sources.empty()) throw SourceConfigError(dir_or_file.string() + ": no source files (*.json)");
  return sources;
}

std::string list_page_url(const SourceConfig& source, int page) {
  return fill(source.list_url, "{page}", std::to_string(page));
}

std::string release_page_url(const SourceConfig& source, const std::string& id) {
  return fill(source.release_url, "{id}", id);
}

}  // namespace dipsearch::fetcher
