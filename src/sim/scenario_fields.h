// scenario_fields.h: the one table of scenario fields. Each row gives the key (scenario files,
// command line, the field a warning points at), the kind, the allowed range, the step a slider
// moves by, the unit and the id of its label in the strings files, and reads and writes the
// member. The JSON reader and writer, the sliders, their clamping and the messages all loop
// over this table.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "sim/scenario.h"

namespace dv::sim {

/// What kind of value a field holds.
enum class FieldKind {
  choice,   ///< one of a list of keys (region, device, ...)
  real,     ///< a number with a fractional part
  integer,  ///< a whole number
  flags,    ///< a set of keys (a JSON list), held as a bit mask: bit i = choice_key(i)
  seed      ///< any unsigned 64-bit integer (the random seed)
};

/// One scenario field.
struct ScenarioField {
  std::string_view key;       ///< JSON key ("needle_depth_mm"), also the warning field id
  FieldKind kind;             ///< kind of value
  double min, max;            ///< allowed range (choice: 0 … count−1; seed: unused)
  double step;                ///< slider step (0: continuous)
  std::string_view unit;      ///< unit id ("mm", "weeks", "years"; "" for counts and choices)
  std::string_view label_id;  ///< strings-file key of its label ("field.needle_depth_mm")
  /// The member as a number (choice: its index in the kAll… list; seed: unused).
  double (*get)(const Scenario&);
  /// Set the member from a number (choice: index; the caller clamps first).
  void (*set)(Scenario&, double);
  /// Choice fields: the key of choice i, or "" past the end (null for other kinds).
  std::string_view (*choice_key)(std::size_t i);
};

/// Every field, in the documented order of scenario files.
std::span<const ScenarioField> scenario_fields();
/// The field with this key, or null.
const ScenarioField* find_scenario_field(std::string_view key);

/// `v` brought into the field's range and onto its grid (integers rounded, NaN → minimum).
double clamp_to_field(const ScenarioField& f, double v);
/// The scenario with every field inside its range (what the UI and settings may hold).
Scenario clamped(const Scenario& s);
/// True when every field is inside its range.
bool in_range(const Scenario& s);

}  // namespace dv::sim
