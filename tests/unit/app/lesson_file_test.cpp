// Lesson files: round trip, clear errors, atomic save, the built-in lessons.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "app/lesson_file.h"
#include "app/paths.h"

namespace dv::app {
namespace {

doc::Lesson sample() {
  doc::Lesson l;
  l.id = "sample";
  l.title = "Sample";
  l.scenario.region = sim::Region::forehead;
  doc::Chapter a;
  a.title = "First";
  a.caption = "Channels reach {channel_depth_um} \u00b5m.";
  a.changes = {{"device", 0.0}, {"needle_depth_mm", 0.75}, {"sessions", 3.0}};  // table order
  a.time.day = 0.25;
  a.time.until_day = 2.0;
  a.time.speed = 3.0f;
  a.view.preset = doc::CameraPreset::front;
  a.view.figure.stain = scene::Stain::hematoxylin_eosin;
  a.view.labels = {"label.micro_channel"};
  a.view.emphasis = scene::Structure::capillaries;
  doc::Chapter b;
  b.title = "Second";
  b.view.preset = doc::CameraPreset::custom;
  b.view.camera.yaw = 0.25f;
  b.view.camera.distance = 6.0f;
  l.chapters = {a, b};
  return l;
}

TEST(LessonFile, RoundTripsEveryField) {
  const doc::Lesson l = sample();
  const std::string text = lesson_to_json(l);
  EXPECT_EQ(text.rfind("{\n  \"version\": 1,", 0), 0u) << text;
  const auto back = parse_lesson_json(text, "l.json");
  ASSERT_TRUE(back.ok()) << back.message();
  EXPECT_EQ(back.value(), l);
  EXPECT_EQ(lesson_to_json(back.value()), text);
}

TEST(LessonFile, SavesAtomicallyAndReopensIdentically) {
  const auto dir = std::filesystem::temp_directory_path() / "dv_lesson_file_test";
  std::filesystem::create_directories(dir);
  const auto path = dir / "sample.json";
  ASSERT_TRUE(save_lesson_file(path, sample()).ok());
  const auto back = load_lesson_file(path);
  ASSERT_TRUE(back.ok()) << back.message();
  EXPECT_EQ(back.value(), sample());
  std::filesystem::remove_all(dir);
}

struct BadCase {
  const char* json;
  const char* expect;  // a piece of the message
};

TEST(LessonFile, ErrorsNameTheFieldTheValueAndTheRange) {
  const BadCase cases[] = {
      {R"({"id":"a","title":"T","chapters":[{"title":"x"}]})", "version: missing"},
      {R"({"version":9,"id":"a","title":"T","chapters":[{"title":"x"}]})", "newer dermaviz"},
      {R"({"version":1,"id":"A b","title":"T","chapters":[{"title":"x"}]})", "id: \"A b\""},
      {R"({"version":1,"id":"a","title":"T","chapters":[]})", "chapters: must be a list"},
      {R"({"version":1,"id":"a","title":"T","chapters":[{"title":"x","time":{"day":-1}}]})",
       "chapters[0].time.day: -1 must be a number of days"},
      {R"({"version":1,"id":"a","title":"T","chapters":[{"title":"x","time":{"day":3,"until_day":2}}]})",
       "until_day: 2 must be after day"},
      {R"({"version":1,"id":"a","title":"T","chapters":[{"title":"x","time":{"speed":50}}]})",
       "speed: 50 is outside the allowed range 0.05"},
      {R"({"version":1,"id":"a","title":"T","chapters":[{"title":"x","changes":{"needle_depth_mm":9}}]})",
       "needle_depth_mm: 9 is outside the allowed range 0.1"},
      {R"({"version":1,"id":"a","title":"T","chapters":[{"title":"x","changes":{"region":"moon"}}]})",
       "region: \"moon\" is not allowed"},
      {R"({"version":1,"id":"a","title":"T","chapters":[{"title":"x","emphasis":"heart"}]})",
       "emphasis: \"heart\" is not one of"},
      {R"({"version":1,"id":"a","title":"T","chapters":[{"title":"x","camera":"top"}]})",
       "camera: \"top\" is not"},
      {R"({"version":1,"id":"a","title":"T","chapters":[{"title":"x","labels":["micro_channel"]}]})",
       "labels: \"micro_channel\" is not a label id"},
      {R"({"version":1,"id":"a","title":"T","chapters":[{"title":"x","colour":1}]})",
       "unknown key \"colour\""},
  };
  for (const BadCase& c : cases) {
    const auto r = parse_lesson_json(c.json, "bad.json");
    ASSERT_FALSE(r.ok()) << c.json;
    EXPECT_EQ(r.message().rfind("bad.json", 0), 0u) << r.message();
    EXPECT_NE(r.message().find(c.expect), std::string::npos) << r.message();
  }
}

TEST(LessonFile, BuiltInLessonsReadAndAreListed) {
  auto data = find_data_dir();
  ASSERT_TRUE(data.ok()) << data.message();
  std::vector<std::string> problems;
  const auto lessons = list_lessons(data.value() / "assets" / "lessons", &problems);
  EXPECT_TRUE(problems.empty()) << problems.front();
  ASSERT_GE(lessons.size(), 2u);
  for (const LessonEntry& e : lessons) {
    EXPECT_EQ(e.path.stem().string(), e.id) << "a lesson's file is named after its id";
    const auto l = find_lesson(data.value() / "assets" / "lessons", e.id);
    ASSERT_TRUE(l.ok()) << l.message();
  }
  EXPECT_FALSE(find_lesson(data.value() / "assets" / "lessons", "no_such_lesson").ok());
}

}  // namespace
}  // namespace dv::app
