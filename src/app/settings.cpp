#include "app/settings.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "app/atomic_file.h"
#include "app/scenario_file.h"
#include "scene/figure_options.h"
#include "scene/skin_block.h"
#include "sim/scenario_fields.h"

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
  j["projector"] = s.projector;
  j["scenario"] = json::parse(scenario_to_json(s.scenario));
  return j.dump(2) + "\n";
}

LoadedSettings parse_settings(std::string_view text, const std::string& source) {
  LoadedSettings out;
  Settings& s = out.settings;
  auto problem = [&](std::string message) { out.problems.push_back(source + ": " + message); };
  const json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    problem("not valid JSON; using the defaults");
    return out;
  }
  for (auto [key, member] :
       {std::pair{"labels", &s.figure.labels}, std::pair{"legend", &s.figure.legend},
        std::pair{"scale_bar", &s.figure.scale_bar}, std::pair{"projector", &s.projector}}) {
    if (!j.contains(key)) continue;
    if (j[key].is_boolean()) {
      *member = j[key].get<bool>();
    } else {
      problem(std::string(key) + ": " + j[key].dump() + " must be true or false");
    }
  }
  if (j.contains("text_scale")) {
    const json& v = j["text_scale"];
    if (v.is_number() && v.get<double>() >= 0.75 && v.get<double>() <= 3.0) {
      s.text_scale = v.get<float>();
    } else {
      problem("text_scale: " + v.dump() + " is outside the allowed range 0.75\u20133");
    }
  }
  if (j.contains("stain")) {
    const auto stain =
        j["stain"].is_string() ? scene::parse_stain(j["stain"].get<std::string>()) : std::nullopt;
    if (stain) {
      s.figure.stain = *stain;
    } else {
      problem("stain: " + j["stain"].dump() + " is not one of " + scene::stain_keys());
    }
  }
  if (j.contains("scenario")) {
    const json& sc = j["scenario"];
    if (!sc.is_object()) {
      problem("scenario: must be an object of scenario keys");
    } else {
      // Field by field, so that one bad value costs only itself.
      for (const auto& [key, value] : sc.items()) {
        json one = json::object();
        one[key] = value;
        auto r = parse_scenario_json(one.dump(), source + ": scenario");
        if (!r) {
          out.problems.push_back(r.message());
          continue;
        }
        if (const sim::ScenarioField* f = sim::find_scenario_field(key)) {
          if (f->kind == sim::FieldKind::seed) {
            s.scenario.seed = r.value().seed;
          } else {
            f->set(s.scenario, f->get(r.value()));
          }
        }
      }
    }
  }
  return out;
}

LoadedSettings load_settings(const fs::path& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return LoadedSettings{};
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  if (in) ss << in.rdbuf();
  if (!in) {
    LoadedSettings out;
    out.problems.push_back(path.string() + ": cannot be read; using the defaults");
    return out;
  }
  return parse_settings(ss.str(), path.string());
}

Status save_settings(const fs::path& path, const Settings& s) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (ec)
    return Status::error("cannot create " + path.parent_path().string() + ": " + ec.message());
  return write_file_atomically(path, settings_to_json(s));
}

}  // namespace dv::app
