#include <gtest/gtest.h>

#include "app/captions_file.h"
#include "english_strings.h"

namespace dv::app {
namespace {

TEST(Captions, TheShippedFileHasEveryPhaseAndTheContraindications) {
  const auto c = captions_from(test::english());
  ASSERT_TRUE(c.ok()) << c.message();
  for (const ui::PhaseCaption& p : c->phases) {
    EXPECT_FALSE(p.short_text.empty());
    EXPECT_FALSE(p.educator.empty());
    EXPECT_FALSE(p.patient.empty());
  }
  EXPECT_GE(c->not_treated.size(), 6u);
}

TEST(Captions, MissingFolderNamesThePath) {
  const auto s = load_strings("/nonexistent/text", "en");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent/text/en"), std::string::npos) << s.message();
}

TEST(Captions, MissingIdIsNamed) {
  ui::Strings s = test::english();
  s.text.erase("caption.needling.patient");
  const auto c = captions_from(s);
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.message().find("caption.needling.patient: missing"), std::string::npos)
      << c.message();
}

TEST(Strings, BadFilesAreNamedAndLanguagesFallBackToEnglish) {
  ui::Strings s;
  EXPECT_FALSE(parse_strings_json("[1]", "x.json", s).ok());
  const auto r = parse_strings_json(R"({"a": 3})", "x.json", s);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.message().find("x.json: a: must be a string"), std::string::npos) << r.message();
  EXPECT_TRUE(parse_strings_json(R"({"_comment": 1, "a": "A {n}"})", "x.json", s).ok());
  EXPECT_FALSE(parse_strings_json(R"({"a": "again"})", "y.json", s).ok());  // one home per id
  ui::set_strings(&s);
  EXPECT_EQ(ui::trf("a", {{"n", "2"}}), "A 2");
  EXPECT_STREQ(ui::tr("missing.id"), "missing.id");
  ui::set_strings(nullptr);
}

}  // namespace
}  // namespace dv::app
