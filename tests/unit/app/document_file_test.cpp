// Document files: version first, old scenario files still open, newer versions refused clearly.
#include <gtest/gtest.h>

#include <filesystem>

#include "app/document_file.h"
#include "app/scenario_file.h"

namespace dv::app {
namespace {

TEST(DocumentFile, RoundTripsScenarioFigureAndViews) {
  DocumentFile d;
  d.scenario.needle_depth_mm = 0.75;
  d.scenario.region = sim::Region::forehead;
  d.figure.stain = scene::Stain::trichrome;
  d.figure.cut_fraction = 0.3f;
  d.figure.visible[static_cast<std::size_t>(scene::Structure::collagen)] = false;
  doc::SavedView v;
  v.name = "Channel at minute 8";
  v.day = 0.0055;
  v.camera.yaw = 1.25f;
  v.camera.orthographic = true;
  v.figure.labels = false;
  d.views.push_back(v);
  const std::string text = document_to_json(d);
  EXPECT_EQ(text.rfind("{\n  \"version\": 1,", 0), 0u) << text;
  const auto back = parse_document_json(text, "d.json");
  ASSERT_TRUE(back.ok()) << back.message();
  EXPECT_FALSE(back->legacy_scenario);
  EXPECT_EQ(back->scenario, d.scenario);
  EXPECT_EQ(back->figure, d.figure);
  ASSERT_EQ(back->views.size(), 1u);
  EXPECT_EQ(back->views[0].name, v.name);
  EXPECT_EQ(back->views[0].day, v.day);
  EXPECT_EQ(back->views[0].camera.yaw, v.camera.yaw);
  EXPECT_TRUE(back->views[0].camera.orthographic);
  EXPECT_EQ(back->views[0].figure, v.figure);
  EXPECT_EQ(document_to_json(back.value()), text);  // byte-identical on a second save
}

TEST(DocumentFile, ADocumentSavedAndOpenedIsTheSameDocument) {
  DocumentFile f;
  f.scenario.sessions = 3;
  f.figure.stain = scene::Stain::elastin;
  doc::SavedView v;
  v.name = "day 14";
  v.day = 14.0;
  f.views.push_back(v);
  const doc::Document d = to_document(f);
  EXPECT_EQ(d.scenario(), f.scenario);
  EXPECT_EQ(d.figure(), f.figure);
  ASSERT_EQ(d.saved_views().size(), 1u);
  EXPECT_EQ(document_to_json(to_file(d)), document_to_json(f));
}

TEST(DocumentFile, OldScenarioFilesStillOpen) {
  sim::Scenario s;
  s.sessions = 2;
  const auto d = parse_document_json(scenario_to_json(s), "old.json");
  ASSERT_TRUE(d.ok()) << d.message();
  EXPECT_TRUE(d->legacy_scenario);
  EXPECT_EQ(d->scenario, s);
  // An old file's errors are the scenario reader's, naming the key.
  const auto bad = parse_document_json(R"({"passes": 99})", "old.json");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.message().find("passes: 99 is outside"), std::string::npos) << bad.message();
}

TEST(DocumentFile, ANewerVersionSaysUpdate) {
  const auto d = parse_document_json(R"({"version": 7, "scenario": {}})", "new.json");
  ASSERT_FALSE(d.ok());
  EXPECT_NE(d.message().find("newer dermaviz"), std::string::npos) << d.message();
  EXPECT_NE(d.message().find("update dermaviz"), std::string::npos) << d.message();
  EXPECT_FALSE(parse_document_json(R"({"version": "1"})", "x.json").ok());
  const auto hidden =
      parse_document_json(R"({"version": 1, "figure": {"hidden": ["spleen"]}})", "x.json");
  ASSERT_FALSE(hidden.ok());
  EXPECT_NE(hidden.message().find("x.json: figure.hidden: \"spleen\""), std::string::npos)
      << hidden.message();
}

}  // namespace
}  // namespace dv::app
