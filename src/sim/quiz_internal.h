// quiz_internal.h: what the quiz templates share (the seeded draws, text references, running
// the model); not part of the sim's public interface.
#pragma once

#include <cstdint>
#include <cstdio>
#include <span>
#include <string>
#include <vector>

#include "sim/course.h"
#include "sim/needling.h"
#include "sim/quiz.h"
#include "sim/skin.h"

namespace dv::sim::quiz {

/// Seeded draws (splitmix64): the same seed gives the same question.
struct Rng {
  std::uint64_t state;  ///< generator state
  /// Uniform in [0, 1).
  double uniform() { return static_cast<double>(splitmix64(state) >> 11) * 0x1.0p-53; }
  /// Whole number in [lo, hi].
  int integer(int lo, int hi) {
    return lo + static_cast<int>(uniform() * static_cast<double>(hi - lo + 1));
  }
  /// One element of `v`.
  template <typename T>
  T pick(std::span<const T> v) {
    return v[static_cast<std::size_t>(integer(0, static_cast<int>(v.size()) - 1))];
  }
};

/// `v` printed with printf format `f`.
inline std::string fmt(double v, const char* f = "%.2f") {
  char buf[32];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}

/// Face regions (where needle depth questions matter most) and every region.
inline constexpr std::array kFaceRegions = {Region::forehead, Region::temple, Region::periorbital,
                                            Region::nose,     Region::cheek,  Region::perioral,
                                            Region::chin,     Region::zygoma, Region::neck};
/// Needle settings offered in questions, mm.
inline constexpr std::array kDepths = {0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.5};
/// The devices a clinic uses (the home roller's needles stop at 0.5 mm; the questions that
/// compare devices at one needle length leave it out).
inline constexpr std::array kClinicDevices = {Device::roller, Device::pen, Device::stamp};

/// A question with its id, topic and seed set.
QuizQuestion start(std::string_view id, QuizTopic topic, std::uint64_t seed);
/// A random patient (region from `regions`, sex, age 25–70, Fitzpatrick 1–4) with a random
/// device and depth from kDepths, the device's usual passes, `sessions` sessions 4 weeks apart
/// and `follow_up_weeks` of follow-up.
Scenario random_scenario(Rng& r, std::span<const Region> regions, int sessions,
                         double follow_up_weeks);
/// `s` with a pen at the region's deepest usual setting: the calm picture for questions about
/// the skin itself (thickness, what lies beneath), with no depth warning in the way.
Scenario usual_setting(Scenario s);
/// The course of `s` without spatial fields (what a question needs; faster).
Course run(const Scenario& s);
/// Day 90 after the last session (clamped), d.
int three_months_after(const Course& c);
/// Arguments naming a scenario's protocol: device, depth_mm, region, passes, sessions, interval.
std::vector<std::pair<std::string, std::string>> protocol_args(const Scenario& s);
/// The question's setting text arguments plus more.
std::vector<std::pair<std::string, std::string>> with(
    std::vector<std::pair<std::string, std::string>> a,
    std::vector<std::pair<std::string, std::string>> more);
/// Layer choices (viable epidermis … beneath) and the index of `l` among them.
std::vector<TextRef> layer_choices();
/// Index of layer `l` in layer_choices().
int layer_choice_index(Layer l);
/// Strings id of a layer ("layer.papillary_dermis").
std::string layer_id(Layer l);
/// "A / B / about the same" choices.
std::vector<TextRef> ab_same_choices();

// Each topic's templates (quiz_anatomy.cpp, quiz_bleeding.cpp, ...).
std::vector<QuizTemplate> anatomy_templates();
std::vector<QuizTemplate> bleeding_templates();
std::vector<QuizTemplate> timeline_templates();
std::vector<QuizTemplate> protocol_templates();
std::vector<QuizTemplate> patient_templates();

}  // namespace dv::sim::quiz
