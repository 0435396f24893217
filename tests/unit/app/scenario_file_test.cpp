// Scenario JSON: defaults, every key, and the bad-input messages of issue 3 §6.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "app/scenario_file.h"
#include "sim/scenario_fields.h"

namespace dv::app {
namespace {

using sim::Scenario;

std::string error_of(std::string_view text) {
  const auto r = parse_scenario_json(text, "s.json");
  EXPECT_FALSE(r.ok()) << text;
  return r.ok() ? std::string() : r.message();
}

TEST(ScenarioFile, EmptyObjectIsTheDefaultScenario) {
  const auto r = parse_scenario_json("{}", "s.json");
  ASSERT_TRUE(r.ok()) << r.message();
  EXPECT_EQ(r.value(), Scenario{});
}

TEST(ScenarioFile, EveryKeyIsRead) {
  const auto r = parse_scenario_json(R"({"region": "upper_arm", "sex": "male", "age_years": 61.5,
    "fitzpatrick": 5, "device": "roller", "needle_depth_mm": 0.5, "passes": 8, "sessions": 3,
    "interval_weeks": 6, "follow_up_weeks": 12.5, "condition": "stretch_marks",
    "topical": "prp", "seed": 18446744073709551615})",
                                     "s.json");
  ASSERT_TRUE(r.ok()) << r.message();
  const Scenario& s = r.value();
  EXPECT_EQ(s.region, sim::Region::upper_arm);
  EXPECT_EQ(s.sex, sim::Sex::male);
  EXPECT_EQ(s.age_years, 61.5);
  EXPECT_EQ(s.fitzpatrick, 5);
  EXPECT_EQ(s.device, sim::Device::roller);
  EXPECT_EQ(s.needle_depth_mm, 0.5);
  EXPECT_EQ(s.passes, 8);
  EXPECT_EQ(s.sessions, 3);
  EXPECT_EQ(s.interval_weeks, 6.0);
  EXPECT_EQ(s.follow_up_weeks, 12.5);
  EXPECT_EQ(s.condition, sim::Condition::stretch_marks);
  EXPECT_EQ(s.topical, sim::Topical::prp);
  EXPECT_EQ(s.seed, 18446744073709551615ULL);
}

TEST(ScenarioFile, RoundTripsThroughJson) {
  Scenario s;
  s.region = sim::Region::hand_dorsum;
  s.needle_depth_mm = 0.35;
  s.age_years = 71.25;
  s.seed = 42;
  const std::string text = scenario_to_json(s);
  EXPECT_NE(text.find("\n  \"region\": \"hand_dorsum\",\n"), std::string::npos) << text;
  const auto r = parse_scenario_json(text, "s.json");
  ASSERT_TRUE(r.ok()) << r.message();
  EXPECT_EQ(r.value(), s);
  EXPECT_EQ(text.rfind("{\n  \"region\"", 0), 0u);
}

TEST(ScenarioFile, MalformedJsonReportsLineAndColumn) {
  const std::string m = error_of("{\n  \"passes\": 4,\n  \"sessions\": ]\n}");
  EXPECT_EQ(m.rfind("s.json:3:15: malformed JSON", 0), 0u) << m;
  const std::string eof = error_of("{\"passes\": 4");
  EXPECT_NE(eof.find("s.json:1:"), std::string::npos) << eof;
}

TEST(ScenarioFile, UnknownKeyIsNamedWithTheAllowedKeys) {
  const std::string m = error_of(R"({"needle_depht_mm": 1.0})");
  EXPECT_NE(m.find("unknown key \"needle_depht_mm\""), std::string::npos) << m;
  EXPECT_NE(m.find("needle_depth_mm"), std::string::npos) << m;
  EXPECT_NE(m.find("follow_up_weeks"), std::string::npos) << m;
}

TEST(ScenarioFile, OutOfRangeAndWrongTypes) {
  EXPECT_EQ(error_of(R"({"needle_depth_mm": 3.5})"),
            "s.json: needle_depth_mm: 3.5 is outside the allowed range 0.1\u20133.0");
  EXPECT_EQ(error_of(R"({"passes": 21})"),
            "s.json: passes: 21 is outside the allowed range 1\u201320");
  EXPECT_NE(error_of(R"({"sessions": 4.0})").find("sessions: 4.0 is not an integer"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"fitzpatrick": "3"})").find("fitzpatrick: \"3\" is not an integer"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"seed": -1})").find("seed: -1 is outside"), std::string::npos);
  EXPECT_NE(error_of(R"({"age_years": "old"})").find("age_years: \"old\" is not a number"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"age_years": 17})").find("18.0\u201390.0"), std::string::npos);
  const std::string reg = error_of(R"({"region": "elbow"})");
  EXPECT_NE(reg.find("region: \"elbow\" is not allowed"), std::string::npos) << reg;
  EXPECT_NE(reg.find("hand_dorsum"), std::string::npos) << reg;
  EXPECT_NE(error_of(R"({"device": 2})").find("device: 2 is not a string"), std::string::npos);
  EXPECT_NE(error_of("[1, 2]").find("must be a JSON object"), std::string::npos);
}

