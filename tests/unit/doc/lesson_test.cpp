// Lessons as data: chapter scenarios, edits, spans and captions filled from the model.
#include <gtest/gtest.h>

#include "doc/lesson.h"
#include "sim/needling.h"

namespace dv::doc {
namespace {

Lesson two_chapters() {
  Lesson l;
  l.id = "t";
  l.title = "T";
  Chapter a;
  a.title = "Forehead";
  a.changes = {{"region", 0.0 /* forehead */}, {"needle_depth_mm", 0.5}};
  a.time.day = 0.004;
  a.view.figure.stain = scene::Stain::trichrome;
  Chapter b;
  b.title = "Span";
  b.time.day = 1.0;
  b.time.until_day = 5.0;
  b.time.speed = 4.0f;
  l.chapters = {a, b};
  return l;
}

TEST(Lesson, ChapterScenarioIsTheBaseWithItsChangesOnly) {
  const Lesson l = two_chapters();
  const sim::Scenario s0 = chapter_scenario(l, 0);
  EXPECT_EQ(s0.region, sim::Region::forehead);
  EXPECT_DOUBLE_EQ(s0.needle_depth_mm, 0.5);
  // Chapter 1 changes nothing: the base, not chapter 0's changes.
  EXPECT_EQ(chapter_scenario(l, 1), l.scenario);
}

TEST(Lesson, ChangesOutOfRangeAreClamped) {
  Lesson l = two_chapters();
  l.chapters[0].changes = {{"needle_depth_mm", 99.0}};
  EXPECT_DOUBLE_EQ(chapter_scenario(l, 0).needle_depth_mm, sim::Limits::depth_max_mm);
}

TEST(Lesson, ApplyingAChapterSetsScenarioFigureTimeAndPlay) {
  const Lesson l = two_chapters();
  Document d;
  apply_chapter(d, l, 0);
  EXPECT_EQ(d.scenario().region, sim::Region::forehead);
  EXPECT_EQ(d.figure().stain, scene::Stain::trichrome);
  EXPECT_DOUBLE_EQ(d.playback().day, 0.004);
  EXPECT_FALSE(d.playback().playing);
  apply_chapter(d, l, 1);
  EXPECT_EQ(d.scenario(), l.scenario);
  EXPECT_TRUE(d.playback().playing);
  EXPECT_FLOAT_EQ(d.playback().speed, 4.0f);
}

TEST(Lesson, ASpanStopsAtItsEnd) {
  const Lesson l = two_chapters();
  Document d;
  apply_chapter(d, l, 1);
  int frames = 0;
  while (d.playback().playing && frames < 100000) {
    d.advance(0.1);
    hold_chapter_span(d, l.chapters[1]);
    ++frames;
  }
  EXPECT_FALSE(d.playback().playing);
  EXPECT_DOUBLE_EQ(d.playback().day, 5.0);
}

TEST(Lesson, CaptionNumbersComeFromTheModel) {
  const Lesson l = two_chapters();
  Document d;
  apply_chapter(d, l, 0);
  const std::string text =
      fill_caption("{channel_depth_um} um of {set_depth_mm} mm on {region}", d);
  // Depths of 100 µm or more are given to the nearest 10 µm.
  const long depth = 10 * std::lround(d.course().needling().effective_depth_um / 10.0);
  EXPECT_EQ(text, std::to_string(depth) + " um of 0.50 mm on forehead");
  sim::TextMap words{{"region.forehead", "the forehead"}};
  EXPECT_EQ(fill_caption("{region}", d, &words), "the forehead");
  EXPECT_EQ(fill_caption("{no_such_value}", d), "{no_such_value}");
}

TEST(Lesson, CaptionValuesChangeWithTime) {
  Document d;
  d.seek(0.01);
  const std::string early = fill_caption("{collagen_III_change} {inflammation_pct}", d);
  d.seek(28.0);
  EXPECT_NE(fill_caption("{collagen_III_change} {inflammation_pct}", d), early);
}

TEST(Lesson, EveryPlaceholderHasAValue) {
  Document d;
  const auto values = caption_values(d);
  for (std::string_view name : caption_placeholders()) {
    std::string tmpl = "{";
    tmpl.append(name);
    tmpl.append("}");
    EXPECT_NE(fill_caption(tmpl, d), tmpl) << name;
  }
  EXPECT_EQ(values.size(), caption_placeholders().size());
}

TEST(Lesson, AChapterFromTheDocumentReopensTheSamePicture) {
  Lesson l = two_chapters();
  Document d;
  sim::Scenario s = d.scenario();
  s.needle_depth_mm = 2.0;
  s.region = sim::Region::back;
  d.set_scenario(s);
  d.seek(12.5);
  scene::FigureOptions f;
  f.stain = scene::Stain::elastin;
  d.set_figure(f);
  scene::Camera cam;
  cam.yaw = 1.0f;
  l.chapters.push_back(chapter_from_document(l, d, cam, "Mine"));
  Document e;
  const CameraRequest r = apply_chapter(e, l, 2);
  EXPECT_EQ(e.scenario(), d.scenario());
  EXPECT_DOUBLE_EQ(e.playback().day, 12.5);
  EXPECT_EQ(e.figure(), d.figure());
  EXPECT_EQ(r.preset, CameraPreset::custom);
  EXPECT_FLOAT_EQ(r.camera.yaw, 1.0f);
}

}  // namespace
}  // namespace dv::doc
