// fonts.h: the fonts the panels and the figure overlay use.
#pragma once

#include <string>

struct ImFont;

namespace dv::ui {

/// Fonts loaded into the current ImGui atlas.
struct Fonts {
  ImFont* body = nullptr;             ///< panels and menus
  ImFont* label = nullptr;            ///< structure labels on the figure
  ImFont* title = nullptr;            ///< figure title and time label
  ImFont* lecture_title = nullptr;    ///< chapter title in the lecture caption bar (46 px at 1×)
  ImFont* lecture_caption = nullptr;  ///< chapter caption in the lecture caption bar (32 px at 1×)
  bool fallback = false;  ///< true when DejaVu was missing and ImGui's built-in font is used
};

/// Load DejaVu Sans (regular and bold) from `font_dir` at sizes scaled by `scale`
/// (1 = 96 dpi), with the glyphs the current strings (set_strings) need. Falls back to ImGui's
/// built-in font when the files are missing.
Fonts load_fonts(const std::string& font_dir, float scale);

/// Debian's fonts-dejavu-core folder.
inline constexpr const char* kDejaVuDir = "/usr/share/fonts/truetype/dejavu";

}  // namespace dv::ui
