// captions_file.h: read the plain-words explanations from assets/text/captions.json.
#pragma once

#include <filesystem>
#include <string_view>

#include "sim/result.h"
#include "ui/captions.h"

namespace dv::app {

/// Parse captions JSON text; errors name `source`, the key and what was expected.
Result<ui::Captions> parse_captions(std::string_view text, const std::string& source);
/// Read and parse a captions file; a missing file is an error naming its path.
Result<ui::Captions> load_captions(const std::filesystem::path& path);

}  // namespace dv::app
