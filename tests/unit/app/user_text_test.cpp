// Text a person reads lives in assets/text, never in C++ literals. The rule, applied to every
// file in src/ (comments removed): a string literal that holds a word (two letters in a row,
// after dropping an ImGui "##id" part and printf conversions) must not appear in the arguments
// of a call that shows text: the ImGui text, label, button, menu, tab, combo, slider and
// tooltip functions, section(), AddText(), or the scene's label() and legend(), whose argument
// must be a strings id ("label.…").
#include <gtest/gtest.h>

#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

const char* const kShowsText[] = {"ImGui::Text",
                                  "ImGui::TextUnformatted",
                                  "ImGui::TextWrapped",
                                  "ImGui::TextDisabled",
                                  "ImGui::TextColored",
                                  "ImGui::BulletText",
                                  "ImGui::LabelText",
                                  "ImGui::Button",
                                  "ImGui::SmallButton",
                                  "ImGui::Checkbox",
                                  "ImGui::RadioButton",
                                  "ImGui::MenuItem",
                                  "ImGui::BeginMenu",
                                  "ImGui::BeginTabItem",
                                  "ImGui::Selectable",
                                  "ImGui::SliderFloat",
                                  "ImGui::SliderInt",
                                  "ImGui::BeginCombo",
                                  "ImGui::SetTooltip",
                                  "ImGui::CollapsingHeader",
                                  "ImGui::TreeNode",
                                  "ImGui::Begin",
                                  "section",
                                  "AddText",
                                  "enum_combo",
                                  "b.label",
                                  "b.legend"};

std::string without_comments(const std::string& src) {
  std::string out;
  bool in_string = false;
  for (std::size_t i = 0; i < src.size(); ++i) {
    if (!in_string && src.compare(i, 2, "//") == 0) {
      while (i < src.size() && src[i] != '\n') ++i;
      out += '\n';
      continue;
    }
    if (src[i] == '"' && (i == 0 || src[i - 1] != '\\') && (i == 0 || src[i - 1] != '\'')) {
      in_string = !in_string;
    }
    out += src[i];
  }
  return out;
}

// The argument text of the call whose '(' is at `open`.
std::string arguments(const std::string& s, std::size_t open) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = open; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '"' && s[i - 1] != '\\') in_string = !in_string;
    if (in_string) continue;
    if (c == '(') ++depth;
    if (c == ')' && --depth == 0) return s.substr(open + 1, i - open - 1);
  }
  return {};
}

// True when a literal's content reads as words for a person. (No std::regex: GCC 12 warns
// falsely inside <regex> under the sanitizers.)
bool is_words(std::string lit) {
  if (const auto id = lit.find("##"); id != std::string::npos) lit.resize(id);
  std::string kept;
  for (std::size_t i = 0; i < lit.size(); ++i) {
    const char c = lit[i];
    if (c == '%') {  // a printf conversion: flags, width, precision, then its letter
      ++i;
      while (i < lit.size() && std::strchr("-+ #0123456789.", lit[i])) ++i;
      kept += ' ';
      continue;
    }
    if (c == '\\' && i + 1 < lit.size()) {  // an escape: \xNN, \n, \t
      i += lit[i + 1] == 'x' ? 3 : 1;
      kept += ' ';
      continue;
    }
    kept += c;
  }
  for (std::size_t i = 0; i + 1 < kept.size(); ++i) {
    if (std::isalpha(static_cast<unsigned char>(kept[i])) &&
        std::isalpha(static_cast<unsigned char>(kept[i + 1]))) {
      return true;
    }
  }
  return false;
}

// The contents of the string literals in `code`.
std::vector<std::string> literals(const std::string& code) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < code.size(); ++i) {
    if (code[i] != '"' || (i > 0 && code[i - 1] == '\'')) continue;
    std::string lit;
    std::size_t j = i + 1;
    for (; j < code.size() && code[j] != '"'; ++j) {
      if (code[j] == '\\' && j + 1 < code.size()) lit += code[j++];
      lit += code[j];
    }
    out.push_back(lit);
    i = j;
  }
  return out;
}

