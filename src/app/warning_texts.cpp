#include "app/warning_texts.h"

#include <fstream>
#include <sstream>

#include "app/paths.h"
#include "app/strings_file.h"
#include "sim/warnings.h"

namespace dv::app {

Result<sim::TextMap> check_warning_texts(sim::TextMap texts, const std::string& source) {
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

Result<sim::TextMap> parse_warning_texts(std::string_view json_text, const std::string& source) {
  ui::Strings s;
  if (auto r = parse_strings_json(json_text, source, s); !r) {
    return Result<sim::TextMap>::error(r.message());
  }
  return check_warning_texts(std::move(s.text), source);
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
  // The one loader of texts: every strings file of the language (warnings.json among them).
  auto strings = load_strings(dir.value() / "assets" / "text", "en");
  if (!strings) return Result<sim::TextMap>::error(strings.message());
  return check_warning_texts(std::move(strings.value().text), "assets/text/en/warnings.json");
}

std::string warning_text(const sim::Warning& w, const sim::TextMap& texts) {
  const auto it = texts.find("warning." + w.id);
  if (it == texts.end()) return "warning." + w.id;  // parse_warning_texts() checks every id
  return sim::format_template(it->second, w.args, &texts);
}

}  // namespace dv::app
