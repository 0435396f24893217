// atomic_file.h: write a whole file or nothing (issue 3 §6): a failed write never leaves a
// half-written or truncated target behind.
#pragma once

#include "core/result.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace dv::app {

/// Write `bytes` to `path` through a temporary file in the same directory (written, flushed,
/// then renamed over the target). Returns an error message naming the path, or nullopt on
/// success. On failure the temporary file is removed and the target is left untouched.
Status write_file_atomically(const std::filesystem::path& path, std::string_view bytes);

}  // namespace dv::app
