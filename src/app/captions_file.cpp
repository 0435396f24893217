#include "app/captions_file.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace dv::app {
namespace {

constexpr std::array<std::pair<sim::Phase, const char*>, 5> kPhaseKeys = {{
    {sim::Phase::needling, "needling"},
    {sim::Phase::haemostasis, "haemostasis"},
    {sim::Phase::inflammation, "inflammation"},
    {sim::Phase::proliferation, "proliferation"},
    {sim::Phase::remodelling, "remodelling"},
}};

// The string at `obj[key]`, or an error message naming `where`.
std::string text_at(const nlohmann::json& obj, const char* key, const std::string& where,
                    std::string* error) {
  const auto it = obj.find(key);
  if (it == obj.end() || !it->is_string()) {
    if (error->empty()) *error = where + "." + key + ": missing, or not a text";
    return {};
  }
  return it->get<std::string>();
}

}  // namespace

Result<ui::Captions> parse_captions(std::string_view text, const std::string& source) {
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    return Result<ui::Captions>::error(source + ": not valid JSON");
  }
  ui::Captions c;
  std::string error;
  const auto phases = j.find("phases");
  if (phases == j.end() || !phases->is_object()) {
    return Result<ui::Captions>::error(source + ": phases: missing, or not an object");
  }
  for (const auto& [phase, key] : kPhaseKeys) {
    const std::string where = source + ": phases." + key;
    const auto p = phases->find(key);
    if (p == phases->end() || !p->is_object()) {
      return Result<ui::Captions>::error(where + ": missing, or not an object");
    }
    ui::PhaseCaption& pc = c.phases[static_cast<std::size_t>(phase)];
    pc.short_text = text_at(*p, "short", where, &error);
    pc.educator = text_at(*p, "educator", where, &error);
    pc.patient = text_at(*p, "patient", where, &error);
    if (!error.empty()) return Result<ui::Captions>::error(error);
  }
  const auto nt = j.find("who_should_not_be_treated");
  const std::string where = source + ": who_should_not_be_treated";
  if (nt == j.end() || !nt->is_object()) {
    return Result<ui::Captions>::error(where + ": missing, or not an object");
  }
  c.not_treated_intro = text_at(*nt, "intro", where, &error);
  const auto items = nt->find("items");
  if (items == nt->end() || !items->is_array()) {
    return Result<ui::Captions>::error(where + ".items: missing, or not a list");
  }
  for (const auto& item : *items) {
    if (!item.is_string())
      return Result<ui::Captions>::error(where + ".items: every item must be a text");
    c.not_treated.push_back(item.get<std::string>());
  }
  if (!error.empty()) return Result<ui::Captions>::error(error);
  return c;
}

Result<ui::Captions> load_captions(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Result<ui::Captions>::error("missing asset: " + path.string() +
                                       " (reinstall, or set DERMAVIZ_DATA_DIR)");
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_captions(ss.str(), path.string());
}

}  // namespace dv::app
