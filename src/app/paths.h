// paths.h: where the running binary finds its shaders/ and assets/.
#pragma once

#include <filesystem>

#include "core/result.h"

namespace dv::app {

/// The data root holding shaders/ and assets/. Looks, in order, at $DERMAVIZ_DATA_DIR, the
/// install prefix next to the binary (<exe>/../share/dermaviz), and the source tree the binary
/// was built from. The error lists where it looked.
Result<std::filesystem::path> find_data_dir();

/// The directory of the running executable (empty when unknown).
std::filesystem::path executable_dir();

}  // namespace dv::app
