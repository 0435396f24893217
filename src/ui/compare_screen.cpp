// The compare screen: protocols A and B side by side. Both halves share one clock (the longer
// course drives it, the other follows), the protocol panel edits the active side (click a half,
// Shift+V, or the radio buttons), the chart shows both courses with their bands, and what B
// changes is said in words with the model's numbers.
#include <imgui.h>

#include <algorithm>
#include <cassert>

#include "ui/compare_words.h"
#include "ui/overlay.h"
#include "ui/panels.h"
#include "ui/screen.h"
#include "ui/strings.h"
#include "ui/timeline.h"
#include "ui/widgets.h"

namespace dv::ui {
namespace {

constexpr ImU32 kActiveFrame = IM_COL32(250, 200, 90, 255);
constexpr ImU32 kDiffersInk = IM_COL32(176, 84, 0, 255);  // dark amber on the light figure

// The side panel of compare mode: which side is edited, the cameras' link, what differs in
// words, then the usual tabs for the edited side with the other side's course on the chart.
float compare_side_panel(const ScreenInput& in, PanelFlags& flags, float top_px, Commands& cmd) {
  if (!flags.show_panels || !flags.show_figure) return 0.0f;
  const doc::Document& a = *in.document;
  const doc::Document& b = *in.document_b;
  const int active = flags.compare.active;
  const doc::Document& ed = active == 1 ? b : a;
  const doc::Document& other = active == 1 ? a : b;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float width = 23.0f * ImGui::GetFontSize();
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x - width, vp->Pos.y + top_px));
  ImGui::SetNextWindowSize(ImVec2(width, vp->Size.y - top_px));
  const ImGuiWindowFlags wf = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                              ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoTitleBar;
  if (ImGui::Begin("##compare_panel", nullptr, wf)) {
    section(tr("compare.heading"));
    ImGui::TextUnformatted(tr("compare.editing"));
    ImGui::SameLine();
    if (ImGui::RadioButton(tr("compare.tag.a"), active == 0)) flags.compare.active = 0;
    ImGui::SameLine();
    if (ImGui::RadioButton(tr("compare.tag.b"), active == 1)) flags.compare.active = 1;
    ImGui::SameLine();
    ImGui::Checkbox(tr("compare.link_cameras"), &flags.compare.link_camera);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::PushStyleColor(ImGuiCol_Text, kWarningColour);
    ImGui::TextUnformatted(
        compare_words(a.course(), a.ensemble(), b.course(), b.ensemble()).c_str());
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    const PinnedCurve other_curve{protocol_line(other.scenario()), &other.course().daily(),
                                  other.ensemble(),
                                  tr(active == 1 ? "compare.tag.a" : "compare.tag.b"),
                                  tr(active == 1 ? "compare.tag.b" : "compare.tag.a")};
    if (ImGui::BeginTabBar("tabs")) {
      if (ImGui::BeginTabItem(tr("tab.treatment"))) {
        protocol_tab(ed.scenario(), ed.course(), ed.playback().day, &other_curve, *in.captions, cmd,
                     ed.ensemble(), &flags);
        ImGui::EndTabItem();
      }
      if (ImGui::BeginTabItem(tr("tab.anatomy"))) {
        anatomy_tab(ed.figure(), cmd);
        ImGui::EndTabItem();
      }
      if (ImGui::BeginTabItem(tr("tab.explain"))) {
        explain_tab(*in.captions, ed.course(), ed.playback().day);
        ImGui::EndTabItem();
      }
      ImGui::EndTabBar();
    }
  }
  ImGui::End();
  return width;
}

}  // namespace

const doc::Document& compare_clock(const doc::Document& a, const doc::Document& b) {
  return b.course().end_day() > a.course().end_day() ? b : a;
}

