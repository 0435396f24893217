// english_strings.h: the English strings files, made current for a test's scope.
#pragma once

#include <gtest/gtest.h>

#include "app/strings_file.h"
#include "ui/strings.h"

namespace dv::test {

/// The strings of assets/text/en, loaded once.
inline const ui::Strings& english() {
  static const auto loaded = app::load_strings(DV_SOURCE_DIR "/assets/text", "en");
  static const ui::Strings empty;
  EXPECT_TRUE(loaded.ok()) << loaded.message();
  return loaded.ok() ? loaded.value() : empty;
}

/// Makes the English strings current while alive.
struct UseEnglish {
  UseEnglish() { ui::set_strings(&english()); }
  ~UseEnglish() { ui::set_strings(nullptr); }
  UseEnglish(const UseEnglish&) = delete;
  UseEnglish& operator=(const UseEnglish&) = delete;
};

}  // namespace dv::test
