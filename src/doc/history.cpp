#include "doc/history.h"

#include "sim/scenario_fields.h"

namespace dv::doc {

std::string_view single_changed_field(const sim::Scenario& a, const sim::Scenario& b) {
  std::string_view found;
  for (const sim::ScenarioField& f : sim::scenario_fields()) {
    const bool differs = f.kind == sim::FieldKind::seed ? a.seed != b.seed : f.get(a) != f.get(b);
    if (!differs) continue;
    if (!found.empty()) return {};
    found = f.key;
  }
  return found;
}

void History::record(const sim::Scenario& before, const sim::Scenario& after) {
  if (before == after) return;
  const std::string_view field = single_changed_field(before, after);
  redo_.clear();
  // A drag of one slider changes the same field every frame: one step.
  if (open_ && !field.empty() && field == open_field_ && !undo_.empty()) return;
  undo_.push_back(before);
  if (undo_.size() > kMaxSteps) undo_.erase(undo_.begin());
  open_ = true;
  open_field_ = field;
}

std::optional<sim::Scenario> History::undo(const sim::Scenario& current) {
  open_ = false;
  if (undo_.empty()) return std::nullopt;
  sim::Scenario s = undo_.back();
  undo_.pop_back();
  redo_.push_back(current);
  return s;
}

std::optional<sim::Scenario> History::redo(const sim::Scenario& current) {
  open_ = false;
  if (redo_.empty()) return std::nullopt;
  sim::Scenario s = redo_.back();
  redo_.pop_back();
  undo_.push_back(current);
  return s;
}

void History::clear() {
  undo_.clear();
  redo_.clear();
  open_ = false;
}

}  // namespace dv::doc
