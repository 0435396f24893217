// scenario.h: the patient and the treatment protocol, the input of one simulated course.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>

namespace dv::sim {

/// Body region whose skin is treated.
enum class Region {
  forehead,
  temple,
  periorbital,
  nose,
  cheek,
  perioral,
  chin,
  neck,
  decollete,
  back,
  abdomen,
  upper_arm,
  thigh,
  hand_dorsum,
  zygoma  ///< malar eminence (cheekbone); "cheek" is the buccal, acne-scar cheek
};
/// Biological sex, for layer thickness.
enum class Sex { female, male };
/// Microneedling device: a rolling drum, a motorised stamping pen, or a manual stamp.
enum class Device { roller, pen, stamp };
/// Skin condition being treated (some are contraindications).
enum class Condition {
  none,
  fine_lines,
  wrinkles,
  atrophic_acne_scars,
  hypertrophic_scar,
  enlarged_pores,
  stretch_marks,
  active_acne,
  rosacea,
  eczema
};
/// Topical product applied with the treatment.
enum class Topical { none, hyaluronic_serum, vitamin_c, prp };

/// One treatment course. Defaults form the built-in default scenario (issue 3 §1).
struct Scenario {
  Region region = Region::cheek;          ///< treated region
  Sex sex = Sex::female;                  ///< patient's sex
  double age_years = 40.0;                ///< patient's age, years (18–90)
  int fitzpatrick = 3;                    ///< Fitzpatrick skin type (1–6)
  Device device = Device::pen;            ///< device used
  double needle_depth_mm = 1.5;           ///< nominal needle length (set depth), mm (0.1–3.0)
  int passes = 4;                         ///< passes over the area per session (1–20)
  int sessions = 4;                       ///< number of sessions (1–12)
  double interval_weeks = 4.0;            ///< weeks between sessions (1–12)
  double follow_up_weeks = 26.0;          ///< weeks simulated after the last session (0–104)
  Condition condition = Condition::none;  ///< condition treated
  Topical topical = Topical::none;        ///< topical product
  std::uint32_t checks = 0;  ///< contraindication checklist, bit i = kAllChecks[i] ticked
  std::uint64_t seed = 1;    ///< seed of the model's random generator

  bool operator==(const Scenario&) const = default;
};

/// Allowed ranges of the numeric scenario fields (issue 3 §1), one place for parser and UI.
struct Limits {
  static constexpr double age_min = 18, age_max = 90;                          ///< years
  static constexpr int fitzpatrick_min = 1, fitzpatrick_max = 6;               ///< type
  static constexpr double depth_min_mm = 0.1, depth_max_mm = 3.0;              ///< mm
  static constexpr int passes_min = 1, passes_max = 20;                        ///< count
  static constexpr int sessions_min = 1, sessions_max = 12;                    ///< count
  static constexpr double interval_min_weeks = 1, interval_max_weeks = 12;     ///< weeks
  static constexpr double follow_up_min_weeks = 0, follow_up_max_weeks = 104;  ///< weeks
};

/// Every value of each enum, in declaration order (for parsers, menus and tests).
inline constexpr std::array kAllRegions = {
    Region::forehead, Region::temple,    Region::periorbital, Region::nose,        Region::cheek,
    Region::perioral, Region::chin,      Region::neck,        Region::decollete,   Region::back,
    Region::abdomen,  Region::upper_arm, Region::thigh,       Region::hand_dorsum, Region::zygoma};
inline constexpr std::array kAllSexes = {Sex::female, Sex::male};
inline constexpr std::array kAllDevices = {Device::roller, Device::pen, Device::stamp};
inline constexpr std::array kAllConditions = {Condition::none,
                                              Condition::fine_lines,
                                              Condition::wrinkles,
                                              Condition::atrophic_acne_scars,
                                              Condition::hypertrophic_scar,
                                              Condition::enlarged_pores,
                                              Condition::stretch_marks,
                                              Condition::active_acne,
                                              Condition::rosacea,
                                              Condition::eczema};
inline constexpr std::array kAllTopicals = {Topical::none, Topical::hyaluronic_serum,
                                            Topical::vitamin_c, Topical::prp};

/// Passes a practitioner usually makes per session with device `d`: a roller is rolled many
/// more times than a pen passes (roller: "15 passes ≈ 250 holes/cm²", F-L; pen and stamp 2–4
/// cross-hatched passes, R/U).
int default_passes(Device d);
/// Usual range of passes with device `d` (low, high).
std::pair<int, int> usual_passes(Device d);

/// Scenario-file key of a value ("upper_arm"); stable, used in JSON and on the command line.
std::string_view key(Region r);
std::string_view key(Sex s);
std::string_view key(Device d);
std::string_view key(Condition c);
std::string_view key(Topical t);

/// Plain-words name for people ("Upper arm", "Motorised pen").
std::string_view display_name(Region r);
std::string_view display_name(Device d);
std::string_view display_name(Condition c);
std::string_view display_name(Topical t);

/// Parse a key back; nullopt when unknown.
std::optional<Region> parse_region(std::string_view s);
std::optional<Sex> parse_sex(std::string_view s);
std::optional<Device> parse_device(std::string_view s);
std::optional<Condition> parse_condition(std::string_view s);
std::optional<Topical> parse_topical(std::string_view s);

}  // namespace dv::sim
