#include "app/handout_pictures.h"

#include "app/figure_view.h"
#include "doc/document.h"
#include "render/offscreen.h"

namespace dv::app {

Status render_skin_pictures(const std::filesystem::path& shader_dir, const sim::Scenario& scenario,
                            std::vector<SkinPicture>& pictures) {
  // A plain figure: the labels use histology names and ImGui; the sheet captions each picture.
  scene::FigureOptions figure;
  figure.labels = false;
  figure.legend = false;
  figure.scale_bar = false;
  figure.title = false;
  // Blood in a soft tone, as the patient view can show it: the caption says what it is.
  figure.soft_blood = true;
  doc::Document document(scenario, figure);
  auto view = FigureView::create(shader_dir);
  if (!view) return Status::error(view.message());
  auto target = render::OffscreenTarget::create(kHandoutPictureW, kHandoutPictureH, 4);
  if (!target) return Status::error(target.message());
  const PixelRect rect{0, 0, kHandoutPictureW, kHandoutPictureH};
  bool placed = false;
  for (SkinPicture& p : pictures) {
    document.seek(p.day);
    view->update(document);
    if (!placed) {
      view->front_view(static_cast<float>(kHandoutPictureW) / kHandoutPictureH);
      placed = true;
    }
    clear_around(target.value(), {rect}, true);
    if (Status st = view->draw(target.value(), rect); !st) return st;
    p.width = kHandoutPictureW;
    p.height = kHandoutPictureH;
    p.rgba = target->read_rgba();
  }
  return Status::ok();
}

}  // namespace dv::app
