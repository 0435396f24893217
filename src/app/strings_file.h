// strings_file.h: read the strings files of a language (assets/text/<lang>/*.json): flat JSON
// objects of id → text; keys starting with "_" are notes for translators and are skipped.
// English (assets/text/en) is read first, so a language that lacks an id falls back to it.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "core/result.h"
#include "ui/strings.h"

namespace dv::app {

/// Add the ids of one strings file's `text` to `into`; errors name `source` and the key.
/// An id already present (from another file of the same language) is an error.
dv::Result<bool> parse_strings_json(std::string_view text, const std::string& source,
                                    ui::Strings& into);
/// Read every *.json in `text_dir`/en, then in `text_dir`/`language` over it.
dv::Result<ui::Strings> load_strings(const std::filesystem::path& text_dir,
                                     const std::string& language);

}  // namespace dv::app
