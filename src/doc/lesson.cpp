#include "doc/lesson.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "sim/needling.h"
#include "sim/outcome.h"
#include "sim/scenario_fields.h"

namespace dv::doc {
namespace {

std::string fixed(double v, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, std::isfinite(v) ? v : 0.0);
  return buf;
}
std::string whole(double v) {
  return fixed(std::round(v), 0);
}
// Depths and thicknesses of 100 µm or more to the nearest 10 µm: the model is not more
// precise than that, and "1112 µm" on a slide claims it is.
std::string micrometres(double v) {
  return std::abs(v) >= 100.0 ? fixed(std::round(v / 10.0) * 10.0, 0) : whole(v);
}
// A change from baseline as a signed per cent ("+38", "−4"), from a × baseline value.
std::string change_pct(double times_baseline) {
  const double pct = std::isfinite(times_baseline) ? std::round((times_baseline - 1.0) * 100.0) : 0;
  char buf[40];
  if (pct < 0.0) {
    std::snprintf(buf, sizeof buf, "\u2212%.0f", -pct);
  } else {
    std::snprintf(buf, sizeof buf, pct > 0.0 ? "+%.0f" : "%.0f", pct);
  }
  return buf;
}

std::string_view layer_key(sim::Layer l) {
  switch (l) {
    case sim::Layer::stratum_corneum: return "stratum_corneum";
    case sim::Layer::viable_epidermis: return "viable_epidermis";
    case sim::Layer::papillary_dermis: return "papillary_dermis";
    case sim::Layer::reticular_dermis: return "reticular_dermis";
    case sim::Layer::subcutis: return "subcutis";
    case sim::Layer::beneath: return "beneath";
  }
  return "beneath";
}

// Placeholder names, in the order caption_values() returns them.
constexpr std::string_view kNames[] = {"day",
                                       "week",
                                       "hours",
                                       "session",
                                       "sessions",
                                       "interval_weeks",
                                       "set_depth_mm",
                                       "channel_depth_um",
                                       "channel_depth_high_um",
                                       "channel_width_um",
                                       "channels_per_cm2",
                                       "epidermis_um",
                                       "papillary_um",
                                       "dermis_um",
                                       "dermis_bottom_um",
                                       "capillary_apex_um",
                                       "plexus_um",
                                       "skin_um",
                                       "bleeding_pct",
                                       "open_channels_pct",
                                       "barrier_open_pct",
                                       "closure_half_h",
                                       "barrier_half_h",
                                       "inflammation_pct",
                                       "inflammation_end_days",
                                       "fibroblasts_x",
                                       "collagen_I_change",
                                       "collagen_III_change",
                                       "collagen_change",
                                       "dermis_collagen_change",
                                       "elastin_change",
                                       "peak_collagen_change",
                                       "final_collagen_change",
                                       "three_months_change",
                                       "pih_risk_pct",
                                       "scarring_risk_pct",
                                       "age",
                                       "fitzpatrick",
                                       "region",
                                       "choice.region",
                                       "choice.device",
                                       "layer_in",
                                       "usual_min_mm",
                                       "usual_max_mm",
                                       "penetration_pct"};

}  // namespace

sim::Scenario chapter_scenario(const Lesson& lesson, std::size_t i) {
  sim::Scenario s = lesson.scenario;
  if (i >= lesson.chapters.size()) return sim::clamped(s);
  for (const FieldChange& c : lesson.chapters[i].changes) {
    if (const sim::ScenarioField* f = sim::find_scenario_field(c.key)) {
      if (f->kind == sim::FieldKind::seed) {
        s.seed = static_cast<std::uint64_t>(std::max(0.0, c.value));
      } else {
        f->set(s, sim::clamp_to_field(*f, c.value));
      }
    }
  }
  return sim::clamped(s);
}

Edits chapter_edits(const Lesson& lesson, std::size_t i) {
  Edits e;
  if (i >= lesson.chapters.size()) return e;
  const Chapter& c = lesson.chapters[i];
  e.scenario = chapter_scenario(lesson, i);
  e.figure = c.view.figure;
  e.seek_day = c.time.day;
  e.playing = c.time.until_day.has_value() && *c.time.until_day > c.time.day;
  e.speed = c.time.until_day ? c.time.speed : 1.0f;
  return e;
}

CameraRequest apply_chapter(Document& d, const Lesson& lesson, std::size_t i) {
  d.apply(chapter_edits(lesson, i));
  CameraRequest r;
  if (i < lesson.chapters.size()) {
    r.preset = lesson.chapters[i].view.preset;
    r.camera = lesson.chapters[i].view.camera;
  }
  return r;
}

bool hold_chapter_span(Document& d, const Chapter& c) {
  if (!c.time.until_day || !d.playback().playing) return false;
  if (d.playback().day < *c.time.until_day) return false;
  Edits e;
  e.seek_day = *c.time.until_day;
  e.playing = false;
  d.apply(e);
  return true;
}

std::vector<std::string_view> caption_placeholders() {
  return {std::begin(kNames), std::end(kNames)};
}

