// The lecture screen (issue 10 §2): the figure full screen above a caption bar. Keys come
// through the lecture shortcut table (app/input); this draws and returns the layout.
#include <imgui.h>

#include <algorithm>
#include <cassert>

#include "doc/lesson.h"
#include "scene/figure_options.h"
#include "ui/lecture.h"
#include "ui/names.h"
#include "ui/overlay.h"
#include "ui/panels.h"
#include "ui/shortcuts.h"
#include "ui/strings.h"
#include "ui/timeline.h"

namespace dv::ui {
namespace {

// Wrapped height of `text` at `size` within `wrap` px.
float wrapped_h(ImFont* f, float size, float wrap, const std::string& text) {
  if (text.empty()) return 0.0f;
  return f->CalcTextSizeA(size, 1e9f, wrap, text.c_str()).y;
}

void progress_dots(ImDrawList* dl, float x_right, float y, std::size_t n, std::size_t current,
                   float r, const BarColours& c) {
  const float step = 2.8f * r;
  float x = x_right - step * static_cast<float>(n > 0 ? n - 1 : 0) - r;
  for (std::size_t i = 0; i < n; ++i, x += step) {
    if (i == current) {
      dl->AddCircleFilled(ImVec2(x, y), r * 1.25f, c.accent);
    } else if (i < current) {
      dl->AddCircleFilled(ImVec2(x, y), r, c.caption);
    } else {
      dl->AddCircle(ImVec2(x, y), r, c.muted, 0, 2.0f);
    }
  }
}

// The controls of the lecture: its own rows, then the general rows it leaves working.
void lecture_help_window(PanelFlags& flags) {
  if (!flags.show_help) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->Size.x * 0.5f, vp->Size.y * 0.4f), ImGuiCond_Always,
                          ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(40.0f * ImGui::GetFontSize(), vp->Size.x * 0.9f), 0));
  const std::string title = std::string(tr("lecture.controls_title")) + "###lecture_controls";
  if (ImGui::Begin(title.c_str(), &flags.show_help,
                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove)) {
    if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV)) {
      auto row = [](const ControlRow& r) {
        const std::string keys = row_keys(r);
        if (keys.empty()) return;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(keys.c_str());
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(tr(r.id));
        ImGui::PopTextWrapPos();
      };
      for (const ControlRow& r : control_rows(ShortcutScope::lecture)) row(r);
      // General rows whose keys all still work here (zoom, stain, labels, full screen, ...).
      for (const ControlRow& r : control_rows(ShortcutScope::general)) {
        bool any = false, all_free = true;
        for (const Shortcut& s : shortcuts(ShortcutScope::general)) {
          if (s.row != r.id || !s.listed) continue;
          any = true;
          if (overridden(s, ShortcutScope::lecture)) all_free = false;
        }
        if (any && all_free) row(r);
      }
      ImGui::EndTable();
    }
  }
  ImGui::End();
}

