// Compressed answers (RFC 9110 content codings): brotli or gzip as the client's
// Accept-Encoding allows, for text-like types only, at fast levels and streaming, so a
// compressed export costs about what an uncompressed one does. cpp-httplib's own
// compression (brotli at its slowest level, whole JSON types unrecognised) is never used.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <httplib.h>

namespace dipsearch::searchd {

enum class ContentCoding { kIdentity, kGzip, kBrotli };

// Text, JSON, NDJSON, CSV, XML, JavaScript, SVG; parameters such as charset ignored.
bool is_compressible(std::string_view content_type);

// The coding the client prefers (brotli on a tie) when it accepts one (q > 0) and the type is
// compressible.
ContentCoding negotiate_coding(std::string_view accept_encoding, std::string_view content_type);

// A streaming compressor: input in pieces, output appended as it becomes available.
class BodyEncoder {
 public:
  // nullptr for identity.
  static std::unique_ptr<BodyEncoder> make(ContentCoding coding);
  virtual ~BodyEncoder() = default;
  virtual void write(std::string_view data, std::string& out) = 0;
  virtual void finish(std::string& out) = 0;
};

// For a handler that streams its answer: the encoder the request asks for (nullptr for
// identity), with Content-Encoding set. Call before the content provider is set.
std::unique_ptr<BodyEncoder> stream_encoder(const httplib::Request& req, httplib::Response& res,
                                            std::string_view content_type);

// After the handler: compresses a whole body the client accepts compressed, marks every
// compressible answer Vary: Accept-Encoding, and hides Accept-Encoding from cpp-httplib so
// it compresses nothing itself.
void compress_answer(httplib::Request& req, httplib::Response& res);

}  // namespace dipsearch::searchd
