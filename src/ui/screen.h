// screen.h: one screen per mode. A screen is a function from the document(s), the mode and the
// window size to this frame's commands and the layout (the rectangle each figure view gets); it
// runs the panels. Nothing is remembered between frames except what the caller owns.
#pragma once

#include <string>
#include <vector>

#include "doc/document.h"
#include "doc/lesson_player.h"
#include "ui/captions.h"
#include "ui/commands.h"
#include "ui/fonts.h"

namespace dv::ui {

/// What the app is for at the moment. Lecture, consult, compare and quiz come with their issues;
/// each will be one more screen function.
enum class Mode { explore, lecture };

/// A rectangle of the window in UI pixels, origin at the top left.
struct Rect {
  float x = 0, y = 0;  ///< px, top-left corner
  float w = 1, h = 1;  ///< px, size
};

/// Where things go this frame.
struct Layout {
  std::vector<Rect> views;  ///< one per figure view, in document order
  float top_px = 0.0f;      ///< height of the menu bar over the views (the title goes below), px
};

/// A screen's output.
struct Screen {
  Commands commands;  ///< what the panels asked for (keys are added by the app's input)
  Layout layout;      ///< where the figure views go
};

/// What every screen reads.
struct ScreenInput {
  const doc::Document* document = nullptr;    ///< the document shown (explore: one)
  int width = 1, height = 1;                  ///< window size, UI px
  const Captions* captions = nullptr;         ///< plain-words texts
  const Fonts* fonts = nullptr;               ///< loaded fonts
  std::string version;                        ///< for the About window
  const doc::LessonPlayer* lesson = nullptr;  ///< lecture: the lesson being given (may be null)
  bool projector = false;                     ///< projector colour scheme (light caption bar)
  std::vector<std::pair<std::string, std::string>> lessons;  ///< built-in lessons (id, title)
  const doc::Lesson* edited = nullptr;  ///< the lesson being made in the app (editor shown)
  std::string edited_path;              ///< where "Save the lesson" writes it
};

/// Run the panels of `mode` for one frame. Call between ImGui's NewFrame and Render.
Screen screen(Mode mode, const ScreenInput& in, PanelFlags& flags);

/// The explore screen: menu bar, side panel, timeline under the view, help and About windows.
Screen explore_screen(const ScreenInput& in, PanelFlags& flags);

/// The lecture screen (presenter view): the figure full screen above a caption bar with the
/// chapter's title and caption, its progress and the stain; panels only when branched off.
Screen lecture_screen(const ScreenInput& in, PanelFlags& flags);

/// Draw a figure's annotations (labels, scale bar, legend, title) for `d` over `rect`, into
/// ImGui's background draw list. `annotations` and `camera` come from the figure view.
void draw_figure_overlay(const doc::Document& d, const scene::Scene& annotations,
                         const scene::Camera& camera, const Rect& rect, float top_px,
                         const Fonts& fonts);

/// Title line for a scenario ("Cheek · female, 40 years").
std::string figure_title(const sim::Scenario& s);
/// Protocol line ("Motorised pen 1.50 mm · 4 sessions every 4 weeks").
std::string protocol_line(const sim::Scenario& s);

}  // namespace dv::ui
