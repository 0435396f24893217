// swelling.h: the visible reaction of the skin in the days after a session (issue 14 §3, §5):
// oedema from the early vascular leak, erythema, and faster shedding of the stratum corneum.
// Closed-form time courses after each session (no new state in the healing model).
#pragma once

#include "sim/needling.h"

namespace dv::sim {

/// Dermal oedema after one session, relative swelling of the dermis (0.05 = 5 % thicker) at
/// `hours` after it: rises within ≈2 h, peaks at ≈4–5 h, halves in ≈10 h, < 10 % of the peak
/// by 48 h (mediator-driven leak; "oedema 3–6 h", HK J Dermatol 2018; clinic pages 24–48 h).
/// Peak grows with the channel depth and the injured share (R/U amplitude, MODEL.md §13).
double oedema_relative(const Needling& n, double hours);

/// Largest oedema_relative() over hours [h0, h1] (the "peak of the day" of the daily table).
double oedema_peak_between(const Needling& n, double h0, double h1);

/// Erythema after one session, 0..1 (1 = the deep red of a 2 mm session with uniform bleeding):
/// more with depth and bleeding, fading with a 20 h time constant (redness 24–48 h, F-L; gone
/// within the week).
double erythema(const Needling& n, double hours);

/// Extra shedding of the stratum corneum ("flaking"), 0..1: starts on day 2, strongest around
/// day 4–5 and over by day 8 (R/U; clinic aftercare pages).
double flaking(const Needling& n, double hours);

}  // namespace dv::sim
