#include "app/lesson_file.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "app/atomic_file.h"
#include "app/scenario_file.h"
#include "app/view_json.h"
#include "sim/scenario_fields.h"

namespace dv::app {
namespace {

using nlohmann::json;
using R = Result<doc::Lesson>;

std::string_view preset_key(doc::CameraPreset p) {
  switch (p) {
    case doc::CameraPreset::three_quarter: return "three_quarter";
    case doc::CameraPreset::front: return "front";
    case doc::CameraPreset::custom: break;
  }
  return "custom";
}

std::string structure_keys() {
  std::string s;
  for (std::size_t i = 0; i < scene::kStructureCount; ++i) {
    s += (s.empty() ? "" : ", ") +
         std::string(scene::structure_key(static_cast<scene::Structure>(i)));
  }
  return s;
}

// Only these keys; the error lists them.
std::string only_keys(const json& j, const std::string& where,
                      std::initializer_list<std::string_view> allowed) {
  for (const auto& [k, v] : j.items()) {
    if (std::find(allowed.begin(), allowed.end(), k) != allowed.end()) continue;
    std::string list;
    for (std::string_view a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
    return where + ": unknown key \"" + k + "\"; allowed: " + list;
  }
  return "";
}

std::string text_field(const json& j, const char* key, const std::string& where,
                       std::size_t max_chars, bool required, std::string* out) {
  // `where` ends with its separator ("file: " or "file: chapters[2].").
  if (!j.contains(key)) return required ? where + key + ": missing (a text)" : "";
  const json& v = j[key];
  if (!v.is_string()) return where + key + ": " + v.dump() + " is not a text";
  const std::string s = v.get<std::string>();
  if (required && s.empty()) return where + key + ": must not be empty";
  if (s.size() > max_chars) {
    return where + key + ": " + std::to_string(s.size()) + " characters; at most " +
           std::to_string(max_chars) + " fit on a slide";
  }
  *out = s;
  return "";
}

// Changes: a partial scenario object; the scenario reader checks every value and its range.
std::string changes_from_json(const json& j, const std::string& where,
                              std::vector<doc::FieldChange>* out) {
  if (!j.is_object()) return where + ": must be an object of scenario fields";
  if (j.contains("seed")) return where + ".seed: set the seed in the lesson's scenario";
  auto sc = parse_scenario_json(j.dump(), where);
  if (!sc) return sc.message();
  for (const sim::ScenarioField& f : sim::scenario_fields()) {
    if (j.contains(std::string(f.key))) out->push_back({std::string(f.key), f.get(sc.value())});
  }
  return "";
}

json changes_to_json(const std::vector<doc::FieldChange>& changes) {
  json j = json::object();
  for (const doc::FieldChange& c : changes) {
    const sim::ScenarioField* f = sim::find_scenario_field(c.key);
    if (!f || f->kind == sim::FieldKind::seed) continue;
    switch (f->kind) {
      case sim::FieldKind::choice:
        j[c.key] = std::string(f->choice_key(static_cast<std::size_t>(c.value)));
        break;
      case sim::FieldKind::integer: j[c.key] = static_cast<std::int64_t>(c.value); break;
      default: j[c.key] = c.value; break;
    }
  }
  return j;
}

std::string day_value(const json& v, const std::string& where, double* out) {
  if (!v.is_number() || !std::isfinite(v.get<double>()) || v.get<double>() < 0.0 ||
      v.get<double>() > 10000.0) {
    return where + ": " + v.dump() + " must be a number of days, 0\u201310000";
  }
  *out = v.get<double>();
  return "";
}

std::string time_from_json(const json& j, const std::string& where, doc::ChapterTime* t) {
  if (!j.is_object()) return where + ": must be an object {\"day\": …}";
  if (auto e = only_keys(j, where, {"day", "until_day", "speed"}); !e.empty()) return e;
  if (j.contains("day")) {
    if (auto e = day_value(j["day"], where + ".day", &t->day); !e.empty()) return e;
  }
  if (j.contains("until_day")) {
    double until = 0.0;
    if (auto e = day_value(j["until_day"], where + ".until_day", &until); !e.empty()) return e;
    if (!(until > t->day)) {
      return where + ".until_day: " + j["until_day"].dump() + " must be after day (" +
             json(t->day).dump() + ")";
    }
    t->until_day = until;
  }
  if (j.contains("speed")) {
    const json& v = j["speed"];
    if (!v.is_number() || !(v.get<double>() >= kLessonSpeedMin) ||
        !(v.get<double>() <= kLessonSpeedMax)) {
      return where + ".speed: " + v.dump() + " is outside the allowed range 0.05\u201320";
    }
    t->speed = v.get<float>();
  }
  return "";
}

std::string view_from_json(const json& j, const std::string& where, doc::ChapterView* v) {
  if (j.contains("camera")) {
    const json& c = j["camera"];
    if (c.is_string() && c.get<std::string>() == "three_quarter") {
      v->preset = doc::CameraPreset::three_quarter;
    } else if (c.is_string() && c.get<std::string>() == "front") {
      v->preset = doc::CameraPreset::front;
    } else if (c.is_object()) {
      v->preset = doc::CameraPreset::custom;
      if (auto e = camera_from_json(c, where + ".camera", &v->camera); !e.empty()) return e;
    } else {
      return where + ".camera: " + c.dump() +
             " is not \"three_quarter\", \"front\" or a camera object";
    }
  }
  if (j.contains("figure")) {
    if (auto e = figure_from_json(j["figure"], where + ".figure", &v->figure); !e.empty()) return e;
  }
  if (j.contains("labels")) {
    const json& l = j["labels"];
    if (!l.is_array()) return where + ".labels: must be a list of label ids (\"label.…\")";
    for (const json& id : l) {
      if (!id.is_string() || !id.get<std::string>().starts_with("label.") ||
          id.get<std::string>().size() > 64) {
        return where + ".labels: " + id.dump() + " is not a label id (\"label.micro_channel\")";
      }
      v->labels.push_back(id.get<std::string>());
    }
  }
  if (j.contains("emphasis")) {
    const json& e = j["emphasis"];
    for (std::size_t i = 0; i < scene::kStructureCount && e.is_string(); ++i) {
      const auto s = static_cast<scene::Structure>(i);
      if (scene::structure_key(s) == e.get<std::string>()) v->emphasis = s;
    }
    if (!v->emphasis) {
      return where + ".emphasis: " + e.dump() + " is not one of " + structure_keys();
    }
  }
  return "";
}

std::string chapter_from_json(const json& j, const std::string& where, doc::Chapter* c) {
  if (!j.is_object()) return where + ": must be an object";
  if (auto e = only_keys(
          j, where,
          {"title", "caption", "changes", "time", "camera", "figure", "labels", "emphasis"});
      !e.empty()) {
    return e;
  }
  if (auto e = text_field(j, "title", where + ".", kTitleMaxChars, true, &c->title); !e.empty())
    return e;
  if (auto e = text_field(j, "caption", where + ".", kCaptionMaxChars, false, &c->caption);
      !e.empty())
    return e;
  if (j.contains("changes")) {
    if (auto e = changes_from_json(j["changes"], where + ".changes", &c->changes); !e.empty())
      return e;
  }
  if (j.contains("time")) {
    if (auto e = time_from_json(j["time"], where + ".time", &c->time); !e.empty()) return e;
  }
  return view_from_json(j, where, &c->view);
}

}  // namespace

Result<doc::Lesson> parse_lesson_json(std::string_view text, const std::string& src) {
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded()) return R::error(src + ": malformed JSON (a lesson is a JSON object)");
  if (!j.is_object()) return R::error(src + ": a lesson must be a JSON object");
  if (!j.contains("version")) return R::error(src + ": version: missing (this build writes 1)");
  const json& v = j["version"];
  if (!v.is_number_integer() || v.get<std::int64_t>() < 1) {
    return R::error(src + ": version: " + v.dump() + " is not a lesson version (1 or more)");
  }
  if (v.get<std::int64_t>() > kLessonVersion) {
    return R::error(src + ": made by a newer dermaviz (lesson version " + v.dump() +
                    "); this build reads up to version " + std::to_string(kLessonVersion) +
                    ": update dermaviz to open it");
  }
  if (auto e = only_keys(j, src, {"version", "id", "title", "scenario", "chapters"}); !e.empty())
    return R::error(e);
  doc::Lesson l;
  l.version = static_cast<int>(v.get<std::int64_t>());
  if (auto e = text_field(j, "id", src + ": ", 64, true, &l.id); !e.empty()) return R::error(e);
  for (char ch : l.id) {
    if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '-')) {
      return R::error(src + ": id: \"" + l.id +
                      "\" may hold only lower-case letters, digits, _ and -");
    }
  }
  if (auto e = text_field(j, "title", src + ": ", kTitleMaxChars, true, &l.title); !e.empty())
    return R::error(e);
  if (j.contains("scenario")) {
    auto sc = parse_scenario_json(j["scenario"].dump(), src + ": scenario");
    if (!sc) return R::error(sc.message());
    l.scenario = sc.value();
  }
  if (!j.contains("chapters") || !j["chapters"].is_array() || j["chapters"].empty()) {
    return R::error(src + ": chapters: must be a list of one chapter or more");
  }
  if (j["chapters"].size() > 100) {
    return R::error(src + ": chapters: " + std::to_string(j["chapters"].size()) +
                    " chapters; at most 100");
  }
  for (std::size_t i = 0; i < j["chapters"].size(); ++i) {
    doc::Chapter c;
    const std::string where = src + ": chapters[" + std::to_string(i) + "]";
    if (auto e = chapter_from_json(j["chapters"][i], where, &c); !e.empty()) return R::error(e);
    l.chapters.push_back(std::move(c));
  }
  return l;
}

