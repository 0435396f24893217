// Figure annotations. Everything is drawn into ImGui's background draw list so that panels stay
// on top; nothing here keeps state between frames.
#include "ui/overlay.h"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string>

#include "ui/strings.h"

namespace dv::ui {
namespace {

constexpr ImU32 kInk = IM_COL32(245, 246, 248, 255);
constexpr ImU32 kShadow = IM_COL32(10, 12, 16, 235);
constexpr ImU32 kBackdrop = IM_COL32(16, 18, 24, 190);
constexpr ImU32 kTitleInk = IM_COL32(22, 30, 44, 255);
constexpr ImU32 kSubtitleInk = IM_COL32(52, 64, 84, 255);
// Behind the title: light enough that both inks keep ≥ 7:1 whatever is drawn underneath.
constexpr ImU32 kTitlePlate = IM_COL32(240, 242, 246, 232);

ImU32 to_u32(const glm::vec3& linear) {
  // Legend swatches show the colour as drawn: linear → sRGB.
  auto enc = [](float c) {
    c = std::clamp(c, 0.0f, 1.0f);
    const float s = c <= 0.0031308f ? 12.92f * c : 1.055f * std::pow(c, 1.0f / 2.4f) - 0.055f;
    return static_cast<int>(std::lround(s * 255.0f));
  };
  return IM_COL32(enc(linear.r), enc(linear.g), enc(linear.b), 255);
}

bool visible(const scene::Visibility& v, scene::Structure s) {
  return v[static_cast<std::size_t>(s)];
}

struct ScreenBox {
  float min_x = 1e9f, max_x = -1e9f, min_y = 1e9f, max_y = -1e9f;
};

ScreenBox block_box(const scene::Scene& s, const scene::Camera& cam, int w, int h) {
  ScreenBox b;
  for (int i = 0; i < 8; ++i) {
    const glm::vec3 p{(i & 1) ? s.block_max.x : s.block_min.x,
                      (i & 2) ? s.block_max.y : s.block_min.y,
                      (i & 4) ? s.block_max.z : s.block_min.z};
    glm::vec2 px;
    if (!scene::project_to_pixels(cam, p, w, h, &px)) continue;
    b.min_x = std::min(b.min_x, px.x);
    b.max_x = std::max(b.max_x, px.x);
    b.min_y = std::min(b.min_y, px.y);
    b.max_y = std::max(b.max_y, px.y);
  }
  return b;
}

// Push labels apart within one column: keep each near its anchor, never overlapping, and
// inside [top, bottom].
void resolve_column(std::vector<PlacedLabel*>& col, float gap, float top, float bottom) {
  std::sort(col.begin(), col.end(),
            [](const PlacedLabel* a, const PlacedLabel* b) { return a->anchor_y < b->anchor_y; });
  float cursor = top;
  for (PlacedLabel* l : col) {
    l->text_y = std::max(l->anchor_y - 0.5f * l->text_h, cursor);
    cursor = l->text_y + l->text_h + gap;
  }
  float limit = bottom;
  for (auto it = col.rbegin(); it != col.rend(); ++it) {
    PlacedLabel* l = *it;
    l->text_y = std::min(l->text_y, limit - l->text_h);
    limit = l->text_y - gap;
  }
}

}  // namespace

float scale_bar_length_um(float px_per_mm) {
  static constexpr std::array<float, 10> kNice = {10, 20, 50, 100, 200, 250, 500, 1000, 2000, 5000};
  float best = kNice.front();
  for (float um : kNice) {
    const float px = um * 0.001f * px_per_mm;
    if (px <= 220.0f) best = um;
    if (px >= 90.0f) break;
  }
  return best;
}

float front_face_px_per_mm(const scene::Scene& s, const scene::Camera& cam, int w, int h) {
  const float y = 0.5f * (s.block_min.y + s.block_max.y);
  glm::vec2 a, b;
  if (!scene::project_to_pixels(cam, {-0.5f, y, s.block_max.z}, w, h, &a) ||
      !scene::project_to_pixels(cam, {0.5f, y, s.block_max.z}, w, h, &b)) {
    return 0.0f;
  }
  return glm::length(b - a);
}

std::vector<PlacedLabel> layout_labels(const scene::Scene& s, const scene::Camera& cam, int w,
                                       int h, const OverlayOptions& opt, float line_h,
                                       float (*text_width)(const std::string&, void*), void* ctx) {
  std::vector<PlacedLabel> out;
  const ScreenBox box = block_box(s, cam, w, h);
  const float pad = 0.4f * line_h;
  for (const scene::Label& l : s.labels) {
    if (!visible(opt.visible, l.structure)) continue;
    glm::vec2 px;
    if (!scene::project_to_pixels(cam, l.anchor, w, h, &px)) continue;
    if (px.x < 0 || px.y < 0 || px.x > static_cast<float>(w) || px.y > static_cast<float>(h))
      continue;
    std::string text = tr(l.text);  // labels carry ids; their words come from the strings
    std::string medical;
    float tw = text_width(text, ctx);
    if (const std::string lay = "lay." + l.text;
        opt.plain_words && has_text(lay) && text != tr(lay)) {
      medical = std::move(text);
      text = tr(lay);
      tw = text_width(text, ctx) + 0.5f * line_h + kMedicalNameScale * text_width(medical, ctx);
    }
    PlacedLabel p{text, px.x, px.y, 0, 0, tw + 2 * pad, line_h + pad, l.text, medical};
    out.push_back(p);
  }
  const float margin = 0.6f * line_h;
  const float gap = 0.25f * line_h;
  const float right_edge = static_cast<float>(w) - opt.right_margin_px - margin;
  const float top = opt.top_margin_px + 3.4f * line_h;  // below the title
  const float left_bottom = static_cast<float>(h) - margin - opt.left_bottom_reserved_px;
  const float right_bottom = static_cast<float>(h) - margin - opt.right_bottom_reserved_px;
  // How many labels fit in each column; the scene lists labels most important first, so when
  // both columns are full the last ones are dropped rather than overlapped.
  const float row = line_h + pad + gap;
  auto fits = [&](float bottom) {
    return static_cast<std::size_t>(std::max(0.0f, (bottom - top + gap) / row));
  };
  const std::size_t left_cap = fits(left_bottom), right_cap = fits(right_bottom);
  if (out.size() > left_cap + right_cap) out.resize(left_cap + right_cap);
  // When there is no room right of the block, the left column takes all it can hold.
  float widest = 0.0f;
  for (const PlacedLabel& p : out) widest = std::max(widest, p.text_w);
  const bool right_has_room = box.max_x + 2.5f * line_h + widest <= right_edge;
  // With no room right of the block (a narrow view at large text) a right column would be pushed
  // back over the left one: the left column keeps what it holds and the rest are dropped.
  if (!right_has_room && out.size() > left_cap) out.resize(left_cap);
  // Split by anchor x: the leftmost half goes to the left column, within each column's room.
  std::vector<PlacedLabel*> by_x;
  for (PlacedLabel& p : out) by_x.push_back(&p);
  std::sort(by_x.begin(), by_x.end(),
            [](const PlacedLabel* a, const PlacedLabel* b) { return a->anchor_x < b->anchor_x; });
  std::size_t n_left = std::min(left_cap, right_has_room ? (by_x.size() + 1) / 2 : by_x.size());
  n_left = std::max(n_left, by_x.size() > right_cap ? by_x.size() - right_cap : 0);
  std::vector<PlacedLabel*> left(by_x.begin(), by_x.begin() + static_cast<std::ptrdiff_t>(n_left));
  std::vector<PlacedLabel*> right(by_x.begin() + static_cast<std::ptrdiff_t>(n_left), by_x.end());
  const float lead = 2.5f * line_h;
  for (PlacedLabel* p : left) {
    p->text_x = std::max(margin, std::min(box.min_x, p->anchor_x) - lead - p->text_w);
  }
  for (PlacedLabel* p : right) {
    p->text_x = std::min(right_edge - p->text_w, std::max(box.max_x, p->anchor_x) + lead);
  }
  resolve_column(left, gap, top, left_bottom);
  resolve_column(right, gap, top, right_bottom);
  return out;
}

namespace {

struct LegendBox {
  std::vector<const scene::LegendEntry*> rows;
  float w = 0, h = 0, row_h = 0, swatch = 0;
};

LegendBox measure_legend(const scene::Scene& s, const OverlayOptions& opt, ImFont* font, float size,
                         float margin) {
  LegendBox b;
  if (!opt.legend) return b;
  float text_w = 0.0f;
  for (const scene::LegendEntry& e : s.legend) {
    if (!visible(opt.visible, e.structure)) continue;
    b.rows.push_back(&e);
    text_w = std::max(text_w, font->CalcTextSizeA(size, 1e9f, 0.0f, tr(e.name)).x);
  }
  if (b.rows.empty()) return b;
  b.swatch = 0.85f * size;
  b.row_h = 1.3f * size;
  b.w = b.swatch + 0.6f * size + text_w + 1.2f * margin;
  b.h = b.row_h * static_cast<float>(b.rows.size()) + margin;
  return b;
}

void draw_legend(ImDrawList* dl, const LegendBox& b, float x0, float y0, ImFont* font, float size,
                 float margin, float radius) {
  dl->AddRectFilled(ImVec2(x0, y0), ImVec2(x0 + b.w, y0 + b.h), kBackdrop, radius);
  float ry = y0 + 0.5f * margin;
  for (const scene::LegendEntry* e : b.rows) {
    const ImVec2 a(x0 + 0.6f * margin, ry + 0.5f * (b.row_h - b.swatch));
    dl->AddRectFilled(a, ImVec2(a.x + b.swatch, a.y + b.swatch), to_u32(e->colour), 3.0f);
    dl->AddRect(a, ImVec2(a.x + b.swatch, a.y + b.swatch), IM_COL32(255, 255, 255, 140), 3.0f);
    dl->AddText(font, size, ImVec2(a.x + b.swatch + 0.6f * size, ry + 0.12f * b.row_h), kInk,
                tr(e->name));
    ry += b.row_h;
  }
}

// Returns the height the scale bar takes at the bottom left (0 when not drawn).
float draw_scale_bar(ImDrawList* dl, const scene::Scene& s, const scene::Camera& cam, int w, int h,
                     ImFont* font, float size, float margin, float radius) {
  const float ppmm = front_face_px_per_mm(s, cam, w, h);
  if (ppmm <= 0.0f) return 0.0f;
  const float um = scale_bar_length_um(ppmm);
  const float len = um * 0.001f * ppmm;
  char number[32];
  std::snprintf(number, sizeof number, "%g",
                static_cast<double>(um >= 1000.0f ? um / 1000.0f : um));
  const std::string label =
      trf(um >= 1000.0f ? "overlay.scale_bar_mm" : "overlay.scale_bar_um", {{"value", number}});
  const char* text = label.c_str();
  const ImVec2 tsz = font->CalcTextSizeA(size, 1e9f, 0.0f, text);
  const float x0 = margin * 1.5f, y0 = static_cast<float>(h) - margin * 1.6f;
  const float box_top = y0 - tsz.y - 0.9f * margin;
  dl->AddRectFilled(ImVec2(x0 - 0.5f * margin, box_top),
                    ImVec2(x0 + std::max(len, tsz.x) + 0.5f * margin, y0 + 0.7f * margin),
                    kBackdrop, radius);
  dl->AddRectFilled(ImVec2(x0, y0 - 3.0f), ImVec2(x0 + len, y0 + 3.0f), kInk);
  dl->AddLine(ImVec2(x0, y0 - 9.0f), ImVec2(x0, y0 + 9.0f), kInk, 2.0f);
  dl->AddLine(ImVec2(x0 + len, y0 - 9.0f), ImVec2(x0 + len, y0 + 9.0f), kInk, 2.0f);
  dl->AddText(font, size, ImVec2(x0 + 0.5f * (len - tsz.x), y0 - tsz.y - 0.6f * margin), kInk,
              text);
  return static_cast<float>(h) - box_top;
}

}  // namespace

std::vector<PlacedLabel> draw_overlay(const scene::Scene& s, const scene::Camera& cam, int w, int h,
                                      const OverlayOptions& opt_in, const Fonts& fonts) {
  std::vector<PlacedLabel> placed;
  ImDrawList* dl = ImGui::GetBackgroundDrawList();
  const float label_size = fonts.label->FontSize;
  const float line_h = label_size * 1.15f;
  const float margin = 0.8f * line_h;
  const float radius = 0.35f * line_h;
  OverlayOptions opt = opt_in;

  // Corner furniture first, so the label columns can keep clear of it.
  if (opt.scale_bar) {
    opt.left_bottom_reserved_px =
        draw_scale_bar(dl, s, cam, w, h, fonts.label, label_size, margin, radius);
  }
  const LegendBox legend = measure_legend(s, opt, fonts.label, label_size, margin);
  if (!legend.rows.empty()) {
    const float x0 = static_cast<float>(w) - opt.right_margin_px - margin - legend.w;
    const float y0 = static_cast<float>(h) - margin - legend.h;
    draw_legend(dl, legend, x0, y0, fonts.label, label_size, margin, radius);
    opt.right_bottom_reserved_px = legend.h + 0.5f * margin;
  }

  if (opt.labels) {
    struct Ctx {
      ImFont* f;
      float size;
    } ctx{fonts.label, label_size};
    auto width = [](const std::string& t, void* c) {
      auto* k = static_cast<Ctx*>(c);
      return k->f->CalcTextSizeA(k->size, 1e9f, 0.0f, t.c_str()).x;
    };
    placed = layout_labels(s, cam, w, h, opt, line_h, width, &ctx);
    const float pad = 0.4f * line_h;
    for (const PlacedLabel& p : placed) {
      const bool on_left = p.text_x + p.text_w <= p.anchor_x;
      const ImVec2 end(on_left ? p.text_x + p.text_w : p.text_x, p.text_y + 0.5f * p.text_h);
      const ImVec2 anchor(p.anchor_x, p.anchor_y);
      dl->AddLine(anchor, end, kShadow, 3.5f);
      dl->AddLine(anchor, end, kInk, 1.6f);
      dl->AddCircleFilled(anchor, 4.5f, kShadow);
      dl->AddCircleFilled(anchor, 2.8f, kInk);
      dl->AddRectFilled(ImVec2(p.text_x, p.text_y),
                        ImVec2(p.text_x + p.text_w, p.text_y + p.text_h), kBackdrop, radius);
      dl->AddText(fonts.label, label_size, ImVec2(p.text_x + pad, p.text_y + 0.5f * pad), kInk,
                  p.text.c_str());
      if (!p.medical.empty()) {
        const float x = p.text_x + pad + width(p.text, &ctx) + 0.5f * line_h;
        const float small = kMedicalNameScale * label_size;
        dl->AddText(fonts.label, small,
                    ImVec2(x, p.text_y + 0.5f * pad + 0.8f * (label_size - small)),
                    IM_COL32(190, 196, 206, 255), p.medical.c_str());
      }
    }
  }

  // Title and subtitle, top left, in dark ink on a light plate: the pen or roller passes
  // behind them during needling, and dark ink on the dark device would be unreadable.
  float y = opt.top_margin_px + margin;
  if (!opt.title.empty() || !opt.subtitle.empty()) {
    float plate_w = 0.0f, plate_h = 0.0f;
    if (!opt.title.empty()) {
      plate_w = fonts.title->CalcTextSizeA(fonts.title->FontSize, 1e9f, 0, opt.title.c_str()).x;
      plate_h += fonts.title->FontSize * 1.2f;
    }
    if (!opt.subtitle.empty()) {
      plate_w = std::max(plate_w,
                         fonts.label->CalcTextSizeA(label_size, 1e9f, 0, opt.subtitle.c_str()).x);
      plate_h += label_size * 1.2f;
    }
    const float m = 0.35f * margin;
    dl->AddRectFilled(ImVec2(margin - m, y - m), ImVec2(margin + plate_w + m, y + plate_h + m),
                      kTitlePlate, radius);
  }
  if (!opt.title.empty()) {
    dl->AddText(fonts.title, fonts.title->FontSize, ImVec2(margin, y), kTitleInk,
                opt.title.c_str());
    y += fonts.title->FontSize * 1.2f;
  }
  if (!opt.subtitle.empty()) {
    dl->AddText(fonts.label, label_size, ImVec2(margin, y), kSubtitleInk, opt.subtitle.c_str());
  }
  return placed;
}

}  // namespace dv::ui
