#include "app/headless.h"

#include <glad/gl.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <optional>
#include <string_view>

#include "app/gl_window.h"
#include "app/imgui_layer.h"
#include "app/lesson_file.h"
#include "app/paths.h"
#include "app/png.h"
#include "app/workspace.h"
#include "render/offscreen.h"

namespace dv::app {
namespace {

constexpr int kMinSide = 16, kMaxW = 3840, kMaxH = 2160;

// Everything one offscreen frame needs, in construction order (GL context first).
struct Headless {
  GlWindow window;
  ImGuiLayer imgui;
  Workspace work;
  render::OffscreenTarget target;
  // bench --compare: a second document and its view, drawn beside the workspace's.
  std::optional<doc::Document> other;
  std::optional<FigureView> other_view;
};

// The other region of a comparison: back against anything else, cheek against back.
sim::Region contrasting_region(sim::Region r) {
  return r == sim::Region::back ? sim::Region::cheek : sim::Region::back;
}

Result<Headless> start(const FrameOptions& opt) {
  auto data = find_data_dir();
  if (!data) return Result<Headless>::error(data.message());
  auto window = GlWindow::create(64, 64, "dermaviz (offscreen)", false);
  if (!window) return Result<Headless>::error(window.message());
  // Fonts follow the image size so labels read the same at 1080p and at 4K.
  const float scale = std::clamp(static_cast<float>(opt.height) / 1000.0f, 0.6f, 2.2f);
  // The workspace first: it makes the strings current, and the fonts take their glyphs from them.
  auto work = open_workspace(data.value(), opt.scenario, opt.figure);
  if (!work) return Result<Headless>::error(work.message());
  // The picture shows the band: it is computed on its threads while the fonts and the targets
  // are made, and waited for before the first frame (the panels' layout depends on it).
  if (opt.show_ui) work->document.set_ensemble_members(sim::kEnsembleDefaultMembers);
  auto imgui = ImGuiLayer::create(nullptr, scale);
  if (!imgui) return Result<Headless>::error(imgui.message());
  auto target = render::OffscreenTarget::create_composited(opt.width, opt.height, opt.samples);
  if (!target) return Result<Headless>::error(target.message());
  work->document.seek(opt.day);
  work->flags.show_panels = opt.show_ui;
  work->document.wait_background();  // offscreen frames show the band (a window never waits)
  Headless h{std::move(window.value()),
             std::move(imgui.value()),
             std::move(work.value()),
             std::move(target.value()),
             std::nullopt,
             std::nullopt};
  if (opt.compare) {
    sim::Scenario other = opt.scenario;
    other.region = contrasting_region(other.region);
    h.other.emplace(other, opt.figure);
    h.other->seek(opt.day);
    auto view = FigureView::create(data.value() / "shaders");
    if (!view) return Result<Headless>::error(view.message());
    h.other_view.emplace(std::move(view.value()));
    h.other_view->update(*h.other);
  }
  return h;
}

// The compare frame's views: the workspace's view rectangle split into two halves side by side,
// each with its document's annotations (the compare screen itself is branch compare's).
Status draw_compare_views(Headless& h, const ui::Screen& s) {
  if (s.layout.views.empty()) return Status::ok();
  const ui::Rect& r = s.layout.views.front();
  const ui::Rect left{r.x, r.y, r.w / 2.0f, r.h}, right{r.x + r.w / 2.0f, r.y, r.w / 2.0f, r.h};
  const std::vector<PixelRect> rects = {to_pixels(left, 1.0f), to_pixels(right, 1.0f)};
  clear_around(h.target, rects, false);
  if (Status st = h.work.view.draw(h.target, rects[0]); !st) return st;
  if (Status st = h.other_view->draw(h.target, rects[1]); !st) return st;
  ui::draw_figure_overlay(h.work.document, h.work.view.annotations(), h.work.view.camera(), left,
                          s.layout.top_px, h.imgui.fonts());
  ui::draw_figure_overlay(*h.other, h.other_view->annotations(), h.other_view->camera(), right,
                          s.layout.top_px, h.imgui.fonts());
  return Status::ok();
}

// One frame, the same steps as the window's; no input offscreen, so the panels' commands are
// dropped (only the front view is asked for, on the first frame). `dt_s` advances the clock.
// An error when the GL driver could not make a framebuffer.
Status draw_frame(Headless& h, const FrameOptions& opt, bool first, double dt_s = 0.0) {
  h.target.bind();
  h.imgui.begin_offscreen_frame(opt.width, opt.height, 1.0f / 60.0f);
  ui::Screen s = run_screen(h.work, opt.width, opt.height, h.imgui.fonts());
  s.commands = ui::Commands{};
  s.commands.front_view = first && opt.front_view;
  apply_and_update(h.work, s, dt_s);
  Status st = Status::ok();
  if (h.other) {
    h.other->advance(dt_s);
    h.other_view->update(*h.other);
    st = draw_compare_views(h, s);
  } else {
    st = draw_views(h.work, s, h.target, 1.0f, h.imgui.fonts());
  }
  h.target.bind();
  h.imgui.render();
  return st;
}

}  // namespace

Status parse_size(const std::string& text, int* w, int* h) {
  const std::string range = "allowed: " + std::to_string(kMinSide) + "x" +
                            std::to_string(kMinSide) + " to " + std::to_string(kMaxW) + "x" +
                            std::to_string(kMaxH);
  // WIDTHxHEIGHT: two whole numbers of at most five digits around one 'x' or 'X'.
  const std::size_t sep = text.find_first_of("xX");
  int width = 0, height = 0;
  auto whole = [](std::string_view s, int* v) {
    if (s.empty() || s.size() > 5) return false;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), *v);
    return r.ec == std::errc() && r.ptr == s.data() + s.size();
  };
  const std::string_view t(text);
  if (sep == std::string::npos || !whole(t.substr(0, sep), &width) ||
      !whole(t.substr(sep + 1), &height)) {
    return Status::error("--size: '" + text + "' is not WIDTHxHEIGHT (e.g. 1920x1080); " + range);
  }
  if (width < kMinSide || height < kMinSide || width > kMaxW || height > kMaxH) {
    return Status::error("--size: " + text + " is outside the " + range);
  }
  *w = width;
  *h = height;
  return Status::ok();
}

