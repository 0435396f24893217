// compare_words.h: what differs between two protocols, said in words with numbers from the model
// ("B: Needle depth 1.00 mm instead of 1.50 mm → channels 0.35 mm shallower, no bleeding instead
// of pinpoint bleeding, collagen at 3 months +18 to +27 % instead of +25 to +36 %"). The
// templates live in assets/text/<lang>/compare.json. No ImGui: tested with the strings alone.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sim/course.h"
#include "sim/ensemble.h"
#include "sim/scenario_fields.h"

namespace dv::ui {

/// A field's value as the panels write it ("1.50 mm", "Motorised pen", "4").
std::string field_value_text(const sim::ScenarioField& f, const sim::Scenario& s);

/// Keys of the scenario fields that differ between `a` and `b` (the seed excluded), in the
/// order of the field table.
std::vector<std::string_view> differing_fields(const sim::Scenario& a, const sim::Scenario& b);

/// "Needle depth 1.00 mm · Sessions 3": the fields of `b` that differ from `a`, or "".
std::string differing_settings_text(const sim::Scenario& a, const sim::Scenario& b);

/// The main outcome as a range ("+18 to +27 %", from the band) or, while the band is being
/// computed, its central value ("+22 %").
std::string collagen_range_text(const sim::Course& c, const sim::Ensemble* band);

/// What B changes and what that does in the model, one sentence (see the file comment); the
/// bands may be null while they are computed (central values are used).
std::string compare_words(const sim::Course& a, const sim::Ensemble* band_a, const sim::Course& b,
                          const sim::Ensemble* band_b);

}  // namespace dv::ui
