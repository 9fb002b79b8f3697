// Saved pages, sidecars and the state file of one source (see release_store.h).
#include "fetcher/release_store.h"

#include <fstream>
#include <sstream>
#include <vector>

#include "common/program/atomic_file.h"
#include "common/release/release_id.h"
#include "fetcher/sidecar_writer.h"

namespace dipsearch::fetcher {
namespace fs = std::filesystem;
namespace {

constexpr const char* kStateHeader = "id\turl\tfetched\tetag\tlast_modified\tlisted";
constexpr size_t kMaxFieldBytes = 1024;
constexpr size_t kBucketDigits = 3;  // a thousand ids a bucket

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::istringstream in(line);
  std::string field;
  while (std::getline(in, field, '\t')) fields.push_back(field);
  if (!line.empty() && line.back() == '\t') fields.emplace_back();
  return fields;
}

bool read_whole(const fs::path& file, std::string& out) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  out = bytes.str();
  return true;
}

}  // namespace

std::string clean_state_field(std::string_view value) {
  std::string out;
  for (char c : value.substr(0, kMaxFieldBytes)) {
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) out += c;
  }
  return out;
}

ReleaseStore::ReleaseStore(const fs::path& dir, const SourceConfig& source)
    : dir_(dir / source.name), state_file_(dir_ / kStateFileName), id_prefix_(source.id_prefix), lang_(source.lang) {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  if (ec) throw std::runtime_error("cannot make " + dir_.string() + ": " + ec.message());
  load_state();
}

void ReleaseStore::load_state() {
  std::string text;
  if (!fs::exists(state_file_)) return;
  if (!read_whole(state_file_, text)) throw StateError("cannot read " + state_file_.string());
  std::istringstream lines(text);
  std::string line;
  size_t number = 0;
  const auto fail = [&](const std::string& why) {
    throw StateError(state_file_.string() + ":" + std::to_string(number) + ": " + why +
                     " (repair or delete the file; without it the next run fetches every listed release again)");
  };
  while (std::getline(lines, line)) {
    ++number;
    if (number == 1) {
      if (line != kStateHeader) fail("not a dipsearch-fetch state file (header is not '" + std::string(kStateHeader) + "')");
      continue;
    }
    if (line.empty()) continue;
    const std::vector<std::string> f = split_tabs(line);
    if (f.size() != 6) fail("expected 6 tab-separated fields, found " + std::to_string(f.size()));
    if (!is_valid_release_id(id_prefix_ + f[0])) fail("'" + f[0].substr(0, 80) + "' is not a release id");
    known_[f[0]] = KnownRelease{f[1], f[2], f[3], f[4], f[5]};
  }
}

const KnownRelease* ReleaseStore::find(const std::string& id) const {
  const auto it = known_.find(id);
  return it == known_.end() ? nullptr : &it->second;
}

std::string ReleaseStore::bucket_of(const std::string& id) const {
  if (id.find_first_not_of("0123456789") != std::string::npos) return "other";
  return id.size() > kBucketDigits ? id.substr(0, id.size() - kBucketDigits) : "0";
}

fs::path ReleaseStore::file_of(const std::string& id) const {
  return dir_ / bucket_of(id) / (id_prefix_ + id + ".html");
}

SaveOutcome ReleaseStore::save(const std::string& id, std::string_view html, KnownRelease release) {
  const fs::path file = file_of(id);
  std::string saved;
  const bool had_copy = read_whole(file, saved);
  SaveOutcome outcome = SaveOutcome::kUnchanged;
  if (!had_copy || saved != html) {
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    if (ec) throw std::runtime_error("cannot make " + file.parent_path().string() + ": " + ec.message());
    write_file_atomically(file, html, "release");
    outcome = had_copy ? SaveOutcome::kUpdated : SaveOutcome::kNew;
  }
  const KnownRelease* before = find(id);
  if (before == nullptr || before->url != release.url) dirty_buckets_.insert(bucket_of(id));
  confirm(id, std::move(release));
  return outcome;
}

void ReleaseStore::confirm(const std::string& id, KnownRelease release) {
  release.etag = clean_state_field(release.etag);
  release.last_modified = clean_state_field(release.last_modified);
  known_[id] = std::move(release);
  state_dirty_ = true;
}

void ReleaseStore::commit() {
  for (const std::string& bucket : dirty_buckets_) {
    std::vector<SidecarLine> lines;
    for (const auto& [id, release] : known_) {
      if (bucket_of(id) == bucket && fs::exists(file_of(id))) lines.push_back({id_prefix_ + id, release.url, lang_});
    }
    write_sidecar(dir_ / bucket, lines);
  }
  dirty_buckets_.clear();
  if (!state_dirty_) return;
  std::string text = std::string(kStateHeader) + "\n";
  for (const auto& [id, r] : known_) {
    text += id + "\t" + clean_state_field(r.url) + "\t" + r.fetched + "\t" + r.etag + "\t" + r.last_modified + "\t" +
            r.listed + "\n";
  }
  write_file_atomically(state_file_, text, "fetch state");
  state_dirty_ = false;
}

}  // namespace dipsearch::fetcher
