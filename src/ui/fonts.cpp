#include "ui/fonts.h"

#include <imgui.h>

#include <filesystem>

#include "ui/strings.h"

namespace dv::ui {

Fonts load_fonts(const std::string& font_dir, float scale) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  Fonts f;
  const std::string regular = font_dir + "/DejaVuSans.ttf";
  const std::string bold = font_dir + "/DejaVuSans-Bold.ttf";
  std::error_code ec;
  const bool have_regular = std::filesystem::exists(regular, ec);
  const bool have_bold = std::filesystem::exists(bold, ec);
  // Glyphs come from the language: Latin-1 (numbers and typed input) and the marks the model's
  // messages use (–, —, •, →, ≤, ≥, ×), plus every character of the current strings files.
  static const ImWchar base[] = {0x0020, 0x00FF, 0x2013, 0x2014, 0x2022, 0x2022, 0x2192,
                                 0x2192, 0x2264, 0x2265, 0x00D7, 0x00D7, 0};
  static ImVector<ImWchar> built;
  ImFontGlyphRangesBuilder builder;
  builder.AddRanges(base);
  for (const auto& [id, text] : strings().text) builder.AddText(text.c_str());
  built.clear();
  builder.BuildRanges(&built);
  const ImWchar* ranges = built.Data;
  ImFontConfig cfg;
  cfg.OversampleH = 2;
  cfg.OversampleV = 1;
  if (have_regular) {
    f.body = io.Fonts->AddFontFromFileTTF(regular.c_str(), 17.0f * scale, &cfg, ranges);
    f.label = io.Fonts->AddFontFromFileTTF(regular.c_str(), 21.0f * scale, &cfg, ranges);
    f.title = io.Fonts->AddFontFromFileTTF((have_bold ? bold : regular).c_str(), 28.0f * scale,
                                           &cfg, ranges);
    // Lecture sizes: a 1080p slide read from the back row (issue 10: title ≥ 40 px, caption
    // ≥ 28 px).
    f.lecture_title = io.Fonts->AddFontFromFileTTF((have_bold ? bold : regular).c_str(),
                                                   46.0f * scale, &cfg, ranges);
    f.lecture_caption = io.Fonts->AddFontFromFileTTF(regular.c_str(), 32.0f * scale, &cfg, ranges);
  }
  if (!f.body || !f.label || !f.title || !f.lecture_title || !f.lecture_caption) {
    io.Fonts->Clear();
    ImFontConfig def;
    def.SizePixels = 13.0f * scale;
    f.body = f.label = f.title = f.lecture_title = f.lecture_caption =
        io.Fonts->AddFontDefault(&def);
    f.fallback = true;
  }
  return f;
}

}  // namespace dv::ui
