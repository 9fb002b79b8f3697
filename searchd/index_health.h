// What GET /api/health says about the index: "ok" only when every shard answered and the
// database records this program's schema version; otherwise "degraded" (503) with the
// problems in words, so that a monitor polling the status code sees it.
#pragma once

#include <string>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "searchd/database_provider.h"
#include "searchd/shard_opener.h"

namespace dipsearch::searchd {

struct IndexHealth {
  int http_status = 200;  // 200 ok, 503 degraded
  nlohmann::json body;
};

IndexHealth index_health(const Xapian::Database& db, const ShardStatus& shards);

// Prometheus gauges for alerts: dipsearch_index_up (an index opens), dipsearch_index_degraded,
// dipsearch_index_shards by state, dipsearch_build_info (version and schema versions).
// `health` is null when no index opens.
std::string index_health_metrics(const IndexHealth* health);

// At start-up: logs each problem health would report (a database another version wrote,
// shards down), so that the journal says it before any monitor asks. Silent without an index.
void log_index_health(DatabaseProvider& databases);

}  // namespace dipsearch::searchd
