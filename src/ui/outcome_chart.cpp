#include "ui/outcome_chart.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

#include "ui/strings.h"
#include "ui/widgets.h"

namespace dv::ui {
namespace {

constexpr ImU32 kAxis = IM_COL32(120, 130, 150, 255);
constexpr ImU32 kGrid = IM_COL32(60, 66, 80, 255);
constexpr ImU32 kCurve = IM_COL32(110, 180, 250, 255);       // current course
constexpr ImU32 kBand = IM_COL32(110, 180, 250, 80);         // its band
constexpr ImU32 kPinned = IM_COL32(200, 200, 205, 190);      // pinned course
constexpr ImU32 kPinnedBand = IM_COL32(200, 200, 205, 45);   // its band
constexpr ImU32 kCompareB = IM_COL32(250, 160, 70, 255);     // compare mode: side B
constexpr ImU32 kCompareBBand = IM_COL32(250, 160, 70, 70);  // its band
constexpr ImU32 kSession = IM_COL32(255, 200, 90, 220);
constexpr ImU32 kNow = IM_COL32(245, 246, 248, 255);

// Kind of unit of a column: relative to untreated skin, µm, or a 0..1 index.
enum class Unit { relative, micrometres, index };
Unit unit_of(sim::OutcomeColumn c) {
  if (c == sim::OutcomeColumn::epidermis_um || c == sim::OutcomeColumn::dermis_um)
    return Unit::micrometres;
  if (c == sim::OutcomeColumn::inflammation) return Unit::index;
  return Unit::relative;
}

std::string column_id(sim::OutcomeColumn c) {
  return "chart.column." + std::string(sim::key(c));
}

std::string tick_text(double v, Unit u) {
  switch (u) {
    case Unit::relative: return trf("chart.tick.relative", {{"factor", number(v, "%.2g")}});
    case Unit::micrometres: return number(v, "%.0f");
    case Unit::index: return number(v, "%.2f");
  }
  return {};
}

// A "nice" step (1, 2 or 5 × 10^k) giving about `count` intervals over `span`.
double nice_step(double span, int count) {
  const double raw = span / std::max(count, 1);
  const double mag = std::pow(10.0, std::floor(std::log10(std::max(raw, 1e-12))));
  const double r = raw / mag;
  return (r < 1.5 ? 1.0 : r < 3.5 ? 2.0 : r < 7.5 ? 5.0 : 10.0) * mag;
}

struct Frame {
  ImVec2 p0, size;  // plot area (inside the axes)
  float days;       // last day on the x axis
  double lo, hi;    // y range
  float x(double day) const { return p0.x + static_cast<float>(day) / days * size.x; }
  float y(double v) const {
    return p0.y + size.y - static_cast<float>((v - lo) / (hi - lo)) * size.y;
  }
};

void polyline(ImDrawList* dl, const Frame& f, const std::vector<double>& v, ImU32 colour,
              float thickness) {
  if (v.size() < 2) return;
  std::vector<ImVec2> pts;
  pts.reserve(v.size());
  for (std::size_t i = 0; i < v.size() && i <= static_cast<std::size_t>(f.days); ++i)
    pts.emplace_back(f.x(static_cast<double>(i)), f.y(v[i]));
  dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), colour, 0, thickness);
}

// The band as one quad per day (each is convex: its two sides are vertical).
void band(ImDrawList* dl, const Frame& f, const sim::Band& b, ImU32 colour) {
  const std::size_t n = std::min(b.low.size(), static_cast<std::size_t>(f.days) + 1);
  // Without anti-aliased fill edges, neighbouring quads meet without visible seams.
  const ImDrawListFlags saved = dl->Flags;
  dl->Flags &= ~ImDrawListFlags_AntiAliasedFill;
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const float x0 = f.x(static_cast<double>(i)), x1 = f.x(static_cast<double>(i + 1));
    dl->AddQuadFilled(ImVec2(x0, f.y(b.high[i])), ImVec2(x1, f.y(b.high[i + 1])),
                      ImVec2(x1, f.y(b.low[i + 1])), ImVec2(x0, f.y(b.low[i])), colour);
  }
  dl->Flags = saved;
}

std::vector<double> column_values(const std::vector<sim::DailyRow>& rows, sim::OutcomeColumn c) {
  std::vector<double> v;
  v.reserve(rows.size());
  for (const sim::DailyRow& r : rows) v.push_back(sim::outcome_value(r, c));
  return v;
}

std::string signed_pct(double factor) {
  return number(std::round(100.0 * (factor - 1.0)), "%+.0f");
}

}  // namespace

