// regimes.h: the time regimes after a session, one definition for the model's step sizes and
// keyframes, the playback warp and the timeline's steps: the needling (minutes), the first
// days (hours), the following weeks (days), then weeks.
#pragma once

#include "sim/params.h"

namespace dv::sim {

/// Needling lasts this long after a session starts, d (the model's phase).
inline constexpr double kNeedlingEnd_d = param::kNeedlingDuration_d;
/// Until this many days after a session, time is read in hours (clot, closing channels), d.
inline constexpr double kHoursRegimeEnd_d = 2.0;
/// Until this many days after a session, time is read in days (proliferation), d.
inline constexpr double kDaysRegimeEnd_d = 14.0;

}  // namespace dv::sim
