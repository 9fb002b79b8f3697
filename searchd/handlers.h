// Route handlers, named verb_noun after the route they serve.
#pragma once

#include <httplib.h>

namespace dipsearch::searchd {

class Server;

void get_search(Server& server, const httplib::Request& req, httplib::Response& res);
void post_search(Server& server, const httplib::Request& req, httplib::Response& res);
void get_document(Server& server, const httplib::Request& req, httplib::Response& res);
void get_similar(Server& server, const httplib::Request& req, httplib::Response& res);
void get_export(Server& server, const httplib::Request& req, httplib::Response& res);
void get_feed(Server& server, const httplib::Request& req, httplib::Response& res);
void get_trends(Server& server, const httplib::Request& req, httplib::Response& res);
void get_official(Server& server, const httplib::Request& req, httplib::Response& res);
void get_countries(Server& server, const httplib::Request& req, httplib::Response& res);
void get_health(Server& server, const httplib::Request& req, httplib::Response& res);
void get_metrics(Server& server, const httplib::Request& req, httplib::Response& res);
void get_openapi(Server& server, const httplib::Request& req, httplib::Response& res);

}  // namespace dipsearch::searchd
