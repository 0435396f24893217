// params_cmd.h: `dermaviz params [--markdown|--csv] [--update-doc FILE]` (issue 8 §1): the
// parameter table, and docs/MODEL.md's generated sections (parameters, the §8 checks, the
// published studies) rewritten from the model.
#pragma once

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>

namespace dv::app {

/// Options of the params command.
struct ParamsOptions {
  bool markdown = false;                            ///< Markdown instead of CSV
  std::optional<std::filesystem::path> update_doc;  ///< rewrite the generated parts of FILE
  bool report = false;                              ///< print the §8 and study tables
};

/// `doc` with its generated sections ("params", "checks", "studies") replaced by what the model
/// gives now; nullopt when a marker pair is missing.
std::optional<std::string> regenerate_model_doc(std::string doc);

/// Run the command; 0 on success, 1 when FILE cannot be read or written, 2 on missing markers.
int run_params(const ParamsOptions& o, std::ostream& out, std::ostream& err);

}  // namespace dv::app
