// Course queries: phases and interpolated snapshots. Never re-simulates.
#include "sim/course.h"

#include <algorithm>
#include <cassert>
#include <cmath>

#include "sim/params.h"

namespace dv::sim {
namespace p = param;

std::string_view phase_name(Phase ph) {
  switch (ph) {
    case Phase::needling: return "Needling";
    case Phase::haemostasis: return "Haemostasis";
    case Phase::inflammation: return "Inflammation";
    case Phase::proliferation: return "Proliferation";
    case Phase::remodelling: return "Remodelling";
  }
  return "?";
}

std::string_view key(Severity s) {
  switch (s) {
    case Severity::note: return "note";
    case Severity::caution: return "caution";
    case Severity::unsafe: return "unsafe";
  }
  return "?";
}

int Course::session_index_at(double day) const {
  assert(!session_days_.empty());
  const auto it = std::upper_bound(session_days_.begin(), session_days_.end(), day);
  return std::max(0, static_cast<int>(it - session_days_.begin()) - 1);
}

Phase Course::phase_at(double day) const {
  const int s = session_index_at(day);
  const double tau = day - session_days_[static_cast<std::size_t>(s)];
  const PhaseTimes& ph = phase_times_[static_cast<std::size_t>(s)];
  if (tau < p::kNeedlingDuration_d) return Phase::needling;
  if (tau < p::kHaemostasisEnd_d) return Phase::haemostasis;
  if (tau < ph.inflammation_end_days) return Phase::inflammation;
  if (tau < ph.proliferation_end_days) return Phase::proliferation;
  return Phase::remodelling;
}

Snapshot Course::at(double day) const {
  assert(!key_times_.empty());
  day = std::clamp(day, 0.0, end_day_);
  Snapshot snap{};
  snap.day = day;
  const int s = session_index_at(day);
  snap.session = s + 1;
  snap.days_since_session = day - session_days_[static_cast<std::size_t>(s)];
  snap.phase = phase_at(day);

  // Keyframes a (time ≤ day, the last such) and b (the next); at a session start two
  // keyframes share a time (before and after the needles) and upper_bound picks "after".
  const auto it = std::upper_bound(key_times_.begin(), key_times_.end(), day);
  const std::size_t b = std::min<std::size_t>(it - key_times_.begin(), key_times_.size() - 1);
  const std::size_t a = b == 0 ? 0 : (it == key_times_.end() ? b : b - 1);
  const double ta = key_times_[a], tb = key_times_[b];
  const double w = tb > ta ? std::clamp((day - ta) / (tb - ta), 0.0, 1.0) : 0.0;
  const std::size_t size = static_cast<std::size_t>(kFieldCount) * nx_ * nz_;
  snap.fields.nx = nx_;
  snap.fields.nz = nz_;
  snap.fields.width_um = width_um_;
  snap.fields.depth_um = depth_um_;
  if (!key_fields_.empty()) {  // empty for a course simulated without fields (ensemble member)
    snap.fields.data.resize(size);
    const float* fa = key_fields_.data() + a * size;
    const float* fb = key_fields_.data() + b * size;
    const auto wf = static_cast<float>(w);
    for (std::size_t i = 0; i < size; ++i) snap.fields.data[i] = fa[i] + wf * (fb[i] - fa[i]);
  }
  const KeyScalars& ka = key_scalars_[a];
  const KeyScalars& kb = key_scalars_[b];
  snap.epidermis_um = ka.epidermis_um + w * (kb.epidermis_um - ka.epidermis_um);
  snap.dermis_um = ka.dermis_um + w * (kb.dermis_um - ka.dermis_um);
  snap.inflammation = ka.inflammation + w * (kb.inflammation - ka.inflammation);
  snap.growth_factor = ka.growth_factor + w * (kb.growth_factor - ka.growth_factor);

  // Channels are analytic in time (closure is a smooth function), so they need no keyframes.
  const double hours = snap.days_since_session * 24.0;
  const double open = open_fraction(needling_, hours);
  const double barrier = barrier_open_fraction(needling_, hours);
  const auto& xs = shown_x_um_[static_cast<std::size_t>(s)];
  for (std::size_t i = 0; i < xs.size(); ++i) {
    // The bleeding share of the drawn channels bleed, spread evenly: round(n × share) of them.
    const double sh = needling_.bleeding_share;
    const auto fi = static_cast<double>(i);
    const bool bleeds = std::floor((fi + 1.0) * sh + 0.5) > std::floor(fi * sh + 0.5);
    snap.channels.push_back({xs[i], needling_.effective_depth_um, needling_.channel_diameter_um,
                             open, barrier, bleeds, s + 1});
  }
  return snap;
}

}  // namespace dv::sim
