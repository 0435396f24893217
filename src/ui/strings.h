// strings.h: every text a person reads, by id, from the strings files of a language
// (assets/text/<lang>/*.json, loaded by the app; English fills what a language lacks).
// Panels ask `tr("menu.file")`; "{name}" placeholders are filled by `trf`. Ids, not English,
// are the identity of labels, warnings and structures.
#pragma once

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <utility>

namespace dv::ui {

/// The texts of one language, by id.
struct Strings {
  std::string language = "en";                           ///< language code ("en")
  std::map<std::string, std::string, std::less<>> text;  ///< id → text
};

/// Make `s` the texts every panel reads (the app owns it; it must outlive the panels' use).
/// Null restores the empty set, where every id reads as itself.
void set_strings(const Strings* s);
/// The current texts.
const Strings& strings();

/// The text of `id`, or the id itself when no file has it (so a missing text shows, and a
/// test can find it). The pointer stays valid until set_strings is called again.
const char* tr(std::string_view id);
/// True when `id` has a text.
bool has_text(std::string_view id);
/// The text of `id` with every "{name}" replaced by its value.
std::string trf(std::string_view id,
                std::initializer_list<std::pair<std::string_view, std::string>> args);
/// Fill "{name}" placeholders of `pattern`.
std::string fill(std::string_view pattern,
                 std::initializer_list<std::pair<std::string_view, std::string>> args);

}  // namespace dv::ui
