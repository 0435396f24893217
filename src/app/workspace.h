// workspace.h: what one window (or one offscreen frame) shows, and its frame in the order of
// design.md: events → screen → input → apply/advance → update views → draw views → UI.
// The interactive window, `dermaviz render` and `dermaviz bench` all run these steps.
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "app/figure_view.h"
#include "core/result.h"
#include "doc/document.h"
#include "doc/lesson_player.h"
#include "render/offscreen.h"
#include "ui/captions.h"
#include "ui/commands.h"
#include "ui/fonts.h"
#include "ui/screen.h"
#include "ui/strings.h"

namespace dv::app {

/// The document, its figure view and the transient UI state of one window.
struct Workspace {
  doc::Document document;                      ///< what is shown
  FigureView view;                             ///< how it is drawn
  ui::Captions captions;                       ///< plain-words texts
  std::shared_ptr<const ui::Strings> strings;  ///< every text by id (current for the panels)
  ui::PanelFlags flags;                        ///< open panels (transient)
  ui::Mode mode = ui::Mode::explore;           ///< which screen
  std::filesystem::path data_dir;              ///< where assets/ is (lessons are read from it)
  doc::LessonPlayer lesson;                    ///< the lesson being given (lecture mode)
  bool projector = false;                      ///< projector colour scheme (a setting)
  std::vector<std::pair<std::string, std::string>> lessons;  ///< built-in lessons (id, title)
  std::optional<doc::CameraRequest> camera_request;  ///< a chapter's camera, placed next update
  std::string message;  ///< the last lecture/lesson error or confirmation, for stderr and tests
  std::optional<doc::Lesson> edited;  ///< the lesson being made in the app (editor open)
  std::filesystem::path edited_path;  ///< where the editor saves it
};

/// Start giving lesson `id` (a built-in id or a lesson file path): lecture mode, panels hidden,
/// first chapter. An error names the lesson and leaves the workspace as it was.
Status start_lesson(Workspace& w, const std::string& id);

/// Load strings, captions and shaders from `data_dir`, simulate the scenario, make the strings
/// current for the panels. Needs a current GL context.
Result<Workspace> open_workspace(const std::filesystem::path& data_dir,
                                 const sim::Scenario& scenario, const scene::FigureOptions& figure);

/// Screen step: run the mode's panels for a window of width×height UI pixels.
ui::Screen run_screen(Workspace& w, int width, int height, const ui::Fonts& fonts);

/// Apply step: the commands' document edits and view moves, then advance the clock by `dt_s`
/// and bring the views up to date. Window-level commands (quit, full screen, text size,
/// screenshot) are left to the caller.
void apply_and_update(Workspace& w, const ui::Screen& s, double dt_s);

/// Draw step: every view into its rectangle of `target` (`fb_scale` framebuffer pixels per UI
/// pixel), then each view's annotations into ImGui's background draw list. An error when a view
/// could not be drawn (the driver could not make a framebuffer).
Status draw_views(Workspace& w, const ui::Screen& s, const render::OffscreenTarget& target,
                  float fb_scale, const ui::Fonts& fonts);

/// A UI rectangle in framebuffer pixels.
PixelRect to_pixels(const ui::Rect& r, float fb_scale);

}  // namespace dv::app
