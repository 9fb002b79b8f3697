// What the research routes share with the others: a release answered as a citation
// (GET /api/documents/{id}?format=ris|bibtex|csljson). Their own handlers are in handlers.h.
#pragma once

#include <string>

#include <httplib.h>

#include "common/search/export_writer.h"
#include "common/search/search_request.h"

namespace dipsearch::searchd {

class Server;

// The citation format a document request's `format` names; ApiError 400 for another.
ExportFormat citation_format(ParamMap params);

// The release `id` in that format, as a file named after it (404 when no release has it).
void send_citation(Server& server, const std::string& id, ExportFormat format, httplib::Response& res);

}  // namespace dipsearch::searchd
