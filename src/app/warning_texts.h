// warning_texts.h: the words of the model's warnings and related notes, read from
// assets/text/en/warnings.json (a flat object: text key → template with {name} placeholders).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "sim/course.h"
#include "sim/result.h"
#include "sim/text_format.h"

namespace dv::app {

/// Parse a flat JSON object of texts; every value must be a string, and every warning id the
/// model can produce and every severity must have a text. Errors name `source` and the key.
Result<sim::TextMap> parse_warning_texts(std::string_view json_text, const std::string& source);

/// `texts` when it holds a text for every warning id and severity, else an error naming
/// `source` and the missing key.
Result<sim::TextMap> check_warning_texts(sim::TextMap texts, const std::string& source);

/// Read and parse `path`; a missing file is an error naming the path.
Result<sim::TextMap> load_warning_texts(const std::filesystem::path& path);

/// The texts of the strings files under the data folder (assets/text/en), checked.
Result<sim::TextMap> load_default_warning_texts();

/// The words of `w`: its template with the arguments filled in.
std::string warning_text(const sim::Warning& w, const sim::TextMap& texts);

}  // namespace dv::app
