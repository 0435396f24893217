#include "ui/screen.h"

#include <imgui.h>

#include <algorithm>
#include <cassert>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <optional>

#include "ui/names.h"
#include "ui/overlay.h"
#include "ui/panels.h"
#include "ui/strings.h"
#include "ui/timeline.h"

namespace dv::ui {

std::string figure_title(const sim::Scenario& s) {
  return trf("figure.title",
             {{"region", region_text(s.region)},
              {"sex", tr(s.sex == sim::Sex::female ? "figure.female" : "figure.male")},
              {"age", std::to_string(static_cast<int>(s.age_years))}});
}

std::string protocol_line(const sim::Scenario& s) {
  char depth[16];
  std::snprintf(depth, sizeof depth, "%.2f", s.needle_depth_mm);
  const int weeks = static_cast<int>(s.interval_weeks);
  return trf("figure.protocol",
             {{"device", device_text(s.device)},
              {"depth", depth},
              {"sessions", trf(s.sessions == 1 ? "figure.sessions_one" : "figure.sessions",
                               {{"n", std::to_string(s.sessions)}})},
              {"interval", trf(weeks == 1 ? "figure.interval_one" : "figure.interval",
                               {{"n", std::to_string(weeks)}})}});
}

std::string_view key(Mode m) {
  switch (m) {
    case Mode::explore: return "explore";
    case Mode::patient: return "patient";
  }
  return "explore";
}

std::optional<Mode> parse_mode(std::string_view s) {
  for (Mode m : {Mode::explore, Mode::patient}) {
    if (key(m) == s) return m;
  }
  return std::nullopt;
}

std::string magnification_text(float px_per_mm) {
  const double times = static_cast<double>(px_per_mm) * 25.4 / 96.0;
  if (!(times > 0.0)) return "?";
  const double unit = std::pow(10.0, std::floor(std::log10(times)) - 1.0);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f", std::max(1.0, std::round(times / unit) * unit));
  return buf;
}

Screen screen(Mode mode, const ScreenInput& in, PanelFlags& flags) {
  flags.mode = mode;
  switch (mode) {
    case Mode::explore: return explore_screen(in, flags);
    case Mode::patient: return patient_screen(in, flags);
  }
  return explore_screen(in, flags);
}

Screen explore_screen(const ScreenInput& in, PanelFlags& flags) {
  assert(in.document && in.captions && in.fonts);
  const doc::Document& d = *in.document;
  Screen out;
  Commands& cmd = out.commands;
  ImGui::PushFont(in.fonts->body);
  const float menu_h = menu_bar(d.scenario(), d.figure(), flags, cmd);
  std::optional<PinnedCurve> pinned;
  if (d.pinned()) {
    pinned =
        PinnedCurve{protocol_line(d.pinned()->scenario) + ", " + figure_title(d.pinned()->scenario),
                    &d.pinned()->daily, d.pinned()->ensemble.get()};
  }
  const float panel_w =
      side_panel(d.scenario(), d.course(), d.playback().day, pinned ? &*pinned : nullptr,
                 *in.captions, d.figure(), flags, menu_h, cmd, d.ensemble());
  numbers_window(flags, d.course(), d.ensemble(), d.sensitivity(), cmd);
  // The figure takes the area left of the side panel and above the timeline.
  const float view_w = static_cast<float>(std::max(1, in.width - static_cast<int>(panel_w)));
  float timeline_h = 0.0f;
  if (flags.show_panels) {
    const std::string& caption = in.captions->of(d.course().phase_at(d.playback().day)).short_text;
    timeline_h =
        timeline_panel(d.course(), d.warp(), d.playback(), caption, view_w, *in.fonts, cmd);
  }
  help_window(flags);
  about_window(flags, in.version);
  ImGui::PopFont();
  const float view_h = static_cast<float>(std::max(1, in.height - static_cast<int>(timeline_h)));
  out.layout.views.push_back(Rect{0.0f, 0.0f, view_w, view_h});
  out.layout.top_px = menu_h;
  return out;
}

std::vector<PlacedLabel> draw_figure_overlay(const doc::Document& d,
                                             const scene::Scene& annotations,
                                             const scene::Camera& camera, const Rect& rect,
                                             float top_px, const Fonts& fonts, bool plain) {
  const scene::FigureOptions& f = d.figure();
  OverlayOptions o;
  o.labels = f.labels;
  o.legend = f.legend;
  o.scale_bar = f.scale_bar;
  o.visible = f.visible;
  if (f.title) {
    o.title = figure_title(d.scenario());
    o.subtitle = time_label(d.course(), d.playback().day) + "   " + protocol_line(d.scenario());
  }
  if (plain) {
    o.plain_words = true;
    // Magnification on a common desktop screen (96 px per inch); the title says it plainly.
    const float px_per_mm = front_face_px_per_mm(annotations, camera, static_cast<int>(rect.w),
                                                 static_cast<int>(rect.h));
    o.title = trf("patient.magnified", {{"times", magnification_text(px_per_mm)}});
    // The phase in everyday words ("Day 3: the skin cleans up"), no medical phase name.
    const double day = d.playback().day;
    const std::string phase(sim::phase_name(d.course().phase_at(day)));
    std::string key = "patient.phase." + phase;
    for (char& ch : key) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    o.subtitle = trf("patient.when", {{"day", std::to_string(static_cast<int>(std::floor(day)))},
                                      {"phase", tr(key)}});
  }
  o.top_margin_px = top_px;
  // The overlay is laid out for a view at the origin; a view elsewhere (side by side) gets its
  // vertices moved to its rectangle.
  ImDrawList* dl = ImGui::GetBackgroundDrawList();
  const int first = dl->VtxBuffer.Size;
  std::vector<PlacedLabel> placed = draw_overlay(annotations, camera, static_cast<int>(rect.w),
                                                 static_cast<int>(rect.h), o, fonts);
  if (rect.x != 0.0f || rect.y != 0.0f) {
    for (int i = first; i < dl->VtxBuffer.Size; ++i) {
      dl->VtxBuffer[i].pos.x += rect.x;
      dl->VtxBuffer[i].pos.y += rect.y;
    }
    for (PlacedLabel& p : placed) {
      p.anchor_x += rect.x;
      p.text_x += rect.x;
      p.anchor_y += rect.y;
      p.text_y += rect.y;
    }
  }
  return placed;
}

}  // namespace dv::ui
