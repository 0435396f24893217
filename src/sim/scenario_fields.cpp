#include "sim/scenario_fields.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "sim/contraindications.h"

namespace dv::sim {
namespace {

template <auto& All>
std::string_view choice_key_of(std::size_t i) {
  return i < All.size() ? key(All[i]) : std::string_view();
}

template <auto& All, typename E>
double index_of(E e) {
  for (std::size_t i = 0; i < All.size(); ++i) {
    if (All[i] == e) return static_cast<double>(i);
  }
  return 0.0;
}

template <auto& All>
auto at_index(double v) {
  const auto i = static_cast<std::size_t>(std::clamp(v, 0.0, static_cast<double>(All.size() - 1)));
  return All[i];
}

constexpr double last(std::size_t n) {
  return static_cast<double>(n - 1);
}

using L = Limits;
using S = Scenario;

// Keep this order: it is the order of scenario files (issue 3 §1).
const std::array kFields = {
    ScenarioField{"region", FieldKind::choice, 0, last(kAllRegions.size()), 1, "", "field.region",
                  [](const S& s) { return index_of<kAllRegions>(s.region); },
                  [](S& s, double v) { s.region = at_index<kAllRegions>(v); },
                  choice_key_of<kAllRegions>},
    ScenarioField{"sex", FieldKind::choice, 0, last(kAllSexes.size()), 1, "", "field.sex",
                  [](const S& s) { return index_of<kAllSexes>(s.sex); },
                  [](S& s, double v) { s.sex = at_index<kAllSexes>(v); }, choice_key_of<kAllSexes>},
    ScenarioField{"age_years", FieldKind::real, L::age_min, L::age_max, 1, "years",
                  "field.age_years", [](const S& s) { return s.age_years; },
                  [](S& s, double v) { s.age_years = v; }, nullptr},
    ScenarioField{"fitzpatrick", FieldKind::integer, L::fitzpatrick_min, L::fitzpatrick_max, 1, "",
                  "field.fitzpatrick",
                  [](const S& s) { return static_cast<double>(s.fitzpatrick); },
                  [](S& s, double v) { s.fitzpatrick = static_cast<int>(v); }, nullptr},
    ScenarioField{"device", FieldKind::choice, 0, last(kAllDevices.size()), 1, "", "field.device",
                  [](const S& s) { return index_of<kAllDevices>(s.device); },
                  [](S& s, double v) { s.device = at_index<kAllDevices>(v); },
                  choice_key_of<kAllDevices>},
    ScenarioField{"needle_depth_mm", FieldKind::real, L::depth_min_mm, L::depth_max_mm, 0.05, "mm",
                  "field.needle_depth_mm", [](const S& s) { return s.needle_depth_mm; },
                  [](S& s, double v) { s.needle_depth_mm = v; }, nullptr},
    ScenarioField{"passes", FieldKind::integer, L::passes_min, L::passes_max, 1, "", "field.passes",
                  [](const S& s) { return static_cast<double>(s.passes); },
                  [](S& s, double v) { s.passes = static_cast<int>(v); }, nullptr},
    ScenarioField{"sessions", FieldKind::integer, L::sessions_min, L::sessions_max, 1, "",
                  "field.sessions", [](const S& s) { return static_cast<double>(s.sessions); },
                  [](S& s, double v) { s.sessions = static_cast<int>(v); }, nullptr},
    ScenarioField{"interval_weeks", FieldKind::real, L::interval_min_weeks, L::interval_max_weeks,
                  1, "weeks", "field.interval_weeks", [](const S& s) { return s.interval_weeks; },
                  [](S& s, double v) { s.interval_weeks = v; }, nullptr},
    ScenarioField{"follow_up_weeks", FieldKind::real, L::follow_up_min_weeks,
                  L::follow_up_max_weeks, 1, "weeks", "field.follow_up_weeks",
                  [](const S& s) { return s.follow_up_weeks; },
                  [](S& s, double v) { s.follow_up_weeks = v; }, nullptr},
    ScenarioField{"condition", FieldKind::choice, 0, last(kAllConditions.size()), 1, "",
                  "field.condition",
                  [](const S& s) { return index_of<kAllConditions>(s.condition); },
                  [](S& s, double v) { s.condition = at_index<kAllConditions>(v); },
                  choice_key_of<kAllConditions>},
    ScenarioField{"topical", FieldKind::choice, 0, last(kAllTopicals.size()), 1, "",
                  "field.topical", [](const S& s) { return index_of<kAllTopicals>(s.topical); },
                  [](S& s, double v) { s.topical = at_index<kAllTopicals>(v); },
                  choice_key_of<kAllTopicals>},
    ScenarioField{"checks", FieldKind::flags, 0, static_cast<double>((1u << kAllChecks.size()) - 1),
                  1, "", "field.checks", [](const S& s) { return static_cast<double>(s.checks); },
                  [](S& s, double v) { s.checks = static_cast<std::uint32_t>(v); },
                  choice_key_of<kAllChecks>},
    ScenarioField{"seed", FieldKind::seed, 0, 0, 0, "", "field.seed", nullptr, nullptr, nullptr},
};

}  // namespace

std::span<const ScenarioField> scenario_fields() {
  return kFields;
}

const ScenarioField* find_scenario_field(std::string_view key) {
  for (const ScenarioField& f : kFields) {
    if (f.key == key) return &f;
  }
  return nullptr;
}

double clamp_to_field(const ScenarioField& f, double v) {
  if (f.kind == FieldKind::seed) return v;
  if (std::isnan(v)) v = f.min;
  v = std::clamp(v, f.min, f.max);
  if (f.kind != FieldKind::real) v = std::round(v);
  return v;
}

Scenario clamped(const Scenario& s) {
  Scenario out = s;
  for (const ScenarioField& f : kFields) {
    if (f.kind == FieldKind::seed) continue;
    f.set(out, clamp_to_field(f, f.get(s)));
  }
  return out;
}

bool in_range(const Scenario& s) {
  return clamped(s) == s;
}

}  // namespace dv::sim
