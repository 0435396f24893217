// The Sweep window (issue 12 §3): choose an outcome and a setting, run the sweep in the
// background with progress and cancel, and read it as a chart: the band, the central line, the
// current value, the usual range of the setting here; categories as points. CSV export.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "sim/scenario_fields.h"
#include "ui/field_controls.h"
#include "ui/panels.h"
#include "ui/strings.h"
#include "ui/widgets.h"

namespace dv::ui {
namespace {

constexpr ImU32 kAxis = IM_COL32(120, 130, 150, 255);
constexpr ImU32 kGrid = IM_COL32(60, 66, 80, 255);
constexpr ImU32 kLine = IM_COL32(110, 180, 250, 255);
constexpr ImU32 kBand = IM_COL32(110, 180, 250, 80);
constexpr ImU32 kUsual = IM_COL32(90, 200, 120, 45);
constexpr ImU32 kNow = IM_COL32(245, 246, 248, 255);

std::string column_label(sim::OutcomeColumn c) {
  return tr("sweep.column." + std::string(sim::key(c)));
}

double nice_step(double span, int count) {
  const double raw = span / std::max(count, 1);
  const double mag = std::pow(10.0, std::floor(std::log10(std::max(raw, 1e-12))));
  const double r = raw / mag;
  return (r < 1.5 ? 1.0 : r < 3.5 ? 2.0 : r < 7.5 ? 5.0 : 10.0) * mag;
}

std::string value_text(const sim::ScenarioField& f, double v) {
  if (f.kind == sim::FieldKind::choice) return choice_label(f, static_cast<std::size_t>(v));
  return number(v, f.kind == sim::FieldKind::real && f.step < 1.0 ? "%.2f" : "%.0f");
}

// The chart of a finished sweep, filling the available width.
void chart(const sim::Sweep& sw, const sim::Scenario& current, float height_px) {
  const sim::ScenarioField& f = *sim::find_scenario_field(sw.param);
  const bool categories = f.kind == sim::FieldKind::choice;
  const float font = ImGui::GetFontSize();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float label_rows = categories ? 2.6f : 2.8f;
  const ImVec2 total(ImGui::GetContentRegionAvail().x, height_px + label_rows * font);
  ImGui::InvisibleButton("##sweep_chart", total);
  const bool hovered = ImGui::IsItemHovered();
  const float left = 4.2f * font;
  const ImVec2 p0(origin.x + left, origin.y + 0.4f * font);
  const ImVec2 size(std::max(total.x - left - 1.0f * font, 10.0f), height_px);
  const std::size_t n = sw.rows.size();
  // x: setting value (numbers) or category slot.
  const double x_lo = categories ? -0.5 : sw.rows.front().value;
  const double x_hi = categories ? static_cast<double>(n) - 0.5 : sw.rows.back().value;
  auto x_of = [&](std::size_t i) { return categories ? static_cast<double>(i) : sw.rows[i].value; };
  auto X = [&](double x) {
    return p0.x + static_cast<float>((x - x_lo) / std::max(x_hi - x_lo, 1e-9)) * size.x;
  };
  double lo = sw.rows.front().p10, hi = sw.rows.front().p90;
  for (const sim::SweepRow& r : sw.rows) {
    lo = std::min({lo, r.p10, r.central});
    hi = std::max({hi, r.p90, r.central});
  }
  const double pad = std::max(0.08 * (hi - lo), 1e-3);
  lo -= pad;
  hi += pad;
  auto Y = [&](double v) {
    return p0.y + size.y - static_cast<float>((v - lo) / (hi - lo)) * size.y;
  };

  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p0, ImVec2(p0.x + size.x, p0.y + size.y), IM_COL32(20, 23, 30, 255), 4.0f);
  // The usual range of this setting here, shaded behind everything.
  if (const auto usual = sim::usual_range(current, sw.param); usual && !categories) {
    const float a = std::clamp(X(usual->first), p0.x, p0.x + size.x);
    const float b = std::clamp(X(usual->second), p0.x, p0.x + size.x);
    if (b > a) dl->AddRectFilled(ImVec2(a, p0.y), ImVec2(b, p0.y + size.y), kUsual);
  }
  const double ystep = nice_step(hi - lo, 5);
  for (double v = std::ceil(lo / ystep) * ystep; v <= hi + 1e-12; v += ystep) {
    dl->AddLine(ImVec2(p0.x, Y(v)), ImVec2(p0.x + size.x, Y(v)), kGrid);
    const std::string t = number(v, ystep < 0.01 ? "%.3f" : ystep < 0.1 ? "%.2f" : "%.3g");
    dl->AddText(ImVec2(p0.x - ImGui::CalcTextSize(t.c_str()).x - 0.3f * font, Y(v) - 0.5f * font),
                kAxis, t.c_str());
  }
  // x labels: every category (alternating rows when crowded), or nice ticks.
  const float ly = p0.y + size.y + 0.25f * font;
  if (categories) {
    const bool crowded = n > 6;
    for (std::size_t i = 0; i < n; ++i) {
      const std::string t = value_text(f, sw.rows[i].value);
      const float w = ImGui::CalcTextSize(t.c_str()).x;
      const float y = ly + (crowded && i % 2 == 1 ? 1.1f * font : 0.0f);
      dl->AddText(ImVec2(X(x_of(i)) - 0.5f * w, y), kAxis, t.c_str());
    }
  } else {
    const double xstep =
        std::max(nice_step(x_hi - x_lo, 6), f.kind == sim::FieldKind::real ? 0.0 : 1.0);
    for (double v = std::ceil(x_lo / xstep - 1e-9) * xstep; v <= x_hi + 1e-9; v += xstep) {
      const std::string t = value_text(f, v);
      dl->AddLine(ImVec2(X(v), p0.y + size.y), ImVec2(X(v), p0.y + size.y + 0.25f * font), kAxis);
      dl->AddText(ImVec2(X(v) - 0.5f * ImGui::CalcTextSize(t.c_str()).x, ly), kAxis, t.c_str());
    }
    std::string name = tr(f.label_id);
    if (!f.unit.empty()) name += " (" + std::string(f.unit) + ")";
    dl->AddText(ImVec2(p0.x + size.x - ImGui::CalcTextSize(name.c_str()).x, ly + 1.2f * font),
                kAxis, name.c_str());
  }
  dl->PushClipRect(p0, ImVec2(p0.x + size.x, p0.y + size.y), true);
  if (categories) {
    for (std::size_t i = 0; i < n; ++i) {
      const float x = X(x_of(i));
      const sim::SweepRow& r = sw.rows[i];
      dl->AddRectFilled(ImVec2(x - 0.35f * font, Y(r.p90)), ImVec2(x + 0.35f * font, Y(r.p10)),
                        kBand, 3.0f);
      dl->AddCircleFilled(ImVec2(x, Y(r.central)), 0.3f * font, kLine);
    }
  } else {
    const ImDrawListFlags saved = dl->Flags;
    dl->Flags &= ~ImDrawListFlags_AntiAliasedFill;
    for (std::size_t i = 0; i + 1 < n; ++i) {
      const float x0 = X(x_of(i)), x1 = X(x_of(i + 1));
      dl->AddQuadFilled(ImVec2(x0, Y(sw.rows[i].p90)), ImVec2(x1, Y(sw.rows[i + 1].p90)),
                        ImVec2(x1, Y(sw.rows[i + 1].p10)), ImVec2(x0, Y(sw.rows[i].p10)), kBand);
    }
    dl->Flags = saved;
    std::vector<ImVec2> pts;
    for (std::size_t i = 0; i < n; ++i) pts.emplace_back(X(x_of(i)), Y(sw.rows[i].central));
    dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), kLine, 0, 2.2f);
    for (const ImVec2& p : pts) dl->AddCircleFilled(p, 0.22f * font, kLine);
  }
  // The current setting: a white line (numbers) or a ring around its category.
  const double now = f.get(current);
  if (categories) {
    for (std::size_t i = 0; i < n; ++i)
      if (sw.rows[i].value == now)
        dl->AddCircle(ImVec2(X(x_of(i)), Y(sw.rows[i].central)), 0.55f * font, kNow, 0, 2.0f);
  } else if (now >= x_lo && now <= x_hi) {
    dl->AddLine(ImVec2(X(now), p0.y), ImVec2(X(now), p0.y + size.y), kNow, 1.5f);
  }
  dl->PopClipRect();
  // Hover: the nearest value in words.
  if (hovered) {
    const float mx = ImGui::GetIO().MousePos.x;
    std::size_t best = 0;
    for (std::size_t i = 1; i < n; ++i)
      if (std::abs(X(x_of(i)) - mx) < std::abs(X(x_of(best)) - mx)) best = i;
    const sim::SweepRow& r = sw.rows[best];
    const char* fmt = std::abs(r.central) >= 100.0 ? "%.0f" : "%.3f";
    ImGui::SetTooltip("%s", trf("sweep.tooltip", {{"setting", value_text(f, r.value)},
                                                  {"central", number(r.central, fmt)},
                                                  {"low", number(r.p10, fmt)},
                                                  {"high", number(r.p90, fmt)}})
                                .c_str());
  }
}

}  // namespace

