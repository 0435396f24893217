// `dermaviz simulate`: CSV shape, warnings on stderr, determinism, exit codes and atomic output.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "app/atomic_file.h"
#include "app/simulate_cmd.h"

namespace dv::app {
namespace {
namespace fs = std::filesystem;

struct TempDir {
  fs::path path = fs::temp_directory_path() /
                  ("dv_simulate_test_" +
                   std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

int run(const SimulateOptions& o, std::string& out, std::string& err) {
  std::ostringstream so, se;
  const int rc = run_simulate(o, so, se);
  out = so.str();
  err = se.str();
  return rc;
}

TEST(SimulateCmd, DefaultScenarioToStdout) {
  std::string out, err;
  ASSERT_EQ(run({std::nullopt, "-"}, out, err), 0) << err;
  std::istringstream lines(out);
  std::string line;
  std::getline(lines, line);
  EXPECT_EQ(line,
            "day,session,channel_depth_um,open_channels,bleeding,inflammation,growth_factor,"
            "fibroblasts,collagen_I,collagen_III,elastin,total_collagen,epidermis_um,dermis_um,"
            "barrier_open,elastin_new,ultrasound_density,perfusion,pih_risk,scarring_risk,"
            "dermis_collagen,sensation,oedema");
  int rows = 0;
  while (std::getline(lines, line)) {
    if (rows == 0) {
      EXPECT_EQ(line.rfind("0,1,", 0), 0u) << line;
    }
    EXPECT_EQ(std::count(line.begin(), line.end(), ','), 22) << line;
    ++rows;
  }
  EXPECT_EQ(rows, 84 + 182 + 1);
  // Every stderr line is a warning.
  std::istringstream el(err);
  while (std::getline(el, line)) EXPECT_EQ(line.rfind("warning: ", 0), 0u) << line;
  std::string out2, err2;
  run({std::nullopt, "-"}, out2, err2);
  EXPECT_EQ(out, out2);
}

TEST(SimulateCmd, EnsembleAddsP10AndP90ColumnsByteIdenticalAcrossRuns) {
  TempDir t;
  const fs::path scen = t.path / "short.json";
  {
    std::ofstream f(scen);
    f << R"({"sessions": 2, "follow_up_weeks": 4})";
  }
  SimulateOptions o{scen, "-"};
  std::string plain, err;
  ASSERT_EQ(run(o, plain, err), 0) << err;
  o.ensemble = 8;
  std::string a, b;
  ASSERT_EQ(run(o, a, err), 0) << err;
  ASSERT_EQ(run(o, b, err), 0) << err;
  EXPECT_EQ(a, b);
  std::istringstream la(a), lp(plain);
  std::string line_a, line_p;
  std::getline(la, line_a);
  std::getline(lp, line_p);
  // The usual columns first, unchanged, then <column>_p10,<column>_p90 for all 19 outcomes.
  EXPECT_EQ(line_a.rfind(line_p + ",channel_depth_um_p10,channel_depth_um_p90,", 0), 0u);
  EXPECT_NE(line_a.find(",total_collagen_p10,total_collagen_p90,"), std::string::npos);
  EXPECT_EQ(line_a.substr(line_a.size() - 39), "dermis_collagen_p10,dermis_collagen_p90");
  int rows = 0;
  while (std::getline(la, line_a) && std::getline(lp, line_p)) {
    EXPECT_EQ(line_a.rfind(line_p + ",", 0), 0u) << line_a;
    EXPECT_EQ(std::count(line_a.begin(), line_a.end(), ','), 22 + 38) << line_a;
    ++rows;
  }
  EXPECT_EQ(rows, 28 + 1 + 28);
  o.ensemble = 2000;
  std::string bad;
  EXPECT_EQ(run(o, bad, err), 2);
  EXPECT_NE(err.find("--ensemble: 2000 is outside the allowed range 8-1024"), std::string::npos)
      << err;
  EXPECT_TRUE(bad.empty());
}

TEST(SimulateCmd, ScenarioFileToCsvFile) {
  TempDir t;
  {
    std::ofstream(t.path / "s.json")
        << R"({"sessions": 2, "follow_up_weeks": 1, "condition": "rosacea"})";
  }
  std::string out, err;
  const fs::path csv = t.path / "out.csv";
  ASSERT_EQ(run({t.path / "s.json", csv.string()}, out, err), 0) << err;
  EXPECT_TRUE(out.empty());
  EXPECT_NE(err.find("warning: condition: "), std::string::npos) << err;
  const std::string text = slurp(csv);
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 1 + 28 + 7 + 1);
  EXPECT_EQ(text, daily_csv(sim::simulate([] {
              sim::Scenario s;
              s.sessions = 2;
              s.follow_up_weeks = 1;
              s.condition = sim::Condition::rosacea;
              return s;
            }())));
}

TEST(SimulateCmd, BadInputExits2AndLeavesOutputAlone) {
  TempDir t;
  const fs::path csv = t.path / "out.csv";
  {
    std::ofstream(csv) << "previous";
    std::ofstream(t.path / "bad.json") << R"({"needle_depth_mm": 3.5})";
    std::ofstream(t.path / "broken.json") << "{\n\"passes\": 4,,\n}";
  }
  std::string out, err;
  EXPECT_EQ(run({t.path / "bad.json", csv.string()}, out, err), 2);
  EXPECT_NE(err.find("needle_depth_mm: 3.5 is outside the allowed range 0.1\u20133.0"),
            std::string::npos)
      << err;
  EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 1);
  EXPECT_EQ(slurp(csv), "previous");
  EXPECT_EQ(run({t.path / "broken.json", csv.string()}, out, err), 2);
  EXPECT_NE(err.find("broken.json:2:"), std::string::npos) << err;
  EXPECT_EQ(run({t.path / "missing.json", (t.path / "new.csv").string()}, out, err), 2);
  EXPECT_NE(err.find("missing.json"), std::string::npos);
  EXPECT_FALSE(fs::exists(t.path / "new.csv"));
  EXPECT_EQ(slurp(csv), "previous");
}

TEST(SimulateCmd, UnwritableOutputExits1) {
  TempDir t;
  std::string out, err;
  EXPECT_EQ(run({std::nullopt, (t.path / "no_dir" / "out.csv").string()}, out, err), 1);
  EXPECT_NE(err.find("no_dir"), std::string::npos) << err;
}

TEST(AtomicFile, ReplacesWholeFileAndLeavesNoTemporaries) {
  TempDir t;
  const fs::path p = t.path / "f.txt";
  EXPECT_TRUE(write_file_atomically(p, "one").is_ok());
  EXPECT_TRUE(write_file_atomically(p, "two two").is_ok());
  EXPECT_EQ(slurp(p), "two two");
  EXPECT_FALSE(write_file_atomically(t.path, "x").is_ok());  // a directory
  int files = 0;
  for (const auto& e : fs::directory_iterator(t.path)) {
    (void)e;
    ++files;
  }
  EXPECT_EQ(files, 1);
}

}  // namespace
}  // namespace dv::app
