// The checklist (issue 11 §3) is part of the scenario: a saved scenario keeps it.
#include <gtest/gtest.h>

#include "app/scenario_file.h"
#include "sim/contraindications.h"

namespace dv::app {
namespace {

TEST(ScenarioChecks, SavedAndReadBack) {
  sim::Scenario s;
  s = sim::with_check(s, sim::Check::pregnancy, true);
  s = sim::with_check(s, sim::Check::pih_history, true);
  const std::string text = scenario_to_json(s);
  EXPECT_NE(text.find(R"("checks": ["pregnancy","pih_history"])"), std::string::npos) << text;
  const auto back = parse_scenario_json(text, "s");
  ASSERT_TRUE(back.ok()) << back.message();
  EXPECT_EQ(back.value(), s);
  EXPECT_NE(scenario_to_json(sim::Scenario{}).find(R"("checks": [])"), std::string::npos);
}

TEST(ScenarioChecks, BadItemsNamed) {
  const auto unknown = parse_scenario_json(R"({"checks": ["pregnant"]})", "f.json");
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.message().find("f.json: checks: \"pregnant\" is not allowed"),
            std::string::npos)
      << unknown.message();
  EXPECT_NE(unknown.message().find("pregnancy"), std::string::npos);
  const auto not_list = parse_scenario_json(R"({"checks": "pregnancy"})", "f.json");
  ASSERT_FALSE(not_list.ok());
  EXPECT_NE(not_list.message().find("is not a list"), std::string::npos);
}

}  // namespace
}  // namespace dv::app
