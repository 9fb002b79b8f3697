// The checks of --check: the stub and its generation, document count against the ids,
// a spread-out sample of documents decoded and verified against their own terms, values
// and content hash, and optionally Xapian's check of every table.
#include "indexer/database_check.h"

#include <chrono>
#include <sstream>

#include <xapian.h>

#include "common/index/database_layout.h"
#include "common/index/document_builder.h"
#include "common/index/schema_version.h"
#include "common/index/shard_set.h"
#include "common/index/stored_document.h"
#include "common/schema.h"
#include "common/text/message_escape.h"
#include "indexer/exit_code.h"
#include "indexer/table_check.h"

namespace dipsearch::indexer {
namespace fs = std::filesystem;
namespace {

// More problems than this are summarized: the first ones tell what is wrong.
constexpr size_t kMaxListedProblems = 20;

class Checker {
 public:
  Checker(const fs::path& stub, const CheckOptions& options) : options_(options) { result_.database = stub.string(); }

  CheckResult run(const fs::path& stub);

 private:
  void problem(std::string text) {
    if (result_.problems.size() < kMaxListedProblems) {
      result_.problems.push_back(std::move(text));
    } else {
      ++unlisted_;
    }
  }
  void check_schema(const Xapian::Database& db);
  void check_ids(const Xapian::Database& db);
  void check_sample(const Xapian::Database& db);
  void check_document(const Xapian::Database& db, Xapian::docid did);
  void check_structure(const fs::path& generation);

  CheckOptions options_;
  CheckResult result_;
  size_t unlisted_ = 0;
  size_t shards_ = 1;
};

CheckResult Checker::run(const fs::path& stub) {
  const auto started = std::chrono::steady_clock::now();
  const DatabaseLayout layout(stub);
  try {
    const auto generation = layout.current_generation();
    if (!generation) {
      problem("no database at " + stub.string() + ": run dipsearch-index first");
    } else if (!fs::is_directory(*generation)) {
      problem("the stub names " + generation->string() + ", which does not exist");
    } else {
      result_.generation = generation->string();
      result_.stale_generations = layout.stale_generations();
      // The generation itself, not the stub: a swap during the check must not mix two.
      // A sharded generation opens as one database through its own stub.
      shards_ = shard_count(*generation);
      const Xapian::Database db(generation->string());
      result_.checks.push_back("the stub names a generation that opens");
      result_.documents = db.get_doccount();
      result_.last_indexed = db.get_metadata(std::string(schema::kMetaLastIndexed));
      if (result_.documents > 0 && result_.last_indexed.empty()) problem("no last-indexed time is recorded");
      check_schema(db);
      check_ids(db);
      check_sample(db);
    }
  } catch (const Xapian::Error& e) {
    problem("cannot read the database: " + e.get_description());
  } catch (const std::exception& e) {
    problem(e.what());
  }
  // Also when reading failed: it tells which table is damaged, and how.
  if (options_.full && !result_.generation.empty()) check_structure(result_.generation);
  if (unlisted_ > 0) result_.problems.push_back("and " + std::to_string(unlisted_) + " more problems");
  result_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return std::move(result_);
}

// A database another version wrote stores what that version computed: its documents are
// not compared with this version's content hash (they would all look damaged).
void Checker::check_schema(const Xapian::Database& db) {
  const SchemaVersionCheck schema = check_schema_version(db);
  result_.schema_version = schema.database;
  result_.schema_matches = schema.matches();
  result_.checks.push_back("schema version");
  if (!schema.matches()) problem(schema.problem("dipsearch-index"));
}

// Every document has exactly one id, and every id one document.
void Checker::check_ids(const Xapian::Database& db) {
  const std::string prefix(schema::kId);
  size_t ids = 0;
  for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
    ++ids;
    if (t.get_termfreq() != 1) {
      problem("id '" + (*t).substr(prefix.size()) + "' is held by " + std::to_string(t.get_termfreq()) + " documents");
    }
  }
  if (ids != result_.documents) {
    problem(std::to_string(result_.documents) + " documents but " + std::to_string(ids) + " ids");
  }
  result_.checks.push_back("one id per document");
}

// Documents spread evenly over the database, so damage anywhere has a chance to show.
void Checker::check_sample(const Xapian::Database& db) {
  const size_t total = result_.documents;
  const size_t wanted = options_.sample == 0 ? total : std::min(options_.sample, total);
  if (wanted == 0) return;
  const size_t step = total / wanted;
  size_t index = 0;
  for (auto it = db.postlist_begin(""); it != db.postlist_end("") && result_.sampled < wanted; ++it, ++index) {
    if (index % step != 0) continue;
    check_document(db, *it);
    ++result_.sampled;
  }
  result_.checks.push_back(std::to_string(result_.sampled) + " sampled documents " +
                           (result_.schema_matches ? "readable and matching their content hash" : "readable"));
}

void Checker::check_document(const Xapian::Database& db, Xapian::docid did) {
  const std::string where = "document " + std::to_string(did);
  try {
    const Xapian::Document doc = db.get_document(did);
    const StoredDocument stored = decode_stored(doc.get_data());
    const std::string named = where + " ('" + stored.id + "')";
    const std::string id_term = schema::id_term(stored.id);
    auto p = db.postlist_begin(id_term);
    if (stored.id.empty() || p == db.postlist_end(id_term) || *p != did) {
      problem(named + ": its id does not lead back to it");
    }
    // Xapian numbers the documents of N shards alternately: docid d lives in shard (d-1) % N.
    if (shards_ > 1 && shard_of(stored.id, shards_) != (did - 1) % shards_) {
      problem(named + ": stored in shard " + std::to_string((did - 1) % shards_) + ", but its id belongs in shard " +
              std::to_string(shard_of(stored.id, shards_)));
    }
    if (doc.get_value(schema::kDateSlot) != date_slot_value(stored.date)) problem(named + ": date value differs from its data");
    if (doc.get_value(schema::kLangSlot) != stored.lang) problem(named + ": language value differs from its data");
    if (doc.get_value(schema::kSourceSlot).empty()) problem(named + ": no source path");
    if (result_.schema_matches && doc.get_value(schema::kContentHashSlot) != content_digest(stored)) {
      problem(named + ": stored data does not match its content hash (damaged, or indexed by another "
                      "version: an incremental run rewrites it)");
    }
  } catch (const Xapian::Error& e) {
    problem(where + ": unreadable: " + e.get_description());
  } catch (const std::exception& e) {
    problem(where + ": unreadable: " + e.what());
  }
}

void Checker::check_structure(const fs::path& generation) {
  std::ostringstream details;
  bool failed = false, on_copy = false;
  for (const fs::path& shard : shard_paths(generation, shards_)) {
    const std::string which = shards_ > 1 ? " of " + shard.filename().string() : std::string();
    try {
      const TableCheck check = check_tables(shard, details);
      on_copy = on_copy || check.on_copy;
      if (check.errors == 0) continue;
      problem("Xapian's table check" + which + " found " + std::to_string(check.errors) + " errors");
    } catch (const Xapian::Error& e) {
      problem("Xapian's table check" + which + " failed: " + e.get_description());
    } catch (const std::exception& e) {
      problem("Xapian's table check" + which + " failed: " + e.what());
    }
    failed = true;
  }
  result_.checks.push_back(on_copy ? "Xapian's structure check of every table (on a private copy: this user may "
                                     "only read the database)"
                                   : "Xapian's structure check of every table");
  if (!failed) return;
  std::istringstream lines(details.str());
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty()) problem("  " + line);
  }
}

}  // namespace

