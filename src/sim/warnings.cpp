// Plain-words notices. Sources: contraindications (clinic pages, science.md §4b, F-L);
// post-inflammatory hyperpigmentation as an adverse event (Harris 2015); poor response of
// hypertrophic scars and keloid tendency (contraindication lists, science.md §4b).
#include "sim/warnings.h"

#include <cstdio>
#include <string>

namespace dv::sim {
namespace {

std::string mm(double um) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f mm", um / 1000.0);
  return buf;
}

}  // namespace

std::vector<Warning> scenario_warnings(const Scenario& sc, const SkinLayers& skin,
                                       const Needling& n) {
  std::vector<Warning> w;
  if (n.reaches_subcutis) {
    w.push_back({"needle_depth_mm",
                 "The channels (" + mm(n.effective_depth_um) +
                     " deep) go through the skin into the fat below it (skin is " +
                     mm(skin.dermis_bottom_um()) + " thick here). Use a shorter needle."});
  }
  if (sc.needle_depth_mm > skin.usual_depth_max_mm + 1e-9) {
    char buf[160];
    std::snprintf(buf, sizeof buf,
                  "A %.2f mm needle is deeper than usual for the %s (%.2f-%.2f mm).",
                  sc.needle_depth_mm, std::string(display_name(sc.region)).c_str(),
                  skin.usual_depth_min_mm, skin.usual_depth_max_mm);
    w.push_back({"needle_depth_mm", buf});
  }
  switch (sc.condition) {
    case Condition::active_acne:
      w.push_back({"condition",
                   "Active acne is a reason not to microneedle: needling can spread the "
                   "infection and worsen inflammation. Treat the acne first."});
      break;
    case Condition::rosacea:
      w.push_back({"condition",
                   "Rosacea in a flare is a reason not to microneedle: the skin reacts with "
                   "stronger redness and inflammation."});
      break;
    case Condition::eczema:
      w.push_back({"condition",
                   "Eczema is a reason not to microneedle: the damaged barrier reacts with "
                   "stronger inflammation and a risk of infection."});
      break;
    case Condition::hypertrophic_scar:
      w.push_back({"condition",
                   "Raised (hypertrophic) scars respond poorly to microneedling, and a "
                   "tendency to raised scars is a reason for caution."});
      break;
    default: break;
  }
  if (sc.fitzpatrick >= 4) {
    w.push_back(
        {"fitzpatrick", "Darker skin (Fitzpatrick type " + std::to_string(sc.fitzpatrick) +
                            ") can develop dark patches after inflammation (post-inflammatory "
                            "hyperpigmentation). Sun protection and gentle settings help."});
  }
  if (sc.age_years >= 65.0) {
    w.push_back({"age_years",
                 "At this age the skin heals more slowly and makes less new collagen, so "
                 "results are smaller and take longer."});
  }
  return w;
}

Warning early_session_warning(int session, double interval_weeks) {
  char buf[200];
  std::snprintf(buf, sizeof buf,
                "Session %d starts before the inflammation from the previous session has "
                "settled (%.3g weeks apart). Wait longer between sessions.",
                session, interval_weeks);
  return {"interval_weeks", buf};
}

}  // namespace dv::sim