FrameStats frame_stats(std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  const std::size_t n = ms.size();
  const double median = n % 2 ? ms[n / 2] : 0.5 * (ms[n / 2 - 1] + ms[n / 2]);
  return {ms.front(), median, ms.back()};
}

int run_render(const FrameOptions& opt, const std::filesystem::path& out) {
  auto h = start(opt);
  if (!h) {
    std::fprintf(stderr, "dermaviz render: %s\n", h.message().c_str());
    return 1;
  }
  // Two frames: ImGui lays windows out on the first and draws them settled on the second.
  for (bool first : {true, false}) {
    if (Status st = draw_frame(h.value(), opt, first); !st) {
      std::fprintf(stderr, "dermaviz render: %s\n", st.message().c_str());
      return 1;
    }
  }
  const auto pixels = h->target.read_rgba();
  if (Status st = write_png(out, opt.width, opt.height, pixels); !st) {
    std::fprintf(stderr, "dermaviz render: %s\n", st.message().c_str());
    return 1;
  }
  std::printf("wrote %s (%dx%d)\n", out.string().c_str(), opt.width, opt.height);
  return 0;
}

int run_render_lesson(const FrameOptions& opt_in, const std::string& lesson,
                      const std::filesystem::path& dir) {
  FrameOptions opt = opt_in;
  opt.show_ui = false;  // the presenter view has no panels; no band needed
  auto h = start(opt);
  if (!h) {
    std::fprintf(stderr, "dermaviz render: %s\n", h.message().c_str());
    return 1;
  }
  Workspace& w = h->work;
  w.projector = opt.projector;
  if (Status st = start_lesson(w, lesson); !st) {
    std::fprintf(stderr, "dermaviz render: --lesson: %s\n", st.message().c_str());
    return 1;
  }
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    std::fprintf(stderr, "dermaviz render: --out: cannot create folder %s: %s\n",
                 dir.string().c_str(), ec.message().c_str());
    return 1;
  }
  for (std::size_t i = 0; i < w.lesson.count(); ++i) {
    w.camera_request = w.lesson.go(w.document, i);
    const doc::Chapter& c = w.lesson.current();
    if (c.time.until_day) {  // a slide shows where the span arrives
      doc::Edits e;
      e.seek_day = *c.time.until_day;
      e.playing = false;
      w.document.apply(e);
    }
    for (bool first : {true, false}) {
      if (Status st = draw_frame(h.value(), opt, first); !st) {
        std::fprintf(stderr, "dermaviz render: %s\n", st.message().c_str());
        return 1;
      }
    }
    char name[48];
    std::snprintf(name, sizeof name, "chapter-%02zu.png", i + 1);
    const auto path = dir / name;
    if (Status st = write_png(path, opt.width, opt.height, h->target.read_rgba()); !st) {
      std::fprintf(stderr, "dermaviz render: %s\n", st.message().c_str());
      return 1;
    }
    std::printf("wrote %s (%dx%d): %s\n", path.string().c_str(), opt.width, opt.height,
                c.title.c_str());
  }
  return 0;
}

