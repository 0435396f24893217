#include "ui/sensation_readout.h"

#include <imgui.h>

#include <cmath>
#include <string>

#include "sim/sensation.h"
#include "ui/strings.h"
#include "ui/widgets.h"

namespace dv::ui {

void sensation_readout(const sim::Scenario& s, const sim::Course& course) {
  if (course.daily().empty() || !has_text("sensation.line")) return;
  const double score = course.daily().front().sensation;
  const std::string band = "sensation.band." + std::to_string(sim::sensation_band(score));
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(
      trf("sensation.line", {{"words", tr(band)}, {"score", number(score, "%.0f")}}).c_str());
  if (sim::region_sensitivity(s.region) > 1.15)
    ImGui::TextDisabled("%s", tr("sensation.sensitive_region"));
  if (s.anaesthetic == sim::Anaesthetic::topical) {
    const double relief = sim::anaesthetic_relief(s.anaesthetic, s.anaesthetic_wait_min);
    ImGui::TextDisabled(
        "%s", trf("sensation.numbing", {{"minutes", number(s.anaesthetic_wait_min, "%.0f")},
                                        {"relief_pct", number(100.0 * relief, "%.0f")}})
                  .c_str());
  } else {
    ImGui::TextDisabled("%s", tr("sensation.no_numbing"));
  }
  ImGui::TextDisabled("%s", tr("swelling.line"));
  ImGui::TextDisabled("%s", tr("swelling.flaking"));
  ImGui::PopTextWrapPos();
}

}  // namespace dv::ui
