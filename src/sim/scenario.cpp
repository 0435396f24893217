#include "sim/scenario.h"

namespace dv::sim {
namespace {

template <typename E, std::size_t N>
std::optional<E> parse_key(std::string_view s, const std::array<E, N>& all) {
  for (E e : all) {
    if (key(e) == s) return e;
  }
  return std::nullopt;
}

}  // namespace

std::string_view key(Region r) {
  switch (r) {
    case Region::forehead: return "forehead";
    case Region::temple: return "temple";
    case Region::periorbital: return "periorbital";
    case Region::nose: return "nose";
    case Region::cheek: return "cheek";
    case Region::perioral: return "perioral";
    case Region::chin: return "chin";
    case Region::neck: return "neck";
    case Region::decollete: return "decollete";
    case Region::back: return "back";
    case Region::abdomen: return "abdomen";
    case Region::upper_arm: return "upper_arm";
    case Region::thigh: return "thigh";
    case Region::hand_dorsum: return "hand_dorsum";
    case Region::zygoma: return "zygoma";
  }
  return "?";
}
std::string_view key(Sex s) {
  return s == Sex::female ? "female" : "male";
}
std::string_view key(Device d) {
  switch (d) {
    case Device::roller: return "roller";
    case Device::pen: return "pen";
    case Device::stamp: return "stamp";
    case Device::home_roller: return "home_roller";
  }
  return "?";
}
std::string_view key(Condition c) {
  switch (c) {
    case Condition::none: return "none";
    case Condition::fine_lines: return "fine_lines";
    case Condition::wrinkles: return "wrinkles";
    case Condition::atrophic_acne_scars: return "atrophic_acne_scars";
    case Condition::hypertrophic_scar: return "hypertrophic_scar";
    case Condition::enlarged_pores: return "enlarged_pores";
    case Condition::stretch_marks: return "stretch_marks";
    case Condition::active_acne: return "active_acne";
    case Condition::rosacea: return "rosacea";
    case Condition::eczema: return "eczema";
  }
  return "?";
}
std::string_view key(Topical t) {
  switch (t) {
    case Topical::none: return "none";
    case Topical::hyaluronic_serum: return "hyaluronic_serum";
    case Topical::vitamin_c: return "vitamin_c";
    case Topical::prp: return "prp";
    case Topical::growth_factor_serum: return "growth_factor_serum";
    case Topical::peptide_serum: return "peptide_serum";
  }
  return "?";
}

std::string_view key(Anaesthetic a) {
  switch (a) {
    case Anaesthetic::none: return "none";
    case Anaesthetic::topical: return "topical";
  }
  return "?";
}

std::string_view display_name(Region r) {
  switch (r) {
    case Region::forehead: return "Forehead";
    case Region::temple: return "Temple";
    case Region::periorbital: return "Around the eyes";
    case Region::nose: return "Nose";
    case Region::cheek: return "Cheek";
    case Region::perioral: return "Around the mouth";
    case Region::chin: return "Chin";
    case Region::neck: return "Neck";
    case Region::decollete: return "Decollete (upper chest)";
    case Region::back: return "Back";
    case Region::abdomen: return "Abdomen";
    case Region::upper_arm: return "Upper arm";
    case Region::thigh: return "Thigh";
    case Region::hand_dorsum: return "Back of the hand";
    case Region::zygoma: return "Cheekbone (zygoma)";
  }
  return "?";
}
std::string_view display_name(Device d) {
  switch (d) {
    case Device::roller: return "Roller";
    case Device::pen: return "Motorised pen";
    case Device::stamp: return "Stamp";
    case Device::home_roller: return "Home roller";
  }
  return "?";
}
std::string_view display_name(Condition c) {
  switch (c) {
    case Condition::none: return "None (rejuvenation)";
    case Condition::fine_lines: return "Fine lines";
    case Condition::wrinkles: return "Wrinkles";
    case Condition::atrophic_acne_scars: return "Atrophic acne scars";
    case Condition::hypertrophic_scar: return "Hypertrophic scar";
    case Condition::enlarged_pores: return "Enlarged pores";
    case Condition::stretch_marks: return "Stretch marks";
    case Condition::active_acne: return "Active acne";
    case Condition::rosacea: return "Rosacea";
    case Condition::eczema: return "Eczema";
  }
  return "?";
}
std::string_view display_name(Topical t) {
  switch (t) {
    case Topical::none: return "None";
    case Topical::hyaluronic_serum: return "Hyaluronic serum";
    case Topical::vitamin_c: return "Vitamin C";
    case Topical::prp: return "Platelet-rich plasma";
    case Topical::growth_factor_serum: return "Growth-factor serum";
    case Topical::peptide_serum: return "Peptide serum";
  }
  return "?";
}

int default_passes(Device d) {
  return is_roller(d) ? 15 : 4;
}
std::pair<int, int> usual_passes(Device d) {
  return is_roller(d) ? std::pair{10, 20} : std::pair{2, 6};
}
double max_needle_depth_mm(Device d) {
  return d == Device::home_roller ? kHomeRollerMaxDepth_mm : Limits::depth_max_mm;
}

std::optional<Region> parse_region(std::string_view s) {
  return parse_key(s, kAllRegions);
}
std::optional<Sex> parse_sex(std::string_view s) {
  return parse_key(s, kAllSexes);
}
std::optional<Device> parse_device(std::string_view s) {
  return parse_key(s, kAllDevices);
}
std::optional<Condition> parse_condition(std::string_view s) {
  return parse_key(s, kAllConditions);
}
std::optional<Topical> parse_topical(std::string_view s) {
  return parse_key(s, kAllTopicals);
}
std::optional<Anaesthetic> parse_anaesthetic(std::string_view s) {
  return parse_key(s, kAllAnaesthetics);
}

}  // namespace dv::sim
