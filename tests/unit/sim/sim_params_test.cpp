// Issue 8 §1: one machine-readable parameter table; every row in range, named once, readable.
#include <algorithm>
#include <set>

#include <gtest/gtest.h>

#include "sim/param_table.h"
#include "sim/scenario.h"
#include "sim/text_format.h"

namespace dv::sim {
namespace {

TEST(SimParams, EveryRowHasARangeAroundItsValueAndASource) {
  const ModelParams& p = central_params();
  std::set<std::string> names;
  for (const ParamRow& r : param_table()) {
    EXPECT_TRUE(names.insert(r.name).second) << "duplicate " << r.name;
    const double v = param_value(r, p);
    EXPECT_LE(r.low, v + 1e-12) << r.name;
    EXPECT_GE(r.high, v - 1e-12) << r.name;
    EXPECT_FALSE(r.source.empty()) << r.name;
    EXPECT_FALSE(r.unit.empty()) << r.name;
    EXPECT_TRUE(r.basis == "measured" || r.basis == "derived" || r.basis == "fitted" ||
                r.basis == "assumed")
        << r.name << " " << r.basis;
  }
  for (Region reg : kAllRegions) {
    EXPECT_TRUE(names.count("skin." + std::string(key(reg)) + ".total_mm")) << key(reg);
  }
  EXPECT_TRUE(names.count("pen_fraction"));
  EXPECT_TRUE(names.count("roller_fraction"));
}

TEST(SimParams, RowsReachTheirField) {
  ModelParams p;
  for (const ParamRow& r : param_table()) {
    double& v = r.ref(p);
    const double before = v;
    v = before + 1.0;
    EXPECT_EQ(param_value(r, p), before + 1.0) << r.name;
    v = before;
  }
}

TEST(SimParams, MarkdownAndCsvHaveOneLinePerRow) {
  const std::string md = params_markdown(central_params());
  const std::string csv = params_csv(central_params());
  const auto lines = [](const std::string& s) {
    return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n'));
  };
  EXPECT_EQ(lines(md), param_table().size() + 2);
  EXPECT_EQ(lines(csv), param_table().size() + 1);
}

TEST(SimText, FormatFillsPlaceholdersAndLooksUpNamedTexts) {
  TextMap texts{{"structure.frontalis", "the frontalis muscle"}};
  EXPECT_EQ(format_template("into {structure} at {depth_mm} mm",
                            {{"structure", "frontalis"}, {"depth_mm", "2.44"}}, &texts),
            "into the frontalis muscle at 2.44 mm");
  EXPECT_EQ(format_template("{missing} stays", {}), "{missing} stays");
  EXPECT_EQ(format_template("no braces", {{"a", "b"}}), "no braces");
}

}  // namespace
}  // namespace dv::sim
