// The schema version a database records (metadata dipsearch.schema), compared with the one
// this program was built with: what both programs say when a database was written by
// another version of dipsearch, and what the admin should do about it.
#pragma once

#include <optional>
#include <string>

#include <xapian.h>

namespace dipsearch {

struct SchemaVersionCheck {
  // The database's version; nullopt when it records none (written before versions were
  // recorded, or not by dipsearch-index).
  std::optional<int> database;
  int program = 0;  // schema::kSchemaVersion

  bool matches() const { return database == program; }
  bool database_is_newer() const { return database && *database > program; }
  // "schema version 4" or "no schema version", for messages.
  std::string database_text() const;
  // Why the database does not fit this program and what to do, for a person (empty when it
  // matches). `program_name` is the program that reads it ("dipsearchd").
  std::string problem(const std::string& program_name) const;
};

// Reads the version from the database's metadata (for shards, from the first). Throws
// Xapian errors.
SchemaVersionCheck check_schema_version(const Xapian::Database& db);

// "N" for a value the metadata holds; nullopt for an empty or malformed one.
std::optional<int> parse_schema_version(const std::string& text);

}  // namespace dipsearch
