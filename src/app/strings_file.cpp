#include "app/strings_file.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <vector>

#include <nlohmann/json.hpp>

namespace dv::app {
namespace fs = std::filesystem;
using nlohmann::json;

dv::Result<bool> parse_strings_json(std::string_view text, const std::string& source,
                                    ui::Strings& into) {
  using R = dv::Result<bool>;
  const json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    return R::error(source + ": not a JSON object of \"id\": \"text\" pairs");
  }
  for (const auto& [k, v] : j.items()) {
    if (!k.empty() && k[0] == '_') continue;  // a note for translators
    if (!v.is_string()) {
      return R::error(source + ": " + k + ": must be a string, not " + std::string(v.type_name()));
    }
    if (!into.text.emplace(k, v.get<std::string>()).second) {
      return R::error(source + ": " + k + ": defined twice (each id lives in one file)");
    }
  }
  return true;
}

namespace {

dv::Result<bool> load_dir(const fs::path& dir, ui::Strings& into) {
  using R = dv::Result<bool>;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return R::error(dir.string() + ": no such strings folder");
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".json") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    if (!in) return R::error(f.string() + ": cannot be read");
    if (auto r = parse_strings_json(ss.str(), f.string(), into); !r) return r;
  }
  return true;
}

}  // namespace

dv::Result<ui::Strings> load_strings(const fs::path& text_dir, const std::string& language) {
  using R = dv::Result<ui::Strings>;
  ui::Strings english;
  if (auto r = load_dir(text_dir / "en", english); !r) return R::error(r.message());
  if (language == "en" || language.empty()) return english;
  ui::Strings local;
  local.language = language;
  if (auto r = load_dir(text_dir / language, local); !r) return R::error(r.message());
  for (auto& [k, v] : english.text) local.text.emplace(k, v);  // English where it lacks an id
  return local;
}

}  // namespace dv::app
