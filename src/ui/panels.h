// panels.h: the Dear ImGui panels. Each is a free function over state the caller owns.
#pragma once

#include <string>
#include <vector>

#include "doc/sweep_run.h"
#include "sim/course.h"
#include "ui/captions.h"
#include "ui/commands.h"
#include "ui/file_ui.h"
#include "ui/outcome_chart.h"

namespace dv::ui {

/// Main menu bar. Returns its height in pixels (0 when hidden). With `files`, the File menu
/// has New, Open, Open recent, Save, Save as and Revert; with `history`, the Edit menu has undo,
/// redo and reset; `compare` ticks the View menu's compare item.
float menu_bar(const sim::Scenario& scenario, const scene::FigureOptions& figure, PanelFlags& flags,
               Commands& out, const FileUi* files = nullptr, const doc::History* history = nullptr,
               bool compare = false);

/// The side panel at the right edge, with a "Treatment" tab (protocol and patient, with the
/// course's warnings beside their controls), an "Anatomy" tab (layers, structures, cut,
/// stain, annotations) and an "Explain" tab (the current phase in plain words). `top_px` leaves
/// room for the menu bar. Returns its width (0 if hidden).
float side_panel(const sim::Scenario& scenario, const sim::Course& course, double day,
                 const PinnedCurve* pinned, const Captions& captions,
                 const scene::FigureOptions& figure, PanelFlags& flags, float top_px, Commands& out,
                 const sim::Ensemble* ensemble = nullptr);

/// Contents of the "Treatment" tab; `pinned` (may be null) is a course kept for comparison,
/// `ensemble` (may be null while computed) the band of `course`; `flags` holds the chart's
/// outcome choice and opens the "About these numbers" window.
void protocol_tab(const sim::Scenario& scenario, const sim::Course& course, double day,
                  const PinnedCurve* pinned, const Captions& captions, Commands& out,
                  const sim::Ensemble* ensemble = nullptr, PanelFlags* flags = nullptr);

/// "About these numbers": what the band is, and the five parameters that widen it most with
/// their basis and source (`ranking` null while it is computed; the window asks for it).
void numbers_window(PanelFlags& flags, const sim::Course& course, const sim::Ensemble* ensemble,
                    const std::vector<sim::Sensitivity>* ranking, Commands& out);
/// Contents of the "Anatomy" tab.
void anatomy_tab(const scene::FigureOptions& figure, Commands& out);

/// "Sweep a setting" (issue 12 §3): outcome and setting, run in the background (`run`), the
/// chart and its CSV export (files go to `save_dir` by default).
void sweep_window(PanelFlags& flags, const sim::Scenario& scenario, const doc::SweepRun* run,
                  const std::string& save_dir, Commands& out);

/// "Self-test" (issue 12 §4): predict, let the model play it, read why; score, review, save.
void quiz_window(PanelFlags& flags, const doc::Document& document, const std::string& save_dir,
                 Commands& out);

/// Set the document to show why `q` has its answer: the question's scenario, the moment, the
/// structures, the stain and the curve; playback runs to its moment and stops there
/// (QuizUi::play_until).
void show_why(const sim::QuizQuestion& q, const doc::Document& d, PanelFlags& flags, Commands& out);

/// Keyboard and mouse controls window.
void help_window(PanelFlags& flags);

/// About window (version, data sources).
void about_window(PanelFlags& flags, const std::string& version);

}  // namespace dv::ui
