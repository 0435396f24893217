// The redraw decision: an untouched paused app stops drawing; input, playback or a change
// bring frames back at once.
#include <gtest/gtest.h>

#include "app/redraw.h"

namespace dv::app {
namespace {

// Frames the loop would draw between t0 and t1 at 60 Hz polling (or idling when not due).
int frames_between(RedrawGate& g, double t0, double t1, bool animating) {
  int n = 0;
  const int steps = static_cast<int>((t1 - t0) * 60.0 + 0.5);
  for (int i = 0; i < steps; ++i) {
    const double t = t0 + i / 60.0;
    if (g.should_draw(t, animating)) {
      g.drawn();
      ++n;
    }
  }
  return n;
}

TEST(RedrawGate, IdleAndPausedDrawsNothingAfterSettling) {
  RedrawGate g;
  EXPECT_EQ(frames_between(g, 0.0, 1.0, false), RedrawGate::kSettleFrames);  // first frames
  EXPECT_EQ(frames_between(g, 1.0, 10.0, false), 0);                         // then nothing
  EXPECT_GT(g.wait_seconds(10.0, false), 0.0);                               // the loop sleeps
}

TEST(RedrawGate, InputDrawsAtOnceAndForAShortWhile) {
  RedrawGate g;
  frames_between(g, 0.0, 1.0, false);
  g.on_input(5.0);
  EXPECT_TRUE(g.should_draw(5.0, false));
  EXPECT_EQ(g.wait_seconds(5.0, false), 0.0);
  const int after = frames_between(g, 5.0, 7.0, false);
  EXPECT_GE(after, RedrawGate::kSettleFrames);
  EXPECT_LE(after, static_cast<int>(RedrawGate::kSettleSeconds * 60.0) + 2);
  EXPECT_FALSE(g.should_draw(7.0, false));
}

TEST(RedrawGate, PlaybackDrawsEveryFrame) {
  RedrawGate g;
  frames_between(g, 0.0, 1.0, false);
  EXPECT_EQ(frames_between(g, 1.0, 2.0, true), 60);
}

TEST(RedrawGate, AChangeAsksForFramesWithoutInput) {
  RedrawGate g;
  frames_between(g, 0.0, 1.0, false);
  g.request();
  EXPECT_EQ(frames_between(g, 1.0, 2.0, false), 2);
}

}  // namespace
}  // namespace dv::app
