// zlib's raw deflate with one stream per thread: setting one up costs more than deflating a
// slot's few hundred bytes.
#include "common/index/deflated_value.h"

#include <stdexcept>

#include <zlib.h>

namespace dipsearch {
namespace {

struct Deflater {
  z_stream z{};
  Deflater() {
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
      throw std::runtime_error("zlib: cannot set up a deflate stream");
    }
  }
  ~Deflater() { deflateEnd(&z); }
  Deflater(const Deflater&) = delete;
  Deflater& operator=(const Deflater&) = delete;
};

struct Inflater {
  z_stream z{};
  Inflater() {
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) throw std::runtime_error("zlib: cannot set up an inflate stream");
  }
  ~Inflater() { inflateEnd(&z); }
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;
};

Bytef* bytes(std::string_view s) { return reinterpret_cast<Bytef*>(const_cast<char*>(s.data())); }

}  // namespace

std::string deflated(std::string_view text) {
  thread_local Deflater d;
  deflateReset(&d.z);
  std::string out(deflateBound(&d.z, static_cast<uLong>(text.size())), '\0');
  d.z.next_in = bytes(text);
  d.z.avail_in = static_cast<uInt>(text.size());
  d.z.next_out = reinterpret_cast<Bytef*>(out.data());
  d.z.avail_out = static_cast<uInt>(out.size());
  if (deflate(&d.z, Z_FINISH) != Z_STREAM_END) throw std::runtime_error("zlib: deflate did not finish");
  out.resize(d.z.total_out);
  return out;
}

std::optional<std::string> inflated(std::string_view data, size_t limit) {
  thread_local Inflater i;
  inflateReset(&i.z);
  i.z.next_in = bytes(data);
  i.z.avail_in = static_cast<uInt>(data.size());
  std::string out;
  char buffer[4096];
  for (;;) {
    i.z.next_out = reinterpret_cast<Bytef*>(buffer);
    i.z.avail_out = sizeof buffer;
    const int rc = inflate(&i.z, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END) return std::nullopt;
    out.append(buffer, sizeof buffer - i.z.avail_out);
    if (out.size() > limit) return std::nullopt;
    if (rc == Z_STREAM_END) return i.z.avail_in == 0 ? std::optional<std::string>(std::move(out)) : std::nullopt;
    if (i.z.avail_in == 0 && i.z.avail_out != 0) return std::nullopt;  // the stream stops short
  }
}

}  // namespace dipsearch
