// Undo and redo of protocol changes: each change is one step (a slider drag too), undo brings
// the previous course back bit for bit, reset to defaults is undoable.
#include <gtest/gtest.h>

#include <cstring>

#include "doc/document.h"
#include "doc/history.h"

namespace dv::doc {
namespace {

Edits with_depth(const Document& d, double mm) {
  Edits e;
  e.edit_scenario(d.scenario()).needle_depth_mm = mm;
  return e;
}

// Every column of every day equal, bit for bit.
bool same_course(const sim::Course& a, const sim::Course& b) {
  if (a.daily().size() != b.daily().size()) return false;
  return std::memcmp(a.daily().data(), b.daily().data(),
                     a.daily().size() * sizeof(sim::DailyRow)) == 0;
}

TEST(History, UndoRestoresThePreviousCourseBitForBitAndRedoGoesForwardAgain) {
  Document d;
  const sim::Course before = d.course();
  d.apply(with_depth(d, 0.5));
  d.seal_history();
  ASSERT_FALSE(same_course(d.course(), before));
  const sim::Course after = d.course();
  Edits undo;
  undo.undo = true;
  d.apply(undo);
  EXPECT_EQ(d.scenario(), sim::Scenario{});
  EXPECT_TRUE(same_course(d.course(), before));
  EXPECT_FALSE(d.history().can_undo());
  Edits redo;
  redo.redo = true;
  d.apply(redo);
  EXPECT_DOUBLE_EQ(d.scenario().needle_depth_mm, 0.5);
  EXPECT_TRUE(same_course(d.course(), after));
}

TEST(History, OneDragOfOneSliderIsOneStepAndANewFieldStartsAnother) {
  Document d;
  for (double mm : {1.4, 1.3, 1.2, 1.1}) d.apply(with_depth(d, mm));  // frames of one drag
  Edits sessions;
  sessions.edit_scenario(d.scenario()).sessions = 2;
  d.apply(sessions);
  EXPECT_EQ(d.history().undo_steps(), 2u);
  Edits undo;
  undo.undo = true;
  d.apply(undo);
  EXPECT_EQ(d.scenario().sessions, 4);
  EXPECT_DOUBLE_EQ(d.scenario().needle_depth_mm, 1.1);
  d.apply(undo);
  EXPECT_DOUBLE_EQ(d.scenario().needle_depth_mm, 1.5);  // the whole drag at once
}

TEST(History, ASealedStepIsNotJoinedByTheNextChangeOfTheSameField) {
  Document d;
  d.apply(with_depth(d, 1.0));
  d.seal_history();  // mouse released
  d.apply(with_depth(d, 0.8));
  EXPECT_EQ(d.history().undo_steps(), 2u);
}

TEST(History, ANewChangeClearsRedo) {
  Document d;
  d.apply(with_depth(d, 1.0));
  Edits undo;
  undo.undo = true;
  d.apply(undo);
  ASSERT_TRUE(d.history().can_redo());
  d.apply(with_depth(d, 2.0));
  EXPECT_FALSE(d.history().can_redo());
}

TEST(History, ResetToDefaultsIsUndoable) {
  Document d;
  d.apply(with_depth(d, 2.5));
  d.seal_history();
  Edits reset;
  reset.reset_scenario = true;
  d.apply(reset);
  EXPECT_EQ(d.scenario(), sim::Scenario{});
  Edits undo;
  undo.undo = true;
  d.apply(undo);
  EXPECT_DOUBLE_EQ(d.scenario().needle_depth_mm, 2.5);
}

TEST(History, UndoWithNothingToUndoChangesNothing) {
  Document d;
  const auto gen = d.course_generation();
  Edits undo;
  undo.undo = true;
  d.apply(undo);
  EXPECT_EQ(d.course_generation(), gen);
}

TEST(History, IsBoundedAndReportsTheSingleChangedField) {
  History h;
  sim::Scenario a, b;
  for (std::size_t i = 0; i < History::kMaxSteps + 10; ++i) {
    b.sessions = a.sessions == 4 ? 5 : 4;
    b.passes = a.passes == 4 ? 5 : 4;  // two fields: never joined
    h.record(a, b);
    a = b;
  }
  EXPECT_EQ(h.undo_steps(), History::kMaxSteps);
  sim::Scenario c;
  c.interval_weeks = 6.0;
  EXPECT_EQ(single_changed_field(sim::Scenario{}, c), "interval_weeks");
  c.sessions = 2;
  EXPECT_EQ(single_changed_field(sim::Scenario{}, c), "");
}

}  // namespace
}  // namespace dv::doc