Screen compare_screen(const ScreenInput& in, PanelFlags& flags) {
  assert(in.document && in.document_b && in.captions && in.fonts);
  const doc::Document& a = *in.document;
  const doc::Document& b = *in.document_b;
  flags.compare.active = std::clamp(flags.compare.active, 0, 1);
  const doc::Document& ed = flags.compare.active == 1 ? b : a;
  Screen out;
  Commands& cmd = out.commands;
  ImGui::PushFont(in.fonts->body);
  const float menu_h =
      menu_bar(ed.scenario(), ed.figure(), flags, cmd, in.files, &ed.history(), true);
  const float panel_w = compare_side_panel(in, flags, menu_h, cmd);
  numbers_window(flags, ed.course(), ed.ensemble(), ed.sensitivity(), cmd);
  const float view_w = static_cast<float>(std::max(2, in.width - static_cast<int>(panel_w)));
  float timeline_h = 0.0f;
  const doc::Document& clock = compare_clock(a, b);
  if (flags.show_panels) {
    const std::string& caption =
        in.captions->of(clock.course().phase_at(clock.playback().day)).short_text;
    timeline_h = timeline_panel(clock.course(), clock.warp(), clock.playback(), caption, view_w,
                                *in.fonts, cmd);
  }
  help_window(flags);
  about_window(flags, in.version);
  if (in.files) file_windows(*in.files);
  ImGui::PopFont();
  const float view_h = static_cast<float>(std::max(1, in.height - static_cast<int>(timeline_h)));
  const float half = std::floor(0.5f * view_w);
  out.layout.views.push_back(Rect{0.0f, 0.0f, half, view_h});
  out.layout.views.push_back(Rect{half, 0.0f, view_w - half, view_h});
  out.layout.top_px = menu_h;

  // A click in a half (not on a panel) makes it the edited side.
  const ImGuiIO& io = ImGui::GetIO();
  if (!io.WantCaptureMouse && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    for (int i = 0; i < 2; ++i) {
      const Rect& r = out.layout.views[static_cast<std::size_t>(i)];
      if (io.MousePos.x >= r.x && io.MousePos.x < r.x + r.w && io.MousePos.y >= r.y + menu_h &&
          io.MousePos.y < r.y + r.h) {
        flags.compare.active = i;
      }
    }
  }
  // The edited half is framed; under each title, the settings that differ from the other side.
  ImDrawList* dl = ImGui::GetBackgroundDrawList();
  const float label = in.fonts->label->FontSize;
  for (int i = 0; i < 2; ++i) {
    const Rect& r = out.layout.views[static_cast<std::size_t>(i)];
    const doc::Document& self = i == 0 ? a : b;
    if (i == flags.compare.active && flags.show_panels) {  // projection (Tab) hides the frame
      dl->AddRect(ImVec2(r.x + 2.0f, r.y + menu_h + 2.0f),
                  ImVec2(r.x + r.w - 2.0f, r.y + r.h - 2.0f), kActiveFrame, 0.0f, 0, 3.0f);
    }
    if (!self.figure().title) continue;  // under the title, and hidden with it
    const doc::Document& them = i == 0 ? b : a;
    const std::string settings = differing_settings_text(them.scenario(), self.scenario());
    const std::string line =
        settings.empty()
            ? std::string(tr("compare.same_settings"))
            : trf(i == 0 ? "compare.differs.a" : "compare.differs", {{"settings", settings}});
    const float margin = 0.6f * label;
    const float y = r.y + menu_h + margin + in.fonts->title->FontSize * 1.2f + label * 1.25f;
    dl->PushClipRect(ImVec2(r.x, r.y), ImVec2(r.x + r.w, r.y + r.h), true);
    dl->AddText(in.fonts->label, label, ImVec2(r.x + margin, y), kDiffersInk, line.c_str());
    dl->PopClipRect();
  }
  // The divider between the halves.
  dl->AddLine(ImVec2(half, menu_h), ImVec2(half, view_h), IM_COL32(40, 46, 60, 255), 2.0f);
  return out;
}

}  // namespace dv::ui
