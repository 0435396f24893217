// A lesson as a clip: one segment per chapter with its scenario, camera, days, length and words.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "app/lesson_clip.h"
#include "doc/document.h"

namespace dv::app {
namespace {

doc::Lesson two_chapters() {
  doc::Lesson l;
  l.id = std::string("t");
  l.title = std::string("T");
  doc::Chapter still;
  still.title = std::string("Layers");
  still.caption = std::string("The skin is {epidermis_um} µm thick here.");
  still.time.day = 0.005;
  still.view.preset = doc::CameraPreset::front;
  doc::Chapter span;
  span.title = std::string("Healing");
  span.caption = std::string("Collagen grows.");
  span.changes = {{"needle_depth_mm", 0.5}};
  span.time.day = 1.0;
  span.time.until_day = 30.0;
  span.time.speed = 2.0f;
  span.view.preset = doc::CameraPreset::custom;
  span.view.camera.yaw = 1.0f;
  span.view.figure.stain = scene::Stain::trichrome;
  l.chapters = {still, span};
  return l;
}

TEST(LessonClip, OneSegmentPerChapterWithItsViewDaysAndLength) {
  const doc::Lesson l = two_chapters();
  const auto segs = lesson_segments(l);
  ASSERT_EQ(segs.size(), 2u);
  EXPECT_EQ(segs[0].title, "Layers");
  EXPECT_EQ(segs[0].caption, l.chapters[0].caption);  // filled per frame by the stage
  EXPECT_TRUE(segs[0].front_view);
  EXPECT_FALSE(segs[0].camera);
  EXPECT_EQ(segs[0].from_day, 0.005);
  EXPECT_EQ(segs[0].to_day, 0.005);
  EXPECT_EQ(segs[0].seconds, kStillChapterSeconds);

  EXPECT_DOUBLE_EQ(segs[1].scenario.needle_depth_mm, 0.5);
  ASSERT_TRUE(segs[1].camera);
  EXPECT_FLOAT_EQ(segs[1].camera->yaw, 1.0f);
  EXPECT_EQ(segs[1].figure.stain, scene::Stain::trichrome);
  EXPECT_EQ(segs[1].from_day, 1.0);
  EXPECT_EQ(segs[1].to_day, 30.0);
  const doc::Document d(segs[1].scenario);
  const double warped = d.warp().seconds_at(30.0) - d.warp().seconds_at(1.0);
  EXPECT_DOUBLE_EQ(segs[1].seconds,
                   std::clamp(warped / 2.0, kSpanChapterMinSeconds, kSpanChapterMaxSeconds));

  const auto only = lesson_segments(l, 1);
  ASSERT_EQ(only.size(), 1u);
  EXPECT_EQ(only[0].title, "Healing");
  EXPECT_EQ(lesson_segments(l, 99).front().title, "Healing");  // clamped
  EXPECT_TRUE(lesson_segments(doc::Lesson{}).empty());
}

}  // namespace
}  // namespace dv::app
