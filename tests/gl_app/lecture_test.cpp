// Tier 2 (real GL): the lecture screen. A built-in lesson is given from start to end with key
// events only; every chapter's frame differs from its neighbours; the caption bar fits at every
// size and text size; nothing of the figure (device, labels) reaches the caption bar.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "app/imgui_layer.h"
#include "app/input.h"
#include "app/lesson_file.h"
#include "app/workspace.h"
#include "gl_test_context.h"
#include "render/offscreen.h"
#include "ui/lecture.h"

namespace dv::app {
namespace {

constexpr int kW = 960, kH = 540;  // px, small: llvmpipe draws every chapter

struct Rig {
  ImGuiLayer imgui;
  Workspace work;
  render::OffscreenTarget target;
};

Result<Rig> rig(int w = kW, int h = kH) {
  auto work = open_workspace(DV_SOURCE_DIR, sim::Scenario{}, scene::FigureOptions{});
  if (!work) return Result<Rig>::error(work.message());
  auto imgui = ImGuiLayer::create(nullptr, 1.0f);
  if (!imgui) return Result<Rig>::error(imgui.message());
  auto target = render::OffscreenTarget::create(w, h, 1);
  if (!target) return Result<Rig>::error(target.message());
  return Rig{std::move(imgui.value()), std::move(work.value()), std::move(target.value())};
}

// One frame with these key events (no mouse), as the window runs it; returns the pixels.
std::vector<std::uint8_t> frame(Rig& r, const std::vector<ui::KeyEvent>& keys, int w = kW,
                                int h = kH) {
  r.target.bind();
  r.imgui.begin_offscreen_frame(w, h, 1.0f / 60.0f);
  ui::Screen s = run_screen(r.work, w, h, r.imgui.fonts());
  DragState drag;
  handle_input(
      r.work.view.camera(), drag, r.work.document, r.work.flags, s.layout.views[0].h, keys,
      s.commands,
      r.work.mode == ui::Mode::lecture ? ui::ShortcutScope::lecture : ui::ShortcutScope::general);
  EXPECT_TRUE(apply_and_update(r.work, s, 0.0).ok());
  EXPECT_TRUE(draw_views(r.work, s, r.target, 1.0f, r.imgui.fonts()).ok());
  r.target.bind();
  r.imgui.render();
  return r.target.read_rgba();
}

ui::KeyEvent key(ui::NamedKey k) {
  ui::KeyEvent e;
  e.key = k;
  return e;
}
ui::KeyEvent ch(char32_t c) {
  ui::KeyEvent e;
  e.ch = c;
  return e;
}

int differing_pixels(const std::vector<std::uint8_t>& a, const std::vector<std::uint8_t>& b,
                     int y0 = 0, int y1 = kH, int width = kW) {
  int n = 0;
  for (int y = y0; y < y1; ++y) {
    for (int x = 0; x < width; ++x) {
      const std::size_t i = (static_cast<std::size_t>(y) * width + x) * 4;
      int d = 0;
      for (int c = 0; c < 3; ++c) d = std::max(d, std::abs(a[i + c] - b[i + c]));
      if (d > 8) ++n;
    }
  }
  return n;
}

TEST(Lecture, TheBuiltInLessonIsGivenWithKeysOnly) {
  DV_REQUIRE_GL();
  auto r = rig();
  ASSERT_TRUE(r.ok()) << r.message();
  ASSERT_TRUE(start_lesson(r->work, "needle_to_collagen"));
  ASSERT_EQ(r->work.mode, ui::Mode::lecture);
  const std::size_t n = r->work.lesson.count();
  ASSERT_GE(n, 8u);
  ASSERT_LE(n, 10u);
  std::vector<std::vector<std::uint8_t>> frames;
  frame(r.value(), {});  // ImGui lays windows out on its first frame
  frames.push_back(frame(r.value(), {}));
  for (std::size_t i = 1; i < n; ++i) {
    // Clickers send Page Down; arrows do the same.
    frame(r.value(), {i % 2 ? key(ui::NamedKey::page_down) : key(ui::NamedKey::right)});
    EXPECT_EQ(r->work.lesson.chapter(), i);
    frames.push_back(frame(r.value(), {}));
  }
  for (std::size_t i = 1; i < n; ++i) {
    EXPECT_GT(differing_pixels(frames[i - 1], frames[i]), kW * kH / 100)
        << "chapter " << i + 1 << " looks like chapter " << i;
  }
  frame(r.value(), {key(ui::NamedKey::page_down)});  // past the last: stays
  EXPECT_EQ(r->work.lesson.chapter(), n - 1);
  frame(r.value(), {key(ui::NamedKey::page_up), key(ui::NamedKey::left)});
  EXPECT_EQ(r->work.lesson.chapter(), n - 3);
  frame(r.value(), {key(ui::NamedKey::home)});
  EXPECT_EQ(r->work.lesson.chapter(), 0u);
  // Space plays and pauses; B blanks the screen and brings it back.
  const bool playing = r->work.document.playback().playing;
  frame(r.value(), {key(ui::NamedKey::space)});
  EXPECT_NE(r->work.document.playback().playing, playing);
  frame(r.value(), {ch(U'b')});
  const auto blank = frame(r.value(), {});  // keys act after this frame's screen ran
  EXPECT_TRUE(r->work.lesson.blank());
  EXPECT_TRUE(std::all_of(blank.begin(), blank.end(), [i = 0](std::uint8_t v) mutable {
    return (i++ % 4 == 3) || v == 0;
  })) << "a blank screen is black";
  frame(r.value(), {ch(U'b')});
  EXPECT_FALSE(r->work.lesson.blank());
  // F1 and ? open the controls; Esc leaves the lecture.
  frame(r.value(), {key(ui::NamedKey::f1)});
  EXPECT_TRUE(r->work.flags.show_help);
  frame(r.value(), {ch(U'?')});
  EXPECT_FALSE(r->work.flags.show_help);
  frame(r.value(), {key(ui::NamedKey::escape)});
  EXPECT_EQ(r->work.mode, ui::Mode::explore);
  EXPECT_FALSE(r->work.lesson.active());
}

TEST(Lecture, BranchingOffAndBackRestoresTheChapterExactly) {
  DV_REQUIRE_GL();
  auto r = rig();
  ASSERT_TRUE(r.ok()) << r.message();
  ASSERT_TRUE(start_lesson(r->work, "needle_to_collagen"));
  frame(r.value(), {key(ui::NamedKey::page_down)});
  const auto chapter = frame(r.value(), {});
  const sim::Scenario before = r->work.document.scenario();
  // Tab opens the protocol panel; a change (here the next region and stain) branches off.
  frame(r.value(), {key(ui::NamedKey::tab), ch(U']'), ch(U's')});
  EXPECT_TRUE(r->work.flags.show_panels);
  EXPECT_TRUE(r->work.lesson.branched(r->work.document));
  EXPECT_NE(r->work.document.scenario(), before);
  frame(r.value(), {key(ui::NamedKey::backspace)});
  EXPECT_FALSE(r->work.lesson.branched(r->work.document));
  EXPECT_EQ(r->work.document.scenario(), before);
  EXPECT_FALSE(r->work.flags.show_panels);
  const auto back = frame(r.value(), {});
  EXPECT_EQ(differing_pixels(chapter, back), 0) << "back to the lesson shows the same picture";
}

TEST(Lecture, NothingCoversTheCaptionBarDuringNeedling) {
  DV_REQUIRE_GL();
  auto r = rig();
  ASSERT_TRUE(r.ok()) << r.message();
  ASSERT_TRUE(start_lesson(r->work, "needle_to_collagen"));
  frame(r.value(), {key(ui::NamedKey::page_down)});  // chapter 2: the pen in the skin
  ASSERT_LT(r->work.document.playback().day, 0.01);
  const auto a = frame(r.value(), {});
  const doc::Chapter& c = r->work.lesson.current();
  const ui::CaptionBar bar =
      ui::caption_bar_layout(c.title, doc::fill_caption(c.caption, r->work.document, nullptr),
                             static_cast<float>(kW), static_cast<float>(kH), r->imgui.fonts());
  // Swing the camera so the pen, the block and the labels move across the whole frame, and
  // zoom in so they would reach the bottom edge if nothing stopped them.
  for (int i = 0; i < 8; ++i) r->work.view.camera().orbit(0.35f, -0.1f);
  r->work.view.camera().zoom(0.5f);
  const auto b = frame(r.value(), {});
  const int bar_top = static_cast<int>(bar.bar.y) + 1;
  EXPECT_GT(differing_pixels(a, b, 0, bar_top - 2), kW * 20) << "the figure did move";
  EXPECT_EQ(differing_pixels(a, b, bar_top, kH), 0) << "something drew over the caption bar";
}

TEST(Lecture, CaptionsFitAtEverySizeAndTextSize) {
  DV_REQUIRE_GL();
  auto r = rig();
  ASSERT_TRUE(r.ok()) << r.message();
  std::vector<doc::Lesson> lessons;
  for (const LessonEntry& e : list_lessons(DV_SOURCE_DIR "/assets/lessons")) {
    auto l = load_lesson_file(e.path);
    ASSERT_TRUE(l.ok()) << l.message();
    lessons.push_back(l.value());
  }
  ASSERT_GE(lessons.size(), 2u);
  for (float scale : ui::kTextScales) {
    r->imgui.set_scale(scale);
    frame(r.value(), {});  // builds the atlas at this scale
    for (auto [w, h] : {std::pair{1280, 720}, std::pair{1920, 1080}}) {
      for (const doc::Lesson& l : lessons) {
        for (std::size_t i = 0; i < l.chapters.size(); ++i) {
          doc::apply_chapter(r->work.document, l, i);
          const doc::Chapter& c = l.chapters[i];
          const std::string caption = doc::fill_caption(c.caption, r->work.document, nullptr);
          const ui::CaptionBar b = ui::caption_bar_layout(c.title, caption, static_cast<float>(w),
                                                          static_cast<float>(h), r->imgui.fonts());
          const std::string where = l.id + " chapter " + std::to_string(i + 1) + " at " +
                                    std::to_string(w) + "x" + std::to_string(h) + ", text " +
                                    std::to_string(scale);
          EXPECT_TRUE(b.fits) << where;
          EXPECT_LE(b.bar.h, ui::kCaptionBarMaxShare * static_cast<float>(h) + 0.5f) << where;
          EXPECT_GE(b.bar.y, 0.0f) << where;
          if (scale == 1.0f && h == 1080) {
            EXPECT_GE(b.title_px, 40.0f) << where;  // the back row's rule at 1080p
            EXPECT_GE(b.caption_px, 28.0f) << where;
          }
        }
      }
    }
  }
}

TEST(Lecture, ALessonMadeInTheAppReopensIdentically) {
  DV_REQUIRE_GL();
  auto r = rig();
  ASSERT_TRUE(r.ok()) << r.message();
  const auto dir = std::filesystem::temp_directory_path() / "dv_lecture_authoring";
  std::filesystem::remove_all(dir);
  ::setenv("XDG_DATA_HOME", dir.c_str(), 1);
  frame(r.value(), {});
  ui::Screen s;
  s.layout.views.push_back(ui::Rect{0, 0, kW, kH});
  // Chapter 1: the default view; chapter 2: the forehead in trichrome on day 9, orbited.
  s.commands.lecture.add_chapter = true;
  ASSERT_TRUE(apply_and_update(r->work, s, 0.0).ok());
  s.commands = {};
  sim::Scenario sc = r->work.document.scenario();
  sc.region = sim::Region::forehead;
  s.commands.scenario = sc;
  scene::FigureOptions f = r->work.document.figure();
  f.stain = scene::Stain::trichrome;
  s.commands.figure = f;
  s.commands.seek_day = 9.0;
  ASSERT_TRUE(apply_and_update(r->work, s, 0.0).ok());
  r->work.view.camera().orbit(0.4f, 0.1f);
  s.commands = {};
  s.commands.lecture.add_chapter = true;
  s.commands.lecture.chapter_caption = std::pair<std::size_t, std::string>{0, "On {region}."};
  ASSERT_TRUE(apply_and_update(r->work, s, 0.0).ok());
  s.commands = {};
  s.commands.lecture.chapter_up = 1;  // reorder: the forehead first
  s.commands.lecture.save_lesson = true;
  ASSERT_TRUE(apply_and_update(r->work, s, 0.0).ok());
  ASSERT_TRUE(r->work.edited);
  ASSERT_EQ(r->work.edited->chapters.size(), 2u);
  EXPECT_EQ(r->work.edited->chapters[1].caption, "On {region}.");
  auto back = load_lesson_file(r->work.edited_path);
  ASSERT_TRUE(back.ok()) << back.message() << " (" << r->work.message << ")";
  EXPECT_EQ(back.value(), *r->work.edited);
  // Given from the file, chapter 1 shows the forehead in trichrome on day 9 from that camera.
  const scene::Camera cam = r->work.view.camera();
  ASSERT_TRUE(start_lesson(r->work, r->work.edited_path.string()));
  frame(r.value(), {});
  EXPECT_EQ(r->work.document.scenario().region, sim::Region::forehead);
  EXPECT_EQ(r->work.document.figure().stain, scene::Stain::trichrome);
  EXPECT_DOUBLE_EQ(r->work.document.playback().day, 9.0);
  EXPECT_FLOAT_EQ(r->work.view.camera().yaw, cam.yaw);
  std::filesystem::remove_all(dir);
  ::unsetenv("XDG_DATA_HOME");
}

}  // namespace
}  // namespace dv::app
