// The rows of the page reader's layout tests, shared by the files that list them: a fixture
// page with its title, date, body start and end, chrome that must not reach the body and
// its number of paragraphs; a small page written inline with its title, date and body.
#pragma once

#include <gtest/gtest.h>

#include <ostream>
#include <vector>

namespace dipsearch {

struct LayoutRow {
  const char* file;
  const char* title;
  const char* date;
  const char* body_start;
  const char* body_end;
  std::vector<const char*> not_in_body;
  size_t paragraphs;
};

inline void PrintTo(const LayoutRow& row, std::ostream* os) { *os << row.file; }

class PageLayouts : public ::testing::TestWithParam<LayoutRow> {};

// Small pages, one rule each.
struct RuleRow {
  const char* name;
  const char* page;
  const char* title;
  const char* date;
  const char* body;
};

inline void PrintTo(const RuleRow& row, std::ostream* os) { *os << row.name; }

class PageRules : public ::testing::TestWithParam<RuleRow> {};

}  // namespace dipsearch