std::vector<std::pair<std::string, std::string>> caption_values(const Document& d) {
  const sim::Course& c = d.course();
  const sim::Scenario& sc = d.scenario();
  const double day = d.playback().day;
  const sim::Snapshot snap = c.at(day);
  const sim::Needling& n = c.needling();
  const sim::SkinLayers& skin = c.skin();
  const auto& daily = c.daily();
  const sim::DailyRow row =
      daily.empty() ? sim::DailyRow{}
                    : daily[static_cast<std::size_t>(
                          std::clamp(std::floor(day), 0.0, static_cast<double>(daily.size() - 1)))];
  const double hours = snap.days_since_session * 24.0;
  const sim::Outcome out = sim::outcome_of(c);
  const double infl_end =
      c.phase_times().empty() ? 0.0 : c.phase_times().front().inflammation_end_days;
  const std::string_view region = sim::key(sc.region);
  std::vector<std::pair<std::string, std::string>> v = {
      {"day", whole(std::floor(day))},
      {"week", whole(std::floor(day / 7.0))},
      {"hours", whole(hours)},
      {"session", whole(snap.session)},
      {"sessions", whole(sc.sessions)},
      {"interval_weeks", whole(sc.interval_weeks)},
      {"set_depth_mm", fixed(sc.needle_depth_mm, 2)},
      {"channel_depth_um", micrometres(n.effective_depth_um)},
      {"channel_depth_high_um", micrometres(n.depth_high_um)},
      {"channel_width_um", whole(n.channel_diameter_um)},
      {"channels_per_cm2", whole(n.channels_per_cm2)},
      {"epidermis_um", micrometres(snap.epidermis_um)},
      {"papillary_um", micrometres(skin.papillary_dermis_um)},
      {"dermis_um", micrometres(snap.dermis_um)},
      {"dermis_bottom_um", micrometres(skin.dermis_bottom_um())},
      {"capillary_apex_um", micrometres(skin.capillary_loop_apex_um)},
      {"plexus_um", micrometres(skin.superficial_plexus_um)},
      {"skin_um", micrometres(snap.epidermis_um + snap.dermis_um)},
      {"bleeding_pct", whole(n.bleeding_share * 100.0)},
      {"open_channels_pct", whole(sim::open_fraction(n, hours) * 100.0)},
      {"barrier_open_pct", whole(sim::barrier_open_fraction(n, hours) * 100.0)},
      {"closure_half_h", whole(n.closure_half_time_h)},
      {"barrier_half_h", whole(n.barrier_half_time_h)},
      {"inflammation_pct", whole(snap.inflammation * 100.0)},
      {"inflammation_end_days", fixed(infl_end, 0)},
      {"fibroblasts_x", fixed(row.fibroblasts, 1)},
      {"collagen_I_change", change_pct(row.collagen_I)},
      {"collagen_III_change", change_pct(row.collagen_III)},
      {"collagen_change", change_pct(row.total_collagen)},
      {"dermis_collagen_change", change_pct(row.dermis_collagen)},
      {"elastin_change", change_pct(row.elastin)},
      {"peak_collagen_change", change_pct(out.peak_collagen)},
      {"final_collagen_change", change_pct(out.final_collagen)},
      {"three_months_change", change_pct(out.three_months_after)},
      {"pih_risk_pct", whole(row.pih_risk * 100.0)},
      {"scarring_risk_pct", whole(row.scarring_risk * 100.0)},
      {"age", whole(sc.age_years)},
      {"fitzpatrick", whole(sc.fitzpatrick)},
      {"region", std::string(region)},
      {"choice.region", std::string(region)},
      {"choice.device", std::string(sim::key(sc.device))},
      {"layer_in", std::string(layer_key(n.deepest_layer))},
      {"usual_min_mm", fixed(skin.usual_depth_min_mm, 2)},
      {"usual_max_mm", fixed(skin.usual_depth_max_mm, 2)},
      {"penetration_pct", whole(n.penetration_fraction * 100.0)},
  };
  return v;
}

std::string fill_caption(std::string_view caption, const Document& d, const sim::TextMap* texts) {
  return sim::format_template(caption, caption_values(d), texts);
}

SavedView chapter_saved_view(const Lesson& lesson, std::size_t i, const scene::Camera& camera) {
  SavedView v;
  if (i >= lesson.chapters.size()) return v;
  const Chapter& c = lesson.chapters[i];
  v.name = c.title;
  v.camera = camera;
  v.day = c.time.until_day.value_or(c.time.day);
  v.figure = c.view.figure;
  return v;
}

Chapter chapter_from_document(const Lesson& lesson, const Document& d, const scene::Camera& camera,
                              std::string title) {
  Chapter c;
  c.title = std::move(title);
  for (const sim::ScenarioField& f : sim::scenario_fields()) {
    if (f.kind == sim::FieldKind::seed) {
      if (d.scenario().seed != lesson.scenario.seed)
        c.changes.push_back({std::string(f.key), static_cast<double>(d.scenario().seed)});
      continue;
    }
    const double now = f.get(d.scenario());
    if (now != f.get(lesson.scenario)) c.changes.push_back({std::string(f.key), now});
  }
  c.time.day = d.playback().day;
  c.view.preset = CameraPreset::custom;
  c.view.camera = camera;
  c.view.figure = d.figure();
  return c;
}

}  // namespace dv::doc