void sweep_window(PanelFlags& flags, const sim::Scenario& scenario, const doc::SweepRun* run,
                  const std::string& save_dir, Commands& out) {
  if (!flags.show_sweep || run == nullptr) return;
  SweepUi& ui = flags.sweep;
  const float font = ImGui::GetFontSize();
  ImGui::SetNextWindowSize(ImVec2(52.0f * font, 46.0f * font), ImGuiCond_Appearing);
  ImGui::SetNextWindowPos(ImVec2(1.0f * font, 6.0f * font), ImGuiCond_Appearing);
  const std::string title = std::string(tr("sweep.title")) + "###sweep";
  if (ImGui::Begin(title.c_str(), &flags.show_sweep, ImGuiWindowFlags_NoCollapse)) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(trf("sweep.intro", {{"members", std::to_string(ui.members)}}).c_str());
    ImGui::PopTextWrapPos();
    const auto keys = sim::sweep_param_keys();
    ui.param = std::clamp(ui.param, 0, static_cast<int>(keys.size()) - 1);
    const sim::ScenarioField& f =
        *sim::find_scenario_field(keys[static_cast<std::size_t>(ui.param)]);
    ImGui::PushItemWidth(22.0f * font);
    if (ImGui::BeginCombo(tr("sweep.outcome"), column_label(ui.outcome).c_str())) {
      for (int i = 0; i < sim::kOutcomeColumnCount; ++i) {
        const auto c = static_cast<sim::OutcomeColumn>(i);
        if (ImGui::Selectable(column_label(c).c_str(), c == ui.outcome)) ui.outcome = c;
      }
      ImGui::EndCombo();
    }
    if (ImGui::BeginCombo(tr("sweep.setting"), tr(f.label_id))) {
      for (std::size_t i = 0; i < keys.size(); ++i) {
        const sim::ScenarioField& g = *sim::find_scenario_field(keys[i]);
        if (ImGui::Selectable(tr(g.label_id), static_cast<int>(i) == ui.param)) {
          ui.param = static_cast<int>(i);
          ui.from = static_cast<float>(g.min);
          ui.to = static_cast<float>(g.max);
          if (const auto usual = sim::usual_range(scenario, g.key)) {  // around the usual range
            ui.from = static_cast<float>(std::max(g.min, usual->first - (g.step < 1 ? 0.5 : 2.0)));
            ui.to = static_cast<float>(std::min(g.max, usual->second + (g.step < 1 ? 1.0 : 4.0)));
          }
        }
      }
      ImGui::EndCombo();
    }
    const bool categories = f.kind == sim::FieldKind::choice;
    if (categories) {
      ImGui::TextDisabled("%s", tr("sweep.categories"));
    } else {
      const auto lo = static_cast<float>(f.min), hi = static_cast<float>(f.max);
      const char* fmt = f.kind == sim::FieldKind::real && f.step < 1.0 ? "%.2f" : "%.0f";
      ImGui::SliderFloat(tr("sweep.from"), &ui.from, lo, hi, fmt, ImGuiSliderFlags_AlwaysClamp);
      ImGui::SliderFloat(tr("sweep.to"), &ui.to, lo, hi, fmt, ImGuiSliderFlags_AlwaysClamp);
      ImGui::SliderInt(tr("sweep.steps"), &ui.steps, 2, 30, "%d", ImGuiSliderFlags_AlwaysClamp);
    }
    ImGui::SliderInt(tr("sweep.members"), &ui.members, sim::kEnsembleMinMembers, 64, "%d",
                     ImGuiSliderFlags_AlwaysClamp);
    ImGui::PopItemWidth();
    const bool busy = run->busy();
    if (busy) {
      const auto [done, total] = run->progress();
      const std::string p =
          trf("sweep.progress", {{"done", std::to_string(done)}, {"total", std::to_string(total)}});
      ImGui::ProgressBar(total > 0 ? static_cast<float>(done) / static_cast<float>(total) : 0.0f,
                         ImVec2(22.0f * font, 0.0f), p.c_str());
      ImGui::SameLine();
      if (ImGui::Button(tr("sweep.cancel"))) out.cancel_sweep = true;
    } else if (ImGui::Button(tr("sweep.run"))) {
      sim::SweepSpec spec;
      spec.param = std::string(f.key);
      spec.outcome = ui.outcome;
      spec.members = ui.members;
      if (categories) {
        spec.values = sim::all_choices(f);
      } else {
        auto v = sim::sweep_values(f, std::min(ui.from, ui.to), std::max(ui.from, ui.to), ui.steps);
        if (v) spec.values = std::move(v.value());
      }
      if (sim::sweep_spec_error(spec).empty()) out.start_sweep = std::move(spec);
    }
    ImGui::Spacing();
    if (const sim::Sweep* sw = run->result(); sw && !busy) {
      const sim::ScenarioField& sf = *sim::find_scenario_field(sw->param);
      ImGui::TextUnformatted(column_label(sw->outcome).c_str());
      chart(*sw, run->base(), 16.0f * font);
      const bool session_day = sw->outcome == sim::OutcomeColumn::channel_depth_um ||
                               sw->outcome == sim::OutcomeColumn::bleeding;
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextDisabled(
          "%s",
          trf("sweep.when",
              {{"when", tr(session_day ? "sweep.when.session_day" : "sweep.when.three_months")}})
              .c_str());
      const bool usual = sim::usual_range(run->base(), sf.key).has_value();
      ImGui::TextDisabled("%s", tr(usual ? "sweep.legend" : "sweep.legend.no_usual"));
      ImGui::PopTextWrapPos();
      if (ui.path[0] == '\0') {
        const std::string def = save_dir + "/dermaviz-sweep-" + sw->param + "-" +
                                std::string(sim::key(sw->outcome)) + ".csv";
        std::snprintf(ui.path.data(), ui.path.size(), "%s", def.c_str());
      }
      ImGui::SetNextItemWidth(34.0f * font);
      ImGui::InputText(tr("sweep.path"), ui.path.data(), ui.path.size());
      ImGui::SameLine();
      if (ImGui::Button(tr("sweep.save"))) out.save_sweep_csv = true;
      if (!ui.status.empty()) ImGui::TextWrapped("%s", ui.status.c_str());
    } else if (!busy) {
      ImGui::TextDisabled("%s", tr("sweep.empty"));
    }
  }
  ImGui::End();
}

}  // namespace dv::ui
