#include "ui/names.h"

#include "ui/strings.h"

namespace dv::ui {

const char* phase_text(sim::Phase p) {
  switch (p) {
    case sim::Phase::needling: return tr("phase.needling");
    case sim::Phase::haemostasis: return tr("phase.haemostasis");
    case sim::Phase::inflammation: return tr("phase.inflammation");
    case sim::Phase::proliferation: return tr("phase.proliferation");
    case sim::Phase::remodelling: return tr("phase.remodelling");
  }
  return tr("phase.needling");
}

const char* layer_text(sim::Layer l) {
  switch (l) {
    case sim::Layer::stratum_corneum: return tr("layer.stratum_corneum");
    case sim::Layer::viable_epidermis: return tr("layer.viable_epidermis");
    case sim::Layer::papillary_dermis: return tr("layer.papillary_dermis");
    case sim::Layer::reticular_dermis: return tr("layer.reticular_dermis");
    case sim::Layer::subcutis: return tr("layer.subcutis");
    case sim::Layer::beneath: return tr("layer.beneath");
  }
  return tr("layer.subcutis");
}

const char* stain_text(scene::Stain s) {
  return tr("stain." + std::string(scene::stain_name(s)));
}

const char* region_text(sim::Region r) {
  return tr("choice.region." + std::string(sim::key(r)));
}

const char* device_text(sim::Device d) {
  return tr("choice.device." + std::string(sim::key(d)));
}

}  // namespace dv::ui
