// png.h: encode RGBA8 pixels as PNG and write them atomically.
#pragma once

#include "core/result.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace dv::app {

/// Write width×height RGBA8 pixels (top row first) to `path` as PNG, via a temporary file and
/// a rename. Returns an error message, or nullopt on success.
Status write_png(const std::filesystem::path& path, int width, int height,
                 const std::vector<std::uint8_t>& rgba);

}  // namespace dv::app
