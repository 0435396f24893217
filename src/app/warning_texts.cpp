#include "app/warning_texts.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "app/paths.h"
#include "sim/warnings.h"

namespace dv::app {

Result<sim::TextMap> parse_warning_texts(std::string_view json_text, const std::string& source) {
  const nlohmann::json j = nlohmann::json::parse(json_text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    return Result<sim::TextMap>::error(source + ": not valid JSON (expected one flat object)");
  }
  sim::TextMap texts;
  for (const auto& [k, v] : j.items()) {
    if (!v.is_string()) return Result<sim::TextMap>::error(source + ": " + k + ": not a text");
    texts.emplace(k, v.get<std::string>());
  }
  std::vector<std::string> required;
  for (const std::string& id : sim::all_warning_ids()) required.push_back("warning." + id);
  for (sim::Severity s : {sim::Severity::note, sim::Severity::caution, sim::Severity::unsafe}) {
    required.push_back("severity." + std::string(sim::key(s)));
  }
  for (const std::string& k : required) {
    if (texts.find(k) == texts.end())
      return Result<sim::TextMap>::error(source + ": " + k + ": missing");
  }
  return texts;
}

Result<sim::TextMap> load_warning_texts(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Result<sim::TextMap>::error("missing asset: " + path.string() +
                                       " (reinstall, or set DERMAVIZ_DATA_DIR)");
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_warning_texts(ss.str(), path.string());
}

Result<sim::TextMap> load_default_warning_texts() {
  auto dir = find_data_dir();
  if (!dir) return Result<sim::TextMap>::error(dir.message());
  return load_warning_texts(dir.value() / "assets" / "text" / "en" / "warnings.json");
}

std::string warning_text(const sim::Warning& w, const sim::TextMap& texts) {
  const auto it = texts.find("warning." + w.id);
  if (it == texts.end()) return "warning." + w.id;  // parse_warning_texts() checks every id
  return sim::format_template(it->second, w.args, &texts);
}

}  // namespace dv::app
