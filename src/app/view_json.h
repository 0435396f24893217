// view_json.h: figure options and camera as JSON, shared by the document file (saved views)
// and the lesson file (chapter views). Readers return an error message naming `where` and the
// key, or "" when the value was read.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "scene/camera.h"
#include "scene/figure_options.h"

namespace dv::app {

/// Figure options as a JSON object (labels, legend, scale_bar, title, cut_fraction, stain,
/// hidden).
nlohmann::json figure_to_json(const scene::FigureOptions& f);
/// Read figure options from `j` over the values already in `*f` (missing keys keep them).
std::string figure_from_json(const nlohmann::json& j, const std::string& where,
                             scene::FigureOptions* f);
/// A camera as a JSON object (target mm, yaw/pitch rad, distance mm, fov_y rad, orthographic).
nlohmann::json camera_to_json(const scene::Camera& c);
/// Read a camera from `j` over the values already in `*c` (distance kept within its limits).
std::string camera_from_json(const nlohmann::json& j, const std::string& where, scene::Camera* c);

}  // namespace dv::app
