// "About these numbers" (issue 8 §4): what the band means, and the five parameters that widen
// it most, each with its range, basis and source, from the model's one-at-a-time sensitivity.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "sim/param_table.h"
#include "ui/panels.h"
#include "ui/strings.h"
#include "ui/widgets.h"

namespace dv::ui {
namespace {

std::string signed_pct(double factor) {
  return number(100.0 * (factor - 1.0), "%+.0f");
}

// Plain name of a table row when the strings have one ("param.collagen_max"), else its id.
std::string row_name(const sim::ParamRow& r) {
  const std::string id = "param." + r.name;
  return has_text(id) ? std::string(tr(id)) : r.name;
}

}  // namespace

void numbers_window(PanelFlags& flags, const sim::Course& course, const sim::Ensemble* ensemble,
                    const std::vector<sim::Sensitivity>* ranking, Commands& out) {
  if (!flags.show_numbers) return;
  if (!ranking) out.want_sensitivity = true;  // computed once per course, in the background
  ImGui::SetNextWindowSize(ImVec2(50.0f * ImGui::GetFontSize(), 0.0f), ImGuiCond_Appearing);
  const std::string title = std::string(tr("numbers.title")) + "###numbers";
  if (ImGui::Begin(title.c_str(), &flags.show_numbers, ImGuiWindowFlags_NoCollapse)) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(tr("numbers.promise"));
    ImGui::TextUnformatted(
        trf("numbers.how", {{"members", std::to_string(ensemble ? ensemble->members
                                                                : sim::kEnsembleDefaultMembers)}})
            .c_str());
    ImGui::TextUnformatted(outcome_words(course, ensemble).c_str());
    ImGui::Spacing();
    ImGui::TextUnformatted(tr("numbers.top_five"));
    ImGui::PopTextWrapPos();
    if (!ranking) {
      ImGui::TextDisabled("%s", tr("numbers.computing"));
    } else if (ImGui::BeginTable("ranking", 4,
                                 ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                     ImGuiTableFlags_SizingStretchProp)) {
      ImGui::TableSetupColumn(tr("numbers.col.parameter"), 0, 1.3f);
      ImGui::TableSetupColumn(tr("numbers.col.range"), 0, 0.9f);
      ImGui::TableSetupColumn(tr("numbers.col.effect"), 0, 1.0f);
      ImGui::TableSetupColumn(tr("numbers.col.basis"), 0, 2.6f);
      ImGui::TableHeadersRow();
      const std::size_t n = std::min<std::size_t>(5, ranking->size());
      for (std::size_t i = 0; i < n; ++i) {
        const sim::Sensitivity& s = (*ranking)[i];
        const sim::ParamRow& r = sim::param_table()[s.row];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(row_name(r).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(trf("numbers.range", {{"low", number(r.low, "%.4g")},
                                                     {"high", number(r.high, "%.4g")},
                                                     {"unit", r.unit == "1" ? "" : r.unit}})
                                   .c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(trf("numbers.effect", {{"at_low", signed_pct(s.at_low)},
                                                      {"at_high", signed_pct(s.at_high)}})
                                   .c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(
            trf("numbers.basis", {{"basis", tr("basis." + r.basis)}, {"source", r.source}})
                .c_str());
        ImGui::PopTextWrapPos();
      }
      ImGui::EndTable();
    }
  }
  ImGui::End();
}

}  // namespace dv::ui
