// Fuzz target: the settings file (app/settings.cpp).
#include "app/settings.h"
#include "fuzz_reader.h"

namespace {

void fuzz_settings(std::string_view text) {
  using namespace dv;
  const auto r = app::parse_settings(text, fuzz::kSource);
  fuzz::require_error_names_file(r);
  if (!r.ok()) return;
  // Settings that were read save to a file that reads back the same settings.
  const std::string saved = app::settings_to_json(r.value());
  const auto again = app::parse_settings(saved, fuzz::kSource);
  fuzz::require(again.ok() && again.value() == r.value(), "settings changed by save and load",
                saved + (again.ok() ? "" : again.message()));
}

}  // namespace

DV_FUZZ_TARGET(fuzz_settings)
