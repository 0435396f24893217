// captions.h: plain-words explanations (loaded by the app from assets/text/captions.json).
#pragma once

#include <array>
#include <string>
#include <vector>

#include "sim/course.h"
#include "sim/text_format.h"

namespace dv::ui {

/// What to say about one healing phase.
struct PhaseCaption {
  std::string short_text;  ///< one line under the timeline
  std::string educator;    ///< what happens in the tissue
  std::string patient;     ///< what the patient feels and sees
};

/// All explanations.
struct Captions {
  std::array<PhaseCaption, 5> phases;    ///< indexed by sim::Phase
  std::string not_treated_intro;         ///< heading of the contraindication list
  std::vector<std::string> not_treated;  ///< who should not be treated
  sim::TextMap texts;  ///< the strings, checked to hold every warning template and note

  /// The caption of a phase.
  const PhaseCaption& of(sim::Phase p) const { return phases[static_cast<std::size_t>(p)]; }
};

/// The "Explain" tab: the current phase in plain words, and who should not be treated.
void explain_tab(const Captions& captions, const sim::Course& course, double day);

}  // namespace dv::ui
