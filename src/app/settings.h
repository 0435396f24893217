// settings.h: what the app remembers between runs, in one serialisable struct (design habit 8):
// text size, annotations, stain and the last scenario. Transient UI state is not kept.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "sim/scenario.h"
#include "ui/commands.h"

namespace dv::app {

/// Persisted settings.
struct Settings {
  float text_scale = 1.0f;      ///< text and panel size multiplier (projectors: 1.25–2)
  sim::Scenario scenario;       ///< the last scenario shown
  scene::FigureOptions figure;  ///< annotations and stain (toggles and cut are not kept)
  bool projector = false;       ///< projector colour scheme in lecture mode (light caption bar)

  bool operator==(const Settings&) const = default;
};

/// $XDG_CONFIG_HOME/dermaviz/settings.json, or ~/.config/dermaviz/settings.json.
std::filesystem::path settings_path();

/// Settings as JSON text.
std::string settings_to_json(const Settings& s);
/// Settings read from a file, with what could not be used.
struct LoadedSettings {
  Settings settings;                  ///< every valid value; defaults for the rest
  std::vector<std::string> problems;  ///< one message per value left out (names key and range)
};
/// Parse settings JSON, keeping every valid value; each bad one is reported and left at its
/// default (messages name `source`, the key, the value and the allowed range).
LoadedSettings parse_settings(std::string_view text, const std::string& source);
/// Read settings; a missing file gives the defaults with no problems.
LoadedSettings load_settings(const std::filesystem::path& path);
/// Write settings atomically (temporary file, then rename), creating the folder. Returns an
/// error message or nothing.
Status save_settings(const std::filesystem::path& path, const Settings& s);

}  // namespace dv::app
