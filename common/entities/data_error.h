// The one error type of the entities module: reference data that cannot be used, with a
// message naming the file and the place in it, so that an admin can fix it.
#pragma once

#include <stdexcept>
#include <string>

namespace dipsearch::entities {

class DataError : public std::runtime_error {
 public:
  explicit DataError(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace dipsearch::entities
