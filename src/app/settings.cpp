#include "app/settings.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "app/atomic_file.h"
#include "app/scenario_file.h"
#include "scene/skin_block.h"

namespace dv::app {
namespace fs = std::filesystem;
using nlohmann::json;

fs::path settings_path() {
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) {
    return fs::path(xdg) / "dermaviz" / "settings.json";
  }
  const char* home = std::getenv("HOME");
  return fs::path(home && *home ? home : ".") / ".config" / "dermaviz" / "settings.json";
}

std::string settings_to_json(const Settings& s) {
  json j;
  j["text_scale"] = s.text_scale;
  j["labels"] = s.figure.labels;
  j["legend"] = s.figure.legend;
  j["scale_bar"] = s.figure.scale_bar;
  j["stain"] = std::string(scene::stain_name(s.figure.stain));
  j["scenario"] = json::parse(scenario_to_json(s.scenario));
  return j.dump(2) + "\n";
}

Result<Settings> parse_settings(std::string_view text, const std::string& source) {
  const json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return Result<Settings>::error(source + ": not valid JSON");
  Settings s;
  auto boolean = [&](const char* key, bool* out) -> std::optional<std::string> {
    if (!j.contains(key)) return std::nullopt;
    if (!j[key].is_boolean()) return source + ": " + key + ": must be true or false";
    *out = j[key].get<bool>();
    return std::nullopt;
  };
  for (auto [key, out] :
       {std::pair{"labels", &s.figure.labels}, std::pair{"legend", &s.figure.legend},
        std::pair{"scale_bar", &s.figure.scale_bar}}) {
    if (auto err = boolean(key, out)) return Result<Settings>::error(*err);
  }
  if (j.contains("text_scale")) {
    const json& v = j["text_scale"];
    if (!v.is_number() || v.get<double>() < 0.75 || v.get<double>() > 3.0) {
      return Result<Settings>::error(source + ": text_scale: " + v.dump() +
                                     " is outside the allowed range 0.75–3");
    }
    s.text_scale = v.get<float>();
  }
  if (j.contains("stain")) {
    const auto stain =
        j["stain"].is_string() ? scene::parse_stain(j["stain"].get<std::string>()) : std::nullopt;
    if (!stain) {
      return Result<Settings>::error(source + ": stain: " + j["stain"].dump() +
                                     " is not one of illustrated, he, trichrome, elastin");
    }
    s.figure.stain = *stain;
  }
  if (j.contains("scenario")) {
    auto sc = parse_scenario_json(j["scenario"].dump(), source + ": scenario");
    if (!sc) return Result<Settings>::error(sc.message());
    s.scenario = sc.value();
  }
  return s;
}

Result<Settings> load_settings(const fs::path& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return Settings{};
  std::ifstream in(path, std::ios::binary);
  if (!in) return Result<Settings>::error(path.string() + ": cannot be read");
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_settings(ss.str(), path.string());
}

std::optional<std::string> save_settings(const fs::path& path, const Settings& s) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (ec) return "cannot create " + path.parent_path().string() + ": " + ec.message();
  return write_file_atomically(path, settings_to_json(s));
}

}  // namespace dv::app
