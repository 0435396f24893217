#include "app/png.h"

#include <png.h>

#include <csetjmp>
#include <cstring>
#include <memory>

#include "app/atomic_file.h"

namespace dv::app {
namespace {

// Where libpng writes: a buffer allocated up front, so nothing allocates (or throws) while
// libpng's C frames are on the stack.
struct Sink {
  std::uint8_t* data = nullptr;
  std::size_t size = 0;      // bytes written
  std::size_t capacity = 0;  // bytes available
};

void write_to_sink(png_structp png, png_bytep bytes, png_size_t n) {
  auto* sink = static_cast<Sink*>(png_get_io_ptr(png));
  if (n > sink->capacity - sink->size) png_error(png, "output buffer too small");
  std::memcpy(sink->data + sink->size, bytes, n);
  sink->size += n;
}

void no_flush(png_structp) {}

// libpng's errors end the encode through its longjmp; its warnings are of no use to a user.
void on_error(png_structp png, png_const_charp) {
  png_longjmp(png, 1);
}
void on_warning(png_structp, png_const_charp) {}

// Only plain C data lives in this frame, so libpng's longjmp out of it skips no destructor.
bool encode(png_bytep* rows, png_uint_32 width, png_uint_32 height, Sink* sink) {
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, on_error, on_warning);
  if (!png) return false;
  png_infop info = png_create_info_struct(png);
  if (!info) {
    png_destroy_write_struct(&png, nullptr);
    return false;
  }
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    return false;
  }
  png_set_write_fn(png, sink, write_to_sink, no_flush);
  png_set_IHDR(png, info, width, height, 8, PNG_COLOR_TYPE_RGBA, PNG_INTERLACE_NONE,
               PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  // Figures are mostly flat colour: the "up" filter alone and fast deflate (level 3) give files
  // about as small as libpng's adaptive filters at level 6, several times faster (start-up).
  png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_UP);
  png_set_compression_level(png, 3);
  png_write_info(png, info);
  png_write_image(png, rows);
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
  return true;
}

}  // namespace

Status write_png(const std::filesystem::path& path, int width, int height,
                 const std::vector<std::uint8_t>& rgba) {
  const auto w = static_cast<std::size_t>(width), h = static_cast<std::size_t>(height);
  const std::size_t row = w * 4;
  if (width < 1 || height < 1 || rgba.size() != row * h) {
    return Status::error("could not encode the PNG for " + path.string() +
                         ": pixel count does not match size");
  }
  std::vector<png_bytep> rows(h);
  for (std::size_t y = 0; y < h; ++y) {
    rows[y] = const_cast<png_bytep>(rgba.data() + y * row);  // libpng only reads them
  }
  // Deflate never grows data by more than ≈ 0.1 % (+ a few bytes per block); 1 % and 64 KiB
  // cover that, the filter bytes and the chunk headers. Left uninitialised: pages not written
  // are never touched.
  Sink sink;
  sink.capacity = (row + 1) * h + (row + 1) * h / 100 + 65536;
  const std::unique_ptr<std::uint8_t[]> buffer(new std::uint8_t[sink.capacity]);
  sink.data = buffer.get();
  if (!encode(rows.data(), static_cast<png_uint_32>(width), static_cast<png_uint_32>(height),
              &sink)) {
    return Status::error("could not encode the PNG for " + path.string());
  }
  return write_file_atomically(
      path, std::string_view(reinterpret_cast<const char*>(sink.data), sink.size));
}

}  // namespace dv::app
