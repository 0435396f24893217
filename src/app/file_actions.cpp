#include "app/file_actions.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "app/atomic_file.h"
#include "app/document_file.h"

extern char** environ;

namespace dv::app {
namespace fs = std::filesystem;

namespace {

std::string json_of(const doc::Document& d) {
  return document_to_json(to_file(d));
}

std::optional<fs::path> find_on_path(const std::string& name) {
  const char* path = std::getenv("PATH");
  if (!path) return std::nullopt;
  std::string all(path);
  std::size_t start = 0;
  while (start <= all.size()) {
    const std::size_t end = std::min(all.find(':', start), all.size());
    const fs::path candidate = fs::path(all.substr(start, end - start)) / name;
    std::error_code ec;
    if (end > start && fs::is_regular_file(candidate, ec) && access(candidate.c_str(), X_OK) == 0)
      return candidate;
    start = end + 1;
  }
  return std::nullopt;
}

}  // namespace

void update_dirty(const doc::Document& d, ui::FileUi& f) {
  f.dirty = json_of(d) != f.saved_json;
}

void new_document(doc::Document& d, ui::FileUi& f) {
  const int members = d.ensemble_members();
  d = doc::Document(sim::Scenario{}, d.figure());
  d.set_ensemble_members(members);
  f.path.clear();
  f.saved_json = json_of(d);
  f.dirty = false;
}

Status open_document(const fs::path& path, doc::Document& d, ui::FileUi& f) {
  auto file = load_document_file(path);
  if (!file) return Status::error(file.message());
  const int members = d.ensemble_members();
  d = to_document(file.value());
  d.set_ensemble_members(members);
  f.path = path.string();
  f.saved_json = json_of(d);
  f.dirty = false;
  ui::remember_recent(f.recent, f.path);
  return Status::ok();
}

Status save_document(fs::path path, const doc::Document& d, ui::FileUi& f) {
  if (path.empty()) return Status::error("no file name given");
  if (!path.has_extension()) path += ".json";
  const std::string text = json_of(d);
  if (Status st = write_file_atomically(path, text); !st) return st;
  f.path = path.string();
  f.saved_json = text;
  f.dirty = false;
  ui::remember_recent(f.recent, f.path);
  return Status::ok();
}

bool zenity_available() {
  return find_on_path("zenity").has_value();
}

Result<std::optional<std::string>> zenity_pick(bool save, const std::string& start_folder) {
  using R = Result<std::optional<std::string>>;
  const auto zenity = find_on_path("zenity");
  if (!zenity) return R::error("zenity is not installed");
  std::string folder = start_folder.empty() ? "." : start_folder;
  if (folder.back() != '/') folder += '/';
  std::vector<std::string> args = {zenity->string(), "--file-selection", "--filename=" + folder,
                                   "--file-filter=*.json", "--file-filter=*"};
  if (save) {
    args.emplace_back("--save");
    args.emplace_back("--confirm-overwrite");
  }
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  int out[2];
  if (pipe(out) != 0) return R::error(std::string("cannot run zenity: ") + std::strerror(errno));
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  // GTK's warnings (no D-Bus session, dconf) are not ours to print.
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out[1]);
  if (rc != 0) {
    close(out[0]);
    return R::error(std::string("cannot run zenity: ") + std::strerror(rc));
  }
  std::string chosen;
  char buf[4096];
  for (ssize_t n; (n = read(out[0], buf, sizeof buf)) > 0;)
    chosen.append(buf, static_cast<std::size_t>(n));
  close(out[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  while (!chosen.empty() && (chosen.back() == '\n' || chosen.back() == '\r')) chosen.pop_back();
  // zenity exits 1 when cancelled, and -1 (255) on its own errors.
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0 && !chosen.empty()) return R(chosen);
  if (WIFEXITED(status) && WEXITSTATUS(status) == 1) return R(std::optional<std::string>{});
  return R::error("zenity failed (exit status " + std::to_string(WEXITSTATUS(status)) + ")");
}

std::vector<ui::DirEntry> list_folder(const fs::path& folder) {
  std::vector<ui::DirEntry> out;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    std::error_code e2;
    if (it->is_directory(e2)) {
      out.push_back({name, true});
    } else if (it->path().extension() == ".json") {
      out.push_back({name, false});
    }
  }
  std::sort(out.begin(), out.end(), [](const ui::DirEntry& a, const ui::DirEntry& b) {
    return a.folder != b.folder ? a.folder : a.name < b.name;
  });
  return out;
}

}  // namespace dv::app