std::string outcome_words(const sim::Course& course, const sim::Ensemble* ensemble) {
  const int day = sim::main_outcome_day(course);
  const int last_session = static_cast<int>(std::lround(course.session_days().back()));
  const std::string when =
      day == last_session + 90
          ? std::string(tr("outcome.when.three_months"))
          : trf("outcome.when.end", {{"weeks", std::to_string((day - last_session) / 7)}});
  const auto d = static_cast<std::size_t>(day);
  const std::string central = signed_pct(course.daily()[d].total_collagen);
  if (!ensemble) {
    return trf("outcome.range.pending",
               {{"what", tr("outcome.what.collagen")}, {"when", when}, {"central", central}});
  }
  const sim::Band& b = ensemble->band(sim::OutcomeColumn::total_collagen);
  return trf("outcome.range", {{"what", tr("outcome.what.collagen")},
                               {"when", when},
                               {"low", signed_pct(b.low[d])},
                               {"high", signed_pct(b.high[d])},
                               {"central", central}});
}

bool outcome_chart(const sim::Course& course, const sim::Ensemble* ensemble, double day,
                   const PinnedCurve* pinned, sim::OutcomeColumn& column, bool& show_numbers,
                   float height_px) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(outcome_words(course, ensemble).c_str());
  ImGui::PopTextWrapPos();
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::BeginCombo("##outcome_column", tr(column_id(column)))) {
    for (sim::OutcomeColumn c : kChartColumns) {
      if (ImGui::Selectable(tr(column_id(c)), c == column)) column = c;
    }
    ImGui::EndCombo();
  }
  const Unit unit = unit_of(column);
  const std::vector<double> curve = column_values(course.daily(), column);
  const sim::Band* b = ensemble ? &ensemble->band(column) : nullptr;
  std::vector<double> pinned_curve;
  const sim::Band* pb = nullptr;
  if (pinned && pinned->daily) {
    pinned_curve = column_values(*pinned->daily, column);
    if (pinned->ensemble) pb = &pinned->ensemble->band(column);
  }

  // Layout: y labels on the left, x labels under the plot.
  const float font = ImGui::GetFontSize();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 total(ImGui::GetContentRegionAvail().x, height_px + 1.6f * font);
  ImGui::InvisibleButton("##outcome", total);
  if (ImGui::IsItemHovered()) {
    std::string tip = tr("outcome.tooltip");
    if (b) tip += std::string("\n") + tr("outcome.tooltip.band");
    if (pinned) tip += std::string("\n") + tr("outcome.tooltip.pinned");
    ImGui::SetTooltip("%s", tip.c_str());
  }
  Frame f;
  const float left = 3.4f * font;
  f.p0 = ImVec2(origin.x + left, origin.y + 0.2f * font);
  f.size = ImVec2(std::max(total.x - left - 0.4f * font, 10.0f), height_px);
  f.days = static_cast<float>(std::max<std::size_t>(curve.size(), 2) - 1);
  double lo = unit == Unit::relative ? 1.0 : curve.front(), hi = lo;
  auto widen = [&](const std::vector<double>& v) {
    for (double x : v) {
      lo = std::min(lo, x);
      hi = std::max(hi, x);
    }
  };
  widen(curve);
  if (b) widen(b->low), widen(b->high);
  if (!pinned_curve.empty()) widen(pinned_curve);
  if (pb) widen(pb->low), widen(pb->high);
  if (unit == Unit::index) lo = 0.0;
  const double pad = std::max(0.06 * (hi - lo), unit == Unit::micrometres ? 2.0 : 0.02);
  f.lo = lo - (unit == Unit::index ? 0.0 : pad);
  f.hi = hi + pad;

  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(f.p0, ImVec2(f.p0.x + f.size.x, f.p0.y + f.size.y), IM_COL32(20, 23, 30, 255),
                    4.0f);
  // y axis: nice ticks with labels; the untreated baseline brighter.
  const double ystep = nice_step(f.hi - f.lo, 4);
  for (double v = std::ceil(f.lo / ystep) * ystep; v <= f.hi + 1e-9; v += ystep) {
    const float y = f.y(v);
    dl->AddLine(ImVec2(f.p0.x, y), ImVec2(f.p0.x + f.size.x, y), kGrid, 1.0f);
    const std::string t = tick_text(v, unit);
    const float w = ImGui::CalcTextSize(t.c_str()).x;
    dl->AddText(ImVec2(f.p0.x - w - 0.3f * font, y - 0.5f * font), kAxis, t.c_str());
  }
  if (unit == Unit::relative) {
    const float y = f.y(1.0);
    dl->AddLine(ImVec2(f.p0.x, y), ImVec2(f.p0.x + f.size.x, y), kAxis, 1.0f);
  }
  // x axis in days for short courses, else weeks.
  const bool weeks = f.days > 70.0f;
  const double unit_days = weeks ? 7.0 : 1.0;
  const double xstep = std::max(1.0, nice_step(f.days / unit_days, 5));
  const float label_y = f.p0.y + f.size.y + 0.2f * font;
  for (double u = 0.0; u * unit_days <= f.days + 1e-9; u += xstep) {
    const float x = f.x(u * unit_days);
    dl->AddLine(ImVec2(x, f.p0.y + f.size.y), ImVec2(x, f.p0.y + f.size.y + 0.25f * font), kAxis);
    const std::string t = number(u, "%.0f");
    const float w = ImGui::CalcTextSize(t.c_str()).x;
    dl->AddText(ImVec2(x - 0.5f * w, label_y), kAxis, t.c_str());
  }
  const char* xunit = tr(weeks ? "chart.axis.weeks" : "chart.axis.days");
  const float xw = ImGui::CalcTextSize(xunit).x;
  const ImVec2 xpos(f.p0.x + f.size.x - xw - 0.3f * font, f.p0.y + 0.1f * font);
  const char* yunit = tr(unit == Unit::relative      ? "chart.axis.relative"
                         : unit == Unit::micrometres ? "chart.axis.micrometres"
                                                     : "chart.axis.index");
  const ImVec2 ypos(f.p0.x + 0.3f * font, f.p0.y + 0.1f * font);

  // Compare mode: fixed colours per side (A blue, B orange) and letters at the curves' ends.
  const bool tagged = pinned && !pinned->tag.empty();
  const bool current_b = tagged && pinned->current_tag == tr("compare.tag.b");
  const ImU32 curve_col = current_b ? kCompareB : kCurve;
  const ImU32 band_col = current_b ? kCompareBBand : kBand;
  const ImU32 other_col = !tagged ? kPinned : current_b ? kCurve : kCompareB;
  const ImU32 other_band = !tagged ? kPinnedBand : current_b ? kBand : kCompareBBand;
  dl->PushClipRect(f.p0, ImVec2(f.p0.x + f.size.x, f.p0.y + f.size.y), true);
  if (pb) band(dl, f, *pb, other_band);
  if (b) band(dl, f, *b, band_col);
  for (double s : course.session_days()) {
    const float x = f.x(s);
    dl->AddLine(ImVec2(x, f.p0.y + f.size.y - 0.5f * font), ImVec2(x, f.p0.y + f.size.y), kSession,
                2.0f);
  }
  if (!pinned_curve.empty()) polyline(dl, f, pinned_curve, other_col, tagged ? 2.2f : 1.5f);
  polyline(dl, f, curve, curve_col, 2.2f);
  if (tagged) {
    // Each letter over its curve's end; the lower curve's under it, so the two never overlap.
    const auto end_of = [&](const std::vector<double>& v) {
      return v.empty() ? 0.0 : v[std::min(v.size() - 1, static_cast<std::size_t>(f.days))];
    };
    const bool current_higher = end_of(curve) >= end_of(pinned_curve);
    const auto tag_at = [&](const std::vector<double>& v, const std::string& t, ImU32 c,
                            bool above) {
      if (v.empty()) return;
      const double last = std::min(static_cast<double>(v.size() - 1), static_cast<double>(f.days));
      const ImVec2 sz = ImGui::CalcTextSize(t.c_str());
      const float y0 = f.y(end_of(v)) + (above ? -1.1f * sz.y : 0.2f * sz.y);
      const float y = std::clamp(y0, f.p0.y, f.p0.y + f.size.y - sz.y);
      dl->AddText(ImVec2(f.x(last) - sz.x - 0.3f * font, y), c, t.c_str());
    };
    tag_at(pinned_curve, pinned->tag, other_col, !current_higher);
    tag_at(curve, pinned->current_tag, curve_col, current_higher);
  }
  const float now_x = f.x(day);
  dl->AddLine(ImVec2(now_x, f.p0.y), ImVec2(now_x, f.p0.y + f.size.y), kNow, 1.0f);
  dl->PopClipRect();
  // Unit labels over the plot, on a patch of the background so grid lines do not cross them.
  for (const auto& [pos, text] : {std::pair{xpos, xunit}, std::pair{ypos, yunit}}) {
    const ImVec2 sz = ImGui::CalcTextSize(text);
    dl->AddRectFilled(ImVec2(pos.x - 2.0f, pos.y), ImVec2(pos.x + sz.x + 2.0f, pos.y + sz.y),
                      IM_COL32(20, 23, 30, 220), 2.0f);
    dl->AddText(pos, kAxis, text);
  }

  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", tr(b ? "outcome.legend.band" : "outcome.legend.pending"));
  if (tagged) {
    ImGui::TextDisabled("%s", tr("compare.chart_note"));
  } else if (pinned && pinned->daily && !pinned->daily->empty()) {
    const double end = pinned->daily->back().total_collagen;
    ImGui::TextDisabled(
        "%s",
        trf("outcome.pinned", {{"name", pinned->name}, {"factor", number(end, "%.2f")}}).c_str());
  }
  ImGui::PopTextWrapPos();
  const bool pin = !tagged && ImGui::Button(tr(pinned ? "outcome.pin_instead" : "outcome.pin"));
  if (ImGui::Button(tr("outcome.about_numbers"))) show_numbers = true;
  return pin;
}

}  // namespace dv::ui
