// trainee.h: what the trainee windows (Sweep, Self-test; issue 12 §3–§5) keep between frames:
// the user's choices and the quiz session. Owned by the app inside PanelFlags, like the other
// transient UI state; the panels hold nothing of their own.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "sim/quiz.h"
#include "sim/sweep.h"

namespace dv::ui {

/// The Sweep window's choices.
struct SweepUi {
  int param = 5;  ///< index into sim::sweep_param_keys() (5: needle depth)
  sim::OutcomeColumn outcome = sim::OutcomeColumn::total_collagen;  ///< outcome swept
  float from = 0.5f, to = 2.5f;             ///< range of a numeric setting, its unit
  int steps = 10;                           ///< values in the range
  int members = sim::kSweepDefaultMembers;  ///< ensemble members per value
  std::array<char, 512> path{};             ///< where "Save CSV" writes (empty: the default file)
  std::string status;  ///< the last save's result ("Saved to …" or the error)
};

/// Where a self-test question is.
enum class QuizStep {
  predict,  ///< the trainee answers
  explain   ///< the model played it: right or wrong, why
};

/// A self-test session.
struct QuizUi {
  std::uint64_t seed = 1;                     ///< seed of the session (same seed, same questions)
  int count = 10;                             ///< questions per session
  std::vector<sim::QuizQuestion> questions;   ///< the session (empty: not started)
  std::vector<sim::QuizAnswer> answers;       ///< one per question
  int current = 0;                            ///< question shown; == size(): the review
  QuizStep step = QuizStep::predict;          ///< predict or explain
  int choice = -1;                            ///< option picked for the current question
  float value = 0.0f;                         ///< number typed for a numeric question
  double play_until = -1.0;                   ///< stop playback at this day (−1: none), d
  std::optional<sim::Scenario> own_scenario;  ///< the trainee's scenario before the test
  std::array<char, 512> path{};               ///< where "Save results" writes (empty: default)
  std::string status;                         ///< the last save's result
};

}  // namespace dv::ui