Result<doc::Lesson> load_lesson_file(const std::filesystem::path& path) {
  std::error_code ec;
  const std::string name = path.string();
  if (!std::filesystem::exists(path, ec)) return R::error(name + ": no such lesson file");
  if (std::filesystem::is_directory(path, ec))
    return R::error(name + ": is a directory, not a file");
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  if (in) ss << in.rdbuf();
  if (!in || in.bad()) return R::error(name + ": cannot be read (check its permissions)");
  return parse_lesson_json(ss.str(), name);
}

std::string lesson_to_json(const doc::Lesson& l) {
  // Keys in a fixed order so files diff well: ordered_json keeps insertion order.
  nlohmann::ordered_json o;
  o["version"] = kLessonVersion;
  o["id"] = l.id;
  o["title"] = l.title;
  o["scenario"] = nlohmann::ordered_json::parse(scenario_to_json(l.scenario));
  o["chapters"] = nlohmann::ordered_json::array();
  for (const doc::Chapter& c : l.chapters) {
    nlohmann::ordered_json jc;
    jc["title"] = c.title;
    jc["caption"] = c.caption;
    if (!c.changes.empty()) jc["changes"] = changes_to_json(c.changes);
    nlohmann::ordered_json t;
    t["day"] = c.time.day;
    if (c.time.until_day) {
      t["until_day"] = *c.time.until_day;
      t["speed"] = c.time.speed;
    }
    jc["time"] = t;
    if (c.view.preset == doc::CameraPreset::custom) {
      jc["camera"] = camera_to_json(c.view.camera);
    } else {
      jc["camera"] = std::string(preset_key(c.view.preset));
    }
    jc["figure"] = figure_to_json(c.view.figure);
    if (!c.view.labels.empty()) jc["labels"] = c.view.labels;
    if (c.view.emphasis) jc["emphasis"] = std::string(scene::structure_key(*c.view.emphasis));
    o["chapters"].push_back(jc);
  }
  return o.dump(2) + "\n";
}

