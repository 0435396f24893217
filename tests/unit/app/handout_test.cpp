// The take-home sheet (issue 11 §5) without GL: its words in each language, its layout on A4
// and Letter (one or two pages, even with every warning), the PDF that pdftotext can read
// (protocol, range, date), atomic writing, and the command's usage errors.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
// GCC 12 reports a false maybe-uninitialized inside <regex>'s std::function at -O2 with the
// sanitizers; the warning is silenced for this file only.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <regex>
#include <sstream>

#include "app/handout_content.h"
#include "app/handout_pdf.h"
#include "app/strings_file.h"
#include "run_command.h"
#include "sim/course.h"
#include "sim/ensemble.h"
#include "ui/languages.h"
#include "ui/strings.h"

namespace dv::app {
namespace {

namespace fs = std::filesystem;

fs::path temp_dir() {
  const fs::path d = fs::temp_directory_path() / ("dermaviz-handout-" + std::to_string(::getpid()));
  fs::create_directories(d);
  return d;
}

// The strings of `lang`, current while alive.
struct UseLanguage {
  explicit UseLanguage(const std::string& lang) {
    auto r = load_strings(DV_SOURCE_DIR "/assets/text", lang);
    EXPECT_TRUE(r.ok()) << r.message();
    if (r.ok()) strings = r.value();
    ui::set_strings(&strings);
  }
  ~UseLanguage() { ui::set_strings(nullptr); }
  UseLanguage(const UseLanguage&) = delete;
  UseLanguage& operator=(const UseLanguage&) = delete;
  ui::Strings strings;
};

struct Simulated {
  sim::Scenario scenario;
  sim::Course course;
  sim::Ensemble band;
};
Simulated simulated(const sim::Scenario& s) {
  sim::EnsembleOptions o;
  o.members = sim::kEnsembleDefaultMembers;  // as the sheet uses
  return {s, sim::simulate(s), *sim::run_ensemble(s, sim::central_params(), o)};
}
const Simulated& default_course() {
  static const Simulated s = simulated(sim::Scenario{});
  return s;
}

// Words separated by single spaces (pdftotext breaks lines where the layout wrapped them).
std::string squeeze(const std::string& s) {
  std::string out;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

TEST(Handout, PaperAndDateAreParsedStrictly) {
  EXPECT_EQ(parse_paper("a4"), Paper::a4);
  EXPECT_EQ(parse_paper("letter"), Paper::letter);
  EXPECT_FALSE(parse_paper("A4"));
  EXPECT_FALSE(parse_paper("a5"));
  const auto d = parse_date("2026-11-22");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->year, 2026);
  EXPECT_EQ(d->month, 11);
  EXPECT_EQ(d->day, 22);
  for (const char* bad :
       {"2026-13-01", "2026-02-30", "2025-02-29", "22.11.2026", "2026-1-22", ""}) {
    EXPECT_FALSE(parse_date(bad)) << bad;
  }
  EXPECT_TRUE(parse_date("2028-02-29"));
}

TEST(Handout, SaysTheProtocolTheRangeAndTheDateInEachLanguage) {
  const Simulated& s = default_course();
  const Date date{2026, 11, 22};
  const struct {
    const char* lang;
    const char* depth;
    const char* date;
  } cases[] = {{"en", "needle 1.5 mm", "22 November 2026"},
               {"es", "aguja de 1,5 mm", "22 de noviembre de 2026"},
               {"de", "Nadel 1,5 mm", "22. November 2026"}};
  for (const auto& c : cases) {
    const UseLanguage use(c.lang);
    const HandoutContent h = make_handout(s.scenario, s.course, s.band, date, "9.9");
    EXPECT_EQ(h.language, c.lang);
    EXPECT_NE(h.protocol.find(c.depth), std::string::npos) << h.protocol;
    EXPECT_NE(h.protocol.find(ui::tr("choice.region.cheek")), std::string::npos) << h.protocol;
    EXPECT_NE(h.made_on.find(c.date), std::string::npos) << h.made_on;
    EXPECT_NE(h.footer.find("9.9"), std::string::npos);
    // The range: two signed whole percentages from the band, low first.
    std::smatch m;
    ASSERT_TRUE(std::regex_search(h.range, m, std::regex(R"(([+-]?\d+)\D+([+-]?\d+) %)")))
        << h.range;
    EXPECT_LE(std::stoi(m[1]), std::stoi(m[2])) << h.range;
    // Four pictures (days 0, 2, 14, 90), a strip, an icon array of 100 people.
    int pictures = 0, strips = 0, icons = 0;
    for (const Block& b : h.blocks) {
      if (b.kind == Block::Kind::pictures) pictures += static_cast<int>(b.pictures.size());
      if (b.kind == Block::Kind::strip) strips += !b.strip.empty();
      if (b.kind == Block::Kind::icons) {
        ++icons;
        EXPECT_EQ(b.icons.below + b.icons.within + b.icons.above, 100);
      }
    }
    EXPECT_EQ(pictures, 4);
    EXPECT_EQ(strips, 1);
    EXPECT_EQ(icons, 1);
  }
}

TEST(Handout, TheStripFollowsTheDepth) {
  const UseLanguage use("en");
  sim::Scenario shallow, deep;
  shallow.needle_depth_mm = 0.25;
  deep.needle_depth_mm = 2.0;
  auto redness_days = [](const sim::Scenario& sc) {
    const Simulated s = simulated(sc);
    const HandoutContent h = make_handout(s.scenario, s.course, s.band, Date{}, "");
    for (const Block& b : h.blocks) {
      for (const StripRow& r : b.strip) {
        if (r.label == ui::tr("recovery.redness")) return r.to_day_some - r.from_day;
      }
    }
    return -1.0;
  };
  EXPECT_LT(redness_days(shallow), redness_days(deep));
}

// One or two pages for a usual plan and for a cautious one (darker skin, older: raised risks
// on it). A plan the model calls unsafe, with a contraindication, may take a third page rather
// than setting the body under 11 pt.
TEST(Handout, FitsOneOrTwoPagesOnA4AndLetter) {
  sim::Scenario cautious;
  cautious.fitzpatrick = 5;
  cautious.age_years = 62;
  const Simulated worst = simulated(cautious);
  ASSERT_GE(worst.course.warnings().size(), 1u);
  sim::Scenario risky = cautious;
  risky.needle_depth_mm = 3.0;
  risky.fitzpatrick = 6;
  risky.interval_weeks = 1;
  risky.condition = sim::Condition::active_acne;
  risky.topical = sim::Topical::vitamin_c;
  const Simulated extreme = simulated(risky);
  for (std::string_view lang : ui::kLanguages) {
    const UseLanguage use{std::string(lang)};
    const HandoutContent h =
        make_handout(extreme.scenario, extreme.course, extreme.band, Date{}, "");
    EXPECT_LE(handout_page_count(h, Paper::letter), 3) << lang;
  }
  for (const Simulated* s : {&default_course(), &worst}) {
    for (std::string_view lang : ui::kLanguages) {
      const UseLanguage use{std::string(lang)};
      const HandoutContent h = make_handout(s->scenario, s->course, s->band, Date{}, "");
      for (Paper p : {Paper::a4, Paper::letter}) {
        const int pages = handout_page_count(h, p);
        EXPECT_GE(pages, 1);
        EXPECT_LE(pages, 2) << lang << (p == Paper::a4 ? " a4" : " letter")
                            << (s == &worst ? " (cautious plan)" : "");
      }
    }
  }
}

TEST(Handout, PdfTextHasTheProtocolTheRangeAndTheDate) {
  const Simulated& s = default_course();
  for (std::string_view lang : ui::kLanguages) {
    const UseLanguage use{std::string(lang)};
    const HandoutContent h = make_handout(s.scenario, s.course, s.band, Date{2026, 11, 22}, "");
    for (Paper p : {Paper::a4, Paper::letter}) {
      const fs::path out =
          temp_dir() / (std::string(lang) + (p == Paper::a4 ? "-a4" : "-l") + ".pdf");
      ASSERT_TRUE(write_handout_pdf(out, h, p).is_ok());
      const auto text = test::run_command("pdftotext -enc UTF-8 '" + out.string() + "' -");
      ASSERT_EQ(text.exit_code, 0) << "pdftotext (poppler-utils) missing? " << text.output;
      const std::string t = squeeze(text.output);
      EXPECT_NE(t.find(squeeze(h.protocol)), std::string::npos) << lang << ": " << t;
      EXPECT_NE(t.find(squeeze(h.range)), std::string::npos) << lang << ": " << h.range;
      EXPECT_NE(t.find(squeeze(h.made_on)), std::string::npos) << lang << ": " << h.made_on;
      const auto info = test::run_command("pdfinfo '" + out.string() + "'");
      ASSERT_EQ(info.exit_code, 0) << info.output;
      std::smatch m;
      ASSERT_TRUE(std::regex_search(info.output, m, std::regex(R"(Pages:\s+(\d+))")));
      EXPECT_GE(std::stoi(m[1]), 1);
      EXPECT_LE(std::stoi(m[1]), 2);
      EXPECT_NE(info.output.find(p == Paper::a4 ? "(A4)" : "(letter)"), std::string::npos)
          << info.output;
    }
  }
}

TEST(Handout, AFailedWriteLeavesNoFileBehind) {
  const UseLanguage use("en");
  const Simulated& s = default_course();
  const HandoutContent h = make_handout(s.scenario, s.course, s.band, Date{}, "");
  const fs::path dir = temp_dir() / "atomic";
  fs::remove_all(dir);
  fs::create_directories(dir / "sheet.pdf");  // a folder where the file should go
  const Status st = write_handout_pdf(dir / "sheet.pdf", h, Paper::a4);
  EXPECT_FALSE(st.is_ok());
  EXPECT_NE(st.message().find("sheet.pdf"), std::string::npos) << st.message();
  int entries = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    (void)e;
    ++entries;
  }
  EXPECT_EQ(entries, 1) << "a temporary file was left behind";
  EXPECT_FALSE(write_handout_pdf(dir / "no-such-folder" / "x.pdf", h, Paper::a4).is_ok());
  EXPECT_FALSE(fs::exists(dir / "no-such-folder"));
}

TEST(HandoutCli, BadPaperOrLanguageIsAUsageErrorNamingTheAllowedValues) {
  const fs::path out = temp_dir() / "never.pdf";
  auto r = test::run_command(test::dermaviz() + " handout --out '" + out.string() + "' --paper a5");
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_NE(r.output.find("--paper: 'a5'"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("a4, letter"), std::string::npos) << r.output;
  r = test::run_command(test::dermaviz() + " handout --out '" + out.string() + "' --lang fr");
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_NE(r.output.find("--lang: 'fr'"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("en, es, de"), std::string::npos) << r.output;
  r = test::run_command(test::dermaviz() + " handout --out '" + out.string() +
                        "' --date 2026-02-30");
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_NE(r.output.find("YYYY-MM-DD"), std::string::npos) << r.output;
  r = test::run_command(test::dermaviz() + " --lang xx --version-does-not-matter");
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_FALSE(fs::exists(out));
}

TEST(HandoutCli, TheAppRejectsAnUnknownLanguage) {
  const auto r = test::run_command(test::dermaviz() + " --lang fr");
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_NE(r.output.find("--lang: 'fr' is not a language; allowed: en, es, de"), std::string::npos)
      << r.output;
}

TEST(HandoutCli, ABadScenarioFileNamesTheField) {
  const fs::path scenario = temp_dir() / "bad-scenario.json";
  std::ofstream(scenario) << R"({"needle_depth_mm": 9})";
  const fs::path out = temp_dir() / "bad.pdf";
  const auto r = test::run_command(test::dermaviz() + " handout --scenario '" + scenario.string() +
                                   "' --out '" + out.string() + "'");
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_NE(r.output.find("needle_depth_mm"), std::string::npos) << r.output;
  EXPECT_FALSE(fs::exists(out));
}

}  // namespace
}  // namespace dv::app
