// Fuzz target: the settings file (app/settings.cpp). Reading keeps every valid value and reports
// each bad one, so any input gives settings; every problem names the file.
#include "app/settings.h"
#include "fuzz_reader.h"

namespace {

void fuzz_settings(std::string_view text) {
  using namespace dv;
  const auto r = app::parse_settings(text, fuzz::kSource);
  for (const std::string& p : r.problems) {
    fuzz::require(p.rfind(fuzz::kSource, 0) == 0, "problem does not start with the file name", p);
  }
  // Settings that were read save to a file that reads back the same settings, with no problem.
  const std::string saved = app::settings_to_json(r.settings);
  const auto again = app::parse_settings(saved, fuzz::kSource);
  fuzz::require(again.problems.empty() && again.settings == r.settings,
                "settings changed by save and load",
                saved + (again.problems.empty() ? "" : again.problems.front()));
}

}  // namespace

DV_FUZZ_TARGET(fuzz_settings)