Status save_lesson_file(const std::filesystem::path& path, const doc::Lesson& l) {
  return write_file_atomically(path, lesson_to_json(l));
}

std::vector<LessonEntry> list_lessons(const std::filesystem::path& dir,
                                      std::vector<std::string>* problems) {
  std::vector<LessonEntry> out;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.path().extension() != ".json") continue;
    auto l = load_lesson_file(e.path());
    if (!l) {
      if (problems) problems->push_back(l.message());
      continue;
    }
    out.push_back({l.value().id, l.value().title, e.path()});
  }
  if (ec && problems) problems->push_back(dir.string() + ": " + ec.message());
  std::sort(out.begin(), out.end(),
            [](const LessonEntry& a, const LessonEntry& b) { return a.id < b.id; });
  return out;
}

std::filesystem::path user_lessons_dir() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
    return std::filesystem::path(xdg) / "dermaviz" / "lessons";
  }
  const char* home = std::getenv("HOME");
  return std::filesystem::path(home && *home ? home : ".") / ".local" / "share" / "dermaviz" /
         "lessons";
}

Result<doc::Lesson> find_lesson(const std::filesystem::path& dir, const std::string& name) {
  std::vector<std::string> problems;
  for (const LessonEntry& e : list_lessons(dir, &problems)) {
    if (e.id == name) return load_lesson_file(e.path);
  }
  // A built-in file of that name that does not read: its own message says why.
  if (auto own = load_lesson_file(dir / (name + ".json"));
      !own && std::filesystem::exists(dir / (name + ".json"))) {
    return R::error(own.message());
  }
  std::error_code ec;
  if (std::filesystem::is_regular_file(name, ec)) return load_lesson_file(name);
  std::string ids;
  for (const LessonEntry& e : list_lessons(dir)) ids += (ids.empty() ? "" : ", ") + e.id;
  return R::error(name + ": not a built-in lesson (" + (ids.empty() ? "none found" : ids) +
                  ") nor a lesson file; `dermaviz lessons` lists them");
}

}  // namespace dv::app
