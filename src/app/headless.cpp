#include "app/headless.h"

#include <glad/gl.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <string_view>

#include "app/gl_window.h"
#include "app/imgui_layer.h"
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
};

Result<Headless> start(const FrameOptions& opt) {
  auto data = find_data_dir();
  if (!data) return Result<Headless>::error(data.message());
  auto window = GlWindow::create(64, 64, "dermaviz (offscreen)", false);
  if (!window) return Result<Headless>::error(window.message());
  // Fonts follow the image size so labels read the same at 1080p and at 4K.
  const float scale = std::clamp(static_cast<float>(opt.height) / 1000.0f, 0.6f, 2.2f);
  // The workspace first: it makes the strings current, and the fonts take their glyphs from them.
  auto work = open_workspace(data.value(), opt.scenario, opt.figure, opt.language);
  if (!work) return Result<Headless>::error(work.message());
  auto imgui = ImGuiLayer::create(nullptr, scale);
  if (!imgui) return Result<Headless>::error(imgui.message());
  auto target = render::OffscreenTarget::create(opt.width, opt.height, opt.samples);
  if (!target) return Result<Headless>::error(target.message());
  work->document.seek(opt.day);
  work->flags.show_panels = opt.show_ui;
  work->mode = opt.mode;
  work->flags.patient_tab = opt.patient_tab;
  if (opt.show_ui) {
    // The picture shows the band: offscreen frames wait for it (a window never does).
    work->document.set_ensemble_members(sim::kEnsembleDefaultMembers);
    work->document.wait_background();
  }
  return Headless{std::move(window.value()), std::move(imgui.value()), std::move(work.value()),
                  std::move(target.value())};
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
  Status st = draw_views(h.work, s, h.target, 1.0f, h.imgui.fonts());
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

int run_bench(const FrameOptions& opt, int frames) {
  auto h = start(opt);
  if (!h) {
    std::fprintf(stderr, "dermaviz bench: %s\n", h.message().c_str());
    return 1;
  }
  using clock = std::chrono::steady_clock;
  if (opt.play) h->work.document.set_playing(true);
  // Warm-up: shader compile, atlas upload.
  if (Status st = draw_frame(h.value(), opt, true); !st) {
    std::fprintf(stderr, "dermaviz bench: %s\n", st.message().c_str());
    return 1;
  }
  glFinish();
  std::vector<double> ms;
  ms.reserve(static_cast<std::size_t>(frames));
  int redrawn = 0;
  for (int i = 0; i < frames; ++i) {
    if (opt.orbit) h->work.view.camera().orbit(0.02f, 0.0f);
    const auto t0 = clock::now();
    if (!draw_frame(h.value(), opt, false, opt.play ? 1.0 / 60.0 : 0.0)) return 1;  // as warm-up
    glFinish();  // count the rasteriser's work, not just command submission
    ms.push_back(std::chrono::duration<double, std::milli>(clock::now() - t0).count());
    if (h->work.view.block_redrawn()) ++redrawn;
  }
  const FrameStats s = frame_stats(ms);
  std::printf("bench: %d frames at %dx%d, ui %s, %d samples, day %g, camera %s\n", frames,
              opt.width, opt.height, opt.show_ui ? "on" : "off", h->target.samples(), opt.day,
              opt.orbit ? "orbiting" : "still");
  if (opt.play) {
    std::printf("timeline playing at 1x from day %g to day %g\n", opt.day,
                h->work.document.playback().day);
  }
  std::printf("block redrawn in %d of %d frames (the rest composite the cached block)\n", redrawn,
              frames);
  std::printf("frame ms: min %.2f  median %.2f  max %.2f\n", s.min_ms, s.median_ms, s.max_ms);
  return 0;
}

}  // namespace dv::app
