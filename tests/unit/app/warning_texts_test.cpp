// assets/text/en/warnings.json: every warning the model makes has words, every placeholder is
// filled, and the wording rules of issue 7 hold.
#include <filesystem>

#include <gtest/gtest.h>

#include "app/warning_texts.h"
#include "sim/course.h"

namespace dv::app {
namespace {

const sim::TextMap& texts() {
  static const sim::TextMap t = [] {
    auto r = load_warning_texts(std::filesystem::path(DV_SOURCE_DIR) / "assets" / "text" / "en" /
                                "warnings.json");
    EXPECT_TRUE(r.ok()) << r.message();
    return r.ok() ? r.value() : sim::TextMap{};
  }();
  return t;
}

TEST(WarningTexts, MissingKeyIsAnErrorNamingFileAndKey) {
  const auto r = parse_warning_texts(R"({"severity.note": "Note"})", "w.json");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.message().find("w.json"), std::string::npos);
  EXPECT_NE(r.message().find("warning."), std::string::npos);
  EXPECT_FALSE(parse_warning_texts(R"({"a": 3})", "w.json").ok());
  EXPECT_FALSE(parse_warning_texts("[", "w.json").ok());
}

TEST(WarningTexts, EveryWarningOfManyScenariosReadsWell) {
  for (sim::Region r : sim::kAllRegions) {
    for (double mm : {0.25, 1.5, 3.0}) {
      for (double weeks : {1.0, 4.0}) {
        sim::Scenario sc;
        sc.region = r;
        sc.needle_depth_mm = mm;
        sc.interval_weeks = weeks;
        sc.age_years = 70;
        sc.fitzpatrick = 6;
        sc.topical = sim::Topical::vitamin_c;
        sc.condition = sim::Condition::eczema;
        const sim::Course c = sim::simulate(sc);
        for (const sim::Warning& w : c.warnings()) {
          const std::string t = warning_text(w, texts());
          EXPECT_EQ(t.find('{'), std::string::npos) << w.id << ": " << t;
          EXPECT_EQ(t.find("1 weeks"), std::string::npos) << t;
          EXPECT_EQ(t.find("the Around"), std::string::npos) << t;
          EXPECT_EQ(t.find("for the Around"), std::string::npos) << t;
          EXPECT_NE(t.rfind("warning.", 0), 0u) << t;
        }
      }
    }
  }
}

}  // namespace
}  // namespace dv::app
