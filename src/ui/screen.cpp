#include "ui/screen.h"

#include <imgui.h>

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdio>
#include <optional>

#include "ui/lecture.h"
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

namespace {

// The phase caption of projection mode, centred at the bottom of the figure; returns its height.
float projection_caption(const doc::Document& d, const Captions& captions, float width,
                         float height, const Fonts& fonts) {
  const std::string& text = captions.of(d.course().phase_at(d.playback().day)).short_text;
  if (text.empty()) return 0.0f;
  ImFont* f = fonts.label;
  const float size = f->FontSize;
  const float pad = 0.5f * size;
  const float wrap = std::max(50.0f, width - 4.0f * pad);
  const ImVec2 t = f->CalcTextSizeA(size, 1e9f, wrap, text.c_str());
  const float h = t.y + 2.0f * pad;
  const ImVec2 a(0.0f, height - h);
  ImDrawList* dl = ImGui::GetBackgroundDrawList();
  dl->AddRectFilled(a, ImVec2(width, height), IM_COL32(16, 20, 28, 255));
  dl->AddText(f, size, ImVec2(0.5f * (width - t.x), a.y + pad), IM_COL32(240, 242, 246, 255),
              text.c_str(), nullptr, wrap);
  return h;
}

}  // namespace

Screen screen(Mode mode, const ScreenInput& in, PanelFlags& flags) {
  switch (mode) {
    case Mode::explore: return explore_screen(in, flags);
    case Mode::lecture: return lecture_screen(in, flags);
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
  if (flags.show_panels) {
    lecture_menus(in, cmd);
    lesson_editor(in, cmd);
  }
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
  if (!flags.show_panels) {
    // Projection mode keeps the phase caption (and the stain, in the subtitle): a line at the
    // bottom, its height reserved so the figure's furniture stays clear of it.
    timeline_h =
        projection_caption(d, *in.captions, view_w, static_cast<float>(in.height), *in.fonts);
  }
  const float view_h = static_cast<float>(std::max(1, in.height - static_cast<int>(timeline_h)));
  out.layout.views.push_back(Rect{0.0f, 0.0f, view_w, view_h});
  out.layout.top_px = menu_h;
  return out;
}

void draw_figure_overlay(const doc::Document& d, const scene::Scene& annotations,
                         const scene::Camera& camera, const Rect& rect, float top_px,
                         const Fonts& fonts) {
  const scene::FigureOptions& f = d.figure();
  OverlayOptions o;
  o.labels = f.labels;
  o.legend = f.legend;
  o.scale_bar = f.scale_bar;
  o.visible = f.visible;
  if (f.title) {
    o.title = figure_title(d.scenario());
    o.subtitle = time_label(d.course(), d.playback().day) + "   " + protocol_line(d.scenario());
    if (f.stain != scene::Stain::illustrated)
      o.subtitle += "   " + trf("lecture.stain", {{"stain", stain_text(f.stain)}});
  }
  o.top_margin_px = top_px;
  // The overlay is laid out for a view at the origin; a view elsewhere (side by side) gets its
  // vertices moved to its rectangle.
  ImDrawList* dl = ImGui::GetBackgroundDrawList();
  const int first = dl->VtxBuffer.Size;
  // The annotations keep to the figure's rectangle (a long title never runs under the panel).
  dl->PushClipRect(ImVec2(rect.x, rect.y), ImVec2(rect.x + rect.w, rect.y + rect.h), true);
  draw_overlay(annotations, camera, static_cast<int>(rect.w), static_cast<int>(rect.h), o, fonts);
  dl->PopClipRect();
  if (rect.x != 0.0f || rect.y != 0.0f) {
    for (int i = first; i < dl->VtxBuffer.Size; ++i) {
      dl->VtxBuffer[i].pos.x += rect.x;
      dl->VtxBuffer[i].pos.y += rect.y;
    }
  }
}

}  // namespace dv::ui
