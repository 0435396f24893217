// No missing-character boxes (issue 11 §4): every character of every strings file of every
// language is in the character map (cmap) of each DejaVu face the app and the take-home sheet
// use (fonts-dejavu-core): regular and bold for ImGui, regular, bold and oblique for Pango.
#include <gtest/gtest.h>

#include <ft2build.h>
#include FT_FREETYPE_H

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "ui/fonts.h"

namespace {

namespace fs = std::filesystem;

// Code points of UTF-8 `s` (the files are UTF-8; a bad sequence fails the test).
std::set<char32_t> code_points(const std::string& s, const fs::path& file) {
  std::set<char32_t> out;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + static_cast<std::size_t>(n) > s.size()) {
      ADD_FAILURE() << file << ": not UTF-8 at byte " << i;
      return out;
    }
    char32_t cp = n == 1 ? c : c & (0x7F >> n);
    for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.insert(cp);
    i += static_cast<std::size_t>(n);
  }
  return out;
}

// Every character used, with one file that uses it.
std::map<char32_t, fs::path> characters_used() {
  std::map<char32_t, fs::path> used;
  for (const auto& lang : fs::directory_iterator(fs::path(DV_SOURCE_DIR) / "assets" / "text")) {
    if (!lang.is_directory()) continue;
    for (const auto& f : fs::directory_iterator(lang.path())) {
      if (f.path().extension() != ".json") continue;
      std::ifstream in(f.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      for (char32_t cp : code_points(ss.str(), f.path())) {
        if (cp >= 0x20) used.emplace(cp, f.path());
      }
    }
  }
  return used;
}

TEST(FontCoverage, EveryCharacterOfEveryLanguageIsInEachDejaVuFace) {
  const auto used = characters_used();
  ASSERT_GT(used.size(), 100u);
  // The texts really need more than Latin-1 (typographic quotes, dashes, ellipsis).
  for (char32_t cp : {U'ñ', U'ü', U'ß', U'–', U'…', U'„', U'“', U'·'}) {
    EXPECT_TRUE(used.count(cp)) << "U+" << std::hex << static_cast<unsigned>(cp);
  }
  FT_Library lib = nullptr;
  ASSERT_EQ(FT_Init_FreeType(&lib), 0);
  for (const char* face_file :
       {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"}) {
    const std::string path = std::string(dv::ui::kDejaVuDir) + "/" + face_file;
    FT_Face face = nullptr;
    ASSERT_EQ(FT_New_Face(lib, path.c_str(), 0, &face), 0)
        << path << " is missing: run scripts/setup.sh (fonts-dejavu-core)";
    for (const auto& [cp, file] : used) {
      EXPECT_NE(FT_Get_Char_Index(face, static_cast<FT_ULong>(cp)), 0u)
          << face_file << " has no glyph for U+" << std::hex << static_cast<unsigned>(cp)
          << " used in " << file;
    }
    FT_Done_Face(face);
  }
  FT_Done_FreeType(lib);
}

}  // namespace