// `args` with the arguments of nested tr() and trf() calls blanked: those are strings ids and
// placeholder names, not text.
std::string without_lookups(std::string args) {
  for (const std::string call : {"trf(", "tr("}) {
    for (std::size_t at = args.find(call); at != std::string::npos; at = args.find(call, at + 1)) {
      if (at > 0 &&
          (std::isalnum(static_cast<unsigned char>(args[at - 1])) || args[at - 1] == '_')) {
        continue;
      }
      const std::size_t open = at + call.size() - 1;
      const std::string inner = arguments(args, open);
      args.replace(open + 1, inner.size(), std::string(inner.size(), ' '));
    }
  }
  return args;
}

// Every violation in one source text, as "call: \"literal\"".
std::vector<std::string> violations(const std::string& source) {
  std::vector<std::string> out;
  const std::string s = without_comments(source);
  for (const char* call : kShowsText) {
    const std::string name = call;
    for (std::size_t at = s.find(name); at != std::string::npos; at = s.find(name, at + 1)) {
      const std::size_t end = at + name.size();
      // Whole names only (ImGui::Text, not ImGui::TextColored when looking for ImGui::Text).
      if (end >= s.size() || s[end] != '(') continue;
      if (at > 0 && (std::isalnum(static_cast<unsigned char>(s[at - 1])) || s[at - 1] == '_')) {
        continue;
      }
      const std::string args = without_lookups(arguments(s, end));
      for (const std::string& lit : literals(args)) {
        const bool scene_id = name.starts_with("b.") && lit.starts_with("label.");
        if (!scene_id && is_words(lit)) out.push_back(name + ": \"" + lit + "\"");
      }
    }
  }
  return out;
}

TEST(UserText, TheRuleCatchesWordsAndLetsIdsAndFormatsThrough) {
  EXPECT_EQ(violations(R"(ImGui::Text("Hello %d", n);)").size(), 1u);
  EXPECT_EQ(violations(R"(if (ImGui::Button(pinned ? "Pin" : "Unpin")) x();)").size(), 2u);
  EXPECT_EQ(violations(R"(b.label("Blood", at, s);)").size(), 1u);
  EXPECT_TRUE(violations(R"(b.label("label.blood", at, s);)").empty());
  EXPECT_TRUE(violations(R"(ImGui::Text("%s", tr("x.y"));)").empty());
  EXPECT_TRUE(violations(R"(ImGui::Text(trf("a.b", {{"name", v}}).c_str());)").empty());
  EXPECT_EQ(violations(R"(ImGui::Text(trf("a.b", {{"n", v}}) + " more words");)").size(), 1u);
  EXPECT_TRUE(violations(R"(ImGui::Begin("##side_panel", &open);)").empty());
  EXPECT_TRUE(violations(R"(ImGui::Button("|<");)").empty());
  EXPECT_TRUE(violations("// ImGui::Text(\"in a comment\");\n").empty());
}

TEST(UserText, NoUserVisibleEnglishLiteralInSrc) {
  std::vector<std::string> found;
  for (const auto& e : fs::recursive_directory_iterator(DV_SOURCE_DIR "/src")) {
    const auto ext = e.path().extension();
    if (ext != ".cpp" && ext != ".h") continue;
    std::ifstream in(e.path());
    std::stringstream ss;
    ss << in.rdbuf();
    for (const std::string& v : violations(ss.str())) {
      found.push_back(e.path().lexically_relative(DV_SOURCE_DIR).string() + ": " + v);
    }
  }
  std::string list;
  for (const std::string& f : found) list += "\n  " + f;
  EXPECT_TRUE(found.empty()) << "move these texts to assets/text/en/*.json and use tr(id):" << list;
}

}  // namespace
