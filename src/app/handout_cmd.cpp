#include "app/handout_cmd.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <ctime>

#include "app/document_file.h"
#include "app/gl_window.h"
#include "app/handout_pdf.h"
#include "app/handout_pictures.h"
#include "app/paths.h"
#include "app/strings_file.h"
#include "sim/ensemble.h"
#include "ui/languages.h"
#include "ui/strings.h"

namespace dv::app {
namespace {

int usage_error(const std::string& message) {
  std::fprintf(stderr, "dermaviz handout: error: %s\nRun 'dermaviz handout --help' for usage.\n",
               message.c_str());
  return 2;
}

}  // namespace

CLI::App* add_handout_command(CLI::App& app, HandoutArgs& a) {
  CLI::App* cmd = app.add_subcommand(
      "handout", "Write the take-home sheet (PDF, 1-2 pages) for a scenario's exact protocol");
  cmd->add_option("--scenario", a.scenario_path, "Scenario JSON file (default: built-in)");
  cmd->add_option("--out", a.out, "Output PDF file")->required();
  cmd->add_option("--lang", a.language, "Language: " + ui::language_list())->capture_default_str();
  cmd->add_option("--paper", a.paper, "Paper size: a4 or letter")->capture_default_str();
  cmd->add_option("--date", a.date, "Date printed on the sheet, YYYY-MM-DD (default: today)");
  return cmd;
}

std::string handout_file_name() {
  char name[64];
  const std::time_t now = std::time(nullptr);
  std::strftime(name, sizeof name, "dermaviz-handout-%Y%m%d-%H%M%S.pdf", std::localtime(&now));
  return name;
}

Status write_handout(const std::filesystem::path& path, const doc::Document& document,
                     const std::filesystem::path& data_dir, Paper paper, const Date& date) {
  const sim::Ensemble* band = document.ensemble();
  if (!band) return Status::error(path.string() + ": the range is still being computed");
  HandoutContent content =
      make_handout(document.scenario(), document.course(), *band, date, DV_VERSION);
  for (Block& b : content.blocks) {
    if (b.kind != Block::Kind::pictures) continue;
    if (Status st = render_skin_pictures(data_dir / "shaders", document.scenario(), b.pictures);
        !st) {
      return Status::error(path.string() + ": " + st.message());
    }
  }
  return write_handout_pdf(path, content, paper);
}

int run_handout(const HandoutArgs& a) {
  if (!ui::is_language(a.language)) {
    return usage_error("--lang: '" + a.language +
                       "' is not a language; allowed: " + ui::language_list());
  }
  const auto paper = parse_paper(a.paper);
  if (!paper)
    return usage_error("--paper: '" + a.paper + "' is not a paper size; allowed: a4, letter");
  Date date = today();
  if (!a.date.empty()) {
    const auto d = parse_date(a.date);
    if (!d) return usage_error("--date: '" + a.date + "' is not a date; allowed: YYYY-MM-DD");
    date = *d;
  }
  sim::Scenario scenario;
  if (!a.scenario_path.empty()) {
    auto s = load_document_file(a.scenario_path);  // a document, or an old scenario file
    if (!s) return usage_error(s.message());
    scenario = s->scenario;
  }
  auto data = find_data_dir();
  if (!data) {
    std::fprintf(stderr, "dermaviz handout: %s\n", data.message().c_str());
    return 1;
  }
  auto strings = load_strings(data.value() / "assets" / "text", a.language);
  if (!strings) {
    std::fprintf(stderr, "dermaviz handout: %s\n", strings.message().c_str());
    return 1;
  }
  ui::set_strings(&strings.value());
  // The pictures need a GL context: a hidden window (under xvfb-run when there is no display).
  auto window = GlWindow::create(64, 64, "dermaviz (handout)", false);
  if (!window) {
    ui::set_strings(nullptr);
    std::fprintf(stderr, "dermaviz handout: %s\n", window.message().c_str());
    return 1;
  }
  doc::Document document(scenario);
  document.set_ensemble_members(sim::kEnsembleDefaultMembers);
  document.wait_background();
  const Status st = write_handout(a.out, document, data.value(), *paper, date);
  ui::set_strings(nullptr);
  if (!st) {
    std::fprintf(stderr, "dermaviz handout: %s\n", st.message().c_str());
    return 1;
  }
  std::printf("wrote %s\n", a.out.c_str());
  return 0;
}

}  // namespace dv::app
