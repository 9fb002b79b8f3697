// The table: short form and full name of bodies releases write both ways. Not a short form
// that is an ordinary word once case-folded (WHO), nor one releases write nearly always
// (ASEAN), nor terms (FTA, ODA): there a query weighing both forms ranked worse.
#include "common/search/organization_names.h"

#include <array>

namespace dipsearch {
namespace {

struct Organization {
  std::string_view short_form;
  std::string_view full_name;
};

constexpr std::array kOrganizations = {
    Organization{"un", "united nations"},
    Organization{"unsc", "united nations security council"},
    Organization{"unga", "united nations general assembly"},
    Organization{"eu", "european union"},
    Organization{"nato", "north atlantic treaty organization"},
    Organization{"iaea", "international atomic energy agency"},
    Organization{"apec", "asia-pacific economic cooperation"},
    Organization{"안보리", "안전보장이사회"},
};

}  // namespace

std::vector<std::string> organization_spellings(std::string_view normalized) {
  std::vector<std::string> out;
  for (const auto& o : kOrganizations) {
    if (normalized == o.short_form) out.emplace_back(o.full_name);
    if (normalized == o.full_name) out.emplace_back(o.short_form);
  }
  return out;
}

}  // namespace dipsearch
