#include <gtest/gtest.h>

#include "app/captions_file.h"

namespace dv::app {
namespace {

TEST(Captions, TheShippedFileHasEveryPhaseAndTheContraindications) {
  const auto c = load_captions(DV_SOURCE_DIR "/assets/text/captions.json");
  ASSERT_TRUE(c.ok()) << c.message();
  for (const ui::PhaseCaption& p : c->phases) {
    EXPECT_FALSE(p.short_text.empty());
    EXPECT_FALSE(p.educator.empty());
    EXPECT_FALSE(p.patient.empty());
  }
  EXPECT_GE(c->not_treated.size(), 6u);
}

TEST(Captions, MissingFileNamesThePath) {
  const auto c = load_captions("/nonexistent/captions.json");
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.message().find("/nonexistent/captions.json"), std::string::npos);
}

TEST(Captions, MissingKeyIsNamed) {
  const auto c =
      parse_captions(R"({"phases": {"needling": {"short": "a", "educator": "b"}}})", "x.json");
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.message().find("x.json: phases.needling.patient"), std::string::npos) << c.message();
}

}  // namespace
}  // namespace dv::app
