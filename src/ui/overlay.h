// overlay.h: figure annotations drawn over the 3D view: structure labels with leader lines,
// a scale bar true at the cut face, a colour legend and a title.
#pragma once

#include <string>

#include "scene/camera.h"
#include "scene/scene.h"
#include "ui/fonts.h"

namespace dv::ui {

/// What the overlay shows.
struct OverlayOptions {
  bool labels = true;                                ///< structure labels with leader lines
  bool legend = true;                                ///< colour key
  bool scale_bar = true;                             ///< scale bar
  scene::Visibility visible = scene::all_visible();  ///< hidden structures lose their labels
  std::string title;                                 ///< top-left title ("Cheek · female, 40 y")
  std::string subtitle;                              ///< second line (time, phase)
  float top_margin_px = 0.0f;                        ///< space taken by a menu bar, px
  float right_margin_px = 0.0f;                      ///< space taken by a side panel, px
  float left_bottom_reserved_px = 0.0f;   ///< height kept free at the bottom left (scale bar)
  float right_bottom_reserved_px = 0.0f;  ///< height kept free at the bottom right (legend)
  bool plain_words = false;  ///< everyday names ("lay.<id>"), the medical name small beside
};

/// Share of a plain label's width taken by the medical name's font size.
inline constexpr float kMedicalNameScale = 0.78f;

/// Where one label ended up on screen (for tests and hit-testing).
struct PlacedLabel {
  std::string text;          ///< label text
  float anchor_x, anchor_y;  ///< px, the pinned point
  float text_x, text_y;      ///< px, top-left of the text
  float text_w, text_h;      ///< px, text size
  std::string id = {};       ///< text id of the label ("label.epidermis")
  std::string medical = {};  ///< plain words: the medical name, drawn small ("" otherwise)
};

/// A nice scale-bar length (µm) for a given pixels-per-mm, aiming at 90–220 px.
float scale_bar_length_um(float px_per_mm);

/// Pixels per mm on the front cut face at its centre (the scale the bar shows).
float front_face_px_per_mm(const scene::Scene& s, const scene::Camera& cam, int width, int height);

/// Lay labels out in left and right columns beside the block, with no overlaps.
std::vector<PlacedLabel> layout_labels(const scene::Scene& s, const scene::Camera& cam, int width,
                                       int height, const OverlayOptions& opt, float line_h,
                                       float (*text_width)(const std::string&, void*), void* ctx);

/// Draw the overlay into ImGui's background draw list for a width×height viewport; returns the
/// labels as placed.
std::vector<PlacedLabel> draw_overlay(const scene::Scene& s, const scene::Camera& cam, int width,
                                      int height, const OverlayOptions& opt, const Fonts& fonts);

}  // namespace dv::ui
