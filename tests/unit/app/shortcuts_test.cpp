// The shortcut table: keys by meaning, every event counts, and the README's controls table is
// the one the table generates.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "app/input.h"
#include "app/strings_file.h"
#include "ui/shortcuts.h"
#include "ui/strings.h"

namespace dv::app {
namespace {

ui::KeyEvent typed(char32_t c) {
  ui::KeyEvent e;
  e.ch = c;
  return e;
}

TEST(Shortcuts, CharactersAreMatchedByMeaningNotKeyPosition) {
  // On a German layout '+' is where US has ']': the character decides, so '+' zooms.
  EXPECT_EQ(ui::match(typed(U'+')), ui::Action::zoom_in);
  EXPECT_EQ(ui::match(typed(U']')), ui::Action::next_region);
  EXPECT_EQ(ui::match(typed(U'c')), ui::Action::cut_back);
  EXPECT_EQ(ui::match(typed(U'C')), ui::Action::cut_forward);
  ui::KeyEvent ctrl_q = typed(U'q');
  ctrl_q.ctrl = true;
  EXPECT_EQ(ui::match(ctrl_q), ui::Action::quit);
  EXPECT_FALSE(ui::match(typed(U'q')));  // plain q does nothing
  ui::KeyEvent space;
  space.key = ui::NamedKey::space;
  EXPECT_EQ(ui::match(space), ui::Action::play_pause);
  ui::KeyEvent left;
  left.key = ui::NamedKey::left;
  EXPECT_FALSE(ui::match(left));  // held keys are polled, not matched per event
}

TEST(Shortcuts, NoTwoShortcutsShareATrigger) {
  std::set<std::tuple<char32_t, int, bool, bool>> seen;
  for (const ui::Shortcut& s : ui::shortcuts()) {
    EXPECT_TRUE(seen.emplace(s.ch, static_cast<int>(s.key), s.ctrl, s.shift).second)
        << static_cast<int>(s.action);
    EXPECT_TRUE((s.ch != 0) != (s.key != ui::NamedKey::none)) << static_cast<int>(s.action);
  }
}

TEST(Shortcuts, TwoTapsInOneFrameBothCount) {
  const doc::Document d;
  scene::Camera cam;
  ui::PanelFlags flags;
  ui::Commands one, two;
  for (auto* out : {&one, &two}) {
    const int taps = out == &one ? 1 : 2;
    for (int i = 0; i < taps; ++i) {
      apply_action(*ui::match(typed(U'.')), cam, d, flags, *out);
      apply_action(*ui::match(typed(U's')), cam, d, flags, *out);
      apply_action(*ui::match(typed(U']')), cam, d, flags, *out);
    }
  }
  ASSERT_TRUE(one.seek_day && two.seek_day);
  EXPECT_GT(*two.seek_day, *one.seek_day);
  EXPECT_EQ(two.figure->stain, scene::next_stain(one.figure->stain));
  EXPECT_NE(two.scenario->region, one.scenario->region);
  ui::Commands toggles;
  apply_action(ui::Action::toggle_labels, cam, d, flags, toggles);
  apply_action(ui::Action::toggle_labels, cam, d, flags, toggles);
  EXPECT_EQ(toggles.figure->labels, d.figure().labels);  // on and off again
}

TEST(Shortcuts, ReadmeControlsTableIsTheGeneratedOne) {
  auto strings = load_strings(DV_SOURCE_DIR "/assets/text", "en");
  ASSERT_TRUE(strings.ok()) << strings.message();
  ui::set_strings(&strings.value());
  const std::string table = ui::controls_markdown();
  std::ifstream in(DV_SOURCE_DIR "/README.md");
  std::stringstream readme;
  readme << in.rdbuf();
  EXPECT_NE(readme.str().find(table), std::string::npos)
      << "README.md's controls table differs from the shortcut table; replace it with:\n"
      << table;
  // Every row and key name has its text.
  for (const ui::ControlRow& r : ui::control_rows()) {
    EXPECT_TRUE(ui::has_text(r.id)) << r.id;
    if (!r.mouse_id.empty()) {
      EXPECT_TRUE(ui::has_text(r.mouse_id)) << r.mouse_id;
    }
  }
  EXPECT_EQ(ui::menu_hint(ui::Action::quit), "Ctrl+Q");
  EXPECT_EQ(ui::menu_hint(ui::Action::screenshot), "P");
  ui::set_strings(nullptr);
}

}  // namespace
}  // namespace dv::app

