// The health answer (see index_health.h).
#include "searchd/index_health.h"

#include <sstream>
#include <string>

#include "common/index/schema_version.h"
#include "common/schema.h"
#include "dipsearch/config.h"
#include "searchd/log.h"

namespace dipsearch::searchd {

IndexHealth index_health(const Xapian::Database& db, const ShardStatus& shards) {
  nlohmann::json problems = nlohmann::json::array();
  if (shards.failed > 0) {
    // Which shard stays in the daemon's log: clients are not told the servers' addresses.
    problems.push_back(std::to_string(shards.failed) + " of " + std::to_string(shards.total) +
                       " shards did not answer: searches and the document count miss their releases");
  }
  const SchemaVersionCheck schema = check_schema_version(db);
  if (!schema.matches()) problems.push_back(schema.problem("dipsearchd"));
  const bool ok = problems.empty();
  IndexHealth health;
  health.http_status = ok ? 200 : 503;
  health.body = {{"status", ok ? "ok" : "degraded"},
                 {"documents", db.get_doccount()},
                 {"last_indexed", db.get_metadata(std::string(schema::kMetaLastIndexed))},
                 {"schema_version", schema.database ? nlohmann::json(*schema.database) : nlohmann::json()},
                 {"shards", {{"total", shards.total}, {"failed", shards.failed}}},
                 {"problems", std::move(problems)}};
  return health;
}

std::string index_health_metrics(const IndexHealth* health) {
  std::ostringstream out;
  out << "# HELP dipsearch_index_up 1 when an index opens and answers, else 0 (no index, or none that opens).\n"
         "# TYPE dipsearch_index_up gauge\n"
         "dipsearch_index_up " << (health ? 1 : 0) << "\n"
         "# HELP dipsearch_index_degraded 1 when /api/health says degraded (a shard did not answer, or another "
         "schema version wrote the database).\n"
         "# TYPE dipsearch_index_degraded gauge\n"
         "dipsearch_index_degraded " << (health && health->http_status != 200 ? 1 : 0) << "\n";
  std::string database_schema;
  if (health) {
    const nlohmann::json& shards = health->body["shards"];
    const unsigned total = shards["total"], failed = shards["failed"];
    out << "# HELP dipsearch_index_shards Shards of the database being served, by whether they answered.\n"
           "# TYPE dipsearch_index_shards gauge\n"
           "dipsearch_index_shards{state=\"answering\"} " << total - failed << "\n"
           "dipsearch_index_shards{state=\"failed\"} " << failed << "\n";
    const nlohmann::json& recorded = health->body["schema_version"];
    if (recorded.is_number()) database_schema = std::to_string(recorded.get<int>());
  }
  out << "# HELP dipsearch_build_info The daemon's version and schema version, and the schema version the database "
         "records (empty: none).\n"
         "# TYPE dipsearch_build_info gauge\n"
         "dipsearch_build_info{version=\"" DIPSEARCH_VERSION "\",schema=\"" << schema::kSchemaVersion
      << "\",database_schema=\"" << database_schema << "\"} 1\n";
  return out.str();
}

void log_index_health(DatabaseProvider& databases) {
  try {
    const IndexHealth health = databases.with_database(
        [](Xapian::Database& db, const ShardStatus& shards) { return index_health(db, shards); });
    for (const auto& problem : health.body["problems"]) {
      log_line(LogLevel::kWarning, "the index is degraded: " + problem.get<std::string>());
    }
  } catch (const std::exception&) {
    // No index yet, or one that cannot be opened: the provider has logged why.
  } catch (const Xapian::Error&) {
  }
}

}  // namespace dipsearch::searchd
