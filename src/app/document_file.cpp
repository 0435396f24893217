#include "app/document_file.h"

#include <cmath>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "app/atomic_file.h"
#include "app/scenario_file.h"
#include "app/view_json.h"

namespace dv::app {
namespace {

using nlohmann::json;
using R = Result<DocumentFile>;

}  // namespace

json figure_to_json(const scene::FigureOptions& f) {
  json j;
  j["labels"] = f.labels;
  j["legend"] = f.legend;
  j["scale_bar"] = f.scale_bar;
  j["title"] = f.title;
  j["cut_fraction"] = f.cut_fraction;
  j["stain"] = std::string(scene::stain_name(f.stain));
  json hidden = json::array();
  for (std::size_t i = 0; i < scene::kStructureCount; ++i) {
    if (!f.visible[i])
      hidden.push_back(std::string(scene::structure_key(static_cast<scene::Structure>(i))));
  }
  j["hidden"] = hidden;
  return j;
}

std::string figure_from_json(const json& j, const std::string& where, scene::FigureOptions* f) {
  if (!j.is_object()) return where + ": must be an object";
  for (auto [key, member] :
       {std::pair{"labels", &f->labels}, std::pair{"legend", &f->legend},
        std::pair{"scale_bar", &f->scale_bar}, std::pair{"title", &f->title}}) {
    if (!j.contains(key)) continue;
    if (!j[key].is_boolean()) return where + "." + key + ": must be true or false";
    *member = j[key].get<bool>();
  }
  if (j.contains("cut_fraction")) {
    const json& v = j["cut_fraction"];
    if (!v.is_number() || !(v.get<double>() >= scene::kCutFractionMin) ||
        !(v.get<double>() <= scene::kCutFractionMax)) {
      return where + ".cut_fraction: " + v.dump() + " is outside the allowed range 0\u20130.8";
    }
    f->cut_fraction = v.get<float>();
  }
  if (j.contains("stain")) {
    const auto s =
        j["stain"].is_string() ? scene::parse_stain(j["stain"].get<std::string>()) : std::nullopt;
    if (!s) {
      return where + ".stain: " + j["stain"].dump() + " is not one of " + scene::stain_keys();
    }
    f->stain = *s;
  }
  if (j.contains("hidden")) {
    if (!j["hidden"].is_array()) return where + ".hidden: must be a list of structure keys";
    f->visible = scene::all_visible();
    for (const json& k : j["hidden"]) {
      bool found = false;
      for (std::size_t i = 0; i < scene::kStructureCount && k.is_string(); ++i) {
        if (scene::structure_key(static_cast<scene::Structure>(i)) == k.get<std::string>()) {
          f->visible[i] = false;
          found = true;
        }
      }
      if (!found) return where + ".hidden: " + k.dump() + " is not a structure key";
    }
  }
  return "";
}

json camera_to_json(const scene::Camera& c) {
  return json{{"target", {c.target.x, c.target.y, c.target.z}},
              {"yaw", c.yaw},
              {"pitch", c.pitch},
              {"distance", c.distance},
              {"fov_y", c.fov_y},
              {"orthographic", c.orthographic}};
}

std::string camera_from_json(const json& j, const std::string& where, scene::Camera* c) {
  if (!j.is_object()) return where + ": must be an object";
  if (j.contains("target")) {
    const json& t = j["target"];
    if (!t.is_array() || t.size() != 3 || !t[0].is_number() || !t[1].is_number() ||
        !t[2].is_number()) {
      return where + ".target: must be three numbers (mm)";
    }
    c->target = {t[0].get<float>(), t[1].get<float>(), t[2].get<float>()};
  }
  for (auto [key, member] : {std::pair{"yaw", &c->yaw}, std::pair{"pitch", &c->pitch},
                             std::pair{"distance", &c->distance}, std::pair{"fov_y", &c->fov_y}}) {
    if (!j.contains(key)) continue;
    if (!j[key].is_number() || !std::isfinite(j[key].get<double>())) {
      return where + "." + key + ": must be a number";
    }
    *member = j[key].get<float>();
  }
  if (j.contains("orthographic")) {
    if (!j["orthographic"].is_boolean()) return where + ".orthographic: must be true or false";
    c->orthographic = j["orthographic"].get<bool>();
  }
  c->zoom(1.0f);  // keeps the distance within the camera's own limits
  return "";
}

doc::Document to_document(const DocumentFile& f) {
  doc::Document d(f.scenario, f.figure);
  d.set_saved_views(f.views);
  return d;
}

DocumentFile to_file(const doc::Document& d) {
  DocumentFile f;
  f.scenario = d.scenario();
  f.figure = d.figure();
  f.views = d.saved_views();
  return f;
}

Result<DocumentFile> parse_document_json(std::string_view text, const std::string& src) {
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("version")) {
    // An old scenario file (or not JSON at all): the scenario reader gives the precise message.
    auto sc = parse_scenario_json(text, src);
    if (!sc) return R::error(sc.message());
    DocumentFile d;
    d.scenario = sc.value();
    d.legacy_scenario = true;
    return d;
  }
  const json& v = j["version"];
  if (!v.is_number_integer() || v.get<std::int64_t>() < 1) {
    return R::error(src + ": version: " + v.dump() + " is not a document version (1 or more)");
  }
  if (v.get<std::int64_t>() > kDocumentVersion) {
    return R::error(src + ": made by a newer dermaviz (document version " + v.dump() +
                    "); this build reads up to version " + std::to_string(kDocumentVersion) +
                    ": update dermaviz to open it");
  }
  for (const auto& [k, value] : j.items()) {
    if (k != "version" && k != "scenario" && k != "figure" && k != "views") {
      return R::error(src + ": unknown key \"" + k +
                      "\"; allowed: version, scenario, figure, views");
    }
  }
  DocumentFile d;
  if (j.contains("scenario")) {
    auto sc = parse_scenario_json(j["scenario"].dump(), src + ": scenario");
    if (!sc) return R::error(sc.message());
    d.scenario = sc.value();
  }
  if (j.contains("figure")) {
    if (auto e = figure_from_json(j["figure"], src + ": figure", &d.figure); !e.empty()) {
      return R::error(e);
    }
  }
  if (j.contains("views")) {
    if (!j["views"].is_array()) return R::error(src + ": views: must be a list");
    for (std::size_t i = 0; i < j["views"].size(); ++i) {
      const json& jv = j["views"][i];
      const std::string where = src + ": views[" + std::to_string(i) + "]";
      if (!jv.is_object()) return R::error(where + ": must be an object");
      doc::SavedView view;
      view.figure = d.figure;
      if (!jv.contains("name") || !jv["name"].is_string()) {
        return R::error(where + ".name: missing, or not a text");
      }
      view.name = jv["name"].get<std::string>();
      if (jv.contains("day")) {
        if (!jv["day"].is_number() || !(jv["day"].get<double>() >= 0.0)) {
          return R::error(where + ".day: " + jv["day"].dump() +
                          " must be a number of days, 0 or more");
        }
        view.day = jv["day"].get<double>();
      }
      if (jv.contains("camera")) {
        if (auto e = camera_from_json(jv["camera"], where + ".camera", &view.camera); !e.empty()) {
          return R::error(e);
        }
      }
      if (jv.contains("figure")) {
        if (auto e = figure_from_json(jv["figure"], where + ".figure", &view.figure); !e.empty()) {
          return R::error(e);
        }
      }
      d.views.push_back(view);
    }
  }
  return d;
}

