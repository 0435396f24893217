// Quiz topic "anatomy and depth": which layer a setting reaches, how deep, device penetration,
// skin thickness by region, the usual settings and what lies under the fat.
#include <algorithm>
#include <cmath>

#include "sim/quiz_internal.h"
#include "sim/region_data.h"

namespace dv::sim::quiz {
namespace {

constexpr QuizTopic kTopic = QuizTopic::anatomy;

// Show the channels against the layers just after needling, appendages out of the way.
ShowWhy channels_view(const Scenario& s) {
  ShowWhy w;
  w.scenario = s;
  w.day = 0.02;
  w.hide = {"hair_follicle", "sebaceous_gland", "sweat_gland"};
  w.curve = OutcomeColumn::channel_depth_um;
  return w;
}

std::vector<std::pair<std::string, std::string>> depth_args(const Scenario& s, const SkinLayers& k,
                                                            const Needling& n) {
  return with(protocol_args(s), {{"reach_mm", fmt(n.effective_depth_um / 1000.0)},
                                 {"reach_um", fmt(n.effective_depth_um, "%.0f")},
                                 {"pct", fmt(100.0 * n.penetration_fraction, "%.0f")},
                                 {"epi_mm", fmt(k.junction_depth_um() / 1000.0)},
                                 {"epi_um", fmt(k.junction_depth_um(), "%.0f")},
                                 {"pap_mm", fmt(k.papillary_bottom_um() / 1000.0)},
                                 {"dermis_mm", fmt(k.dermis_bottom_um() / 1000.0)},
                                 {"fat_mm", fmt(k.subcutis_um / 1000.0, "%.1f")}});
}

QuizQuestion layer_reached(std::uint64_t seed) {
  QuizQuestion q = start("anatomy.layer_reached", kTopic, seed);
  Rng r{seed};
  const Scenario s = random_scenario(r, kFaceRegions, 1, 0.0);
  const SkinLayers k = skin_layers(s.region, s.sex, s.age_years);
  const Needling n = compute_needling(s, k);
  q.question = {"quiz.q.layer_reached", protocol_args(s)};
  q.choices = layer_choices();
  q.answer = layer_choice_index(n.deepest_layer);
  q.explanation = {"quiz.why.layer_reached", depth_args(s, k, n)};
  q.scenarios = {s};
  q.show = channels_view(s);
  return q;
}

QuizQuestion channel_depth(std::uint64_t seed) {
  QuizQuestion q = start("anatomy.channel_depth", kTopic, seed);
  Rng r{seed};
  const Scenario s = random_scenario(r, kFaceRegions, 1, 0.0);
  const SkinLayers k = skin_layers(s.region, s.sex, s.age_years);
  const Needling n = compute_needling(s, k);
  q.question = {"quiz.q.channel_depth", protocol_args(s)};
  q.kind = AnswerKind::numeric;
  q.value = n.effective_depth_um / 1000.0;
  const double tol = std::max(0.05, 0.2 * q.value);
  q.accept_low = q.value - tol;
  q.accept_high = q.value + tol;
  q.unit = "mm";
  q.explanation = {"quiz.why.channel_depth", depth_args(s, k, n)};
  q.scenarios = {s};
  q.show = channels_view(s);
  return q;
}

QuizQuestion device_depth(std::uint64_t seed) {
  QuizQuestion q = start("anatomy.device_depth", kTopic, seed);
  Rng r{seed};
  Scenario s = random_scenario(r, kFaceRegions, 1, 0.0);
  s.needle_depth_mm = std::max(s.needle_depth_mm, 0.75);
  const bool deepest = r.uniform() < 0.5;
  const SkinLayers k = skin_layers(s.region, s.sex, s.age_years);
  std::vector<double> depth;
  for (Device d : kClinicDevices) {
    Scenario t = s;
    t.device = d;
    t.passes = default_passes(d);
    depth.push_back(compute_needling(t, k).effective_depth_um);
    q.choices.push_back({"choice.device." + std::string(key(d)), {}});
    q.scenarios.push_back(t);
  }
  const auto it = deepest ? std::max_element(depth.begin(), depth.end())
                          : std::min_element(depth.begin(), depth.end());
  q.answer = static_cast<int>(it - depth.begin());
  q.question = {deepest ? "quiz.q.device_deepest" : "quiz.q.device_shallowest", protocol_args(s)};
  q.explanation = {"quiz.why.device_depth",
                   with(protocol_args(s), {{"roller_mm", fmt(depth[0] / 1000.0)},
                                           {"pen_mm", fmt(depth[1] / 1000.0)},
                                           {"stamp_mm", fmt(depth[2] / 1000.0)}})};
  q.show = channels_view(q.scenarios[static_cast<std::size_t>(q.answer)]);
  return q;
}

QuizQuestion thicker_region(std::uint64_t seed) {
  QuizQuestion q = start("anatomy.thicker_region", kTopic, seed);
  Rng r{seed};
  Scenario s = usual_setting(random_scenario(r, kAllRegions, 1, 0.0));
  std::vector<Region> regions;
  std::vector<double> total;
  while (regions.size() < 3) {
    const Region g = r.pick(std::span<const Region>(kAllRegions));
    const SkinLayers k = skin_layers(g, s.sex, s.age_years);
    const double t = k.epidermis_um() + k.dermis_um();
    // Distinct regions whose skin differs by 0.1 mm or more, so one answer is clearly right.
    bool clear = std::find(regions.begin(), regions.end(), g) == regions.end();
    for (double o : total) clear = clear && std::abs(o - t) >= 100.0;
    if (!clear) continue;
    regions.push_back(g);
    total.push_back(t);
  }
  std::vector<std::pair<std::string, std::string>> why = protocol_args(s);
  for (std::size_t i = 0; i < 3; ++i) {
    Scenario t = s;
    t.region = regions[i];
    t = usual_setting(t);
    q.scenarios.push_back(t);
    q.choices.push_back({"quiz.choice.region", {{"region", std::string(key(regions[i]))}}});
    why.push_back({"region" + std::to_string(i), std::string(key(regions[i]))});
    why.push_back({"mm" + std::to_string(i), fmt(total[i] / 1000.0)});
  }
  q.answer = static_cast<int>(std::max_element(total.begin(), total.end()) - total.begin());
  q.question = {"quiz.q.thicker_region", protocol_args(s)};
  // "@id": the argument is the text of that id (quiz_text()).
  for (auto& [name, value] : why)
    if (name.rfind("region", 0) == 0 && name != "region") value = "@region." + value;
  q.explanation = {"quiz.why.thicker_region", why};
  q.show = channels_view(q.scenarios[static_cast<std::size_t>(q.answer)]);
  q.show.curve = OutcomeColumn::dermis_um;
  return q;
}

QuizQuestion reaches_dermis(std::uint64_t seed) {
  QuizQuestion q = start("anatomy.reaches_dermis", kTopic, seed);
  Rng r{seed};
  Scenario s = random_scenario(r, kFaceRegions, 1, 0.0);
  constexpr std::array kShort = {0.1, 0.2, 0.25, 0.3, 0.5, 0.75};
  s.needle_depth_mm = r.pick(std::span<const double>(kShort));
  const SkinLayers k = skin_layers(s.region, s.sex, s.age_years);
  const Needling n = compute_needling(s, k);
  q.question = {"quiz.q.reaches_dermis", protocol_args(s)};
  q.choices = {{"quiz.choice.yes", {}}, {"quiz.choice.no", {}}};
  q.answer = n.reaches_dermis ? 0 : 1;
  q.explanation = {"quiz.why.reaches_dermis", depth_args(s, k, n)};
  q.scenarios = {s};
  q.show = channels_view(s);
  return q;
}

QuizQuestion shortest_reticular(std::uint64_t seed) {
  QuizQuestion q = start("anatomy.shortest_reticular", kTopic, seed);
  Rng r{seed};
  Scenario s = random_scenario(r, kFaceRegions, 1, 0.0);
  const SkinLayers k = skin_layers(s.region, s.sex, s.age_years);
  std::vector<double> offered;
  for (int attempt = 0; attempt < 50; ++attempt) {
    offered.clear();
    while (offered.size() < 4) {
      const double d = r.pick(std::span<const double>(kDepths));
      if (std::find(offered.begin(), offered.end(), d) == offered.end()) offered.push_back(d);
    }
    std::sort(offered.begin(), offered.end());
    Scenario deepest = s;
    deepest.needle_depth_mm = offered.back();
    if (compute_needling(deepest, k).reaches_reticular) break;
    if (attempt == 49) offered.back() = 3.0;  // always reaches the reticular dermis
  }
  q.answer = -1;
  for (std::size_t i = 0; i < offered.size(); ++i) {
    Scenario t = s;
    t.needle_depth_mm = offered[i];
    q.scenarios.push_back(t);
    q.choices.push_back({"quiz.choice.depth", {{"depth_mm", fmt(offered[i])}}});
    if (q.answer < 0 && compute_needling(t, k).reaches_reticular) q.answer = static_cast<int>(i);
  }
  if (q.answer < 0) q.answer = static_cast<int>(offered.size()) - 1;
  const Scenario& a = q.scenarios[static_cast<std::size_t>(q.answer)];
  q.question = {"quiz.q.shortest_reticular", protocol_args(s)};
  q.explanation = {"quiz.why.shortest_reticular", depth_args(a, k, compute_needling(a, k))};
  q.show = channels_view(a);
  return q;
}

QuizQuestion beneath(std::uint64_t seed) {
  QuizQuestion q = start("anatomy.beneath", kTopic, seed);
  Rng r{seed};
  const Scenario s = random_scenario(r, kAllRegions, 1, 0.0);
  const std::string right(region_facts(s.region).beneath);
  std::vector<std::string> offered = {right};
  while (offered.size() < 4) {
    const std::string o(region_facts(r.pick(std::span<const Region>(kAllRegions))).beneath);
    if (std::find(offered.begin(), offered.end(), o) == offered.end()) offered.push_back(o);
  }
  // The right one at a seeded place.
  std::swap(offered[0], offered[static_cast<std::size_t>(r.integer(0, 3))]);
  for (std::size_t i = 0; i < offered.size(); ++i) {
    q.choices.push_back({"structure." + offered[i], {}});
    if (offered[i] == right) q.answer = static_cast<int>(i);
  }
  const SkinLayers k = skin_layers(s.region, s.sex, s.age_years);
  q.question = {"quiz.q.beneath", protocol_args(s)};
  q.explanation = {"quiz.why.beneath",
                   with(protocol_args(s), {{"structure", right},
                                           {"skin_mm", fmt(k.dermis_bottom_um() / 1000.0)},
                                           {"fat_mm", fmt(k.subcutis_um / 1000.0, "%.1f")}})};
  q.scenarios = {s};
  q.show = channels_view(s);
  return q;
}

QuizQuestion usual_depth(std::uint64_t seed) {
  QuizQuestion q = start("anatomy.usual_depth", kTopic, seed);
  Rng r{seed};
  const Scenario s = random_scenario(r, kAllRegions, 1, 0.0);
  const SkinLayers k = skin_layers(s.region, s.sex, s.age_years);
  std::vector<double> inside, outside;
  for (int i = 2; i <= 60; ++i) {  // 0.1 … 3.0 mm in 0.05 mm steps (the slider's grid)
    const double d = 0.05 * i;
    // Clearly inside, or clearly outside (0.1 mm or more from either end).
    if (d >= k.usual_depth_min_mm - 1e-9 && d <= k.usual_depth_max_mm + 1e-9) {
      inside.push_back(d);
    } else if (d < k.usual_depth_min_mm - 0.1 || d > k.usual_depth_max_mm + 0.1) {
      outside.push_back(d);
    }
  }
  std::vector<double> offered = {r.pick(std::span<const double>(inside))};
  while (offered.size() < 4) {
    const double d = r.pick(std::span<const double>(outside));
    if (std::find(offered.begin(), offered.end(), d) == offered.end()) offered.push_back(d);
  }
  const double right = offered[0];
  std::sort(offered.begin(), offered.end());
  for (std::size_t i = 0; i < offered.size(); ++i) {
    q.choices.push_back({"quiz.choice.depth", {{"depth_mm", fmt(offered[i])}}});
    if (offered[i] == right) q.answer = static_cast<int>(i);
  }
  q.question = {"quiz.q.usual_depth", protocol_args(s)};
  q.explanation = {"quiz.why.usual_depth",
                   with(protocol_args(s), {{"min_mm", fmt(k.usual_depth_min_mm)},
                                           {"max_mm", fmt(k.usual_depth_max_mm)}})};
  Scenario shown = s;
  shown.needle_depth_mm = right;
  q.scenarios = {shown};
  q.show = channels_view(shown);
  return q;
}

}  // namespace

std::vector<QuizTemplate> anatomy_templates() {
  return {{"anatomy.layer_reached", kTopic, layer_reached},
          {"anatomy.channel_depth", kTopic, channel_depth},
          {"anatomy.device_depth", kTopic, device_depth},
          {"anatomy.thicker_region", kTopic, thicker_region},
          {"anatomy.reaches_dermis", kTopic, reaches_dermis},
          {"anatomy.shortest_reticular", kTopic, shortest_reticular},
          {"anatomy.beneath", kTopic, beneath},
          {"anatomy.usual_depth", kTopic, usual_depth}};
}

}  // namespace dv::sim::quiz
