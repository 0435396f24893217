// `dermaviz handout` end to end under Xvfb (issue 11 §5): in each language and on both papers
// the PDF opens, has one or two pages, carries the protocol, the range and the date, embeds
// the four skin pictures and uses only the DejaVu fonts (no fallback, no missing glyphs).
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
// GCC 12 reports a false maybe-uninitialized inside <regex>'s std::function at -O2 with the
// sanitizers; the warning is silenced for this file only.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <regex>

#include "run_command.h"

namespace dv::test {
namespace {

namespace fs = std::filesystem;

std::string squeeze(const std::string& s) {
  return std::regex_replace(s, std::regex(R"(\s+)"), " ");
}

TEST(CliHandout, WritesAReadableSheetInEachLanguage) {
  const fs::path dir =
      fs::temp_directory_path() / ("dermaviz-handout-gl-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const struct {
    const char* lang;
    const char* paper;
    const char* protocol;
    const char* range;
    const char* date;
  } cases[] = {
      {"en", "a4", "Cheek · Motorised pen · needle 1.5 mm · 4 sessions, 4 weeks apart",
       R"(make -?\d+ % to -?\d+ % more support fibres)", "Made on 22 November 2026"},
      {"es", "letter", "Mejilla · Pluma motorizada · aguja de 1,5 mm · 4 sesiones, cada 4 semanas",
       R"(entre un -?\d+ % y un -?\d+ % más de fibras)", "Hecha el 22 de noviembre de 2026"},
      {"de", "a4", "Wange · Motorisierter Pen · Nadel 1,5 mm · 4 Sitzungen, alle 4 Wochen",
       R"(bilden -?\d+ % bis -?\d+ % mehr Stützfasern)", "Erstellt am 22. November 2026"}};
  for (const auto& c : cases) {
    const fs::path out = dir / (std::string(c.lang) + "-" + c.paper + ".pdf");
    const auto r = run_command(dermaviz() + " handout --out '" + out.string() + "' --lang " +
                               c.lang + " --paper " + c.paper + " --date 2026-11-22");
    ASSERT_EQ(r.exit_code, 0) << r.output;
    const auto info = run_command("pdfinfo '" + out.string() + "'");
    ASSERT_EQ(info.exit_code, 0) << info.output;
    std::smatch m;
    ASSERT_TRUE(std::regex_search(info.output, m, std::regex(R"(Pages:\s+(\d+))")));
    EXPECT_GE(std::stoi(m[1]), 1) << c.lang;
    EXPECT_LE(std::stoi(m[1]), 2) << c.lang;
    EXPECT_NE(info.output.find(std::string(c.paper) == "a4" ? "(A4)" : "(letter)"),
              std::string::npos)
        << info.output;
    const auto text = run_command("pdftotext -enc UTF-8 '" + out.string() + "' -");
    ASSERT_EQ(text.exit_code, 0) << text.output;
    const std::string t = squeeze(text.output);
    EXPECT_NE(t.find(c.protocol), std::string::npos) << c.lang << ": " << t;
    EXPECT_TRUE(std::regex_search(t, std::regex(c.range))) << c.lang << ": " << t;
    EXPECT_NE(t.find(c.date), std::string::npos) << c.lang << ": " << t;
    // The four days of skin, rendered and embedded as images.
    const auto images = run_command("pdfimages -list '" + out.string() + "'");
    ASSERT_EQ(images.exit_code, 0) << images.output;
    int rows = 0;
    for (char ch : images.output) rows += ch == '\n';
    EXPECT_GE(rows - 2, 4) << images.output;  // two header lines
    // Only DejaVu faces: no fallback font was needed for any character.
    const auto fonts = run_command("pdffonts '" + out.string() + "'");
    ASSERT_EQ(fonts.exit_code, 0) << fonts.output;
    EXPECT_NE(fonts.output.find("DejaVuSans"), std::string::npos) << fonts.output;
    int font_rows = 0, dejavu_rows = 0;
    std::size_t pos = 0;
    while ((pos = fonts.output.find('\n', pos)) != std::string::npos) {
      const std::size_t next = fonts.output.find('\n', pos + 1);
      const std::string line = fonts.output.substr(pos + 1, next - pos - 1);
      if (!line.empty() && line[0] != '-' && line.find("name") == std::string::npos) {
        ++font_rows;
        dejavu_rows += line.find("DejaVuSans") != std::string::npos;
      }
      pos = next == std::string::npos ? next : pos + 1;
    }
    EXPECT_EQ(font_rows, dejavu_rows) << fonts.output;
  }
}

}  // namespace
}  // namespace dv::test
