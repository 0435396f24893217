// The command line: the interactive app (no subcommand), render, bench and simulate.
#include "app/cli.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>
#include <sstream>

#include "app/document_file.h"
#include "app/headless.h"
#include "app/interactive.h"
#include "app/lesson_file.h"
#include "app/params_cmd.h"
#include "app/paths.h"
#include "app/scenario_file.h"
#include "app/simulate_cmd.h"
#include "scene/figure_options.h"
#include "scene/skin_block.h"
#include "sim/course.h"

namespace dv::app {
namespace {

constexpr const char* kHelpHint = "Run 'dermaviz --help' for usage.";

std::string joined_region_keys() {
  std::string out;
  for (sim::Region r : sim::kAllRegions) {
    if (!out.empty()) out += ", ";
    out += sim::key(r);
  }
  return out;
}

std::string all_structure_keys() {
  std::string out;
  for (std::size_t i = 0; i < scene::kStructureCount; ++i) {
    if (!out.empty()) out += ", ";
    out += scene::structure_key(static_cast<scene::Structure>(i));
  }
  return out;
}

// Options of render and bench, filled by CLI11 then turned into FrameOptions.
struct FrameArgs {
  std::string scenario_path, region, size = "1920x1080", view = "oblique", stain = "illustrated";
  std::vector<std::string> hide;
  bool no_ui = false, no_labels = false, legend = false, no_scale_bar = false, no_title = false;
  float cut = 0.0f;
  int samples = 4;
  double day = 0.0;
};

void add_frame_options(CLI::App* cmd, FrameArgs& a, bool full) {
  cmd->add_option("--scenario", a.scenario_path, "Scenario JSON file (default: built-in)");
  cmd->add_option("--region", a.region, "Body region: " + joined_region_keys());
  cmd->add_option("--size", a.size, "Image size WIDTHxHEIGHT, up to 3840x2160")
      ->capture_default_str();
  cmd->add_flag("--no-ui", a.no_ui, "Hide the menu bar and panels");
  cmd->add_option("--view", a.view, "Camera: oblique (three-quarter) or front (cut face)")
      ->capture_default_str();
  cmd->add_option("--samples", a.samples, "Anti-aliasing samples, 1-8")->capture_default_str();
  cmd->add_option("--day", a.day,
                  "Simulated day to show, fractions allowed (0.005 = 7 minutes: the needling)")
      ->capture_default_str();
  if (!full) return;
  cmd->add_flag("--no-labels", a.no_labels, "Hide the structure labels");
  cmd->add_flag("--legend", a.legend, "Show the colour legend");
  cmd->add_flag("--no-scale-bar", a.no_scale_bar, "Hide the scale bar");
  cmd->add_flag("--no-title", a.no_title, "Hide the title and subtitle");
  cmd->add_option("--hide", a.hide, "Structures to hide (comma-separated): " + all_structure_keys())
      ->delimiter(',');
  cmd->add_option("--stain", a.stain, "illustrated, he, trichrome or elastin")
      ->capture_default_str();
  cmd->add_option("--cut", a.cut, "Cut plane moved back into the block, 0-0.8")
      ->capture_default_str();
}

// Turns the shared options into FrameOptions; returns an error message naming the option.
Status to_frame_options(const FrameArgs& a, FrameOptions* o) {
  if (Status st = parse_size(a.size, &o->width, &o->height); !st) return st;
  if (!a.scenario_path.empty()) {
    auto s = load_document_file(a.scenario_path);  // a document, or an old scenario file
    if (!s) return Status::error(s.message());
    o->scenario = s->scenario;
  }
  if (!a.region.empty()) {
    auto r = sim::parse_region(a.region);
    if (!r)
      return Status::error("--region: '" + a.region +
                           "' is not a region; allowed: " + joined_region_keys());
    o->scenario.region = *r;
  }
  if (a.view != "oblique" && a.view != "front") {
    return Status::error("--view: '" + a.view + "' is not a view; allowed: oblique, front");
  }
  o->front_view = a.view == "front";
  o->show_ui = !a.no_ui;
  o->figure.labels = !a.no_labels;
  o->figure.legend = a.legend;
  o->figure.scale_bar = !a.no_scale_bar;
  o->figure.title = !a.no_title;
  if (!(a.cut >= scene::kCutFractionMin && a.cut <= scene::kCutFractionMax)) {
    char range[32];
    std::snprintf(range, sizeof range, "%g-%g", static_cast<double>(scene::kCutFractionMin),
                  static_cast<double>(scene::kCutFractionMax));
    return Status::error("--cut: " + std::to_string(a.cut) + " is outside the allowed range " +
                         range);
  }
  o->figure.cut_fraction = a.cut;
  auto stain = scene::parse_stain(a.stain);
  if (!stain)
    return Status::error("--stain: '" + a.stain +
                         "' is not a stain; allowed: " + scene::stain_keys());
  o->figure.stain = *stain;
  if (a.samples < 1 || a.samples > 8) {
    return Status::error("--samples: " + std::to_string(a.samples) +
                         " is outside the allowed range 1-8");
  }
  o->samples = a.samples;
  const double end_day = sim::simulate(o->scenario).end_day();
  if (!(a.day >= 0.0 && a.day <= end_day)) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "--day: %g is outside this course, 0-%g days", a.day, end_day);
    return Status::error(std::string(buf));
  }
  o->day = a.day;
  for (const std::string& h : a.hide) {
    bool found = false;
    for (std::size_t i = 0; i < scene::kStructureCount; ++i) {
      if (scene::structure_key(static_cast<scene::Structure>(i)) == h) {
        o->figure.visible[i] = false;
        found = true;
      }
    }
    if (!found)
      return Status::error("--hide: '" + h +
                           "' is not a structure; allowed: " + all_structure_keys());
  }
  return Status::ok();
}

