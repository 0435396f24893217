// shortcuts.h: the one table of keyboard shortcuts. Printable shortcuts are matched by the
// character the key types on the user's layout (a German `+` zooms, it does not switch the
// region), other keys by name. The table drives input (app/input.cpp), the menu hints, the
// controls window and the README's controls table (a test compares them).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dv::ui {

/// What a shortcut does.
enum class Action {
  orbit_left,
  orbit_right,
  orbit_up,
  orbit_down,
  pan_left,
  pan_right,
  pan_up,
  pan_down,
  zoom_in,
  zoom_out,
  reset_view,
  front_view,
  play_pause,
  step_back,
  step_forward,
  previous_session,
  next_session,
  first_day,
  last_day,
  previous_region,
  next_region,
  cut_back,
  cut_forward,
  next_stain,
  toggle_labels,
  toggle_legend,
  toggle_scale_bar,
  toggle_panels,
  screenshot,
  fullscreen,
  help,
  quit,
  // Lecture screen (ShortcutScope::lecture).
  next_chapter,
  previous_chapter,
  first_chapter,
  blank_screen,
  back_to_lesson,
  leave_lecture
};

/// Keys matched by name (their meaning does not depend on the layout).
enum class NamedKey {
  none,
  space,
  tab,
  left,
  right,
  up,
  down,
  page_up,
  page_down,
  home,
  end,
  f1,
  f11,
  f12,
  escape,
  backspace
};

/// Where a table of shortcuts applies. The lecture screen's rows override the general rows
/// that use the same key (a clicker's Page Down turns the page instead of jumping a session);
/// general keys it does not take keep working there.
enum class ShortcutScope { general, lecture };

/// One key event as the app's input sees it: a typed character or a named key.
struct KeyEvent {
  char32_t ch = 0;                ///< the character typed (layout-aware), or 0
  NamedKey key = NamedKey::none;  ///< a named key, or none
  bool ctrl = false;              ///< Ctrl held
  bool shift = false;             ///< Shift held (characters already carry their case)
};

/// One shortcut.
struct Shortcut {
  Action action;         ///< what it does
  char32_t ch;           ///< the character that triggers it, or 0
  NamedKey key;          ///< the named key that triggers it, or none
  bool ctrl;             ///< needs Ctrl
  bool shift;            ///< needs Shift (named keys)
  bool held;             ///< acts every frame while held (orbit and pan keys)
  bool listed;           ///< shown in the controls (false for aliases such as '=')
  std::string_view row;  ///< id of the controls row it belongs to
};

/// One row of the controls window and the README table.
struct ControlRow {
  std::string_view id;        ///< strings id of what it does ("controls.zoom")
  std::string_view mouse_id;  ///< strings id of the mouse gesture or menu, or ""
};

/// Every shortcut.
std::span<const Shortcut> shortcuts();
/// The rows of the controls, in order.
std::span<const ControlRow> control_rows();
/// The shortcuts of a scope's own table (general: every shortcut above).
std::span<const Shortcut> shortcuts(ShortcutScope scope);
/// The rows of a scope's own table.
std::span<const ControlRow> control_rows(ShortcutScope scope);

/// The action an event triggers (held shortcuts excluded: the app polls those).
std::optional<Action> match(const KeyEvent& e);
/// The same in `scope`: its own table first, then the general rows whose key it does not take.
std::optional<Action> match(const KeyEvent& e, ShortcutScope scope);
/// True when general shortcut `s` is shadowed in `scope` (its key belongs to the scope's table).
bool overridden(const Shortcut& s, ShortcutScope scope);

/// How a shortcut's keys are written: "R", "Shift+C", "Page Up", "Ctrl+Q"; `code` puts
/// characters in Markdown backticks (README).
std::string keys_text(const Shortcut& s, bool code = false);
/// The hint a menu shows beside an action ("P"), or "" when it has no listed shortcut.
std::string menu_hint(Action a);
/// The keys column of a row ("Wheel, `+` / `-`").
std::string row_keys(const ControlRow& r, bool code = false);
/// The controls as a Markdown table (header and rows), as in README.md.
std::string controls_markdown();
/// A scope's own controls as a Markdown table (README.md's lecture controls).
std::string controls_markdown(ShortcutScope scope);

}  // namespace dv::ui
