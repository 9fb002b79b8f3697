// Gives each worker thread its own Xapian::Database (the objects are not thread-safe),
// reopened when the indexer commits and replaced when a rebuild swaps the stub file
// (reopen() does not re-read a stub).
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include <xapian.h>

namespace dipsearch::searchd {

class DatabaseProvider {
 public:
  explicit DatabaseProvider(std::filesystem::path stub) : stub_(std::move(stub)) {}

  // Runs fn with the calling thread's up-to-date database. When the database changes
  // under a running request (DatabaseModifiedError), reopens and runs fn once more.
  // Throws ApiError 503 when there is no index yet.
  template <typename Fn>
  auto with_database(Fn&& fn) -> decltype(fn(std::declval<Xapian::Database&>())) {
    try {
      return fn(current());
    } catch (const Xapian::DatabaseModifiedError&) {
      return fn(current());  // current() reopens
    }
  }

  const std::filesystem::path& stub() const { return stub_; }

 private:
  Xapian::Database& current();
  std::filesystem::path stub_;
};

}  // namespace dipsearch::searchd
