// sensation_readout.h: what the patient will feel and see, in plain words, under the numbing
// controls of the treatment panel (issue 14 §2–3).
#pragma once

#include "sim/course.h"

namespace dv::ui {

/// "Feels like: …" with the 0–10 index, the sensitive-region and numbing notes, and the swelling
/// and flaking that follow (texts in assets/text/en/sensation.json).
void sensation_readout(const sim::Scenario& s, const sim::Course& course);

}  // namespace dv::ui
