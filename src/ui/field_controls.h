// field_controls.h: the control of a scenario field, built from its row of the field table:
// its label and value format from the strings files, its range (typed values are clamped to
// it, as in scenario files), a combo, radio buttons or a slider.
#pragma once

#include <string>

#include "sim/scenario_fields.h"
#include "ui/commands.h"

namespace dv::ui {

/// The text of choice `i` of a choice field ("choice.region.cheek" → "Cheek").
const char* choice_label(const sim::ScenarioField& f, std::size_t i);

/// printf format for a slider from a "{value} unit" text: '%' escaped, {value} → `spec`.
std::string slider_format(std::string_view pattern, std::string_view spec);

/// Draw the control of field `f` for scenario `s`; a change goes into out.edit_scenario(s),
/// inside the field's range. Returns true when changed.
bool field_control(const sim::ScenarioField& f, const sim::Scenario& s, Commands& out);

}  // namespace dv::ui
