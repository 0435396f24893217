#include "app/captions_file.h"

#include <array>
#include <string>
#include <utility>

namespace dv::app {
namespace {

constexpr std::array<std::pair<sim::Phase, const char*>, 5> kPhaseKeys = {{
    {sim::Phase::needling, "needling"},
    {sim::Phase::haemostasis, "haemostasis"},
    {sim::Phase::inflammation, "inflammation"},
    {sim::Phase::proliferation, "proliferation"},
    {sim::Phase::remodelling, "remodelling"},
}};

}  // namespace

Result<ui::Captions> captions_from(const ui::Strings& strings) {
  ui::Captions c;
  std::string missing;
  auto text = [&](const std::string& id) -> std::string {
    const auto it = strings.text.find(id);
    if (it != strings.text.end()) return it->second;
    if (missing.empty()) missing = id;
    return {};
  };
  for (const auto& [phase, key] : kPhaseKeys) {
    ui::PhaseCaption& pc = c.phases[static_cast<std::size_t>(phase)];
    const std::string stem = std::string("caption.") + key;
    pc.short_text = text(stem + ".short");
    pc.educator = text(stem + ".educator");
    pc.patient = text(stem + ".patient");
  }
  c.not_treated_intro = text("caption.not_treated.intro");
  for (int i = 1;; ++i) {
    const auto it = strings.text.find("caption.not_treated." + std::to_string(i));
    if (it == strings.text.end()) break;
    c.not_treated.push_back(it->second);
  }
  if (c.not_treated.empty() && missing.empty()) missing = "caption.not_treated.1";
  if (!missing.empty()) {
    return Result<ui::Captions>::error(
        "assets/text/" + strings.language + "/captions.json: " + missing +
        ": missing; every phase needs short, educator and patient texts");
  }
  return c;
}

}  // namespace dv::app
