// The recorded schema version and the messages about it (see schema_version.h).
#include "common/index/schema_version.h"

#include <charconv>

#include "common/schema.h"

namespace dipsearch {

std::optional<int> parse_schema_version(const std::string& text) {
  int n = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || n <= 0) return std::nullopt;
  return n;
}

SchemaVersionCheck check_schema_version(const Xapian::Database& db) {
  return {parse_schema_version(db.get_metadata(std::string(schema::kMetaSchema))), schema::kSchemaVersion};
}

std::string SchemaVersionCheck::database_text() const {
  return database ? "schema version " + std::to_string(*database) : std::string("no schema version");
}

std::string SchemaVersionCheck::problem(const std::string& program_name) const {
  if (matches()) return {};
  const std::string theirs = "the database records " + database_text() + ", but this " + program_name +
                             " has schema version " + std::to_string(program);
  if (database_is_newer()) {
    return theirs + ": it was written by a newer dipsearch. Upgrade " + program_name +
           " to the version of the dipsearch-index that wrote it, or rebuild the database with this version "
           "(dipsearch-index --rebuild SOURCE...)";
  }
  return theirs + ": it was written by an older dipsearch. Run this version's dipsearch-index on it once (an "
                  "incremental run rewrites every release and records the new version), or --rebuild it";
}

}  // namespace dipsearch