int run_lessons() {
  auto data = find_data_dir();
  if (!data) {
    std::fprintf(stderr, "dermaviz lessons: %s\n", data.message().c_str());
    return 1;
  }
  std::vector<std::string> problems;
  const auto lessons = list_lessons(data.value() / "assets" / "lessons", &problems);
  for (const std::string& p : problems) std::fprintf(stderr, "dermaviz lessons: %s\n", p.c_str());
  for (const LessonEntry& e : lessons) {
    auto l = load_lesson_file(e.path);
    std::printf("%-24s %2zu chapters  %s\n", e.id.c_str(), l ? l->chapters.size() : 0u,
                e.title.c_str());
  }
  return problems.empty() ? 0 : 1;
}

int run_bench(const FrameOptions& opt, int frames) {
  auto h = start(opt);
  if (!h) {
    std::fprintf(stderr, "dermaviz bench: %s\n", h.message().c_str());
    return 1;
  }
  using clock = std::chrono::steady_clock;
  if (opt.play) h->work.document.set_playing(true);
  if (h->other && opt.play) h->other->set_playing(true);
  // Warm-up: shader compile, atlas upload.
  if (Status st = draw_frame(h.value(), opt, true); !st) {
    std::fprintf(stderr, "dermaviz bench: %s\n", st.message().c_str());
    return 1;
  }
  glFinish();
  // After the warm-up (which shows the blocks for --day): later changes are built as in the
  // window, on a worker thread.
  h->work.view.set_async_blocks(true);
  if (h->other) h->other_view->set_async_blocks(true);
  std::vector<double> ms;
  ms.reserve(static_cast<std::size_t>(frames));
  int redrawn = 0, light = 0;
  std::vector<double> switch_ms;  // frames of region changes (re-simulate, build, show, settle)
  bool in_change = false;
  const std::clock_t cpu0 = std::clock();
  for (int i = 0; i < frames; ++i) {
    if (opt.orbit) h->work.view.camera().orbit(0.02f, 0.0f);
    if (opt.orbit && h->other) h->other_view->camera().orbit(0.02f, 0.0f);
    const auto t0 = clock::now();
    const bool switching = opt.switch_region && i % 10 == 5;
    if (switching) {
      sim::Scenario sc = h->work.document.scenario();
      sc.region =
          sc.region == opt.scenario.region
              ? (opt.scenario.region == sim::Region::back ? sim::Region::cheek : sim::Region::back)
              : opt.scenario.region;
      h->work.document.set_scenario(sc);
    }
    if (Status st = draw_frame(h.value(), opt, false, opt.play ? 1.0 / 60.0 : 0.0); !st) {
      std::fprintf(stderr, "dermaviz bench: %s\n", st.message().c_str());
      return 1;
    }
    glFinish();  // count the rasteriser's work, not just command submission
    ms.push_back(std::chrono::duration<double, std::milli>(clock::now() - t0).count());
    if (h->work.view.block_redrawn()) ++redrawn;
    if (h->work.view.settling()) ++light;
    // A change lasts from the frame that makes it until the new block is built and settled.
    in_change = switching || in_change;
    if (in_change) switch_ms.push_back(ms.back());
    if (in_change && !h->work.view.building() && !h->work.view.settling()) in_change = false;
  }
  // CPU time of all threads (llvmpipe rasterises on several): steadier than wall time on a
  // shared machine.
  const double cpu_ms = 1000.0 * static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
  const FrameStats s = frame_stats(ms);
  std::printf("bench: %d frames at %dx%d, ui %s, %d samples, day %g, camera %s%s\n", frames,
              opt.width, opt.height, opt.show_ui ? "on" : "off", h->target.samples(), opt.day,
              opt.orbit ? "orbiting" : "still",
              opt.compare ? ", two documents side by side (compare)" : "");
  if (opt.play) {
    std::printf("timeline playing at 1x from day %g to day %g\n", opt.day,
                h->work.document.playback().day);
  }
  std::printf(
      "block redrawn in %d of %d frames, %d of them at moving detail (the rest composite the "
      "cached block)\n",
      redrawn, frames, light);
  if (!switch_ms.empty()) {
    const FrameStats r = frame_stats(switch_ms);
    std::printf(
        "region-change frames (%zu, from the change until the new block is shown in full): min "
        "%.2f  median %.2f  max %.2f ms\n",
        switch_ms.size(), r.min_ms, r.median_ms, r.max_ms);
  }
  std::printf("cpu ms per frame, all threads: %.2f\n", cpu_ms / frames);
  std::printf("frame ms: min %.2f  median %.2f  max %.2f\n", s.min_ms, s.median_ms, s.max_ms);
  return 0;
}

}  // namespace dv::app
