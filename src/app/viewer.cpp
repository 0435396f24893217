#include "app/viewer.h"

#include <glad/gl.h>
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "scene/skin_block.h"
#include "sim/skin.h"
#include "ui/overlay.h"
#include "ui/panels.h"

namespace dv::app {

std::string figure_title(const sim::Scenario& s) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "%s \xC2\xB7 %s, %d years",
                std::string(sim::display_name(s.region)).c_str(),
                s.sex == sim::Sex::female ? "female" : "male", static_cast<int>(s.age_years));
  return buf;
}

Result<Viewer> Viewer::create(const std::filesystem::path& data_dir, const sim::Scenario& scenario,
                              const ui::FigureOptions& figure) {
  auto renderer = render::SceneRenderer::create(data_dir / "shaders");
  if (!renderer) return Result<Viewer>::error(renderer.message());
  Viewer v;
  v.renderer_ = std::move(renderer.value());
  v.scenario_ = scenario;
  v.figure_ = figure;
  v.rebuild();
  v.reset_camera();
  return v;
}

void Viewer::rebuild() {
  const sim::SkinLayers skin =
      sim::skin_layers(scenario_.region, scenario_.sex, scenario_.age_years);
  scene::BlockOptions opt;
  opt.cut_fraction = figure_.cut_fraction;
  opt.stain = figure_.stain;
  opt.seed = static_cast<std::uint32_t>(scenario_.seed);
  scene_ = scene::build_skin_block(skin, opt);
  renderer_.upload(scene_);
}

void Viewer::set_scenario(const sim::Scenario& s) {
  const bool anatomy = s.region != scenario_.region || s.sex != scenario_.sex ||
                       s.age_years != scenario_.age_years || s.seed != scenario_.seed;
  scenario_ = s;
  if (anatomy) rebuild();
}

void Viewer::set_figure(const ui::FigureOptions& f) {
  const bool geometry = f.cut_fraction != figure_.cut_fraction || f.stain != figure_.stain;
  figure_ = f;
  if (geometry) rebuild();
}

void Viewer::reset_camera() { camera_ = scene::default_camera(scene_.block_min, scene_.block_max); }

void Viewer::front_view(float aspect) {
  camera_ = scene::front_camera(scene_.block_min, scene_.block_max, aspect);
}

void Viewer::apply(const ui::Commands& c, float aspect) {
  if (c.scenario) set_scenario(*c.scenario);
  if (c.figure) set_figure(*c.figure);
  if (c.reset_camera) reset_camera();
  if (c.front_view) front_view(aspect);
}

ui::Commands Viewer::build_ui(int width, int height, const ui::Fonts& fonts,
                              ui::PanelFlags& flags, const std::string& version) {
  ui::Commands out;
  ImGui::PushFont(fonts.body);
  const float menu_h = ui::menu_bar(scenario_, figure_, flags, out);
  const float panel_w = ui::figure_panel(scenario_, figure_, flags, menu_h, out);
  ui::help_window(flags);
  ui::about_window(flags, version);
  ImGui::PopFont();

  ui::OverlayOptions o;
  o.labels = figure_.labels;
  o.legend = figure_.legend;
  o.scale_bar = figure_.scale_bar;
  o.visible = figure_.visible;
  if (figure_.title) o.title = figure_title(scenario_);
  const sim::SkinLayers s = sim::skin_layers(scenario_.region, scenario_.sex, scenario_.age_years);
  char sub[160];
  std::snprintf(sub, sizeof sub, "Epidermis %.0f \xC2\xB5m \xC2\xB7 dermis %.2f mm \xC2\xB7 untreated",
                s.epidermis_um(), s.dermis_um() / 1000.0);
  if (figure_.title) o.subtitle = sub;
  o.top_margin_px = menu_h;
  // The 3D view takes the area left of the side panel; the overlay projects with the same size.
  view_width_ = std::max(1, width - static_cast<int>(panel_w));
  ui::draw_overlay(scene_, camera_, view_width_, height, o, fonts);
  return out;
}

void Viewer::draw_3d(int fb_height, float fb_scale) {
  const int fb_width = std::max(1, static_cast<int>(static_cast<float>(view_width_) * fb_scale));
  glViewport(0, 0, fb_width, fb_height);
  renderer_.draw(camera_, fb_width, fb_height, figure_.visible);
}

}  // namespace dv::app
