// input.h: keyboard shortcuts and mouse gestures → camera moves and ui::Commands.
#pragma once

#include "doc/document.h"
#include "scene/camera.h"
#include "ui/commands.h"

namespace dv::app {

/// Mouse-drag state kept by the main loop between frames.
struct DragState {
  bool orbiting = false;  ///< a left drag that began over the 3D view
  bool panning = false;   ///< a right/middle drag that began over the 3D view
};

/// Read this frame's ImGui input (GLFW key codes) and move the camera or emit commands.
/// `view_height_px` converts mouse pixels to pan fractions.
void handle_input(scene::Camera& cam, DragState& drag, const doc::Document& doc,
                  ui::PanelFlags& flags, float view_height_px, ui::Commands& out);

}  // namespace dv::app
