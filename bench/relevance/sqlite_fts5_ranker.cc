// SQLite FTS5 with the trigram tokenizer over the corpus, in memory.
#include "bench/relevance/sqlite_fts5_ranker.h"

#include <sqlite3.h>
#include <unicode/utf8.h>

#include <set>
#include <stdexcept>

#include "bench/relevance/baseline_query.h"
#include "common/index/document_builder.h"

namespace dipsearch::relevance {
namespace {

constexpr int32_t kTrigram = 3;

int32_t code_points(const std::string& s) {
  int32_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// "…" with its double quotes doubled: an FTS5 string, matched as a substring.
std::string fts5_string(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    out += c;
    if (c == '"') out += '"';
  }
  return out + "\"";
}

// The query's strings: quoted stretches whole, the rest split at spaces.
std::vector<std::string> query_strings(const std::string& text) {
  std::vector<std::string> out;
  bool quoted = false;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) out.push_back(current);
    current.clear();
  };
  for (char c : text) {
    if (c == '"') {
      flush();
      quoted = !quoted;
    } else if (c == ' ' && !quoted) {
      flush();
    } else {
      current += c;
    }
  }
  flush();
  return out;
}

class Statement {
 public:
  Statement(sqlite3* db, const std::string& sql) {
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt_, nullptr) != SQLITE_OK) {
      throw std::runtime_error(std::string("sqlite: ") + sqlite3_errmsg(db) + " in: " + sql);
    }
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  void bind(int i, const std::string& v) { sqlite3_bind_text(stmt_, i, v.c_str(), -1, SQLITE_TRANSIENT); }
  bool step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw std::runtime_error(std::string("sqlite: ") + sqlite3_errmsg(sqlite3_db_handle(stmt_)));
  }
  std::string text(int column) const {
    const unsigned char* t = sqlite3_column_text(stmt_, column);
    return t ? reinterpret_cast<const char*>(t) : "";
  }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

class SqliteFts5Ranker : public Ranker {
 public:
  explicit SqliteFts5Ranker(const std::vector<Release>& corpus) {
    if (sqlite3_open(":memory:", &db_) != SQLITE_OK) throw std::runtime_error("sqlite: cannot open a database");
    exec("CREATE VIRTUAL TABLE docs USING fts5(title, body, id UNINDEXED, date UNINDEXED, tokenize='trigram')");
    exec("BEGIN");
    for (const auto& r : corpus) {
      Statement row(db_, "INSERT INTO docs(title, body, id, date) VALUES (?, ?, ?, ?)");
      row.bind(1, r.title);
      row.bind(2, r.body);
      row.bind(3, r.id);
      row.bind(4, date_slot_value(r.date));
      row.step();
    }
    exec("COMMIT");
  }
  ~SqliteFts5Ranker() override { sqlite3_close(db_); }

  std::string name() const override { return "sqlite-fts5-trigram"; }

  std::vector<std::string> rank(const std::string& typed, size_t depth) override {
    const BaselineQuery split = split_date_filter(typed);
    std::vector<std::string> long_strings, short_strings;
    for (const auto& s : query_strings(split.text)) (code_points(s) >= kTrigram ? long_strings : short_strings).push_back(s);
    std::vector<std::string> ids;
    std::set<std::string> listed;
    if (long_strings.empty() && short_strings.empty()) return ids;
    append(all_words_sql(!long_strings.empty(), short_strings.size(), split), join(long_strings, " AND "),
           short_strings, split, depth, ids, listed);
    if (long_strings.size() + short_strings.size() > 1 && !long_strings.empty()) {
      append(some_words_sql(split), join(long_strings, " OR "), {}, split, depth, ids, listed);
    }
    return ids;
  }

 private:
  void exec(const std::string& sql) {
    char* error = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
      const std::string message = error ? error : "unknown error";
      sqlite3_free(error);
      throw std::runtime_error("sqlite: " + message + " in: " + sql);
    }
  }

  static std::string join(const std::vector<std::string>& strings, const std::string& op) {
    std::string out;
    for (const auto& s : strings) out += (out.empty() ? "" : op) + fts5_string(s);
    return out;
  }

  static std::string date_sql(const BaselineQuery& q) {
    std::string sql;
    if (!q.from.empty()) sql += " AND date >= ?";
    if (!q.to.empty()) sql += " AND date <= ?";
    return sql;
  }

  // Parameters: the MATCH expression (when there is one), one per short word, the dates.
  static std::string all_words_sql(bool match, size_t short_words, const BaselineQuery& q) {
    std::string sql = "SELECT id FROM docs WHERE 1";
    if (match) sql += " AND docs MATCH ?";
    for (size_t i = 0; i < short_words; ++i) sql += " AND instr(lower(title || ' ' || body), lower(?)) > 0";
    sql += date_sql(q);
    sql += match ? " ORDER BY bm25(docs, 3.0, 1.0), id" : " ORDER BY date DESC, id";
    return sql;
  }

  static std::string some_words_sql(const BaselineQuery& q) {
    return "SELECT id FROM docs WHERE docs MATCH ?" + date_sql(q) + " ORDER BY bm25(docs, 3.0, 1.0), id";
  }

  // Lists the ids the statement answers, after those already listed, up to `depth`.
  void append(const std::string& sql, const std::string& match, const std::vector<std::string>& short_strings,
              const BaselineQuery& q, size_t depth, std::vector<std::string>& ids, std::set<std::string>& listed) {
    Statement stmt(db_, sql);
    int param = 1;
    if (!match.empty()) stmt.bind(param++, match);
    for (const auto& s : short_strings) stmt.bind(param++, s);
    if (!q.from.empty()) stmt.bind(param++, q.from);
    if (!q.to.empty()) stmt.bind(param++, q.to);
    while (ids.size() < depth && stmt.step()) {
      std::string id = stmt.text(0);
      if (listed.insert(id).second) ids.push_back(std::move(id));
    }
  }

  sqlite3* db_ = nullptr;
};

}  // namespace

std::unique_ptr<Ranker> make_sqlite_fts5_ranker(const std::vector<Release>& corpus) {
  return std::make_unique<SqliteFts5Ranker>(corpus);
}

}  // namespace dipsearch::relevance