namespace dv::app {
namespace {

ui::KeyEvent named_key(ui::NamedKey k, bool shift = false) {
  ui::KeyEvent e;
  e.key = k;
  e.shift = shift;
  return e;
}

TEST(LectureShortcuts, ClickerKeysTurnPagesOnlyInTheLecture) {
  using ui::Action;
  using ui::NamedKey;
  using ui::ShortcutScope;
  const auto lecture = ShortcutScope::lecture;
  EXPECT_EQ(ui::match(named_key(NamedKey::page_down)), Action::next_session);
  EXPECT_EQ(ui::match(named_key(NamedKey::page_down), lecture), Action::next_chapter);
  EXPECT_EQ(ui::match(named_key(NamedKey::page_up), lecture), Action::previous_chapter);
  EXPECT_EQ(ui::match(named_key(NamedKey::right), lecture), Action::next_chapter);
  EXPECT_EQ(ui::match(named_key(NamedKey::left), lecture), Action::previous_chapter);
  EXPECT_EQ(ui::match(named_key(NamedKey::home), lecture), Action::first_chapter);
  EXPECT_EQ(ui::match(named_key(NamedKey::escape), lecture), Action::leave_lecture);
  EXPECT_EQ(ui::match(named_key(NamedKey::space), lecture), Action::play_pause);
  ui::KeyEvent b;
  b.ch = U'b';
  EXPECT_EQ(ui::match(b), Action::toggle_scale_bar);
  EXPECT_EQ(ui::match(b, lecture), Action::blank_screen);
  ui::KeyEvent q;
  q.ch = U'?';
  EXPECT_EQ(ui::match(q, lecture), Action::help);
  // General keys the lecture does not take keep working there.
  ui::KeyEvent plus;
  plus.ch = U'+';
  EXPECT_EQ(ui::match(plus, lecture), Action::zoom_in);
  ui::KeyEvent s;
  s.ch = U's';
  EXPECT_EQ(ui::match(s, lecture), Action::next_stain);
  // Held orbit and pan keys on the arrows are off in the lecture (arrows turn pages there).
  for (const ui::Shortcut& sc : ui::shortcuts()) {
    if (sc.held) {
      EXPECT_TRUE(ui::overridden(sc, lecture)) << ui::keys_text(sc);
    }
    EXPECT_FALSE(ui::overridden(sc, ShortcutScope::general));
  }
}

TEST(LectureShortcuts, ReadmeLectureControlsTableIsTheGeneratedOne) {
  auto strings = load_strings(DV_SOURCE_DIR "/assets/text", "en");
  ASSERT_TRUE(strings.ok()) << strings.message();
  ui::set_strings(&strings.value());
  const std::string table = ui::controls_markdown(ui::ShortcutScope::lecture);
  std::ifstream in(DV_SOURCE_DIR "/README.md");
  std::stringstream readme;
  readme << in.rdbuf();
  EXPECT_NE(readme.str().find(table), std::string::npos)
      << "README.md's lecture controls table differs from the shortcut table; replace it with:\n"
      << table;
  for (const ui::ControlRow& r : ui::control_rows(ui::ShortcutScope::lecture)) {
    EXPECT_TRUE(ui::has_text(r.id)) << r.id;
  }
  ui::set_strings(nullptr);
}

}  // namespace
}  // namespace dv::app