void draw_bar(ImDrawList* dl, const CaptionBar& b, const std::string& title,
              const std::string& caption, const doc::Document& d, const doc::LessonPlayer& p,
              const Fonts& fonts, const BarColours& c) {
  const Rect& r = b.bar;
  dl->AddRectFilled(ImVec2(r.x, r.y), ImVec2(r.x + r.w, r.y + r.h), c.background);
  dl->AddRectFilled(ImVec2(r.x, r.y), ImVec2(r.x + r.w, r.y + 4.0f), c.accent);
  const float x = r.x + b.pad_px;
  float y = r.y + b.pad_px;
  dl->AddText(fonts.lecture_title, b.title_px, ImVec2(x, y), c.title, title.c_str(), nullptr,
              b.text_w);
  y += b.title_h + 0.35f * b.pad_px;
  dl->AddText(fonts.lecture_caption, b.caption_px, ImVec2(x, y), c.caption, caption.c_str(),
              nullptr, b.text_w);
  // Right column: chapter n / N with dots, the time, the stain when not the default one.
  const float right = r.x + r.w - b.pad_px;
  const float small = std::max(0.8f * b.caption_px, 18.0f);
  float ry = r.y + b.pad_px;
  const std::string progress = trf("lecture.progress", {{"n", std::to_string(p.chapter() + 1)},
                                                        {"count", std::to_string(p.count())}});
  const float pw = fonts.lecture_caption->CalcTextSizeA(b.caption_px, 1e9f, 0, progress.c_str()).x;
  dl->AddText(fonts.lecture_caption, b.caption_px, ImVec2(right - pw, ry), c.title,
              progress.c_str());
  ry += b.caption_px * 1.5f;
  progress_dots(dl, right, ry, p.count(), p.chapter(), std::max(5.0f, 0.18f * b.caption_px), c);
  ry += b.caption_px * 0.8f;
  const std::string when = time_label(d.course(), d.playback().day);
  const float ww = fonts.lecture_caption->CalcTextSizeA(small, 1e9f, 0, when.c_str()).x;
  dl->AddText(fonts.lecture_caption, small, ImVec2(right - ww, ry), c.caption, when.c_str());
  ry += small * 1.3f;
  if (d.figure().stain != scene::Stain::illustrated) {
    const std::string stain = trf("lecture.stain", {{"stain", stain_text(d.figure().stain)}});
    const float sw = fonts.lecture_caption->CalcTextSizeA(small, 1e9f, 0, stain.c_str()).x;
    dl->AddText(fonts.lecture_caption, small, ImVec2(right - sw, ry), c.accent, stain.c_str());
  }
}

}  // namespace

BarColours bar_colours(bool projector) {
  // Contrast of title and caption ink on the bar ≥ 7:1 in both schemes; the accent ≥ 4.5:1.
  if (projector) {
    return {IM_COL32(250, 250, 246, 255), IM_COL32(12, 16, 24, 255), IM_COL32(28, 34, 46, 255),
            IM_COL32(150, 60, 0, 255), IM_COL32(110, 116, 128, 255)};
  }
  return {IM_COL32(16, 20, 28, 255), IM_COL32(250, 250, 252, 255), IM_COL32(226, 231, 240, 255),
          IM_COL32(255, 208, 110, 255), IM_COL32(130, 138, 152, 255)};
}

CaptionBar caption_bar_layout(const std::string& title, const std::string& caption, float width,
                              float height, const Fonts& fonts) {
  CaptionBar b;
  const float base_title = fonts.lecture_title->FontSize;
  const float base_caption = fonts.lecture_caption->FontSize;
  for (float k = 1.0f; k >= 0.395f; k -= 0.05f) {
    b.title_px = base_title * k;
    b.caption_px = base_caption * k;
    b.pad_px = 0.6f * b.caption_px;
    b.side_w = std::max(7.5f * b.caption_px, 0.2f * width);
    b.text_w = std::max(50.0f, width - b.side_w - 3.0f * b.pad_px);
    b.title_h = wrapped_h(fonts.lecture_title, b.title_px, b.text_w, title);
    b.caption_h = wrapped_h(fonts.lecture_caption, b.caption_px, b.text_w, caption);
    // The right column: progress, dots, time and stain stacked.
    const float side_h =
        b.caption_px * 1.5f + b.caption_px * 0.8f + 2.0f * 0.8f * b.caption_px * 1.3f;
    const float h = 2.0f * b.pad_px + std::max(b.title_h + 0.35f * b.pad_px + b.caption_h, side_h);
    b.bar = Rect{0.0f, height - h, width, h};
    b.fits = h <= kCaptionBarMaxShare * height;
    if (b.fits) break;
  }
  return b;
}

