#include "app/png.h"

#include <stb_image_write.h>

#include "app/atomic_file.h"

namespace dv::app {
namespace {
void append(void* ctx, void* data, int size) {
  static_cast<std::string*>(ctx)->append(static_cast<const char*>(data),
                                         static_cast<std::size_t>(size));
}
}  // namespace

Status write_png(const std::filesystem::path& path, int width, int height,
                 const std::vector<std::uint8_t>& rgba) {
  std::string bytes;
  if (!stbi_write_png_to_func(append, &bytes, width, height, 4, rgba.data(), width * 4)) {
    return Status::error("could not encode the PNG for " + path.string());
  }
  return write_file_atomically(path, bytes);
}

}  // namespace dv::app
