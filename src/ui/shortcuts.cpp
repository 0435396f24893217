#include "ui/shortcuts.h"

#include <array>

#include "ui/strings.h"

namespace dv::ui {
namespace {

using A = Action;
using K = NamedKey;

// clang-format off
constexpr std::array kShortcuts = {
    //        action               char  key           ctrl   shift  held   listed row
    Shortcut{A::orbit_left,        0,    K::left,      false, false, true,  true,  "controls.orbit"},
    Shortcut{A::orbit_right,       0,    K::right,     false, false, true,  false, "controls.orbit"},
    Shortcut{A::orbit_up,          0,    K::up,        false, false, true,  false, "controls.orbit"},
    Shortcut{A::orbit_down,        0,    K::down,      false, false, true,  false, "controls.orbit"},
    Shortcut{A::pan_left,          0,    K::left,      false, true,  true,  true,  "controls.pan"},
    Shortcut{A::pan_right,         0,    K::right,     false, true,  true,  false, "controls.pan"},
    Shortcut{A::pan_up,            0,    K::up,        false, true,  true,  false, "controls.pan"},
    Shortcut{A::pan_down,          0,    K::down,      false, true,  true,  false, "controls.pan"},
    Shortcut{A::zoom_in,           U'+', K::none,      false, false, false, true,  "controls.zoom"},
    Shortcut{A::zoom_out,          U'-', K::none,      false, false, false, true,  "controls.zoom"},
    Shortcut{A::zoom_in,           U'=', K::none,      false, false, false, false, "controls.zoom"},
    Shortcut{A::reset_view,        U'r', K::none,      false, false, false, true,  "controls.reset_view"},
    Shortcut{A::front_view,        U'f', K::none,      false, false, false, true,  "controls.front_view"},
    Shortcut{A::play_pause,        0,    K::space,     false, false, false, true,  "controls.play_pause"},
    Shortcut{A::step_back,         U',', K::none,      false, false, false, true,  "controls.step"},
    Shortcut{A::step_forward,      U'.', K::none,      false, false, false, true,  "controls.step"},
    Shortcut{A::previous_session,  0,    K::page_up,   false, false, false, true,  "controls.session"},
    Shortcut{A::next_session,      0,    K::page_down, false, false, false, true,  "controls.session"},
    Shortcut{A::first_day,         0,    K::home,      false, false, false, true,  "controls.ends"},
    Shortcut{A::last_day,          0,    K::end,       false, false, false, true,  "controls.ends"},
    Shortcut{A::previous_region,   U'[', K::none,      false, false, false, true,  "controls.region"},
    Shortcut{A::next_region,       U']', K::none,      false, false, false, true,  "controls.region"},
    Shortcut{A::cut_back,          U'c', K::none,      false, false, false, true,  "controls.cut"},
    Shortcut{A::cut_forward,       U'C', K::none,      false, false, false, true,  "controls.cut"},
    Shortcut{A::next_stain,        U's', K::none,      false, false, false, true,  "controls.stain"},
    Shortcut{A::toggle_labels,     U'l', K::none,      false, false, false, true,  "controls.annotations"},
    Shortcut{A::toggle_legend,     U'g', K::none,      false, false, false, true,  "controls.annotations"},
    Shortcut{A::toggle_scale_bar,  U'b', K::none,      false, false, false, true,  "controls.annotations"},
    Shortcut{A::toggle_panels,     0,    K::tab,       false, false, false, true,  "controls.panels"},
    Shortcut{A::screenshot,        U'p', K::none,      false, false, false, true,  "controls.screenshot"},
    Shortcut{A::screenshot,        0,    K::f12,       false, false, false, true,  "controls.screenshot"},
    Shortcut{A::fullscreen,        0,    K::f11,       false, false, false, true,  "controls.fullscreen"},
    Shortcut{A::help,              U'h', K::none,      false, false, false, true,  "controls.help"},
    Shortcut{A::help,              0,    K::f1,        false, false, false, true,  "controls.help"},
    Shortcut{A::quit,              U'q', K::none,      true,  false, false, true,  "controls.quit"},
};

// The lecture screen: what a presentation clicker sends (Page Up/Down, arrows) turns pages.
constexpr std::array kLectureShortcuts = {
    //        action               char  key           ctrl   shift  held   listed row
    Shortcut{A::next_chapter,      0,    K::page_down, false, false, false, true,  "lecture.controls.chapter"},
    Shortcut{A::previous_chapter,  0,    K::page_up,   false, false, false, true,  "lecture.controls.chapter"},
    Shortcut{A::next_chapter,      0,    K::right,     false, false, false, true,  "lecture.controls.chapter"},
    Shortcut{A::previous_chapter,  0,    K::left,      false, false, false, false, "lecture.controls.chapter"},
    Shortcut{A::next_chapter,      0,    K::down,      false, false, false, false, "lecture.controls.chapter"},
    Shortcut{A::previous_chapter,  0,    K::up,        false, false, false, false, "lecture.controls.chapter"},
    Shortcut{A::first_chapter,     0,    K::home,      false, false, false, true,  "lecture.controls.first"},
    Shortcut{A::play_pause,        0,    K::space,     false, false, false, true,  "lecture.controls.play"},
    Shortcut{A::blank_screen,      U'b', K::none,      false, false, false, true,  "lecture.controls.blank"},
    Shortcut{A::blank_screen,      U'.', K::none,      false, false, false, false, "lecture.controls.blank"},
    Shortcut{A::toggle_panels,     0,    K::tab,       false, false, false, true,  "lecture.controls.branch"},
    Shortcut{A::back_to_lesson,    0,    K::backspace, false, false, false, true,  "lecture.controls.back"},
    Shortcut{A::help,              0,    K::f1,        false, false, false, true,  "lecture.controls.help"},
    Shortcut{A::help,              U'?', K::none,      false, false, false, true,  "lecture.controls.help"},
    Shortcut{A::leave_lecture,     0,    K::escape,    false, false, false, true,  "lecture.controls.leave"},
};

constexpr std::array kLectureRows = {
    ControlRow{"lecture.controls.chapter", ""},
    ControlRow{"lecture.controls.first", ""},
    ControlRow{"lecture.controls.play", ""},
    ControlRow{"lecture.controls.blank", ""},
    ControlRow{"lecture.controls.branch", ""},
    ControlRow{"lecture.controls.back", ""},
    ControlRow{"lecture.controls.help", ""},
    ControlRow{"lecture.controls.leave", ""},
};

constexpr std::array kRows = {
    ControlRow{"controls.orbit", "controls.orbit.mouse"},
    ControlRow{"controls.pan", "controls.pan.mouse"},
    ControlRow{"controls.zoom", "controls.zoom.mouse"},
    ControlRow{"controls.reset_view", ""},
    ControlRow{"controls.front_view", ""},
    ControlRow{"controls.play_pause", ""},
    ControlRow{"controls.step", ""},
    ControlRow{"controls.session", ""},
    ControlRow{"controls.ends", ""},
    ControlRow{"controls.region", ""},
    ControlRow{"controls.cut", ""},
    ControlRow{"controls.stain", ""},
    ControlRow{"controls.annotations", ""},
    ControlRow{"controls.panels", ""},
    ControlRow{"controls.screenshot", ""},
    ControlRow{"controls.fullscreen", ""},
    ControlRow{"controls.text_size", "controls.text_size.menu"},
    ControlRow{"controls.help", ""},
    ControlRow{"controls.quit", ""},
};
// clang-format on

std::string_view key_id(NamedKey k) {
  switch (k) {
    case K::space: return "key.space";
    case K::tab: return "key.tab";
    case K::left:
    case K::right:
    case K::up:
    case K::down: return "key.arrows";
    case K::page_up: return "key.page_up";
    case K::page_down: return "key.page_down";
    case K::home: return "key.home";
    case K::end: return "key.end";
    case K::f1: return "F1";
    case K::f11: return "F11";
    case K::f12: return "F12";
    case K::escape: return "key.escape";
    case K::backspace: return "key.backspace";
    case K::none: break;
  }
  return "";
}

// UTF-8 of one code point (shortcut characters are ASCII today; kept general for layouts).
std::string utf8(char32_t c) {
  std::string s;
  if (c < 0x80) {
    s += static_cast<char>(c);
  } else if (c < 0x800) {
    s += static_cast<char>(0xC0 | (c >> 6));
    s += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    s += static_cast<char>(0xE0 | (c >> 12));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  }
  return s;
}

}  // namespace

std::span<const Shortcut> shortcuts() {
  return kShortcuts;
}

std::span<const ControlRow> control_rows() {
  return kRows;
}

std::span<const Shortcut> shortcuts(ShortcutScope scope) {
  if (scope == ShortcutScope::lecture) return kLectureShortcuts;
  return kShortcuts;
}

std::span<const ControlRow> control_rows(ShortcutScope scope) {
  if (scope == ShortcutScope::lecture) return kLectureRows;
  return kRows;
}

namespace {

std::optional<Action> match_in(std::span<const Shortcut> table, const KeyEvent& e) {
  for (const Shortcut& s : table) {
    if (s.held || s.ctrl != e.ctrl) continue;
    if (s.ch != 0 && s.ch == e.ch) return s.action;
    if (s.key != K::none && s.key == e.key && s.shift == e.shift) return s.action;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Action> match(const KeyEvent& e) {
  return match_in(kShortcuts, e);
}

bool overridden(const Shortcut& g, ShortcutScope scope) {
  if (scope == ShortcutScope::general) return false;
  for (const Shortcut& s : shortcuts(scope)) {
    if (s.ctrl != g.ctrl) continue;
    if (s.ch != 0 && s.ch == g.ch) return true;
    // A named key is taken with every Shift state (Shift+arrows must not pan mid-lecture).
    if (s.key != K::none && s.key == g.key) return true;
  }
  return false;
}

std::optional<Action> match(const KeyEvent& e, ShortcutScope scope) {
  if (scope == ShortcutScope::general) return match(e);
  if (auto a = match_in(shortcuts(scope), e)) return a;
  for (const Shortcut& s : kShortcuts) {
    if (overridden(s, scope)) continue;
    if (auto a = match_in(std::span<const Shortcut>(&s, 1), e)) return a;
  }
  return std::nullopt;
}

std::string keys_text(const Shortcut& s, bool code) {
  std::string out;
  if (s.ctrl) out += std::string(tr("key.ctrl")) + "+";
  if (s.key != K::none) {
    if (s.shift) out += std::string(tr("key.shift")) + "+";
    const std::string_view id = key_id(s.key);
    return out + (id.starts_with("key.") ? std::string(tr(id)) : std::string(id));
  }
  char32_t c = s.ch;
  if (c >= U'A' && c <= U'Z') out += std::string(tr("key.shift")) + "+";
  if (c >= U'a' && c <= U'z') c = c - U'a' + U'A';  // letters are written as on the keycap
  const std::string ch = utf8(c);
  // Ctrl+Q is written as a chord, a lone character in backticks.
  return out + (code && !s.ctrl ? "`" + ch + "`" : ch);
}

std::string menu_hint(Action a) {
  for (const Shortcut& s : kShortcuts) {
    if (s.action == a && s.listed) return keys_text(s);
  }
  return "";
}

std::string row_keys(const ControlRow& r, bool code) {
  std::string keys;
  const auto table = r.id.starts_with("lecture.") ? std::span<const Shortcut>(kLectureShortcuts)
                                                  : std::span<const Shortcut>(kShortcuts);
  for (const Shortcut& s : table) {
    if (s.row != r.id || !s.listed) continue;
    keys += (keys.empty() ? "" : " / ") + keys_text(s, code);
  }
  if (r.mouse_id.empty()) return keys;
  const std::string mouse = tr(r.mouse_id);
  return keys.empty() ? mouse : mouse + ", " + keys;
}

std::string controls_markdown() {
  std::string md = std::string("| ") + tr("controls.heading.keys") + " | " +
                   tr("controls.heading.what") + " |\n|---|---|\n";
  for (const ControlRow& r : kRows) md += "| " + row_keys(r, true) + " | " + tr(r.id) + " |\n";
  return md;
}

std::string controls_markdown(ShortcutScope scope) {
  if (scope == ShortcutScope::general) return controls_markdown();
  std::string md = std::string("| ") + tr("controls.heading.keys") + " | " +
                   tr("controls.heading.what") + " |\n|---|---|\n";
  for (const ControlRow& r : control_rows(scope))
    md += "| " + row_keys(r, true) + " | " + tr(r.id) + " |\n";
  return md;
}

}  // namespace dv::ui
