// text_format.h: fill a text template's {name} placeholders (pure; the app loads the templates
// from assets/text/<lang>/*.json, the simulation never reads files).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dv::sim {

/// Text keys to text ("warning.depth.into_fat" → "The channels ...").
using TextMap = std::map<std::string, std::string, std::less<>>;

/// `tmpl` with each {name} replaced by the value of arg `name`. When `texts` holds a key
/// "<name>.<value>" (e.g. "structure.frontalis"), its text replaces the value. Unknown
/// placeholders stay as written, so a missing argument is visible (and tested).
std::string format_template(std::string_view tmpl,
                            const std::vector<std::pair<std::string, std::string>>& args,
                            const TextMap* texts = nullptr);

}  // namespace dv::sim
