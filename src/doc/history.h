// history.h: undo and redo of scenario edits. A stack of the scenarios before each change; the
// frames of one slider drag (edits of the same single field with no pause between them) make
// one step, so Ctrl+Z undoes the drag, not its last pixel.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "sim/scenario.h"

namespace dv::doc {

/// Undo and redo stacks of scenarios.
class History {
 public:
  /// Most steps kept; the oldest are dropped beyond it.
  static constexpr std::size_t kMaxSteps = 200;  ///< steps

  /// Note a change from `before` to `after` (no-op when equal). Clears the redo stack. Joins the
  /// previous step while it is open and both changed the same single field.
  void record(const sim::Scenario& before, const sim::Scenario& after);
  /// Close the current step: the next change starts a new one (the app calls it when the mouse
  /// is released and nothing is being edited).
  void seal() { open_ = false; }
  /// The scenario to go back to from `current`, or nothing; `current` goes on the redo stack.
  std::optional<sim::Scenario> undo(const sim::Scenario& current);
  /// The scenario to go forward to from `current`, or nothing.
  std::optional<sim::Scenario> redo(const sim::Scenario& current);
  /// Forget every step (a new or opened document).
  void clear();
  /// True when there is something to undo.
  bool can_undo() const { return !undo_.empty(); }
  /// True when there is something to redo.
  bool can_redo() const { return !redo_.empty(); }
  /// Steps that can be undone.
  std::size_t undo_steps() const { return undo_.size(); }

 private:
  std::vector<sim::Scenario> undo_, redo_;
  std::string_view open_field_;  // the single field the open step changed ("" : several)
  bool open_ = false;
};

/// The key of the only scenario field that differs between `a` and `b`, or "" when none or
/// several differ.
std::string_view single_changed_field(const sim::Scenario& a, const sim::Scenario& b);

}  // namespace dv::doc
