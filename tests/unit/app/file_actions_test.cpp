// File > New, Open, Save, Revert on a document: byte-identical round trips, unsaved-change
// tracking, errors naming the file and the field, recent files kept in the settings.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/document_file.h"
#include "app/file_actions.h"
#include "app/file_session.h"
#include "app/settings.h"

namespace dv::app {
namespace {

namespace fs = std::filesystem;

fs::path temp_dir() {
  const fs::path d = fs::temp_directory_path() / ("dermaviz-files-" + std::to_string(::getpid()));
  fs::create_directories(d);
  return d;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write(const fs::path& p, const std::string& text) {
  std::ofstream(p, std::ios::binary) << text;
}

TEST(FileActions, OpenThenSaveWritesTheFileByteForByte) {
  const fs::path dir = temp_dir();
  DocumentFile f;
  f.scenario.region = sim::Region::forehead;
  f.scenario.needle_depth_mm = 0.75;
  f.scenario.sessions = 3;
  f.figure.stain = scene::Stain::trichrome;
  f.figure.visible[static_cast<std::size_t>(scene::Structure::elastin)] = false;
  doc::SavedView v;
  v.name = "channels";
  v.day = 0.004;
  v.camera.yaw = 0.3f;
  f.views.push_back(v);
  const fs::path original = dir / "original.json";
  write(original, document_to_json(f));

  doc::Document d;
  ui::FileUi files;
  ASSERT_TRUE(open_document(original, d, files)) << files.error;
  EXPECT_EQ(d.scenario().region, sim::Region::forehead);
  EXPECT_EQ(files.path, original.string());
  EXPECT_FALSE(files.dirty);
  EXPECT_EQ(files.recent.front(), original.string());
  const fs::path copy = dir / "copy.json";
  ASSERT_TRUE(save_document(copy, d, files));
  EXPECT_EQ(read(copy), read(original));
  EXPECT_EQ(files.path, copy.string());
  EXPECT_EQ(files.recent.front(), copy.string());
}

TEST(FileActions, ChangesAreUnsavedUntilSavedAndRevertBringsTheFileBack) {
  const fs::path dir = temp_dir();
  doc::Document d;
  ui::FileUi files;
  new_document(d, files);
  update_dirty(d, files);
  EXPECT_FALSE(files.dirty);
  doc::Edits e;
  e.edit_scenario(d.scenario()).passes = 9;
  d.apply(e);
  update_dirty(d, files);
  EXPECT_TRUE(files.dirty);
  const fs::path p = dir / "nine";  // no extension: .json is added
  ASSERT_TRUE(save_document(p, d, files));
  EXPECT_EQ(files.path, (dir / "nine.json").string());
  update_dirty(d, files);
  EXPECT_FALSE(files.dirty);
  doc::Edits more;
  more.edit_scenario(d.scenario()).passes = 2;
  d.apply(more);
  update_dirty(d, files);
  EXPECT_TRUE(files.dirty);
  ASSERT_TRUE(open_document(files.path, d, files));  // revert
  EXPECT_EQ(d.scenario().passes, 9);
  EXPECT_FALSE(d.history().can_undo());  // a reverted or opened document starts a new history
  update_dirty(d, files);
  EXPECT_FALSE(files.dirty);
}

TEST(FileActions, ABadFileNamesTheFileAndTheFieldAndLeavesTheDocumentAlone) {
  const fs::path dir = temp_dir();
  const fs::path bad = dir / "bad.json";
  write(bad, R"({"version": 1, "scenario": {"needle_depth_mm": 9}})");
  doc::Document d;
  ui::FileUi files;
  const Status st = open_document(bad, d, files);
  ASSERT_FALSE(st);
  EXPECT_NE(st.message().find(bad.string()), std::string::npos) << st.message();
  EXPECT_NE(st.message().find("needle_depth_mm"), std::string::npos) << st.message();
  EXPECT_EQ(d.scenario(), sim::Scenario{});
  EXPECT_TRUE(files.path.empty());
  EXPECT_TRUE(files.recent.empty());
  const Status missing = open_document(dir / "none.json", d, files);
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.message().find("none.json"), std::string::npos);
}

TEST(FileActions, SavingIntoAMissingFolderFailsAndNamesIt) {
  doc::Document d;
  ui::FileUi files;
  const fs::path p = temp_dir() / "no-such-folder" / "x.json";
  const Status st = save_document(p, d, files);
  ASSERT_FALSE(st);
  EXPECT_NE(st.message().find("no-such-folder"), std::string::npos) << st.message();
  EXPECT_TRUE(files.path.empty());
}

TEST(FileActions, TheInAppDialogListsFoldersThenJsonFiles) {
  const fs::path dir = temp_dir() / "listing";
  fs::create_directories(dir / "sub");
  write(dir / "b.json", "{}");
  write(dir / "a.json", "{}");
  write(dir / "notes.txt", "");
  write(dir / ".hidden.json", "{}");
  const auto entries = list_folder(dir);
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_TRUE(entries[0].folder);
  EXPECT_EQ(entries[0].name, "sub");
  EXPECT_EQ(entries[1].name, "a.json");
  EXPECT_EQ(entries[2].name, "b.json");
  EXPECT_TRUE(list_folder(dir / "missing").empty());
}

TEST(FileActions, RecentFilesAreKeptInTheSettings) {
  Settings s;
  s.recent_files = {"/a/one.json", "/b/two.json"};
  const LoadedSettings back = parse_settings(settings_to_json(s), "settings.json");
  EXPECT_TRUE(back.problems.empty());
  EXPECT_EQ(back.settings.recent_files, s.recent_files);
  const LoadedSettings bad = parse_settings(R"({"recent_files": [1, 2]})", "settings.json");
  ASSERT_EQ(bad.problems.size(), 1u);
  EXPECT_NE(bad.problems[0].find("recent_files"), std::string::npos);
  EXPECT_TRUE(bad.settings.recent_files.empty());
}

// PATH without zenity for a test's scope: the in-app dialog is used.
struct NoDesktopChooser {
  std::string saved = std::getenv("PATH") ? std::getenv("PATH") : "";
  NoDesktopChooser() { ::setenv("PATH", temp_dir().c_str(), 1); }
  ~NoDesktopChooser() { ::setenv("PATH", saved.c_str(), 1); }
};

TEST(FileSession, OpenWithoutADesktopChooserUsesTheInAppDialog) {
  const NoDesktopChooser no_zenity;
  EXPECT_FALSE(zenity_available());
  const fs::path p = temp_dir() / "session-open.json";
  DocumentFile f;
  f.scenario.passes = 7;
  write(p, document_to_json(f));
  doc::Document d;
  ui::FileUi files;
  files.saved_json = document_to_json(to_file(d));
  FileSession session;
  EXPECT_FALSE(session.frame({ui::FileOp::open, {}}, d, files));
  ASSERT_TRUE(files.dialog.open);
  EXPECT_FALSE(files.dialog.save);
  EXPECT_FALSE(session.picking());
  files.dialog.chosen = p.string();  // the user picked it
  session.frame({}, d, files);
  EXPECT_FALSE(files.dialog.open);
  EXPECT_EQ(d.scenario().passes, 7);
  EXPECT_EQ(files.path, p.string());
  EXPECT_NE(window_title(files).find("session-open.json"), std::string::npos);
}

TEST(FileSession, UnsavedChangesAskFirstAndCancelKeepsThem) {
  const NoDesktopChooser no_zenity;
  doc::Document d;
  ui::FileUi files;
  files.saved_json = document_to_json(to_file(d));
  doc::Edits e;
  e.edit_scenario(d.scenario()).passes = 11;
  d.apply(e);
  update_dirty(d, files);
  ASSERT_TRUE(files.dirty);
  FileSession session;
  EXPECT_FALSE(session.frame({ui::FileOp::quit, {}}, d, files));  // asks instead of quitting
  EXPECT_TRUE(files.prompt_open);
  files.answer = ui::PromptAnswer::cancel;
  EXPECT_FALSE(session.frame({}, d, files));
  EXPECT_EQ(d.scenario().passes, 11);
  session.frame({ui::FileOp::new_document, {}}, d, files);
  files.answer = ui::PromptAnswer::discard;
  session.frame({}, d, files);
  EXPECT_EQ(d.scenario(), sim::Scenario{});
  EXPECT_FALSE(files.dirty);
  // Nothing unsaved: Quit goes at once.
  EXPECT_TRUE(session.frame({ui::FileOp::quit, {}}, d, files));
}

TEST(FileSession, SaveAnswerOnAFileSavesThenCarriesOn) {
  const NoDesktopChooser no_zenity;
  const fs::path p = temp_dir() / "session-save.json";
  doc::Document d;
  ui::FileUi files;
  ASSERT_TRUE(save_document(p, d, files));
  doc::Edits e;
  e.edit_scenario(d.scenario()).sessions = 6;
  d.apply(e);
  update_dirty(d, files);
  FileSession session;
  session.frame({ui::FileOp::new_document, {}}, d, files);
  ASSERT_TRUE(files.prompt_open);
  files.answer = ui::PromptAnswer::save;
  session.frame({}, d, files);
  EXPECT_EQ(d.scenario(), sim::Scenario{});  // then the new document
  auto back = load_document_file(p);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->scenario.sessions, 6);  // the changes were saved first
}

}  // namespace
}  // namespace dv::app
