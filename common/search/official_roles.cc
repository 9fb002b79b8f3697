// Officials' posts for documents, hits and the officials route.
#include "common/search/official_roles.h"

#include <algorithm>

namespace dipsearch {

using nlohmann::json;

json role_json(const entities::OfficialRole& role) {
  return {{"title", role.title_en}, {"title_ko", role.title_ko}, {"from", role.from}, {"to", role.to}};
}

void add_roles_on(json& officials, const entities::OfficialsRegistry& registry, std::string_view date) {
  if (date.empty()) return;
  for (auto& entry : officials) {
    const entities::RegistryOfficial* official = registry.find_by_key(entry.value("key", ""));
    if (!official) continue;
    auto held = std::find_if(official->roles.begin(), official->roles.end(),
                             [date](const entities::OfficialRole& r) { return r.covers(date); });
    if (held != official->roles.end()) entry["role"] = role_json(*held);
  }
}

namespace {

// A registry date ("YYYY", "YYYY-MM", "YYYY-MM-DD") in the date slot's form, without hyphens.
std::string slot_form(std::string_view date) {
  std::string out;
  for (char c : date) {
    if (c != '-') out += c;
  }
  return out;
}

// a < b on the shorter precision of the two ("2017" is neither before nor after "20170614").
bool before(std::string_view a, std::string_view b) {
  const size_t n = std::min(a.size(), b.size());
  return a.substr(0, n) < b.substr(0, n);
}

}  // namespace

void add_facet_roles(json& facet, const entities::OfficialsRegistry& registry, std::string_view from,
                     std::string_view to) {
  for (auto& entry : facet) {
    const entities::RegistryOfficial* official = registry.find_by_key(entry.value("value", ""));
    if (!official) continue;
    const entities::OfficialRole* latest = nullptr;
    for (const auto& role : official->roles) {
      const std::string start = slot_form(role.from), end = slot_form(role.to);
      // Held some time in the range: it began before the range ends and ended after it began.
      if (!to.empty() && !start.empty() && before(to, start)) continue;
      if (!from.empty() && !end.empty() && before(end, from)) continue;
      if (!latest || slot_form(latest->from) < start) latest = &role;
    }
    if (latest) entry["role"] = role_json(*latest);
  }
}

json official_record_json(const entities::RegistryOfficial& official) {
  json roles = json::array();
  for (const auto& role : official.roles) roles.push_back(role_json(role));
  return {{"key", official.key},         {"name", official.name_en},       {"name_ko", official.name_ko},
          {"country", official.country}, {"aliases", official.aliases}, {"roles", std::move(roles)}};
}

bool is_valid_official_key(std::string_view key) {
  return !key.empty() && key.size() <= 128 && std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

}  // namespace dipsearch
