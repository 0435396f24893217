// input.h: keyboard shortcuts (from key events, matched by the shortcut table) and mouse
// gestures → camera moves and ui::Commands.
#pragma once

#include <optional>
#include <vector>

#include "doc/document.h"
#include "scene/camera.h"
#include "ui/commands.h"
#include "ui/shortcuts.h"

namespace dv::app {

/// Mouse-drag state kept by the main loop between frames.
struct DragState {
  bool orbiting = false;  ///< a left drag that began over the 3D view
  bool panning = false;   ///< a right/middle drag that began over the 3D view
};

/// A GLFW key event (press or repeat) as a shortcut event: named keys by name; with Ctrl, a
/// printable key by the character it types on the current layout. Nothing for keys whose
/// character arrives through the char callback. Needs GLFW initialised.
std::optional<ui::KeyEvent> key_event_from_glfw(int key, int scancode, int mods);

/// Do what `a` asks: move the camera, or add to `out` (starting from what `out` already asks
/// this frame, so two taps in one frame step twice).
void apply_action(ui::Action a, scene::Camera& cam, const doc::Document& doc, ui::PanelFlags& flags,
                  ui::Commands& out);

/// This frame's input: mouse from ImGui, held orbit/pan keys polled, and `keys` (the events
/// since the last frame) through the shortcut table of `scope`. `view_height_px` converts mouse
/// pixels to pan fractions.
void handle_input(scene::Camera& cam, DragState& drag, const doc::Document& doc,
                  ui::PanelFlags& flags, float view_height_px,
                  const std::vector<ui::KeyEvent>& keys, ui::Commands& out,
                  ui::ShortcutScope scope = ui::ShortcutScope::general);

}  // namespace dv::app
