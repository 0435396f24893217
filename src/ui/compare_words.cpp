#include "ui/compare_words.h"

#include <cmath>
#include <cstdio>

#include "ui/field_controls.h"
#include "ui/names.h"
#include "ui/strings.h"

namespace dv::ui {
namespace {

std::string fmt(double v, const char* spec) {
  char buf[32];
  std::snprintf(buf, sizeof buf, spec, v);
  return buf;
}

std::string signed_pct(double factor) {
  return fmt(std::round(100.0 * (factor - 1.0)), "%+.0f");
}

const char* bleeding_id(sim::BleedingLevel l) {
  switch (l) {
    case sim::BleedingLevel::none: return "compare.bleeding.none";
    case sim::BleedingLevel::spotty: return "compare.bleeding.spotty";
    case sim::BleedingLevel::pinpoint: return "compare.bleeding.pinpoint";
    case sim::BleedingLevel::uniform: break;
  }
  return "compare.bleeding.uniform";
}

int count_serious(const sim::Course& c) {
  int n = 0;
  for (const sim::Warning& w : c.warnings()) n += w.severity != sim::Severity::note;
  return n;
}

std::string joined(const std::vector<std::string>& parts, const char* sep_id) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : std::string(tr(sep_id))) + p;
  return out;
}

}  // namespace

std::string field_value_text(const sim::ScenarioField& f, const sim::Scenario& s) {
  switch (f.kind) {
    case sim::FieldKind::choice: return choice_label(f, static_cast<std::size_t>(f.get(s)));
    case sim::FieldKind::seed: return std::to_string(s.seed);
    case sim::FieldKind::flags: {
      // A set of ticked items (the checklist): their labels, or "none".
      const auto bits = static_cast<std::uint64_t>(f.get(s));
      std::vector<std::string> ticked;
      for (std::size_t i = 0; i < 64 && (bits >> i) != 0; ++i) {
        if ((bits >> i) & 1u) ticked.push_back(choice_label(f, i));
      }
      return ticked.empty() ? std::string(tr("compare.none"))
                            : joined(ticked, "compare.list_separator");
    }
    case sim::FieldKind::real:
    case sim::FieldKind::integer: break;
  }
  const double v = f.get(s);
  const std::string one = std::string(f.label_id) + ".value_one";
  const bool is_one = std::lround(v) == 1 && f.step >= 1.0 && has_text(one);
  const int decimals =
      f.step >= 1.0 ? 0 : std::max(0, static_cast<int>(std::ceil(-std::log10(f.step))));
  const std::string value = fmt(v, ("%." + std::to_string(decimals) + "f").c_str());
  return trf(is_one ? one : std::string(f.label_id) + ".value", {{"value", value}});
}

std::vector<std::string_view> differing_fields(const sim::Scenario& a, const sim::Scenario& b) {
  std::vector<std::string_view> out;
  for (const sim::ScenarioField& f : sim::scenario_fields()) {
    if (f.kind == sim::FieldKind::seed) continue;
    if (f.get(a) != f.get(b)) out.push_back(f.key);
  }
  return out;
}

std::string differing_settings_text(const sim::Scenario& a, const sim::Scenario& b) {
  std::vector<std::string> parts;
  for (std::string_view key : differing_fields(a, b)) {
    const sim::ScenarioField& f = *sim::find_scenario_field(key);
    parts.push_back(
        trf("compare.setting", {{"field", tr(f.label_id)}, {"value", field_value_text(f, b)}}));
  }
  return joined(parts, "compare.setting_separator");
}

std::string collagen_range_text(const sim::Course& c, const sim::Ensemble* band) {
  const auto d = static_cast<std::size_t>(sim::main_outcome_day(c));
  if (!band) return trf("compare.central", {{"central", signed_pct(c.daily()[d].total_collagen)}});
  const sim::Band& b = band->band(sim::OutcomeColumn::total_collagen);
  return trf("compare.range", {{"low", signed_pct(b.low[d])}, {"high", signed_pct(b.high[d])}});
}

std::string compare_words(const sim::Course& a, const sim::Ensemble* band_a, const sim::Course& b,
                          const sim::Ensemble* band_b) {
  const std::vector<std::string_view> keys = differing_fields(a.scenario(), b.scenario());
  if (keys.empty()) return tr("compare.same");
  std::vector<std::string> changes;
  for (std::string_view key : keys) {
    const sim::ScenarioField& f = *sim::find_scenario_field(key);
    changes.push_back(trf("compare.change", {{"field", tr(f.label_id)},
                                             {"b", field_value_text(f, b.scenario())},
                                             {"a", field_value_text(f, a.scenario())}}));
  }
  std::vector<std::string> effects;
  const sim::Needling &na = a.needling(), &nb = b.needling();
  const double delta_um = nb.effective_depth_um - na.effective_depth_um;
  if (std::abs(delta_um) >= 10.0) {
    effects.push_back(trf(delta_um < 0.0 ? "compare.effect.shallower" : "compare.effect.deeper",
                          {{"mm", fmt(std::abs(delta_um) / 1000.0, "%.2f")}}));
  }
  if (na.deepest_layer != nb.deepest_layer) {
    effects.push_back(trf("compare.effect.layer", {{"b", layer_text(nb.deepest_layer)},
                                                   {"a", layer_text(na.deepest_layer)}}));
  }
  if (na.bleeding_level != nb.bleeding_level) {
    effects.push_back(trf("compare.effect.bleeding", {{"b", tr(bleeding_id(nb.bleeding_level))},
                                                      {"a", tr(bleeding_id(na.bleeding_level))}}));
  }
  const std::string ra = collagen_range_text(a, band_a), rb = collagen_range_text(b, band_b);
  const int last_b = static_cast<int>(std::lround(b.session_days().back()));
  const bool three_months = sim::main_outcome_day(b) == last_b + 90;
  effects.push_back(trf(three_months ? "compare.effect.collagen" : "compare.effect.collagen_end",
                        {{"b", rb}, {"a", ra}}));
  const int wa = count_serious(a), wb = count_serious(b);
  if (wa != wb) {
    effects.push_back(
        trf("compare.effect.warnings", {{"b", std::to_string(wb)}, {"a", std::to_string(wa)}}));
  }
  return trf("compare.words", {{"changes", joined(changes, "compare.list_separator")},
                               {"effects", joined(effects, "compare.list_separator")}});
}

}  // namespace dv::ui