Result<DocumentFile> load_document_file(const std::filesystem::path& path) {
  std::error_code ec;
  const std::string name = path.string();
  if (!std::filesystem::exists(path, ec)) {
    return R::error(name + ": no such file; give the path of a document or scenario JSON file");
  }
  if (std::filesystem::is_directory(path, ec))
    return R::error(name + ": is a directory, not a file");
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  if (in) ss << in.rdbuf();
  if (!in || in.bad()) return R::error(name + ": cannot be read (check its permissions)");
  return parse_document_json(ss.str(), name);
}

std::string document_to_json(const DocumentFile& d) {
  // "version" first, then the scenario in its documented key order.
  std::string out = "{\n  \"version\": " + std::to_string(kDocumentVersion) + ",\n";
  std::string scenario = scenario_to_json(d.scenario);
  std::string indented;
  for (std::size_t i = 0; i < scenario.size(); ++i) {
    indented += scenario[i];
    if (scenario[i] == '\n' && i + 1 < scenario.size()) indented += "  ";
  }
  while (!indented.empty() && indented.back() == '\n') indented.pop_back();
  out += "  \"scenario\": " + indented + ",\n";
  out += "  \"figure\": " + figure_to_json(d.figure).dump() + ",\n";
  json views = json::array();
  for (const doc::SavedView& v : d.views) {
    views.push_back(json{{"name", v.name},
                         {"day", v.day},
                         {"camera", camera_to_json(v.camera)},
                         {"figure", figure_to_json(v.figure)}});
  }
  out += "  \"views\": " + views.dump() + "\n}\n";
  return out;
}

Status save_document_file(const std::filesystem::path& path, const DocumentFile& d) {
  return write_file_atomically(path, document_to_json(d));
}

}  // namespace dv::app