int usage_error(const std::string& message) {
  std::fprintf(stderr, "dermaviz: error: %s\n%s\n", message.c_str(), kHelpHint);
  return 2;
}

}  // namespace

int run_cli(int argc, char** argv) {
  CLI::App app{
      "dermaviz: what microneedling does inside skin, in 3D, calibrated to published "
      "measurements.\nWith no command, opens the interactive window.",
      "dermaviz"};
  app.require_subcommand(0, 1);
  bool version = false;
  app.add_flag("--version", version, "Print the version and exit");
  FrameArgs main_args;
  app.add_option("--scenario", main_args.scenario_path, "Scenario JSON file (default: built-in)");
  app.add_option("--region", main_args.region, "Body region: " + joined_region_keys());

  FrameArgs render_args;
  std::string out_path;
  CLI::App* render = app.add_subcommand("render", "Render one frame to a PNG with no window");
  render->add_option("--out", out_path, "Output PNG file (with --lesson: a folder)")->required();
  std::string render_lesson;
  render->add_option("--lesson", render_lesson,
                     "Render every chapter of this lesson (built-in id or file) as slides, "
                     "DIR/chapter-01.png …; see 'dermaviz lessons'");
  bool projector = false;
  render->add_flag("--projector", projector,
                   "With --lesson: the projector colour scheme (light caption bar)");
  add_frame_options(render, render_args, true);
  CLI::App* lessons = app.add_subcommand("lessons", "List the built-in lessons (id, title)");

  FrameArgs bench_args;
  bench_args.size = "1280x720";
  int frames = 120;
  CLI::App* bench =
      app.add_subcommand("bench", "Time N offscreen frames with the full scene and UI");
  bench->add_option("--frames", frames, "Number of frames, 1-100000")->capture_default_str();
  bool orbit = false;
  bench->add_flag("--orbit", orbit, "Turn the camera every frame (worst case: no cached block)");
  bool play = false;
  bench->add_flag("--play", play, "Play the timeline (the treatment layer changes every frame)");
  bool switch_region = false;
  bench->add_flag("--switch-region", switch_region,
                  "Change the region every 10th frame (worst case: block rebuilt)");
  bool compare = false;
  bench->add_flag("--compare", compare,
                  "Two documents side by side (the region and back, or cheek and back)");
  add_frame_options(bench, bench_args, false);

  SimulateOptions sim_opts;
  std::string sim_scenario;
  CLI::App* simulate =
      app.add_subcommand("simulate", "Run the model and write one CSV row per day");
  simulate->add_option("--scenario", sim_scenario, "Scenario JSON file (default: built-in)");
  simulate->add_option("--csv", sim_opts.csv_out, "Output CSV file, or - for standard output")
      ->required();
  simulate->add_option("--ensemble", sim_opts.ensemble,
                       "Also write <column>_p10 and <column>_p90 from an ensemble of N members "
                       "(8-1024)");

  ParamsOptions params_opts;
  std::string update_doc;
  CLI::App* params = app.add_subcommand("params", "Print the model's parameter table (CSV)");
  params->add_flag("--markdown", params_opts.markdown, "Markdown instead of CSV");
  params->add_flag("--report", params_opts.report,
                   "Print the science.md §8 checks and the published-study table instead");
  params->add_option("--update-doc", update_doc,
                     "Rewrite the generated sections of this file (docs/MODEL.md)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    return usage_error(e.what());
  }
  if (version) {
    std::printf("dermaviz %s\n", DV_VERSION);
    auto data = find_data_dir();
    std::printf("data: %s\n", data ? data.value().string().c_str() : data.message().c_str());
    return 0;
  }

  if (*params) {
    if (!update_doc.empty()) params_opts.update_doc = update_doc;
    return run_params(params_opts, std::cout, std::cerr);
  }
  if (*simulate) {
    if (!sim_scenario.empty()) sim_opts.scenario = sim_scenario;
    if (simulate->count("--ensemble") > 0) {
      if (auto e = ensemble_members_error(sim_opts.ensemble); !e.empty()) return usage_error(e);
    }
    return run_simulate(sim_opts, std::cout, std::cerr);
  }
  if (*lessons) return run_lessons();
  if (*render && !render_lesson.empty()) {
    FrameOptions fo;
    if (Status st = parse_size(render_args.size, &fo.width, &fo.height); !st)
      return usage_error(st.message());
    if (render_args.samples < 1 || render_args.samples > 8) {
      return usage_error("--samples: " + std::to_string(render_args.samples) +
                         " is outside the allowed range 1-8");
    }
    fo.samples = render_args.samples;
    fo.projector = projector;
    // A lesson that does not exist or does not read is a usage error, found before a display
    // is needed.
    if (auto data = find_data_dir()) {
      auto l = find_lesson(data.value() / "assets" / "lessons", render_lesson);
      if (!l && !find_lesson(user_lessons_dir(), render_lesson))
        return usage_error("--lesson: " + l.message());
    }
    return run_render_lesson(fo, render_lesson, out_path);
  }
  if (*render || *bench) {
    FrameOptions fo;
    if (Status st = to_frame_options(*render ? render_args : bench_args, &fo); !st)
      return usage_error(st.message());
    if (*render) return run_render(fo, out_path);
    if (frames < 1 || frames > 100000) {
      return usage_error("--frames: " + std::to_string(frames) +
                         " is outside the allowed range 1-100000");
    }
    fo.orbit = orbit;
    fo.play = play;
    fo.switch_region = switch_region;
    fo.compare = compare;
    return run_bench(fo, frames);
  }
  FrameOptions fo;
  if (Status st = to_frame_options(main_args, &fo); !st) return usage_error(st.message());
  return run_interactive(fo.scenario,
                         !main_args.scenario_path.empty() || !main_args.region.empty());
}

}  // namespace dv::app
