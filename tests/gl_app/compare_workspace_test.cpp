// Tier 2 (real GL): compare mode in the workspace. B starts as a copy of A; edits go to the
// active side only; both sides share one clock driven by the longer course; a linked camera
// follows the active one; the wipe makes its "before" view from the same camera.
#include <gtest/gtest.h>

#include "app/workspace.h"
#include "gl_test_context.h"

namespace dv::app {
namespace {

Workspace open() {
  auto w = open_workspace(DV_SOURCE_DIR, sim::Scenario{}, scene::FigureOptions{});
  EXPECT_TRUE(w.ok()) << w.message();
  return std::move(w.value());
}

ui::Screen two_halves() {
  ui::Screen s;
  s.layout.views = {ui::Rect{0, 0, 400, 300}, ui::Rect{400, 0, 400, 300}};
  return s;
}

TEST(CompareWorkspace, BStartsAsACopyAndEditsGoToTheActiveSideOnly) {
  DV_REQUIRE_GL();
  Workspace w = open();
  ui::Screen s;
  s.commands.toggle_compare = true;
  ASSERT_TRUE(apply_and_update(w, s, 0.0));
  ASSERT_EQ(w.mode, ui::Mode::compare);
  ASSERT_TRUE(w.document_b.has_value());
  EXPECT_EQ(w.document_b->scenario(), w.document.scenario());
  w.flags.compare.active = 1;
  ui::Screen edit = two_halves();
  edit.commands.edit_scenario(active_document(w).scenario()).needle_depth_mm = 0.75;
  ASSERT_TRUE(apply_and_update(w, edit, 0.0));
  EXPECT_DOUBLE_EQ(w.document_b->scenario().needle_depth_mm, 0.75);
  EXPECT_DOUBLE_EQ(w.document.scenario().needle_depth_mm, 1.5);
  // Undo on B undoes B's change; A has nothing to undo.
  ui::Screen undo = two_halves();
  undo.commands.undo = true;
  ASSERT_TRUE(apply_and_update(w, undo, 0.0));
  EXPECT_DOUBLE_EQ(w.document_b->scenario().needle_depth_mm, 1.5);
  EXPECT_FALSE(w.document.history().can_undo());
}

TEST(CompareWorkspace, OneClockDrivenByTheLongerCourseAndALinkedCamera) {
  DV_REQUIRE_GL();
  Workspace w = open();
  ASSERT_TRUE(set_compare(w, true));
  w.flags.compare.active = 1;
  ui::Screen longer = two_halves();
  longer.commands.edit_scenario(w.document_b->scenario()).sessions = 6;
  longer.commands.playing = true;
  ASSERT_TRUE(apply_and_update(w, longer, 0.0));
  ASSERT_GT(w.document_b->course().end_day(), w.document.course().end_day());
  for (int i = 0; i < 5; ++i) ASSERT_TRUE(apply_and_update(w, two_halves(), 0.5));
  EXPECT_GT(w.document_b->playback().day, 0.0);
  EXPECT_EQ(w.document.playback().day, w.document_b->playback().day);
  // A seek from either side moves both.
  w.flags.compare.active = 0;
  ui::Screen seek = two_halves();
  seek.commands.seek_day = 30.0;
  seek.commands.playing = false;
  ASSERT_TRUE(apply_and_update(w, seek, 0.0));
  EXPECT_EQ(w.document.playback().day, 30.0);
  EXPECT_EQ(w.document_b->playback().day, 30.0);
  // The camera of the active side is copied to the other while linked, not otherwise.
  active_view(w).camera().orbit(0.4f, 0.1f);
  ASSERT_TRUE(apply_and_update(w, two_halves(), 0.0));
  EXPECT_EQ(w.view_b->camera().yaw, w.view.camera().yaw);
  w.flags.compare.link_camera = false;
  active_view(w).camera().orbit(0.3f, 0.0f);
  ASSERT_TRUE(apply_and_update(w, two_halves(), 0.0));
  EXPECT_NE(w.view_b->camera().yaw, w.view.camera().yaw);
  // Leaving compare mode keeps B for the next time.
  ASSERT_TRUE(set_compare(w, false));
  EXPECT_EQ(w.mode, ui::Mode::explore);
  EXPECT_TRUE(w.document_b.has_value());
}

TEST(CompareWorkspace, TheWipeSharesTheCameraAndFreesItsTargetWhenOff) {
  DV_REQUIRE_GL();
  Workspace w = open();
  w.flags.wipe.on = true;
  w.flags.wipe.before_day = 0.0;
  ui::Screen s;
  s.layout.views = {ui::Rect{0, 0, 320, 240}};
  w.view.camera().orbit(0.5f, 0.0f);
  ASSERT_TRUE(apply_and_update(w, s, 0.0));
  ASSERT_TRUE(w.before_view.has_value());
  EXPECT_EQ(w.before_view->camera().yaw, w.view.camera().yaw);
  auto target = render::OffscreenTarget::create(320, 240, 4);  // as the first wipe frame makes
  ASSERT_TRUE(target.ok()) << target.message();
  w.wipe_target = std::move(target.value());
  w.flags.wipe.on = false;
  ASSERT_TRUE(apply_and_update(w, s, 0.0));
  EXPECT_FALSE(w.wipe_target.has_value());
}

}  // namespace
}  // namespace dv::app
