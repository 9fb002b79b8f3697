// More-like-this: releases related to one release, from its own most telling words
// (Xapian's relevance feedback: an RSet of the release and the ESet it expands to).
#pragma once

#include <string>

#include <nlohmann/json.hpp>
#include <xapian.h>

namespace dipsearch {

// {"id": …, "hits": [summary fields + "score"]}: up to `count` releases, never the release
// itself nor near-identical copies of it. ApiError 404 for an unknown id.
nlohmann::json find_similar(const Xapian::Database& db, const std::string& id, size_t count = 10);

}  // namespace dipsearch