int CheckResult::exit_code() const {
  if (sound()) return kExitOk;
  return schema_matches ? kExitFatal : kExitSchema;
}

std::string CheckResult::line() const {
  std::string checked;
  for (const auto& check : checks) checked += (checked.empty() ? "" : ", ") + check;
  if (checked.empty()) checked = "nothing could be checked";
  if (!sound()) return "problems found in " + text::escape_path(database) + "; checked: " + checked;
  std::string out = "ok: " + std::to_string(documents) + " documents in " + text::escape_path(generation);
  if (!last_indexed.empty()) out += ", last indexed " + last_indexed;
  return out + "; checked: " + checked;
}

nlohmann::json CheckResult::to_json() const {
  nlohmann::json stale = nlohmann::json::array();
  for (const auto& g : stale_generations) stale.push_back(text::escape_path(g.string()));
  nlohmann::json problem_list = nlohmann::json::array();
  for (const auto& p : problems) problem_list.push_back(text::escape_message(p));
  return {{"database", text::escape_path(database)},
          {"status", sound() ? "ok" : schema_matches ? "problems" : "schema_mismatch"},
          {"exit_code", exit_code()},
          {"generation", text::escape_path(generation)},
          {"documents", documents},
          {"last_indexed", last_indexed},
          {"sampled", sampled},
          {"schema_version", schema_version ? nlohmann::json(*schema_version) : nlohmann::json()},
          {"checks", checks},
          {"stale_generations", std::move(stale)},
          {"problems", std::move(problem_list)},
          {"seconds", seconds}};
}

CheckResult check_database(const fs::path& stub, const CheckOptions& options) {
  return Checker(stub, options).run(stub);
}

}  // namespace dipsearch::indexer