std::vector<scene::Label> lecture_labels(const scene::Scene& annotations,
                                         const std::vector<std::string>& chosen,
                                         std::optional<scene::Structure> emphasis) {
  std::vector<scene::Label> out;
  auto wanted = [&](const scene::Label& l) {
    return chosen.empty() || std::find(chosen.begin(), chosen.end(), l.text) != chosen.end();
  };
  // The emphasised structure's labels first, then the chapter's order (or the scene's).
  for (const scene::Label& l : annotations.labels) {
    if (emphasis && l.structure == *emphasis && wanted(l)) out.push_back(l);
  }
  if (chosen.empty()) {
    for (const scene::Label& l : annotations.labels) {
      if (!(emphasis && l.structure == *emphasis)) out.push_back(l);
    }
  } else {
    for (const std::string& id : chosen) {
      for (const scene::Label& l : annotations.labels) {
        if (l.text == id && !(emphasis && l.structure == *emphasis)) out.push_back(l);
      }
    }
  }
  if (out.size() > kLectureMaxLabels) out.resize(kLectureMaxLabels);
  return out;
}

bool leaders_cross(const PlacedLabel& a, const PlacedLabel& b) {
  auto ends = [](const PlacedLabel& p) {
    const bool on_left = p.text_x + p.text_w <= p.anchor_x;
    return std::pair{ImVec2(p.anchor_x, p.anchor_y),
                     ImVec2(on_left ? p.text_x + p.text_w : p.text_x, p.text_y + 0.5f * p.text_h)};
  };
  const auto [p1, p2] = ends(a);
  const auto [q1, q2] = ends(b);
  auto cross = [](ImVec2 o, ImVec2 u, ImVec2 v) {
    return (u.x - o.x) * (v.y - o.y) - (u.y - o.y) * (v.x - o.x);
  };
  const float d1 = cross(q1, q2, p1), d2 = cross(q1, q2, p2);
  const float d3 = cross(p1, p2, q1), d4 = cross(p1, p2, q2);
  // Proper crossings only: leaders that share an anchor point or touch end to end do not count.
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

std::vector<PlacedLabel> without_crossings(const std::vector<PlacedLabel>& placed) {
  std::vector<PlacedLabel> kept;
  for (const PlacedLabel& p : placed) {
    const bool crosses = std::any_of(kept.begin(), kept.end(),
                                     [&](const PlacedLabel& k) { return leaders_cross(p, k); });
    if (!crosses) kept.push_back(p);
  }
  return kept;
}

void draw_lecture_overlay(const doc::Document& d, const doc::Chapter* chapter,
                          const scene::Scene& annotations, const scene::Camera& camera,
                          const Rect& rect, const Fonts& fonts) {
  const scene::FigureOptions& f = d.figure();
  scene::Scene shown;
  shown.block_min = annotations.block_min;
  shown.block_max = annotations.block_max;
  shown.layout = annotations.layout;
  shown.legend = annotations.legend;
  static const std::vector<std::string> kAll;
  shown.labels = lecture_labels(annotations, chapter ? chapter->view.labels : kAll,
                                chapter ? chapter->view.emphasis : std::nullopt);
  OverlayOptions o;
  o.labels = f.labels;
  o.legend = f.legend;
  o.scale_bar = f.scale_bar;
  o.visible = f.visible;
  ImDrawList* dl = ImGui::GetBackgroundDrawList();
  const int first = dl->VtxBuffer.Size;
  const int w = static_cast<int>(rect.w), h = static_cast<int>(rect.h);
  // A slide shows only labels whose leaders do not cross: lay them out as the overlay will,
  // and keep the most important of each crossing pair.
  if (f.labels && shown.labels.size() > 1) {
    struct Ctx {
      ImFont* font;
      float size;
    } ctx{fonts.label, fonts.label->FontSize};
    auto width = [](const std::string& t, void* c) {
      auto* k = static_cast<Ctx*>(c);
      return k->font->CalcTextSizeA(k->size, 1e9f, 0.0f, t.c_str()).x;
    };
    const auto kept = without_crossings(
        layout_labels(shown, camera, w, h, o, 1.15f * fonts.label->FontSize, width, &ctx));
    std::vector<scene::Label> labels;
    for (const scene::Label& l : shown.labels) {
      const std::string text = tr(l.text);
      if (std::any_of(kept.begin(), kept.end(),
                      [&](const PlacedLabel& p) { return p.text == text; }))
        labels.push_back(l);
    }
    shown.labels = std::move(labels);
  }
  // The overlay keeps to its rectangle: nothing of it reaches the caption bar below.
  dl->PushClipRect(ImVec2(0, 0), ImVec2(rect.w, rect.h), true);
  draw_overlay(shown, camera, w, h, o, fonts);
  if (chapter && chapter->view.emphasis && f.labels) {
    for (const scene::Label& l : shown.labels) {
      if (l.structure != *chapter->view.emphasis) continue;
      glm::vec2 px;
      if (!scene::project_to_pixels(camera, l.anchor, w, h, &px)) continue;
      const float r = 0.9f * fonts.label->FontSize;
      dl->AddCircle(ImVec2(px.x, px.y), r, IM_COL32(10, 12, 16, 220), 0, 6.0f);
      dl->AddCircle(ImVec2(px.x, px.y), r, IM_COL32(255, 208, 110, 255), 0, 3.5f);
    }
  }
  dl->PopClipRect();
  if (rect.x != 0.0f || rect.y != 0.0f) {
    for (int i = first; i < dl->VtxBuffer.Size; ++i) {
      dl->VtxBuffer[i].pos.x += rect.x;
      dl->VtxBuffer[i].pos.y += rect.y;
    }
  }
}

Screen lecture_screen(const ScreenInput& in, PanelFlags& flags) {
  assert(in.document && in.captions && in.fonts);
  const doc::Document& d = *in.document;
  Screen out;
  Commands& cmd = out.commands;
  const Fonts& fonts = *in.fonts;
  const float W = static_cast<float>(in.width), H = static_cast<float>(in.height);
  ImGui::PushFont(fonts.body);
  // Branching off: Tab opens the side panel (protocol, anatomy) over the right of the figure.
  float panel_w = 0.0f;
  if (flags.show_panels) {
    panel_w = side_panel(d.scenario(), d.course(), d.playback().day, nullptr, *in.captions,
                         d.figure(), flags, 0.0f, cmd, d.ensemble());
  }
  const float view_w = std::max(1.0f, W - panel_w);
  float bar_h = 0.0f;
  const doc::LessonPlayer* p = in.lesson;
  const bool active = p && p->active();
  if (active) {
    const doc::Chapter& c = p->current();
    const std::string caption = doc::fill_caption(c.caption, d, &strings().text);
    const CaptionBar b = caption_bar_layout(c.title, caption, view_w, H, fonts);
    bar_h = b.bar.h;
    draw_bar(ImGui::GetBackgroundDrawList(), b, c.title, caption, d, *p, fonts,
             bar_colours(in.projector));
    if (p->branched(d)) {
      // A small window over the top left: where the presenter is, and the way back.
      ImGui::SetNextWindowPos(ImVec2(12.0f, 12.0f));
      ImGui::SetNextWindowBgAlpha(0.92f);
      if (ImGui::Begin("##branched", nullptr,
                       ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                           ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoFocusOnAppearing)) {
        ImGui::TextUnformatted(tr("lecture.branched"));
        if (ImGui::Button(tr("lecture.back"))) cmd.lecture.back = true;
      }
      ImGui::End();
    }
  }
  lecture_help_window(flags);
  ImGui::PopFont();
  if (active && p->blank()) {
    ImGui::GetForegroundDrawList()->AddRectFilled(ImVec2(0, 0), ImVec2(W, H),
                                                  IM_COL32(0, 0, 0, 255));
  }
  out.layout.views.push_back(Rect{0.0f, 0.0f, view_w, std::max(1.0f, H - bar_h)});
  out.layout.top_px = 0.0f;
  return out;
}

}  // namespace dv::ui
