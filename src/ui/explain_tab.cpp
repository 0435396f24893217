#include <imgui.h>

#include "ui/captions.h"
#include "ui/strings.h"
#include "ui/timeline.h"
#include "ui/widgets.h"

namespace dv::ui {

void explain_tab(const Captions& captions, const sim::Course& course, double day) {
  const sim::Phase phase = course.phase_at(day);
  const PhaseCaption& c = captions.of(phase);
  section(time_label(course, day).c_str());
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(c.short_text.c_str());
  ImGui::Spacing();
  ImGui::TextDisabled("%s", tr("explain.in_the_skin"));
  ImGui::TextUnformatted(c.educator.c_str());
  ImGui::Spacing();
  ImGui::TextDisabled("%s", tr("explain.you_may_notice"));
  ImGui::TextUnformatted(c.patient.c_str());
  section(tr("explain.not_treated"));
  ImGui::TextUnformatted(captions.not_treated_intro.c_str());
  for (const std::string& item : captions.not_treated) {
    ImGui::Bullet();
    ImGui::TextUnformatted(item.c_str());
  }
  ImGui::PopTextWrapPos();
}

}  // namespace dv::ui
