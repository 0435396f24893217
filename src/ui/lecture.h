// lecture.h: the presenter view's pieces that tests and the app share: the caption bar layout
// (sizes that fit at any window and text size), its colours, and the lecture overlay (labels the
// chapter chooses, its emphasis, no figure title: the caption bar carries it).
#pragma once

#include <string>
#include <vector>

#include "doc/lesson.h"
#include "scene/camera.h"
#include "scene/scene.h"
#include "ui/fonts.h"
#include "ui/overlay.h"
#include "ui/screen.h"

namespace dv::ui {

/// Most labels a lecture figure shows (more would cross or crowd the leaders on a slide).
inline constexpr std::size_t kLectureMaxLabels = 6;
/// Largest share of the window height the caption bar may take.
inline constexpr float kCaptionBarMaxShare = 0.40f;

/// Where the caption bar goes and at which sizes its texts are drawn.
struct CaptionBar {
  Rect bar;                          ///< the bar, px (bottom of the window)
  float title_px = 0;                ///< title text size, px
  float caption_px = 0;              ///< caption text size, px
  float pad_px = 0;                  ///< inner margin, px
  float text_w = 0;                  ///< width the title and caption wrap within, px
  float side_w = 0;                  ///< width of the right column (progress, stain), px
  float title_h = 0, caption_h = 0;  ///< wrapped heights, px
  bool fits = true;                  ///< false when even the smallest sizes overflow the bar
};

/// Lay out the caption bar for `title` and `caption` in a window `width`×`height` px, starting
/// from the lecture fonts' sizes and shrinking (down to 40 %) only when the bar would take more
/// than kCaptionBarMaxShare of the height. Needs the fonts' atlas built (any ImGui frame).
CaptionBar caption_bar_layout(const std::string& title, const std::string& caption, float width,
                              float height, const Fonts& fonts);

/// Append the lecture items to the View menu and a Views menu (saved views, "add as chapter")
/// to this frame's main menu bar. Call after menu_bar().
void lecture_menus(const ScreenInput& in, Commands& out);

/// The lesson editor window (when `in.edited` is set): chapters' titles and captions, order,
/// delete, add the current view, save, give.
void lesson_editor(const ScreenInput& in, Commands& out);

/// Colours of the caption bar in one scheme (RGBA 0–255).
struct BarColours {
  unsigned background, title, caption, accent, muted;  ///< packed ImU32 colours
};
/// The dark scheme (default) or the projector scheme (light bar, dark ink).
BarColours bar_colours(bool projector);

/// The scene's labels a lecture shows: the chapter's list (all when empty) with the emphasis
/// structure's label first, at most kLectureMaxLabels.
std::vector<scene::Label> lecture_labels(const scene::Scene& annotations,
                                         const std::vector<std::string>& chosen,
                                         std::optional<scene::Structure> emphasis);

/// True when the leader lines of two placed labels (anchor to the near edge of the text) cross.
bool leaders_cross(const PlacedLabel& a, const PlacedLabel& b);

/// Of `placed` (most important first), those whose leaders cross none kept before them.
std::vector<PlacedLabel> without_crossings(const std::vector<PlacedLabel>& placed);

/// Draw the lecture figure's annotations (labels of the chapter, scale bar, legend; no title)
/// over `rect`, with a ring on the emphasised structure's label anchor; labels whose leaders
/// would cross an earlier one's are left out.
void draw_lecture_overlay(const doc::Document& d, const doc::Chapter* chapter,
                          const scene::Scene& annotations, const scene::Camera& camera,
                          const Rect& rect, const Fonts& fonts);

}  // namespace dv::ui
