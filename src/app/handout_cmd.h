// handout_cmd.h: `dermaviz handout` and the File menu's take-home sheet: simulate the scenario
// and its band, render the skin on the sheet's days offscreen, and write the PDF (handout_pdf.h).
#pragma once

#include <filesystem>
#include <string>

#include "app/handout_content.h"
#include "core/result.h"
#include "doc/document.h"

namespace CLI {
class App;
}

namespace dv::app {

/// What `dermaviz handout` was asked for.
struct HandoutArgs {
  std::string scenario_path;    ///< scenario or document file (empty: the built-in scenario)
  std::string out;              ///< PDF to write
  std::string language = "en";  ///< en, es or de
  std::string paper = "a4";     ///< a4 or letter
  std::string date;             ///< YYYY-MM-DD printed on the sheet (empty: today)
};

/// Register the `handout` subcommand on `app`, filling `args`.
CLI::App* add_handout_command(CLI::App& app, HandoutArgs& args);

/// Run `dermaviz handout`: 0 written, 1 runtime failure (no display, Cairo), 2 bad usage or a
/// bad scenario file (the message names the option or field and the allowed values).
int run_handout(const HandoutArgs& args);

/// Render the pictures of `content` (kHandoutDays of `document`'s course) offscreen and write
/// the sheet to `path` atomically. Needs a current GL 3.3 context and the current strings.
Status write_handout(const std::filesystem::path& path, const doc::Document& document,
                     const std::filesystem::path& data_dir, Paper paper, const Date& date);

/// "dermaviz-handout-YYYYMMDD-HHMMSS.pdf" for now (the File menu's file name).
std::string handout_file_name();

}  // namespace dv::app
