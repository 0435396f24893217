#include "ui/strings.h"

#include <set>

namespace dv::ui {
namespace {

const Strings kEmpty;
const Strings* g_strings = &kEmpty;

// Ids asked for but missing, kept so that tr() can hand out a stable pointer to them.
std::set<std::string, std::less<>>& missing_ids() {
  static std::set<std::string, std::less<>> ids;
  return ids;
}

}  // namespace

void set_strings(const Strings* s) {
  g_strings = s ? s : &kEmpty;
}

const Strings& strings() {
  return *g_strings;
}

const char* tr(std::string_view id) {
  if (const auto it = g_strings->text.find(id); it != g_strings->text.end()) {
    return it->second.c_str();
  }
  auto& ids = missing_ids();
  auto it = ids.find(id);
  if (it == ids.end()) it = ids.emplace(id).first;
  return it->c_str();
}

bool has_text(std::string_view id) {
  return g_strings->text.find(id) != g_strings->text.end();
}

std::string fill(std::string_view pattern,
                 std::initializer_list<std::pair<std::string_view, std::string>> args) {
  std::string out;
  out.reserve(pattern.size() + 16);
  for (std::size_t i = 0; i < pattern.size();) {
    if (pattern[i] == '{') {
      const std::size_t close = pattern.find('}', i);
      if (close != std::string_view::npos) {
        const std::string_view name = pattern.substr(i + 1, close - i - 1);
        bool found = false;
        for (const auto& [k, v] : args) {
          if (k == name) {
            out += v;
            found = true;
            break;
          }
        }
        if (found) {
          i = close + 1;
          continue;
        }
      }
    }
    out += pattern[i++];
  }
  return out;
}

std::string trf(std::string_view id,
                std::initializer_list<std::pair<std::string_view, std::string>> args) {
  return fill(tr(id), args);
}

}  // namespace dv::ui
