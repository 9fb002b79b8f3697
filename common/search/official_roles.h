// Officials' posts from the registry as the API shows them: beside each official a release
// names, the post held on the release's date; and an official's whole record (names in both
// languages, every post with its dates) for GET /api/officials/{key}.
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "common/entities/officials_registry.h"

namespace dipsearch {

// {"title", "title_ko", "from", "to"}: a post, its dates as the registry gives them ("YYYY",
// "YYYY-MM" or "YYYY-MM-DD"; an empty "to" is a post still held).
nlohmann::json role_json(const entities::OfficialRole& role);

// Adds "role" to each entry of `officials` (result_rows' officials_json) whose official held a
// post on `date` by the registry; entries without one, or an undated release, stay as they are.
void add_roles_on(nlohmann::json& officials, const entities::OfficialsRegistry& registry, std::string_view date);

// Adds "role" to each entry of the official facet: of the posts the official held between
// from and to (date-slot bounds "YYYYMMDD", empty when open), the latest to begin, so a
// facet value reads "Park Jin — Minister of Foreign Affairs, 2022–2024" for the period
// searched.
void add_facet_roles(nlohmann::json& facet, const entities::OfficialsRegistry& registry, std::string_view from,
                     std::string_view to);

// {"key", "name", "name_ko", "country", "aliases", "roles": [role_json…]}, posts in the
// registry's order.
nlohmann::json official_record_json(const entities::RegistryOfficial& official);

// Whether a text has the form of a registry key: 1 to 128 of a-z, 0-9 and '-'.
bool is_valid_official_key(std::string_view key);

}  // namespace dipsearch
