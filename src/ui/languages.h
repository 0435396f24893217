// languages.h: the languages dermaviz speaks (assets/text/<code>/); English is the fallback for
// any text a language lacks.
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace dv::ui {

/// Language codes, in menu order; the first is the fallback.
inline constexpr std::array<std::string_view, 3> kLanguages = {"en", "es", "de"};

/// True when `code` is one of kLanguages.
inline bool is_language(std::string_view code) {
  for (std::string_view l : kLanguages) {
    if (l == code) return true;
  }
  return false;
}

/// "en, es, de": the allowed values, for messages.
inline std::string language_list() {
  std::string out;
  for (std::string_view l : kLanguages) {
    if (!out.empty()) out += ", ";
    out += l;
  }
  return out;
}

}  // namespace dv::ui