// Found by fuzzing (tests/fuzz/corpus/scenario/crash-*): numbers no double can hold used to
// escape as an uncaught nlohmann::out_of_range and abort the process.
TEST(ScenarioFile, NumbersTooLargeToReadNameTheKeyAndThePlace) {
  const std::string digits(5000, '9');
  const std::string m = error_of("{\"passes\": 4,\n \"seed\": " + digits + "}");
  EXPECT_EQ(
      m.rfind("s.json:2:10: seed: 99999999999999999999\u2026 (5000 characters) is too large", 0),
      0u)
      << m;
  EXPECT_LT(m.size(), 200u);  // the number is shortened
  EXPECT_EQ(error_of(R"({"needle_depth_mm": -1e400})"),
            "s.json:1:21: needle_depth_mm: -1e400 is too large a number to read; use a value in "
            "the allowed range");
  EXPECT_NE(error_of("[1e999]").find("s.json:1:2: number: 1e999 is too large"), std::string::npos);
  EXPECT_NE(error_of(R"([{"seed": 1}, 1e999])").find(": number: 1e999"), std::string::npos);
}

TEST(ScenarioFile, MissingAndUnreadableFiles) {
  namespace fs = std::filesystem;
  const fs::path dir =
      fs::temp_directory_path() /
      ("dv_scenario_test_" +
       std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
  fs::create_directories(dir);
  const auto missing = load_scenario_file(dir / "nope.json");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.message().find("nope.json: no such file"), std::string::npos);
  const auto directory = load_scenario_file(dir);
  ASSERT_FALSE(directory.ok());
  EXPECT_NE(directory.message().find("is a directory"), std::string::npos);
  { std::ofstream(dir / "ok.json") << R"({"sessions": 2})"; }
  const auto ok = load_scenario_file(dir / "ok.json");
  ASSERT_TRUE(ok.ok()) << ok.message();
  EXPECT_EQ(ok.value().sessions, 2);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace dv::app

namespace dv::app {
namespace {

TEST(ScenarioFields, OneTableDrivesReaderWriterAndRanges) {
  // Every field the writer puts out is in the table, in its order, and is read back.
  const std::string text = scenario_to_json(sim::Scenario{});
  std::size_t pos = 0;
  for (const sim::ScenarioField& f : sim::scenario_fields()) {
    std::string quoted(1, '"');
    quoted.append(f.key).push_back('"');
    const std::size_t at = text.find(quoted);
    ASSERT_NE(at, std::string::npos) << f.key;
    EXPECT_GT(at, pos) << f.key << " out of order";
    pos = at;
  }
  // Every numeric field's range is what the reader enforces: the ends pass, beyond fails.
  for (const sim::ScenarioField& f : sim::scenario_fields()) {
    if (f.kind != sim::FieldKind::real && f.kind != sim::FieldKind::integer) continue;
    const auto doc = [&](double v) {
      char buf[64];
      std::snprintf(buf, sizeof buf, f.kind == sim::FieldKind::real ? "%.6f" : "%.0f", v);
      std::string d = "{\"";
      d.append(f.key).append("\": ").append(buf).push_back('}');
      return d;
    };
    EXPECT_TRUE(parse_scenario_json(doc(f.min), "s").ok()) << f.key;
    EXPECT_TRUE(parse_scenario_json(doc(f.max), "s").ok()) << f.key;
    EXPECT_FALSE(parse_scenario_json(doc(f.max + 1), "s").ok()) << f.key;
    EXPECT_EQ(sim::clamp_to_field(f, f.max + 100), f.max) << f.key;
    EXPECT_EQ(sim::clamp_to_field(f, -1e9), f.min) << f.key;
  }
}

TEST(ScenarioFields, ClampedBringsGuiValuesIntoTheFileRanges) {
  // What a Ctrl+click on a slider could type: the values of issue 9's report.
  sim::Scenario s;
  s.needle_depth_mm = -1.0;
  s.passes = 0;
  s.age_years = 150.0;
  s.sessions = 99;
  EXPECT_FALSE(sim::in_range(s));
  const sim::Scenario c = sim::clamped(s);
  EXPECT_TRUE(sim::in_range(c));
  EXPECT_EQ(c.needle_depth_mm, sim::Limits::depth_min_mm);
  EXPECT_EQ(c.passes, sim::Limits::passes_min);
  EXPECT_EQ(c.age_years, sim::Limits::age_max);
  EXPECT_EQ(c.sessions, sim::Limits::sessions_max);
  s.needle_depth_mm = 20.0;
  EXPECT_EQ(sim::clamped(s).needle_depth_mm, sim::Limits::depth_max_mm);
  // Saved as it is clamped, the file reads back.
  EXPECT_TRUE(parse_scenario_json(scenario_to_json(sim::clamped(s)), "s").ok());
}

TEST(ScenarioFile, HugeNumberIsAnErrorNotAnException) {
  const auto r = parse_scenario_json("{\"seed\": " + std::string(5000, '9') + "}", "s.json");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.message().find("too large"), std::string::npos) << r.message();
  EXPECT_FALSE(parse_scenario_json(R"({"age_years": 1e999})", "s.json").ok());
}

}  // namespace
}  // namespace dv::app
