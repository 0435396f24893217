// commands.h: what the panels ask for. Panels read state the app owns and return Commands;
// the app applies them at one point in the frame (design.md).
#pragma once

#include <optional>
#include <string>
#include <utility>

#include "doc/document.h"
#include "scene/figure_options.h"
#include "sim/scenario.h"

namespace dv::ui {

/// Text sizes the View menu offers (multipliers of the base size).
inline constexpr float kTextScales[] = {1.0f, 1.25f, 1.5f, 2.0f};

/// Which panels are open (transient UI state owned by the app).
struct PanelFlags {
  bool show_panels = true;  ///< all panels and the menu bar (Tab hides them for projection)
  bool show_figure = true;  ///< "Skin block" panel
  bool show_help = false;   ///< controls window
  bool show_about = false;  ///< about window
  float text_scale = 1.0f;  ///< current text size multiplier (shown ticked in the View menu)
  sim::OutcomeColumn chart_column = sim::OutcomeColumn::total_collagen;  ///< outcome charted
  bool show_numbers = false;  ///< "About these numbers" window
};

/// Lecture requests of one frame (keys and the lecture screen), applied by the app.
struct LectureCommands {
  std::optional<std::string> start;      ///< start giving the lesson with this id (View menu)
  int step = 0;                          ///< chapters to move (+1 next, −1 previous)
  bool first = false;                    ///< go to the first chapter
  bool toggle_blank = false;             ///< blank the screen, or bring it back
  bool back = false;                     ///< back to the lesson: restore the chapter exactly
  bool leave = false;                    ///< leave the lecture (back to explore)
  bool toggle_projector = false;         ///< switch the projector colour scheme
  bool save_view = false;                ///< save the current view under a new name
  std::optional<std::size_t> open_view;  ///< jump to this saved view
  bool add_chapter = false;              ///< add the current view as a chapter of the lesson
  // Lesson editor (authoring): chapter index and new text, or the index to move or delete.
  std::optional<std::pair<std::size_t, std::string>> chapter_title;    ///< retitle a chapter
  std::optional<std::pair<std::size_t, std::string>> chapter_caption;  ///< new caption
  std::optional<std::size_t> chapter_up;      ///< move a chapter one place earlier
  std::optional<std::size_t> chapter_down;    ///< move a chapter one place later
  std::optional<std::size_t> chapter_delete;  ///< delete a chapter
  bool save_lesson = false;                   ///< write the edited lesson (atomically)
  bool give_edited = false;                   ///< start giving the edited lesson
  bool close_editor = false;                  ///< close the lesson editor
};

/// Requests from one frame of UI, applied by the app after the panels ran: the document's
/// edits (scenario, figure, time, pin) plus what only the app or a view can do.
struct Commands : doc::Edits {
  bool reset_camera = false;        ///< back to the default three-quarter view
  bool front_view = false;          ///< straight view of the front cut face
  bool save_screenshot = false;     ///< write a PNG of the current view
  bool toggle_fullscreen = false;   ///< window ↔ full screen
  bool quit = false;                ///< close the app
  std::optional<float> text_scale;  ///< new text and panel size multiplier
  LectureCommands lecture;          ///< lecture mode, saved views, lesson authoring
};

}  // namespace dv::ui
