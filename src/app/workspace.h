// workspace.h: what one window (or one offscreen frame) shows, and its frame in the order of
// design.md: events → screen → input → apply/advance → update views → draw views → UI.
// The interactive window, `dermaviz render` and `dermaviz bench` all run these steps.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/figure_view.h"
#include "core/result.h"
#include "doc/document.h"
#include "doc/lesson_player.h"
#include "doc/sweep_run.h"
#include "render/offscreen.h"
#include "ui/captions.h"
#include "ui/commands.h"
#include "ui/file_ui.h"
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
  std::optional<doc::Lesson> edited;        ///< the lesson being made in the app (editor open)
  std::filesystem::path edited_path;        ///< where the editor saves it
  std::filesystem::path shader_dir;         ///< for the views made later (compare, wipe)
  std::optional<doc::Document> document_b;  ///< compare mode's side B (made on first entry)
  std::optional<FigureView> view_b;         ///< how B is drawn
  std::optional<FigureView> before_view;    ///< the wipe's "before" side
  std::optional<render::OffscreenTarget> wipe_target;  ///< the "before" side drawn, then split
  ui::FileUi files;                     ///< File menu state (current file, recent...)
  doc::SweepRun sweep;                  ///< the Sweep window's background sweep
  std::vector<ui::PlacedLabel> labels;  ///< labels as drawn last frame (picking)
};

/// Start giving lesson `id` (a built-in id or a lesson file path): lecture mode, panels hidden,
/// first chapter. An error names the lesson and leaves the workspace as it was.
Status start_lesson(Workspace& w, const std::string& id);

/// Enter (B a copy of A on first entry, its camera A's) or leave compare mode. An error when
/// B's view could not be made (shaders).
Status set_compare(Workspace& w, bool on);
/// The document the panels and keys edit (compare mode: the active side).
doc::Document& active_document(Workspace& w);
/// The view the mouse and keys move (compare mode: the active side).
FigureView& active_view(Workspace& w);

/// Load strings (of `language`, English filling its gaps), captions and shaders from
/// `data_dir`, simulate the scenario, make the strings current for the panels. Needs a current
/// GL context.
Result<Workspace> open_workspace(const std::filesystem::path& data_dir,
                                 const sim::Scenario& scenario, const scene::FigureOptions& figure,
                                 const std::string& language = "en");

/// Switch every text of `w` to `language` and make it current; on error `w` keeps its texts.
/// The fonts must be reloaded afterwards (their glyphs follow the strings).
Status set_language(Workspace& w, const std::filesystem::path& data_dir,
                    const std::string& language);

/// Screen step: run the mode's panels for a window of width×height UI pixels.
ui::Screen run_screen(Workspace& w, int width, int height, const ui::Fonts& fonts);

/// Apply step: the commands' document edits and view moves, then advance the clock by `dt_s`
/// and bring the views up to date. Window-level commands (quit, full screen, text size,
/// screenshot) are left to the caller.
/// In compare mode the edits go to the active side, time edits to both, the longer course drives
/// the clock and a linked camera follows the active one; with the wipe on, its "before" side
/// is brought up to date too. An error when a view could not be made.
Status apply_and_update(Workspace& w, const ui::Screen& s, double dt_s);

/// Draw step: every view into its rectangle of `target` (`fb_scale` framebuffer pixels per UI
/// pixel), then each view's annotations into ImGui's background draw list. An error when a view
/// could not be drawn (the driver could not make a framebuffer).
Status draw_views(Workspace& w, const ui::Screen& s, const render::OffscreenTarget& target,
                  float fb_scale, const ui::Fonts& fonts);

/// True while any shown document plays.
bool animating(const Workspace& w);
/// True while a band of a shown document is being computed.
bool background_pending(const Workspace& w);
/// Collect finished background work of every document (never blocks); true when some arrived.
bool poll_background(Workspace& w);
/// Wait for the background work of every document (offscreen frames).
void wait_background(Workspace& w);

/// A UI rectangle in framebuffer pixels.
PixelRect to_pixels(const ui::Rect& r, float fb_scale);

}  // namespace dv::app
