#include "ui/capture_panels.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "ui/strings.h"

namespace dv::ui {

std::string capture_size_name(int i) {
  const CaptureSize s = kCaptureSizes[std::clamp(i, 0, kCaptureSizeCount - 1)];
  if (s.width == 0) return tr("capture.size.window");
  return trf("capture.size.pixels",
             {{"width", std::to_string(s.width)}, {"height", std::to_string(s.height)}});
}

namespace {

// The band's metrics for a frame: sizes follow the frame, ≈ 4 % of the height for the title
// and 3 % for the caption.
struct Band {
  ImFont* title_font;
  ImFont* body_font;
  float pad, title_px, body_px, wrap, gap;
  ImVec2 title_size, body_size;
  float height() const { return title_size.y + gap + body_size.y + 2.0f * pad; }
};

Band band_for(const std::string& title, const std::string& caption, int width, int height,
              const Fonts& fonts) {
  Band b{};
  const float w = static_cast<float>(width), h = static_cast<float>(height);
  b.pad = std::max(8.0f, h * 0.02f);
  b.title_font = fonts.title ? fonts.title : ImGui::GetFont();
  b.body_font = fonts.body ? fonts.body : ImGui::GetFont();
  b.title_px = std::max(12.0f, h * 0.04f);
  b.body_px = std::max(10.0f, h * 0.03f);
  b.wrap = w - 2.0f * b.pad;
  if (!title.empty()) {
    b.title_size = b.title_font->CalcTextSizeA(b.title_px, b.wrap, b.wrap, title.c_str());
  }
  b.body_size = b.body_font->CalcTextSizeA(b.body_px, b.wrap, b.wrap, caption.c_str());
  b.gap = title.empty() ? 0.0f : b.pad * 0.4f;
  return b;
}

}  // namespace

float caption_band_height(const std::string& title, const std::string& caption, int width,
                          int height, const Fonts& fonts) {
  return band_for(title, caption, width, height, fonts).height();
}

void draw_caption_band(const std::string& title, const std::string& caption, int width, int height,
                       const Fonts& fonts) {
  const Band b = band_for(title, caption, width, height, fonts);
  ImDrawList* dl = ImGui::GetForegroundDrawList();
  const float w = static_cast<float>(width), h = static_cast<float>(height);
  const float top = h - b.height();
  // Near-black: white text on it has a contrast far above 4.5:1.
  dl->AddRectFilled(ImVec2(0, top), ImVec2(w, h), IM_COL32(16, 16, 20, 255));
  float y = top + b.pad;
  if (!title.empty()) {
    dl->AddText(b.title_font, b.title_px, ImVec2(b.pad, y), IM_COL32(255, 255, 255, 255),
                title.c_str(), nullptr, b.wrap);
    y += b.title_size.y + b.gap;
  }
  dl->AddText(b.body_font, b.body_px, ImVec2(b.pad, y), IM_COL32(235, 235, 235, 255),
              caption.c_str(), nullptr, b.wrap);
}

bool draw_toast(const Toast& t, double now_s, float width, float height) {
  const double age = now_s - t.shown_at_s;
  if (t.text.empty() || age < 0.0 || age > kToastHoldSeconds + kToastFadeSeconds) return false;
  const float alpha = age <= kToastHoldSeconds
                          ? 1.0f
                          : static_cast<float>(1.0 - (age - kToastHoldSeconds) / kToastFadeSeconds);
  ImDrawList* dl = ImGui::GetForegroundDrawList();
  const float pad = ImGui::GetFontSize() * 0.6f;
  const float wrap = std::max(100.0f, width * 0.6f);
  const ImVec2 size = ImGui::CalcTextSize(t.text.c_str(), nullptr, false, wrap);
  // Centred at 70 % of the height: over the figure, clear of the timeline and the title.
  const ImVec2 p0((width - size.x) * 0.5f - pad, height * 0.7f - size.y * 0.5f - pad);
  const ImVec2 p1(p0.x + size.x + 2.0f * pad, p0.y + size.y + 2.0f * pad);
  const auto a = static_cast<int>(alpha * 255.0f);
  const ImU32 bg = t.error ? IM_COL32(120, 20, 20, a * 9 / 10) : IM_COL32(20, 20, 24, a * 9 / 10);
  dl->AddRectFilled(p0, p1, bg, pad * 0.5f);
  dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(p0.x + pad, p0.y + pad),
              IM_COL32(255, 255, 255, a), t.text.c_str(), nullptr, wrap);
  return true;
}

RecordRequest record_dialog(RecordDialog& d, const RecordProgress& p, double end_day,
                            bool lesson_active) {
  RecordRequest out;
  if (!d.open) return out;
  const float end = static_cast<float>(end_day);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(
      ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.4f),
      ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::Begin(tr("record.title"), &d.open,
                    ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::End();
    return out;
  }
  if (!d.open && p.active) out.cancel = true;  // closing the window cancels
  ImGui::PushItemWidth(ImGui::GetFontSize() * 16.0f);
  ImGui::BeginDisabled(p.active);
  if (!lesson_active) d.what = 0;
  if (lesson_active) {
    ImGui::RadioButton(tr("record.what.span"), &d.what, 0);
    ImGui::SameLine();
    ImGui::RadioButton(tr("record.what.chapter"), &d.what, 1);
    ImGui::SameLine();
    ImGui::RadioButton(tr("record.what.lesson"), &d.what, 2);
  }
  if (d.what == 0) {
    ImGui::SliderFloat(tr("record.from_day"), &d.from_day, 0.0f, end, "%.2f",
                       ImGuiSliderFlags_AlwaysClamp);
    ImGui::SliderFloat(tr("record.to_day"), &d.to_day, 0.0f, end, "%.2f",
                       ImGuiSliderFlags_AlwaysClamp);
    if (d.to_day < d.from_day) d.to_day = d.from_day;
    ImGui::SliderFloat(tr("record.seconds"), &d.seconds, 1.0f, 120.0f, "%.0f",
                       ImGuiSliderFlags_AlwaysClamp);
  }
  ImGui::SliderInt(tr("record.fps"), &d.fps, 10, 60, "%d", ImGuiSliderFlags_AlwaysClamp);
  const std::string current = capture_size_name(d.size_index);
  if (ImGui::BeginCombo(tr("record.size"), current.c_str())) {
    for (int i = 1; i < kCaptureSizeCount; ++i) {
      const std::string name = capture_size_name(i);
      if (ImGui::Selectable(name.c_str(), d.size_index == i)) d.size_index = i;
    }
    ImGui::EndCombo();
  }
  ImGui::Checkbox(tr("record.captions"), &d.captions);
  ImGui::EndDisabled();
  ImGui::PopItemWidth();
  if (!p.active) {
    if (ImGui::Button(tr("record.start"))) out.start = true;
  } else {
    const float frac = p.frames_total > 0
                           ? static_cast<float>(p.frames_done) / static_cast<float>(p.frames_total)
                           : 0.0f;
    std::string overlay = trf("record.progress", {{"done", std::to_string(p.frames_done)},
                                                  {"total", std::to_string(p.frames_total)}});
    if (p.seconds_left >= 0.0) {
      char left[32];
      std::snprintf(left, sizeof left, "%.0f", p.seconds_left);
      overlay += "  " + trf("record.time_left", {{"seconds", left}});
    }
    ImGui::ProgressBar(frac, ImVec2(ImGui::GetFontSize() * 24.0f, 0.0f), overlay.c_str());
    if (ImGui::Button(tr("record.cancel"))) out.cancel = true;
  }
  ImGui::End();
  return out;
}

}  // namespace dv::ui
