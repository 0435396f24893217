// The fonts the app loads for a language hold a glyph for every character of that language's
// texts (no missing-character boxes, issue 11 §4): the glyph ranges are built from the strings
// actually loaded, so Spanish (¿ ñ) and German (ß ü „ “) texts draw in every face.
#include <gtest/gtest.h>

#include <imgui.h>

#include "app/strings_file.h"
#include "ui/fonts.h"
#include "ui/languages.h"
#include "ui/strings.h"

namespace dv::ui {
namespace {

// Decode one UTF-8 character at `p` into `c`; returns its length (1 for a bad byte).
int utf8_char(unsigned int* c, const char* p, const char* end) {
  const auto b = static_cast<unsigned char>(*p);
  const int n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || end - p < n) {
    *c = 0xFFFD;
    return 1;
  }
  *c = n == 1 ? b : b & (0x7Fu >> n);
  for (int k = 1; k < n; ++k) *c = (*c << 6) | (static_cast<unsigned char>(p[k]) & 0x3Fu);
  return n;
}

TEST(LanguageFonts, EveryCharacterOfEachLanguageHasAGlyphInEveryFont) {
  for (std::string_view lang : kLanguages) {
    const auto s = app::load_strings(DV_SOURCE_DIR "/assets/text", std::string(lang));
    ASSERT_TRUE(s.ok()) << s.message();
    ImGuiContext* ctx = ImGui::CreateContext();
    set_strings(&s.value());
    const Fonts f = load_fonts(kDejaVuDir, 1.0f);
    unsigned char* px = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&px, &w, &h);
    ASSERT_FALSE(f.fallback) << "DejaVu missing: run scripts/setup.sh";
    int checked = 0;
    for (const auto& [id, text] : s.value().text) {
      const char* p = text.c_str();
      const char* end = p + text.size();
      while (p < end) {
        unsigned int c = 0;
        p += utf8_char(&c, p, end);
        if (c < 0x20) continue;
        const auto glyph = static_cast<ImWchar>(c);
        for (ImFont* font : {f.body, f.label, f.title}) {
          EXPECT_NE(font->FindGlyphNoFallback(glyph), nullptr)
              << lang << ": " << id << ": no glyph for U+" << std::hex << c;
        }
        ++checked;
      }
    }
    EXPECT_GT(checked, 1000) << lang;
    set_strings(nullptr);
    ImGui::DestroyContext(ctx);
  }
}

}  // namespace
}  // namespace dv::ui
