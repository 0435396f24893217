// Every science.md §8 statement, with the tolerance the evidence allows, and the dose–response
// statements (§8.11): computed by sim/report.cpp (the same numbers docs/MODEL.md shows).
#include <gtest/gtest.h>

#include "sim/report.h"

namespace dv::sim {
namespace {

const std::vector<ScienceCheck>& checks() {
  static const std::vector<ScienceCheck> c = science_checks();
  return c;
}

// One test per §8 statement group (8.1 … 8.16), each asserting every check of that group.
class Section8 : public ::testing::TestWithParam<int> {};

TEST_P(Section8, Holds) {
  const std::string sec = "8." + std::to_string(GetParam());
  int n = 0;
  for (const ScienceCheck& c : checks()) {
    if (c.section != sec) continue;
    ++n;
    EXPECT_TRUE(c.pass) << "§" << c.section << " " << c.statement << ": target " << c.target
                        << ", model " << c.model;
  }
  EXPECT_GT(n, 0) << sec << " has no check";
}

INSTANTIATE_TEST_SUITE_P(SimScience, Section8, ::testing::Range(1, 17),
                         [](const auto& p) { return "s8_" + std::to_string(p.param); });

TEST(SimScience, EverySection8StatementIsChecked) {
  for (int s = 1; s <= 16; ++s) {
    const std::string sec = "8." + std::to_string(s);
    bool found = false;
    for (const ScienceCheck& c : checks()) found = found || c.section == sec;
    EXPECT_TRUE(found) << sec;
  }
}

TEST(SimScience, StudyTableCoversTheHumanStudies) {
  const auto rows = study_rows();
  EXPECT_GE(rows.size(), 10u);
  for (const StudyRow& r : rows) {
    EXPECT_FALSE(r.model.empty()) << r.study;
    EXPECT_EQ(r.model.find("nan"), std::string::npos) << r.study;
  }
}

TEST(SimScience, SpliceReplacesOnlyBetweenMarkers) {
  std::string doc = "a\n<!-- BEGIN GENERATED: t -->\nold\n<!-- END GENERATED: t -->\nb\n";
  ASSERT_TRUE(splice_generated(doc, "t", "new\n"));
  EXPECT_EQ(doc, "a\n<!-- BEGIN GENERATED: t -->\nnew\n<!-- END GENERATED: t -->\nb\n");
  EXPECT_FALSE(splice_generated(doc, "missing", "x"));
}

}  // namespace
}  // namespace dv::sim
